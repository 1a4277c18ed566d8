from decimal import Decimal

import pytest

from assistant.planning.goals import read_goal
from assistant.planning.smart import SmartCriterion, check_objective
from assistant.text.language import Language

NL, EN = Language.NL, Language.EN


@pytest.mark.parametrize(
    ("text", "language", "kpi", "baseline", "target"),
    [
        (
            "Teamleiders verhogen de klanttevredenheid (nu 20%, doel 90%) binnen 6 maanden.",
            NL,
            "klanttevredenheid",
            "20",
            "90",
        ),
        (
            "Teamleiders verhogen de klanttevredenheid (doel 90%, nu 20%) binnen 6 maanden.",
            NL,
            "klanttevredenheid",
            "20",
            "90",
        ),
        ("Het verzuim: huidig 6%, streefwaarde 4,5% binnen 12 maanden.", NL, "verzuim", "6", "4.5"),
        (
            "Het verzuim daalt binnen 12 maanden, streefwaarde 4,5% (huidige waarde 6%).",
            NL,
            "verzuim",
            "6",
            "4.5",
        ),
        ("De NPS - nulmeting: 32, doel: 40 - voor eind 2026.", NL, "NPS", "32", "40"),
        (
            "Klachten per maand: momenteel 40, doelwaarde 30, uiterlijk Q1 2028.",
            NL,
            "Klachten",
            "40",
            "30",
        ),
        (
            "Agents raise first-contact resolution (currently 20%, target 90%) by Q3 2027.",
            EN,
            "first-contact resolution",
            "20",
            "90",
        ),
        (
            "Agents raise first-contact resolution (target 90%, currently 20%) by Q3 2027.",
            EN,
            "first-contact resolution",
            "20",
            "90",
        ),
        ("Raise NPS, baseline 32 and target 40, by end of 2026.", EN, "NPS", "32", "40"),
        (
            "Cut absenteeism to a target of 4.5% (now 6%) within 12 months.",
            EN,
            "absenteeism",
            "6",
            "4.5",
        ),
        ("Error rate: current level 3%, target: 1% by Q2 2027.", EN, "Error rate", "3", "1"),
        ("Reach compliance, target 95%, by March 2027.", EN, "compliance", None, "95"),
        # the plain from-to forms keep working
        ("Het verzuim daalt van 6% naar 4,5% binnen 12 maanden.", NL, "verzuim", "6", "4.5"),
        ("Increase NPS from 32 to 40 by end of 2026.", EN, "NPS", "32", "40"),
    ],
)
def test_labelled_baseline_and_target(
    text: str, language: Language, kpi: str, baseline: str | None, target: str
) -> None:
    reading = read_goal(text, language)
    assert reading.kpi == kpi
    assert reading.baseline == (None if baseline is None else Decimal(baseline))
    assert reading.target == Decimal(target)
    assert reading.deadline is not None


@pytest.mark.parametrize(
    "text",
    [
        "Het doel is dat 40 teamleiders elke maand coachen.",
        "Our goal is that managers coach every month.",
        "Doel 2026: teamleiders voeren elk kwartaal een gesprek.",
    ],
)
def test_labels_without_a_figure_read_no_target(text: str) -> None:
    reading = read_goal(text, Language.NL if " is dat" in text or "Doel" in text else EN)
    assert reading.target is None and reading.baseline is None


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Teamleiders verhogen de klanttevredenheid (nu 20%, doel 90%) binnen 6 maanden.", NL),
        ("Agents raise first-contact resolution (currently 20%, target 90%) by Q3 2027.", EN),
    ],
)
def test_smart_check_reads_the_labelled_pair(text: str, language: Language) -> None:
    check = check_objective(text, language)
    measurable = next(v for v in check.criteria if v.criterion is SmartCriterion.MEASURABLE)
    assert measurable.passed, measurable.reason
    assert "20" in measurable.reason and "90" in measurable.reason
