import contextlib
import json
import re
from decimal import Decimal
from pathlib import Path

import pytest

from assistant.errors import InvalidInputError
from assistant.planning import Methodology, brief_from_text
from assistant.planning.lines import CostCategory, Period
from assistant.text.language import Language
from assistant.text.money import find_money
from assistant.text.numbers import parse_number
from assistant.text.periods import Duration, DurationUnit

BRIEFS = Path(__file__).parent / "briefs"
NUMBER = re.compile(r"(?<![\w.,])\d{1,3}(?:[.,]\d{3})+(?:[.,]\d+)?|(?<![\w.,])\d+(?:[.,]\d+)?")


def _read(name: str) -> str:
    return (BRIEFS / name).read_text(encoding="utf-8")


def _values_in(text: str, language: Language) -> set[Decimal]:
    money = {m.amount for m in find_money(text)}
    spans = [(m.start, m.end) for m in find_money(text)]
    plain = {
        parse_number(m.group(), language=language)
        for m in NUMBER.finditer(text)
        if not any(s <= m.start() < e for s, e in spans)
    }
    return money | plain


def _structured_values(data: object) -> set[Decimal]:
    """Every number in the brief's structured fields (descriptions and texts excluded)."""
    found: set[Decimal] = set()
    if isinstance(data, dict):
        for key, value in data.items():
            if key in ("description", "text") or key.endswith("_pct"):
                continue
            found |= _structured_values(value)
    elif isinstance(data, list):
        for item in data:
            found |= _structured_values(item)
    elif isinstance(data, int | str) and not isinstance(data, bool):
        with contextlib.suppress(ArithmeticError):
            found.add(Decimal(str(data)))
    return found


@pytest.mark.parametrize(
    ("name", "language"),
    [
        ("leadership_nl.txt", Language.NL),
        ("customer_service_en.txt", Language.EN),
        ("safety_elearning_nl.txt", Language.NL),
    ],
)
def test_every_number_in_the_text_lands_unchanged(name: str, language: Language) -> None:
    text = _read(name)
    extraction = brief_from_text(text)
    assert extraction.language is language
    data = json.loads(extraction.brief.model_dump_json())
    structured = _structured_values(data)
    asked = " ".join(q.question for q in extraction.open_questions)
    described = json.dumps(data, ensure_ascii=False) + asked
    for value in _values_in(text, language):
        written = format(value, "f")
        assert value in structured or written in described or str(value) in described, written


def test_leadership_brief_nl() -> None:
    extraction = brief_from_text(_read("leadership_nl.txt"))
    brief = extraction.brief
    assert brief.title == "Leiderschap in Balans"
    assert brief.organisation == "Zorggroep De Linde"
    assert (brief.participants, brief.target_group) == (40, "teamleiders van de afdeling Zorg")
    assert brief.duration == Duration(amount=Decimal(6), unit=DurationUnit.MONTH)
    assert brief.start_date is not None and str(brief.start_date.as_date()) == "2026-09-01"
    absence, satisfaction = brief.business_goals
    assert (absence.kpi, absence.baseline, absence.target, absence.unit) == (
        "verzuim",
        Decimal(6),
        Decimal("4.5"),
        "%",
    )
    assert absence.deadline is not None and absence.deadline.within is not None
    assert absence.deadline.within.amount == 12
    assert (satisfaction.baseline, satisfaction.target) == (Decimal("7.1"), Decimal("7.8"))
    assert satisfaction.deadline is not None and satisfaction.deadline.year == 2027
    assert len(brief.desired_behaviours) == 2
    assert brief.learning_activities == [
        "Twee trainingsdagen",
        "Vier intervisiebijeenkomsten",
        "Individuele coaching",
    ]
    assert [(c.amount, c.per_participant, c.category) for c in brief.costs] == [
        (Decimal(85000), False, CostCategory.DESIGN_DEVELOPMENT),
        (Decimal(350), True, CostCategory.MATERIALS),
    ]
    (benefit,) = brief.expected_benefits
    assert (benefit.amount, benefit.period) == (Decimal(120000), Period.YEAR)
    assert extraction.currency == "EUR" and extraction.complete
    fields = [q.field for q in extraction.open_questions]
    assert fields == ["/methodology", "/costs"]  # the EUR 250 per absence day is asked about
    assert "EUR 250" in extraction.open_questions[1].question


def test_customer_service_brief_en() -> None:
    extraction = brief_from_text(_read("customer_service_en.txt"))
    brief = extraction.brief
    assert brief.title == "Service Excellence Academy"
    assert brief.methodology is Methodology.PHILLIPS
    assert brief.participants == 120
    assert brief.target_group == "call-centre agents in Leeds and Bristol"
    assert brief.duration == Duration(amount=Decimal(6), unit=DurationUnit.WEEK)
    nps, aht, turnover = brief.business_goals
    assert (nps.kpi, nps.baseline, nps.target) == ("NPS", Decimal(32), Decimal(40))
    assert (aht.baseline, aht.target, aht.unit) == (Decimal("7.5"), Decimal("6.5"), "minutes")
    assert aht.deadline is not None and (aht.deadline.year, aht.deadline.quarter) == (2027, 3)
    assert (turnover.baseline, turnover.target) == (None, None)  # "by 10%" has no baseline
    assert "10%" in turnover.description
    assert [c.category for c in brief.costs] == [
        CostCategory.DESIGN_DEVELOPMENT,
        CostCategory.DELIVERY,
        CostCategory.PARTICIPANT_TIME,
    ]
    assert [c.amount for c in brief.costs] == [Decimal(22500), Decimal(36000), Decimal(54000)]
    assert brief.expected_benefits[0].amount == Decimal(90000)
    assert [q.field for q in extraction.open_questions] == [
        "/business_goals/2/baseline",
        "/business_goals/2/target",
    ]
    assert extraction.open_questions[0].question.startswith("What is the current value")


def test_safety_brief_nl() -> None:
    extraction = brief_from_text(_read("safety_elearning_nl.txt"))
    brief = extraction.brief
    assert brief.organisation == "Bouwbedrijf Van Dijk B.V."
    assert brief.methodology is Methodology.KIRKPATRICK
    assert (brief.participants, brief.target_group) == (250, "monteurs")
    assert brief.duration == Duration(amount=Decimal(4), unit=DurationUnit.HOUR)
    incidents, harness = brief.business_goals
    assert (incidents.baseline, incidents.target, incidents.unit) == (
        Decimal(18),
        Decimal(9),
        "per jaar",
    )
    assert (harness.baseline, harness.target, harness.unit) == (Decimal(72), Decimal(95), "%")
    assert [c.amount for c in brief.costs] == [Decimal(12500), Decimal(18000)]
    assert extraction.open_questions == []  # Kirkpatrick: no costs or benefits asked


def test_nothing_is_invented() -> None:
    extraction = brief_from_text("We willen dat het verzuim daalt.")
    brief = extraction.brief
    assert brief.title is None and brief.participants is None and brief.duration is None
    (goal,) = brief.business_goals if brief.business_goals else (None,)
    assert goal is None or (goal.baseline is None and goal.target is None)
    assert not extraction.complete
    fields = {q.field for q in extraction.open_questions}
    assert {"/title", "/participants", "/duration", "/start_date", "/target_group"} <= fields
    with pytest.raises(InvalidInputError) as error:
        extraction.to_brief()
    assert error.value.fields[0].pointer == "/title"


@pytest.mark.parametrize(
    ("text", "title", "participants", "goal"),
    [
        (
            "Het programma heet 'Veilig Werken', voor 40 monteurs. Doel: minder incidenten.",
            "Veilig Werken",
            40,
            "minder incidenten",
        ),
        (
            "Programma: Grip op Verzuim. Doel: minder incidenten met verzuim.",
            "Grip op Verzuim",
            None,
            "minder incidenten met verzuim",
        ),
        (
            "Programme: Safe Hands. Goal: fewer incidents, from 12 to 6 a year. Participants: 40.",
            "Safe Hands",
            40,
            "fewer incidents, from 12 to 6 a year",
        ),
        (
            "We call it Lead to Grow, for all 40 managers. The goal is to cut turnover by 4 pts.",
            "Lead to Grow",
            40,
            "The goal is to cut turnover by 4 pts",
        ),
    ],
)
def test_a_one_line_brief_gives_its_name_and_goal(
    text: str, title: str, participants: int | None, goal: str
) -> None:
    extraction = brief_from_text(text)
    brief = extraction.brief
    assert brief.title == title and brief.participants == participants
    assert [g.description for g in brief.business_goals] == [goal]
    assert extraction.complete


@pytest.mark.parametrize(
    ("text", "participants", "group"),
    [
        (
            "Our course on case selection: 36 field inspectors plus their 6 supervisors attended.",
            42,
            "field inspectors",
        ),
        ("Er deden 3 ploegen van 12 monteurs mee aan de cursus Storingsanalyse.", 36, "monteurs"),
    ],
)
def test_a_brief_counts_its_participants_as_the_roi_reader_does(
    text: str, participants: int, group: str
) -> None:
    brief = brief_from_text(text).brief
    assert (brief.participants, brief.target_group) == (participants, group)


def test_open_questions_follow_the_language() -> None:
    nl = brief_from_text("Verzuim van 6% naar 4,5%.", Language.NL)
    en = brief_from_text("Absenteeism from 6% to 4.5%.", Language.EN)
    assert nl.open_questions[0].question == "Hoe heet het programma?"
    assert en.open_questions[0].question == "What is the programme called?"
    deadline = [q for q in en.open_questions if q.field == "/business_goals/0/deadline"]
    assert deadline and "Absenteeism" in deadline[0].question


@pytest.mark.parametrize(
    ("text", "kpi", "baseline", "target", "unit"),
    [
        ("Het verzuim daalt van 6% naar 4,5% binnen 12 maanden.", "verzuim", "6", "4.5", "%"),
        (
            "We willen het verloop terugbrengen van 15 % naar 12 % voor 1 juli 2027.",
            "verloop",
            "15",
            "12",
            "%",
        ),
        ("Doel: NPS van 32 naar 40 eind 2026.", "NPS", "32", "40", None),
        ("Increase NPS from 32 to 40 by end of 2026.", "NPS", "32", "40", None),
        (
            "We aim to reduce absenteeism from 6.5% to 5% within a year.",
            "absenteeism",
            "6.5",
            "5",
            "%",
        ),
        (
            "Cut average handling time from 7.5 to 6 minutes by Q2 2027.",
            "average handling time",
            "7.5",
            "6",
            "minutes",
        ),
        (
            "Raise first-contact resolution to 80% by Q4 2026.",
            "first-contact resolution",
            None,
            "80",
            "%",
        ),
        (
            "Het aantal klachten daalt van 1.200 naar 900 per jaar binnen 12 maanden.",
            "aantal klachten",
            "1200",
            "900",
            "per jaar",
        ),
        (
            "Reduce complaints from 1,200 to 900 a year by end of 2026.",
            "complaints",
            "1200",
            "900",
            "a year",
        ),
    ],
)
def test_goal_phrasings(
    text: str, kpi: str, baseline: str | None, target: str, unit: str | None
) -> None:
    (goal,) = brief_from_text(text).brief.business_goals
    assert goal.kpi == kpi
    assert goal.baseline == (Decimal(baseline) if baseline else None)
    assert goal.target == Decimal(target)
    assert goal.unit == unit
    assert goal.deadline is not None


@pytest.mark.parametrize(
    ("text", "count", "group"),
    [
        ("We trainen 40 teamleiders in coachend leidinggeven.", 40, "teamleiders"),
        ("Voor 120 call-centre agents.", 120, "call-centre agents"),
        ("The course is for 35 nurses at St Mary's.", 35, "nurses at St Mary's"),
        ("Deelnemers: 1.200 medewerkers", 1200, "medewerkers"),
        ("Veertig leidinggevenden nemen deel.", 40, "leidinggevenden"),
    ],
)
def test_people_counts(text: str, count: int, group: str) -> None:
    brief = brief_from_text(text).brief
    assert (brief.participants, brief.target_group) == (count, group)


@pytest.mark.parametrize(
    ("text", "amount", "category", "per_participant"),
    [
        ("Het budget voor het programma is EUR 85.000.", "85000", CostCategory.OTHER, False),
        ("De trainer kost € 1.500 per dag.", None, None, False),
        ("Trainerskosten: EUR 12.000", "12000", CostCategory.DELIVERY, False),
        ("Materials cost $2,500.", "2500", CostCategory.MATERIALS, False),
        ("Locatie en catering: 4.800 euro.", "4800", CostCategory.FACILITIES, False),
        ("De e-learning licentie kost EUR 45 per deelnemer.", "45", CostCategory.ACQUISITION, True),
    ],
)
def test_cost_phrasings(
    text: str, amount: str | None, category: CostCategory | None, per_participant: bool
) -> None:
    extraction = brief_from_text(text)
    if amount is None:  # a day rate is not a programme total: asked, not guessed
        assert extraction.brief.costs == []
        assert any("1.500" in q.question for q in extraction.open_questions)
        return
    (cost,) = extraction.brief.costs
    assert (cost.amount, cost.category, cost.per_participant) == (
        Decimal(amount),
        category,
        per_participant,
    )


def test_benefit_without_period_is_asked() -> None:
    extraction = brief_from_text("We verwachten een besparing van EUR 40.000 door minder verloop.")
    assert extraction.brief.expected_benefits == []
    assert any("EUR 40.000" in q.question for q in extraction.open_questions)


def test_mixed_currencies_are_asked() -> None:
    extraction = brief_from_text("Trainer fees EUR 10,000. Travel costs $2,000.")
    assert extraction.currency is None
    assert any("EUR, USD" in q.question for q in extraction.open_questions)


def test_brief_from_text_is_deterministic() -> None:
    text = _read("customer_service_en.txt")
    assert brief_from_text(text) == brief_from_text(text)


@pytest.mark.parametrize(
    ("text", "goal", "cost"),
    [
        (
            "Sales Academy for 40 account managers; reduce turnover by 10% by Q3 2027; "
            "budget $85,000; 3 workshops and coaching over 6 months.",
            "reduce turnover by 10% by Q3 2027",
            "Budget",
        ),
        (
            "Leiderschapsprogramma voor 40 teamleiders; verzuim van 6% naar 4,5% binnen "
            "12 maanden; budget EUR 85.000; teamleiders voeren elke maand een ontwikkelgesprek.",
            "verzuim van 6% naar 4,5% binnen 12 maanden",
            "Budget",
        ),
        (
            "Sales Academy for 40 account managers • reduce turnover by 10% by Q3 2027 "
            "• trainer costs EUR 12,000",
            "reduce turnover by 10% by Q3 2027",
            "Trainer costs",
        ),
        (
            "Leiderschapsprogramma voor 40 teamleiders\n"
            "- verzuim van 6% naar 4,5% binnen 12 maanden\n"
            "- budget EUR 85.000",
            "verzuim van 6% naar 4,5% binnen 12 maanden",
            "Budget",
        ),
    ],
)
def test_clauses_are_read_one_by_one(text: str, goal: str, cost: str) -> None:
    """A ";", an inline bullet or a bulleted line ends a clause: the goal and the cost line
    are that clause, not the whole text."""
    brief = brief_from_text(text).brief
    assert [g.description for g in brief.business_goals] == [goal]
    assert [c.description for c in brief.costs] == [cost]
    assert brief.participants == 40


def test_a_count_without_its_noun_names_no_group() -> None:
    """Seen when "pest control techs, 25 took it" became a count of participants: a brief whose
    one sentence counts people without naming them crashed (no group to take)."""
    extraction = brief_from_text(
        "Project management certification for our engineers - about 30 took it."
    )
    assert extraction.brief.participants == 30
