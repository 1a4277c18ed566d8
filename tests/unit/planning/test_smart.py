import pytest

from assistant.planning.smart import SmartCriterion, check_objective
from assistant.text.language import Language

NL, EN = Language.NL, Language.EN
S, M, A, R, AC, RE, T = (
    SmartCriterion.SPECIFIC,
    SmartCriterion.MEASURABLE,
    SmartCriterion.ACCEPTABLE,
    SmartCriterion.REALISTIC,
    SmartCriterion.ACHIEVABLE,
    SmartCriterion.RELEVANT,
    SmartCriterion.TIME_BOUND,
)

GOOD_NL = (
    "Het verzuim van de 40 teamleiders daalt van 6% naar 4,5% binnen 12 maanden, "
    "afgesproken met de directie."
)
GOOD_EN = (
    "The 120 call-centre agents raise NPS from 32 to 40 by end of 2026, agreed with the "
    "head of Customer Service, so that churn falls."
)


@pytest.mark.parametrize(
    ("text", "language", "criterion", "passed"),
    [
        # Specifiek / Specific: actor and no vague verb without a metric
        (GOOD_NL, NL, S, True),
        ("Teamleiders voeren elke maand een ontwikkelgesprek met ieder teamlid.", NL, S, True),
        ("Medewerkers begrijpen het belang van veiligheid.", NL, S, False),
        ("Teamleiders worden zich bewust van hun leiderschapsstijl.", NL, S, False),
        ("Deelnemers krijgen inzicht in hun communicatiestijl.", NL, S, False),
        ("Het verzuim daalt van 6% naar 4,5% binnen 12 maanden.", NL, S, False),
        ("De communicatie verbeteren.", NL, S, False),
        ("Klantenservicemedewerkers verhogen de NPS van 30 naar 36 voor Q4 2026.", NL, S, True),
        (GOOD_EN, EN, S, True),
        ("Improve communication skills.", EN, S, False),
        ("Managers understand the new appraisal process.", EN, S, False),
        ("Employees become aware of phishing risks.", EN, S, False),
        ("Reduce absenteeism from 6% to 4.5% within 12 months.", EN, S, False),
        ("Nurses complete the hand-hygiene check every shift by March 2027.", EN, S, True),
        # Meetbaar / Measurable: indicator, baseline and target
        (GOOD_NL, NL, M, True),
        ("Het verloop onder verkopers daalt naar 12% voor eind 2026.", NL, M, True),
        ("Het verloop onder verkopers daalt met 10% voor eind 2026.", NL, M, False),
        ("Teamleiders voeren maandelijks een ontwikkelgesprek.", NL, M, True),
        ("Teamleiders worden betere coaches.", NL, M, False),
        ("De klanttevredenheid stijgt.", NL, M, False),
        (GOOD_EN, EN, M, True),
        ("Reduce turnover among agents by 10% by Q3 2027.", EN, M, False),
        ("Agents achieve an average handling time of at most 6 minutes by Q2 2027.", EN, M, True),
        ("Cut average handling time from 7.5 to 6 minutes by Q2 2027.", EN, M, True),
        ("Managers give better feedback.", EN, M, False),
        # Acceptabel (NL): agreement or ownership cue
        (GOOD_NL, NL, A, True),
        ("Samen met de teamleiders vastgesteld: verzuim van 6% naar 5%.", NL, A, True),
        ("De regiomanager is eigenaar van dit doel.", NL, A, True),
        ("Het verzuim daalt van 6% naar 4,5% binnen 12 maanden.", NL, A, False),
        # Realistisch (NL) / Achievable (EN): no absolutes, no huge jump
        (GOOD_NL, NL, R, True),
        ("Nooit meer ongevallen op de werkvloer.", NL, R, False),
        ("Iedereen scoort 100% op de kennistoets voor 1 juli 2027.", NL, R, False),
        ("Het aantal fouten daalt van 40 naar 0 binnen 6 maanden.", NL, R, False),
        ("De conversie stijgt van 10% naar 25% voor eind 2026.", NL, R, False),
        ("De conversie stijgt van 10% naar 12% voor eind 2026.", NL, R, True),
        ("Het verloop daalt met 30% binnen een jaar.", NL, R, True),
        ("Het verloop daalt met 80% binnen een jaar.", NL, R, False),
        (GOOD_EN, EN, AC, True),
        ("Zero incidents on site from now on.", EN, AC, False),
        ("Agents never again miss a callback.", EN, AC, False),
        ("Managers achieve 100% completion of the e-learning by Q1 2027.", EN, AC, False),
        ("Increase sales from 100 to 400 orders a month by Q4 2026.", EN, AC, False),
        ("Increase sales from 100 to 120 orders a month by Q4 2026.", EN, AC, True),
        # Relevant (EN): tied to a business result
        (GOOD_EN, EN, RE, True),
        ("Agents complete the listening module so that complaints fall.", EN, RE, True),
        ("Managers attend all three workshops.", EN, RE, False),
        ("Reduce absenteeism from 6% to 4.5% within 12 months.", EN, RE, True),
        # Tijdgebonden / Time-bound
        (GOOD_NL, NL, T, True),
        ("Het verzuim daalt van 6% naar 4,5% voor 1 juli 2027.", NL, T, True),
        ("Het verzuim daalt van 6% naar 4,5% in Q3 2027.", NL, T, True),
        ("Het verzuim daalt van 6% naar 4,5% uiterlijk eind 2026.", NL, T, True),
        ("Het verzuim daalt van 6% naar 4,5%.", NL, T, False),
        (GOOD_EN, EN, T, True),
        ("Reduce turnover by 10% by Q3 2027.", EN, T, True),
        ("Raise NPS from 32 to 40 within six months of the programme.", EN, T, True),
        ("Raise NPS from 32 to 40.", EN, T, False),
    ],
)
def test_criterion(text: str, language: Language, criterion: SmartCriterion, passed: bool) -> None:
    verdict = check_objective(text, language)
    item = next(c for c in verdict.criteria if c.criterion is criterion)
    assert item.passed is passed, item.reason
    assert item.reason
    assert (item.suggestion is None) or item.suggestion


@pytest.mark.parametrize(
    ("language", "labels"),
    [
        (NL, ["Specifiek", "Meetbaar", "Acceptabel", "Realistisch", "Tijdgebonden"]),
        (EN, ["Specific", "Measurable", "Achievable", "Relevant", "Time-bound"]),
    ],
)
def test_labels_follow_the_language(language: Language, labels: list[str]) -> None:
    verdict = check_objective("Raise NPS from 32 to 40.", language)
    assert [c.label for c in verdict.criteria] == labels


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Het verzuim van de teamleiders moet dalen binnen een jaar.", NL),
        ("We willen dat medewerkers beter samenwerken.", NL),
        ("Managers should hold weekly one-to-ones with their staff.", EN),
        ("Reduce turnover by 10% by Q3 2027.", EN),
    ],
)
def test_language_is_detected(text: str, language: Language) -> None:
    assert check_objective(text).language is language


def test_good_objectives_pass_everything() -> None:
    for text in (GOOD_NL, GOOD_EN):
        verdict = check_objective(text)
        assert verdict.passed and verdict.score == 5, [c.reason for c in verdict.criteria]


def test_failures_come_with_a_suggestion() -> None:
    verdict = check_objective("De communicatie verbeteren.", NL)
    failed = [c for c in verdict.criteria if not c.passed]
    assert failed and all(c.suggestion for c in failed)
    assert "verbeteren" in verdict.criteria[0].reason


def test_reasons_name_what_was_found() -> None:
    verdict = check_objective(GOOD_NL, NL)
    reasons = " ".join(c.reason for c in verdict.criteria)
    found = (
        "40 teamleiders",
        "verzuim",
        "6\u00a0%",
        "4,5\u00a0%",
        "binnen 12 maanden",
        "afgesproken",
    )
    assert all(text in reasons for text in found)


def test_deterministic() -> None:
    assert check_objective(GOOD_EN) == check_objective(GOOD_EN)


def test_realistic_explains_the_heuristic() -> None:
    verdict = check_objective("De conversie stijgt van 10% naar 25% voor eind 2026.", NL)
    realistic = next(c for c in verdict.criteria if c.criterion is R)
    assert "150\u00a0%" in realistic.reason and "50\u00a0%" in realistic.reason


def test_reasons_write_figures_the_way_the_language_does() -> None:
    english = " ".join(c.reason for c in check_objective(GOOD_EN, EN).criteria)
    dutch = check_objective("De omzet stijgt van EUR 1.200.000 naar EUR 1.260.000 eind 2026.", NL)
    measurable = next(c for c in dutch.criteria if c.criterion is SmartCriterion.MEASURABLE)
    assert "%" in english and "\u00a0%" not in english
    assert "€\u00a01.200.000" in measurable.reason and "€\u00a01.260.000" in measurable.reason


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Improve communication skills.", EN),
        ("Communicatieve vaardigheden verbeteren.", NL),
        ("Better stakeholder management.", EN),
        ("Veiligheidsbewustzijn vergroten.", NL),
    ],
)
def test_language_of_short_objectives(text: str, language: Language) -> None:
    assert check_objective(text).language is language
