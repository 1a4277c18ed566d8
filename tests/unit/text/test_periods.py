"""Rates ("per rep per month"), durations ("twee praktijkdagen"), windows ("binnen 6 maanden")."""

from decimal import Decimal

import pytest

from assistant.text.periods import (
    DurationUnit,
    Period,
    find_durations,
    find_rates,
    find_windows,
    parse_duration,
    period_of,
)

RATES = [
    ("30.000 euro per jaar", Period.YEAR, False),
    ("€ 400 per maand", Period.MONTH, False),
    ("€ 40 / maand", Period.MONTH, False),
    ("150 per uur", Period.HOUR, False),
    ("we besparen 10 uur per week", Period.WEEK, False),
    ("jaarlijks 5.000 euro", Period.YEAR, False),
    ("maandelijks terugkerend", Period.MONTH, False),
    ("een eenmalige investering", Period.ONCE, False),
    ("€ 40 per deelnemer per maand", Period.MONTH, True),
    ("€ 40 p.p. per jaar", Period.YEAR, True),
    ("15 euro per persoon per dag", Period.DAY, True),
    ("$30,000 a year", Period.YEAR, False),
    ("we save 10 hours a week", Period.WEEK, False),
    ("licences cost 4,000 annually", Period.YEAR, False),
    ("monthly fee", Period.MONTH, False),
    ("$50 per rep per month", Period.MONTH, True),
    ("$50 per participant per year", Period.YEAR, True),
    ("per employee per quarter", Period.QUARTER, True),
    ("a one-off fee", Period.ONCE, False),
    ("each month", Period.MONTH, False),
    ("elke week", Period.WEEK, False),
]


@pytest.mark.parametrize(("text", "period", "per_person"), RATES)
def test_rates(text: str, period: Period, per_person: bool) -> None:
    rates = [rate for rate in find_rates(text) if rate.period or rate.per_person]
    assert [(r.period, r.per_person) for r in rates] == [(period, per_person)]


def test_per_rep_per_month_is_one_rate_naming_the_rep() -> None:
    (rate,) = find_rates("$50 per rep per month")
    assert (rate.period, rate.per, rate.text) == (Period.MONTH, "rep", "per rep per month")


def test_a_unit_rate_names_its_unit_without_a_period() -> None:
    (rate,) = find_rates("EUR 250 per verzuimdag")
    assert (rate.period, rate.per, rate.per_person) == (None, "verzuimdag", False)


@pytest.mark.parametrize("text", ["permanent", "personeel", "anyone", "a training"])
def test_no_rate(text: str) -> None:
    assert period_of(text) is None


DURATIONS = [
    ("3 uur", "3", DurationUnit.HOUR),
    ("drie uur", "3", DurationUnit.HOUR),
    ("tweeënhalf uur", "2.5", DurationUnit.HOUR),
    ("twee dagen", "2", DurationUnit.DAY),
    ("twee praktijkdagen", "2", DurationUnit.DAY),
    ("drie trainingsdagen", "3", DurationUnit.DAY),
    ("4 lesdagen", "4", DurationUnit.DAY),
    ("een dag", "1", DurationUnit.DAY),
    ("anderhalve dag", "1.5", DurationUnit.DAY),
    ("tweedaagse", "2", DurationUnit.DAY),
    ("vierdaagse", "4", DurationUnit.DAY),
    ("drie dagdelen", "3", DurationUnit.HALF_DAY),
    ("6 weken", "6", DurationUnit.WEEK),
    ("zes weken", "6", DurationUnit.WEEK),
    ("12 maanden", "12", DurationUnit.MONTH),
    ("twaalf maanden", "12", DurationUnit.MONTH),
    ("2 jaar", "2", DurationUnit.YEAR),
    ("3 hours", "3", DurationUnit.HOUR),
    ("2 days", "2", DurationUnit.DAY),
    ("2-day", "2", DurationUnit.DAY),
    ("two days", "2", DurationUnit.DAY),
    ("six weeks", "6", DurationUnit.WEEK),
    ("thirteen weeks", "13", DurationUnit.WEEK),
    ("1.5 days", "1.5", DurationUnit.DAY),
    ("4 half days", "4", DurationUnit.HALF_DAY),
    ("18 months", "18", DurationUnit.MONTH),
    ("one year", "1", DurationUnit.YEAR),
    ("16 uur", "16", DurationUnit.HOUR),
]


@pytest.mark.parametrize(("text", "amount", "unit"), DURATIONS)
def test_durations(text: str, amount: str, unit: DurationUnit) -> None:
    duration = parse_duration(text)
    assert (duration.amount, duration.unit) == (Decimal(amount), unit)


def test_durations_in_a_sentence() -> None:
    found = find_durations("Een traject van twee praktijkdagen en 6 weken coaching, 3 uur per week")
    assert [(f.duration.amount, f.duration.unit) for f in found] == [
        (Decimal(2), DurationUnit.DAY),
        (Decimal(6), DurationUnit.WEEK),
        (Decimal(3), DurationUnit.HOUR),
    ]


@pytest.mark.parametrize("text", ["25 deelnemers", "12,5%", "dagelijks", "0 dagen", "de dag"])
def test_not_a_duration(text: str) -> None:
    with pytest.raises(ValueError):
        parse_duration(text)


WINDOWS = [
    ("binnen 6 maanden", "6", DurationUnit.MONTH),
    ("binnen zes maanden na de training", "6", DurationUnit.MONTH),
    ("binnen een jaar", "1", DurationUnit.YEAR),
    ("binnen de eerste 3 maanden", "3", DurationUnit.MONTH),
    ("within 6 months", "6", DurationUnit.MONTH),
    ("within a year", "1", DurationUnit.YEAR),
    ("within the first 90 days", "90", DurationUnit.DAY),
    ("drie maanden na de training", "3", DurationUnit.MONTH),
    ("3 months after the course", "3", DurationUnit.MONTH),
    ("6 weeks following the workshop", "6", DurationUnit.WEEK),
]


@pytest.mark.parametrize(("text", "amount", "unit"), WINDOWS)
def test_windows(text: str, amount: str, unit: DurationUnit) -> None:
    (window,) = find_windows(text)
    assert (window.within.amount, window.within.unit) == (Decimal(amount), unit)
    assert text[window.start : window.end] == window.text


def test_per_diems_are_an_allowance_not_a_rate() -> None:
    """ "Per diems for the participants travelling in: USD 2,600" was asked how many times once
    a "per ..." opening a clause became the rate of its amount (cost dev m141)."""
    assert find_rates("Per diems for the participants travelling in") == []
    assert [r.per for r in find_rates("per sessie kwam er een coach bij")] == ["sessie"]
