"""Per-participant benefits, percentages next to their own cue, corrections of who a figure is
per, and the confirmation's arithmetic (checked by hand here, worded from the calculator)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from assistant.chat.handle_roi import understood
from assistant.chat.models import ChatState, Intent, RoiFigures
from assistant.chat.roi_figures import merge, read_figures, scope_of, to_input
from assistant.chat.router import route
from assistant.roi import compute_roi
from assistant.text.language import Language

NL, EN = Language.NL, Language.EN
ISSUE = ("25 deelnemers, elke deelnemer bespaart 3 uur per week à EUR 45 per uur, 60 % toe te "
         "schrijven, 80 % zeker")  # fmt: skip


@pytest.mark.parametrize(
    ("text", "language", "attribution", "confidence"),
    [
        (ISSUE, NL, 60, 80),
        ("80 % zeker, 60 % toe te schrijven aan de training", NL, 60, 80),
        ("30% due to the training, 70% confident", EN, 30, 70),
        ("we are 90% sure; 50% is attributable to the course", EN, 50, 90),
    ],
)
def test_each_percentage_takes_the_cue_in_its_own_clause(
    text: str, language: Language, attribution: int, confidence: int
) -> None:
    reading = read_figures(text, language)
    assert reading.attribution == [attribution] and reading.confidence == [confidence]


@pytest.mark.parametrize(
    ("text", "line", "per"),
    [
        ("per deelnemer", "benefit", True),
        ("nee, dat is per deelnemer", "benefit", True),
        ("that is per person", "benefit", True),
        ("die besparing geldt per medewerker", "benefit", True),
        ("no, the fee is per participant", "cost", True),
        ("dat is voor alle deelnemers samen", "benefit", False),
        ("that's for the whole group", "benefit", False),
        ("ja, dat klopt", None, None),
    ],
)
def test_who_a_figure_is_per(text: str, line: str | None, per: bool | None) -> None:
    scope = scope_of(text)
    assert (scope.line, scope.per_participant) == (line, per) if scope else line is None


@pytest.mark.parametrize("awaiting", ["roi_confirmation", "roi_figures"])
def test_a_per_participant_correction_is_routed_to_the_roi(awaiting: str) -> None:
    state = ChatState(awaiting=awaiting)
    assert route("per deelnemer", state) in (Intent.CORRECT_ROI, Intent.COMPUTE_ROI)
    assert route("that is per person", state) in (Intent.CORRECT_ROI, Intent.COMPUTE_ROI)


def _figures(text: str, language: Language) -> RoiFigures:
    base = merge(RoiFigures(), read_figures("De training kost EUR 40.000.", NL))
    return merge(base, read_figures(text, language))


def test_the_issue_case_equals_the_hand_computation() -> None:
    roi_input = to_input(_figures(ISSUE, NL), program=None, forecast=False)
    assert roi_input is not None
    result = compute_roi(roi_input)
    # by hand: 3 h x EUR 45 x 52 weeks x 25 participants = 175,500 a year;
    # x 0.60 attribution x 0.80 confidence = 84,240; (84,240 - 40,000) / 40,000 = 110.60 %
    assert result.total_benefits == Decimal("84240.00")
    assert result.roi_pct == Decimal("110.60")


def test_a_correction_makes_the_benefit_per_participant() -> None:
    total = _figures(ISSUE.replace("elke deelnemer bespaart", "we besparen"), NL)
    assert total.benefits[0].per_participant is False
    fixed = merge(total, read_figures("nee, dat is per deelnemer", NL))
    assert fixed.benefits[0].per_participant is True
    roi_input = to_input(fixed, program=None, forecast=False)
    assert roi_input is not None and compute_roi(roi_input).roi_pct == Decimal("110.60")


def test_the_confirmation_shows_the_calculators_arithmetic_in_dutch() -> None:
    roi_input = to_input(_figures(ISSUE, NL), program=None, forecast=False)
    assert roi_input is not None
    lines = understood(roi_input, NL, compute_roi(roi_input, lang="nl"))
    assert (
        "- opbrengst (tijdsbesparing): 3 uur × €\u00a045 × 52 weken × 25 deelnemers = "
        "€\u00a0175.500 per jaar, × 60\u00a0% toeschrijving × 80\u00a0% zekerheid = "
        "€\u00a084.240 per jaar"
    ) in lines


def test_the_confirmation_shows_the_calculators_arithmetic_in_english() -> None:
    text = ("Our 12 agents each save 30 minutes a day at EUR 50 an hour; 40% is due to the "
            "training.")  # fmt: skip
    figures = merge(merge(RoiFigures(), read_figures("The course costs EUR 9,000.", EN)),
                    read_figures(text, EN))  # fmt: skip
    roi_input = to_input(figures, program=None, forecast=False)
    assert roi_input is not None
    lines = understood(roi_input, EN, compute_roi(roi_input, lang="en"))
    # by hand: 0.5 h x 50 x 260 working days x 12 = 78,000; x 0.40 = 31,200
    assert (
        "- benefit (time saved): 0.5 hours × €50 × 260 working days × 12 participants = "
        "€78,000 a year, × 40% attribution = €31,200 a year"
    ) in lines
