"""What the offline composer writes: languages, isolation, forecast, impact map, free text."""

import pytest

from assistant.errors import InvalidInputError
from assistant.planning import ProgramBrief
from assistant.planning.plan import OfflineComposer, PlanDraftRequest, draft_plan
from assistant.planning.plan.export.markdown import to_markdown
from assistant.planning.plan.texts import EN, NL
from assistant.roi import IsolationMethod
from assistant.text.language import Language
from tests.plan_fixtures import example_request


def test_texts_have_the_same_keys_and_placeholders() -> None:
    import string

    assert NL.keys() == EN.keys()
    fields = lambda text: {f for _, f, _, _ in string.Formatter().parse(text) if f}  # noqa: E731
    assert all(fields(NL[key]) == fields(EN[key]) for key in NL)


def test_dutch_phillips_example(composer: OfflineComposer) -> None:
    plan = draft_plan(example_request("leadership_brief.json"), composer=composer)
    assert plan.language is Language.NL
    phillips = plan.measurement_plan.phillips
    assert phillips is not None
    assert phillips.isolation.method is IsolationMethod.PARTICIPANT_ESTIMATE
    assert "toeschrijving 50\u00a0%" in (phillips.isolation.confidence_adjustment or "")
    assert [str(f.value) for f in phillips.conversions[0].unit_values] == ["265"]
    forecast = plan.roi_forecast
    assert forecast is not None and forecast.label == "forecast"
    assert str(forecast.roi_pct) in plan.objectives[-1].text.replace(",", ".")
    assert plan.impact_map.mermaid.startswith("flowchart LR")
    assert any(not c.in_brief for c in phillips.cost_checklist)


def test_english_plan_uses_english_texts(composer: OfflineComposer) -> None:
    plan = draft_plan(example_request("customer_service_brief.json"), composer=composer)
    assert plan.language is Language.EN
    assert plan.measurement_plan.levels[0].name == "Reaction"
    texts = " ".join(o.text for o in plan.objectives)
    assert "moves from 68% (baseline) to 78% (target) by Q2 2027" in texts


def test_control_group_when_the_brief_makes_it_feasible(composer: OfflineComposer) -> None:
    brief = ProgramBrief(
        title="Phased rollout of coaching",
        language=Language.EN,
        business_goals=[{"description": "Cut errors from 40 to 30 per month by Q1 2028"}],
        learning_activities=[
            "Coaching in two waves: region North first, South as comparison group"
        ],
    )
    plan = draft_plan(PlanDraftRequest(brief=brief), composer=composer)
    assert plan.measurement_plan.phillips is not None
    assert plan.measurement_plan.phillips.isolation.method is IsolationMethod.CONTROL_GROUP


def test_free_text_draft_carries_the_extraction_questions(composer: OfflineComposer) -> None:
    text = (
        "We want to reduce staff turnover from 18% to 14% by Q3 2027 for our 35 store managers. "
        "Store managers should hold a stay interview with every new hire within 30 days."
    )
    plan = draft_plan(PlanDraftRequest(text=text), composer=composer)
    assert plan.language is Language.EN
    assert plan.title.startswith("Development programme")
    fields = [q.field for q in plan.open_questions]
    assert "/title" in fields and "/costs" in fields
    assert plan.objectives[-2].baseline is not None


def test_free_text_without_goal_or_behaviour_is_refused(composer: OfflineComposer) -> None:
    with pytest.raises(InvalidInputError):
        draft_plan(PlanDraftRequest(text="Een mooie training."), composer=composer)


def test_request_needs_exactly_one_source() -> None:
    with pytest.raises(ValueError, match="give 'brief'"):
        PlanDraftRequest()
    with pytest.raises(ValueError, match="not both"):
        PlanDraftRequest(brief={"title": "T", "desired_behaviours": ["x"]}, text="also text")


@pytest.mark.parametrize(
    ("language", "baseline", "target", "unit", "figures"),
    [
        (Language.NL, "6", "4,5", "%", "6\u00a0% → 4,5\u00a0%"),
        (Language.EN, "6", "4.5", "%", "6% → 4.5%"),
        (Language.NL, "1250000", None, "EUR", "€\u00a01.250.000 → ?"),
        (Language.EN, "1250000", "1400000", "USD", "$1,250,000 → $1,400,000"),
        (Language.NL, "7,4", "6,5", "minuten", "7,4 minuten → 6,5 minuten"),
    ],
)
def test_the_impact_map_writes_figures_the_way_the_plans_language_does(
    composer: OfflineComposer,
    language: Language,
    baseline: str,
    target: str | None,
    unit: str,
    figures: str,
) -> None:
    goal = {"description": "KPI", "kpi": "KPI", "baseline": baseline, "target": target}
    brief = ProgramBrief(
        title="Verzuimaanpak",
        language=language,
        business_goals=[{**goal, "unit": unit}],
        learning_activities=["Training"],
    )
    plan = draft_plan(PlanDraftRequest(brief=brief), composer=composer)
    assert [o.figures for o in plan.impact_map.operational_goals] == [figures]


@pytest.mark.parametrize(
    ("language", "symbol", "total_costs"),
    [(Language.EN, "$", "$57,380"), (Language.NL, "US$\u00a0", "US$ 57.380")],
)
def test_a_dollar_plan_shows_its_amounts_in_dollars(
    composer: OfflineComposer, language: Language, symbol: str, total_costs: str
) -> None:
    request = example_request("customer_service_brief.json")
    assert request.brief is not None
    brief = request.brief.model_copy(update={"language": language})
    plan = draft_plan(PlanDraftRequest(brief=brief, currency="USD"), composer=composer)
    assert plan.budget is not None and plan.roi_forecast is not None
    assert plan.roi_forecast.currency == "USD"
    money_texts = [*plan.budget.costs, *plan.budget.benefits]
    assert all(symbol in text for text in money_texts), money_texts
    document = to_markdown(plan)
    assert "€" not in document and "EUR" not in document and "USD " not in document
    # by hand: 14,000 + 21,600 + 60 x 238 + 3,000 + 4,500 = 57,380
    assert plan.roi_forecast.total_costs == 57380
    assert total_costs in document.replace("\u00a0", " ")
