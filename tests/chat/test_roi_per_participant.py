"""ROI in conversation when a benefit is time saved per participant at a rate: the confirmation
shows the calculator's arithmetic, a correction fixes who it is per, and the result after "ja"
equals a hand computation."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

import pytest

from assistant.chat import Intent
from assistant.text.language import Language
from tests.chat.conftest import Conversation
from tests.checks import present

Talk = Callable[..., Conversation]


def test_nl_issue_case_per_participant_hours_at_a_rate(talk: Talk) -> None:
    c = talk()
    c.say("Bereken de ROI: de training kost EUR 40.000.")
    shown = c.say("25 deelnemers, elke deelnemer bespaart 3 uur per week à EUR 45 per uur, "
                  "60 % toe te schrijven, 80 % zeker")  # fmt: skip
    assert shown.language is Language.NL and shown.tools.roi_result is None
    assert (
        "3 uur × €\u00a045 × 52 weken × 25 deelnemers = €\u00a0175.500 per jaar, × 60\u00a0% "
        "toeschrijving × 80\u00a0% zekerheid" in shown.text
    )
    result = c.say("ja")
    # by hand: 3 x 45 x 52 x 25 = 175,500; x 0.6 x 0.8 = 84,240; (84,240 - 40,000) / 40,000
    assert result.tools.roi_result is not None
    assert result.tools.roi_result.roi_pct == Decimal("110.60")
    assert "110,60\u00a0%" in result.text


@pytest.mark.parametrize("correction", ["per deelnemer", "nee, dat is per deelnemer"])
def test_nl_a_correction_makes_the_saving_per_participant(talk: Talk, correction: str) -> None:
    c = talk()
    first = c.say("Bereken de ROI. De training kost EUR 18.000 voor 30 deelnemers. We besparen "
                  "1,5 uur per maand tegen een uurtarief van EUR 60.")  # fmt: skip
    assert "1,5 uur × €\u00a060 × 12 maanden = €\u00a01.080 per jaar" in first.text
    fixed = c.say(correction)
    assert fixed.intent is Intent.CORRECT_ROI
    assert "× 12 maanden × 30 deelnemers = €\u00a032.400 per jaar" in fixed.text
    result = c.say("ja")
    # by hand: 1.5 x 60 x 12 x 30 = 32,400; (32,400 - 18,000) / 18,000 = 80 %
    assert present(result.tools.roi_result).roi_pct == Decimal("80.00")


def test_en_minutes_a_day_per_person_with_a_correction(talk: Talk) -> None:
    c = talk()
    first = c.say("What is the ROI? The programme costs EUR 20,000 for 40 agents. They save "
                  "15 minutes a day at EUR 48 an hour, 50% due to the training.")  # fmt: skip
    assert first.language is Language.EN
    assert "0.25 hours × €48 × 260 working days = €3,120 a year, × 50% attribution" in first.text
    fixed = c.say("that is per person")
    assert "× 260 working days × 40 participants = €124,800 a year" in fixed.text
    result = c.say("yes")
    # by hand: 0.25 x 48 x 260 x 40 = 124,800; x 0.5 = 62,400; (62,400 - 20,000) / 20,000
    assert present(result.tools.roi_result).roi_pct == Decimal("212.00")


def test_en_days_a_month_at_a_day_rate_and_a_missing_rate_is_asked(talk: Talk) -> None:
    c = talk()
    asked = c.say("Calculate the ROI: the course costs EUR 30,000 for 10 participants. Each "
                  "participant saves 2 days a month.")  # fmt: skip
    assert asked.tools.roi_input is None and "rate per day" in asked.text
    shown = c.say("Each participant saves 2 days a month; the day rate is EUR 350.")
    assert "2 days × €350 × 12 months × 10 participants = €84,000 a year" in shown.text
    result = c.say("yes")
    # by hand: 2 x 350 x 12 x 10 = 84,000; (84,000 - 30,000) / 30,000 = 180 %
    assert present(result.tools.roi_result).roi_pct == Decimal("180.00")


@pytest.mark.parametrize(
    ("opening", "yes", "costs", "net"),
    [
        (
            "What is the ROI? The programme costs $30k for 40 agents. They save 15 minutes a day "
            "at $48 an hour, 50% due to the training.",
            "yes",
            "$30,000.00",
            "-$28,440.00",
        ),
        (
            "Bereken de ROI: de training kost $ 30.000 voor 40 agents. Ze besparen 15 minuten per "
            "dag tegen $ 48 per uur, 50 % toe te schrijven aan de training.",
            "ja",
            "US$\u00a030.000,00",
            "US$\u00a0-28.440,00",
        ),
    ],
)
def test_a_dollar_roi_is_reported_in_dollars(
    talk: Talk, opening: str, yes: str, costs: str, net: str
) -> None:
    c = talk()
    c.say(opening)
    result = c.say(yes)
    # by hand: 0.25 h x 48 x 260 days = 3,120 a year, x 0.5 = 1,560; 1,560 - 30,000 = -28,440
    assert result.tools.roi_result is not None
    assert result.tools.roi_result.currency == "USD"
    assert result.tools.roi_result.net_benefits == Decimal("-28440")
    assert costs in result.text and net in result.text
    assert "€" not in result.text and "EUR" not in result.text
    assert not result.notes


def test_thousands_fused_with_the_euro_sign_are_read_as_thousands(talk: Talk) -> None:
    c = talk()
    shown = c.say(
        "Bereken de ROI: de training kost k€ 18 voor 30 deelnemers. Ze besparen 1,5 uur per maand "
        "tegen een uurtarief van EUR 60, per deelnemer."
    )
    assert shown.tools.roi_input is not None
    assert [line.amount for line in shown.tools.roi_input.costs] == [Decimal(18000)]
