"""Time saved at a rate is one benefit of quantity × unit value, per period, per participant."""

from __future__ import annotations

from decimal import Decimal

import pytest

from assistant.planning.money_lines import read_money
from assistant.planning.time_savings import TimeUnit, unit_of
from assistant.roi import Period
from assistant.text.language import Language

NL, EN = Language.NL, Language.EN


@pytest.mark.parametrize(
    ("text", "language", "quantity", "rate", "period", "per_participant"),
    [
        ("Elke deelnemer bespaart 3 uur per week à EUR 45 per uur.", NL, "3", "45",
         Period.WEEK, True),
        ("Per medewerker besparen we 1,5 uur per maand tegen een uurtarief van € 60.", NL,
         "1.5", "60", Period.MONTH, True),
        ("Het team bespaart samen 40 uur per jaar, € 52,50 per uur.", NL, "40", "52.50",
         Period.YEAR, False),
        ("Deelnemers besparen ieder 2 dagen per maand; het dagtarief is EUR 400.", NL, "2",
         "400", Period.MONTH, True),
        ("Each participant saves 2 hours a week at EUR 50 an hour.", EN, "2", "50",
         Period.WEEK, True),
        ("Every employee saves 30 minutes a day at €40/hour.", EN, "0.5", "40", Period.DAY,
         True),
        ("Agents save 45 minutes per day each, hourly rate £36.", EN, "0.75", "36", Period.DAY,
         True),
        ("The department saves 10 hours per month at $80 per hour.", EN, "10", "80",
         Period.MONTH, False),
        ("Per person we save 1 day a month at a day rate of EUR 350.", EN, "1", "350",
         Period.MONTH, True),
    ],
)  # fmt: skip
def test_time_saved_times_its_rate(
    text: str,
    language: Language,
    quantity: str,
    rate: str,
    period: Period,
    per_participant: bool,
) -> None:
    found = read_money([text], language)
    assert found.unclear == [] and found.needs_rate == [] and found.costs == []
    [line] = found.benefits
    assert line.amount is None
    assert (line.quantity, line.unit_value) == (Decimal(quantity), Decimal(rate))
    assert line.period is period and line.per_participant is per_participant


def test_the_rate_may_stand_in_another_sentence() -> None:
    found = read_money(["Participants save 2 hours a week each.",
                        "Their time is worth EUR 55 per hour."], EN)  # fmt: skip
    [line] = found.benefits
    assert (line.quantity, line.unit_value, line.per_participant) == (Decimal(2), Decimal(55), True)
    assert unit_of(line.description) is TimeUnit.HOUR


def test_minutes_at_an_hourly_rate_convert_the_rate_when_the_hours_are_not_exact() -> None:
    [line] = read_money(["Each agent saves 20 minutes a day at EUR 45 an hour."], EN).benefits
    assert (line.quantity, line.unit_value) == (Decimal(20), Decimal("0.75"))
    assert unit_of(line.description) is TimeUnit.MINUTE


def test_minutes_at_an_hourly_rate_neither_exact_take_the_minutes_value_to_20_decimals() -> None:
    [line] = read_money(["Each agent saves 20 minutes a day at EUR 50 an hour."], EN).benefits
    assert line.quantity == 20 and unit_of(line.description) is TimeUnit.MINUTE
    assert line.unit_value == Decimal("0.83333333333333333333")  # EUR 50 / 60, not asked again
    # a year of 220 days for 30 agents: the calculator's EUR 110,000.00 to the cent
    assert round(line.quantity * line.unit_value * 220 * 30, 2) == Decimal("110000.00")


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("Elke deelnemer bespaart 2 dagen per maand à EUR 45 per uur.", ("2 dagen", TimeUnit.DAY)),
        ("Each participant saves 3 hours a week.", ("3 hours", TimeUnit.HOUR)),
    ],
)
def test_a_rate_in_another_unit_or_no_rate_is_asked_not_guessed(
    text: str, asked: tuple[str, TimeUnit]
) -> None:
    found = read_money([text])
    assert found.benefits == [] and found.needs_rate == [asked] and found.unclear == []


def test_a_programme_cost_per_hour_is_not_taken_as_the_value_of_time() -> None:
    found = read_money(["De trainer kost EUR 120 per uur.",
                        "Elke deelnemer bespaart 3 uur per week."], NL)  # fmt: skip
    assert found.benefits == [] and found.needs_rate == [("3 uur", TimeUnit.HOUR)]
    assert found.unclear == ["EUR 120"]


def test_an_amount_benefit_stated_per_participant_anywhere_in_its_clause() -> None:
    [line] = read_money(["Elke deelnemer levert een besparing op van EUR 2.000 per jaar."]).benefits
    assert line.amount == 2000 and line.per_participant
