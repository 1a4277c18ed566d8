"""The LLM plan engine's logic with a scripted model: it may reword, never invent figures."""

from __future__ import annotations

from typing import Any

import pytest

from assistant.planning.plan import OfflineComposer, draft_plan
from assistant.planning.plan.llm_composer import LlmComposer, numbers_in
from assistant.planning.plan.models import Plan
from assistant.planning.smart import check_objective
from tests.fakes import ScriptedToolModel
from tests.plan_fixtures import example_request


@pytest.fixture(scope="module")
def offline_plan(composer: OfflineComposer) -> Plan:
    return draft_plan(example_request("customer_service_brief.json"), composer=composer)


def _method_ids(plan: Plan) -> list[str]:
    return [o.id for o in plan.objectives if o.origin == "method"]


def _compose(
    composer: OfflineComposer, script: list[tuple[str, dict[str, Any]]]
) -> tuple[Plan, ScriptedToolModel]:
    model = ScriptedToolModel(script=script, seen=[])
    llm = LlmComposer(model, model_name="scripted", offline=composer)
    return draft_plan(example_request("customer_service_brief.json"), composer=llm), model


def test_rewrites_method_objectives_and_rechecks_them(
    composer: OfflineComposer, offline_plan: Plan
) -> None:
    target = _method_ids(offline_plan)[0]
    original = next(o for o in offline_plan.objectives if o.id == target)
    text = f"{original.text.rstrip('.')}, as recorded by the team lead."
    plan, model = _compose(
        composer, [("ObjectiveRewrites", {"objectives": [{"id": target, "text": text}]})]
    )
    assert plan.engine.engine == "llm"
    assert rewritten_score(plan, target) >= original.smart.score
    assert plan.engine.prompt_version == "plans/objectives@1.0"
    rewritten = next(o for o in plan.objectives if o.id == target)
    assert rewritten.text == text
    assert rewritten.smart.text == text
    untouched = [o for o in plan.objectives if o.id != target]
    assert untouched == [o for o in offline_plan.objectives if o.id != target]
    assert plan.citations == offline_plan.citations
    assert plan.roi_forecast == offline_plan.roi_forecast
    assert len(model.seen) == 1
    assert target in str(model.seen[0][0].content)


def rewritten_score(plan: Plan, target: str) -> int:
    return next(o for o in plan.objectives if o.id == target).smart.score


@pytest.mark.parametrize("kind", ["unchanged", "vaguer", "other language"])
def test_a_rewrite_that_is_not_better_leaves_the_offline_plan_and_says_so(
    composer: OfflineComposer, offline_plan: Plan, kind: str
) -> None:
    target = _method_ids(offline_plan)[0]
    original = next(o for o in offline_plan.objectives if o.id == target)
    text = {
        "unchanged": f"  {original.text} ",
        "vaguer": "Agents learn things.",
        "other language": "De deelnemers passen de vaardigheden toe in hun dagelijkse werk.",
    }[kind]
    assert kind != "vaguer" or check_objective(text, original.smart.language).score < (
        original.smart.score
    )
    rewrite = {"objectives": [{"id": target, "text": text}]}
    plan, _ = _compose(composer, [("ObjectiveRewrites", rewrite)])
    assert plan.objectives == offline_plan.objectives
    assert plan.engine.engine == "offline-fallback"
    assert plan.engine.fallback_reason == (
        "scripted: the model returned no objective improved: the offline wording stands"
    )


def test_an_invented_figure_is_retried_then_the_offline_plan_stands(
    composer: OfflineComposer, offline_plan: Plan
) -> None:
    target = _method_ids(offline_plan)[0]
    invented = {"objectives": [{"id": target, "text": "Raise sales by 937% within 11 weeks."}]}
    plan, model = _compose(composer, [("ObjectiveRewrites", invented)] * 2)
    assert len(model.seen) == 2
    assert "937" in str(model.seen[1][-1].content)
    assert plan.engine.engine == "offline-fallback"
    assert (
        plan.engine.fallback_reason
        and "numbers the plan does not hold" in plan.engine.fallback_reason
    )
    assert plan.objectives == offline_plan.objectives


def test_unknown_ids_are_not_a_rewrite(composer: OfflineComposer) -> None:
    stray = {"objectives": [{"id": "L9-9", "text": "Something else entirely."}]}
    plan, _ = _compose(composer, [("ObjectiveRewrites", stray)] * 2)
    assert plan.engine.engine == "offline-fallback"


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        ("Level 3: 80% of agents by 2027", {"80", "2027"}),
        ("Niveau 4 daalt van 6,5 naar 4.000", {"6,5", "4.000"}),
        ("no figures at all", set()),
    ],
)
def test_numbers_in_ignores_level_names(text: str, numbers: set[str]) -> None:
    assert numbers_in(text) == numbers
