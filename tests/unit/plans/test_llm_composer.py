"""The LLM plan engine's logic with a scripted model: it may reword, and name what the
programme teaches for level 2, never invent figures."""

from __future__ import annotations

from typing import Any

import pytest

from assistant.planning.plan import OfflineComposer, draft_plan
from assistant.planning.plan.llm_composer import UNCHANGED, LlmComposer, numbers_in
from assistant.planning.plan.llm_topic import topic_problem, with_topic
from assistant.planning.plan.models import Plan
from assistant.planning.smart import check_objective
from assistant.text.language import Language
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
    target = "L2-1"  # reworded: no topic is asked for it
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
    title = {"topic": "Resolve It First Time"}
    plan, _ = _compose(composer, [("ObjectiveRewrites", rewrite), ("ProgrammeTopic", title)])
    assert plan.objectives == offline_plan.objectives
    assert plan.engine.engine == "offline-fallback"
    assert plan.engine.fallback_reason == (
        f"scripted: {UNCHANGED}; no topic for level 2: "
        "the topic repeats the programme's title; name what the participants learn"
    )


def test_an_invented_figure_is_retried_then_the_offline_plan_stands(
    composer: OfflineComposer, offline_plan: Plan
) -> None:
    target = _method_ids(offline_plan)[0]
    invented = {"objectives": [{"id": target, "text": "Raise sales by 937% within 11 weeks."}]}
    group = ("ProgrammeTopic", {"topic": "customer service agents"})
    plan, model = _compose(composer, [("ObjectiveRewrites", invented)] * 2 + [group])
    assert len(model.seen) == 4  # each request retried once
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
    assert plan.engine.fallback_reason and "L2-1" in plan.engine.fallback_reason


def test_a_level_2_objective_left_as_it_was_gains_what_the_programme_teaches(
    composer: OfflineComposer, offline_plan: Plan
) -> None:
    same = [{"id": i, "text": o.text} for o in offline_plan.objectives for i in [o.id]]
    script = [("ObjectiveRewrites", {"objectives": same})]
    plan, model = _compose(composer, [*script, ("ProgrammeTopic", {"topic": "question diagnosis"})])
    original = next(o for o in offline_plan.objectives if o.id == "L2-1")
    tested = next(o for o in plan.objectives if o.id == "L2-1")
    assert tested.text == f"{original.text.rstrip('.')} on question diagnosis."
    assert tested.smart.text == tested.text and tested.smart.score >= original.smart.score
    assert [o for o in plan.objectives if o.id != "L2-1"] == [
        o for o in offline_plan.objectives if o.id != "L2-1"
    ]
    assert plan.engine.engine == "llm" and plan.engine.prompt_version == "plans/topic@1.0"
    sent = str(model.seen[1][0].content)
    assert "question diagnosis" in sent  # the learning activities are shown ...
    assert "Resolve It First Time" not in sent  # ... the title is not (it was named instead)


PROGRAMME = (
    "Learning activities:\n- Workshops on question diagnosis\n- E-learning on the knowledge base"
)
NAMES: dict[str, str | None] = {
    "the programme's title": "Resolve It First Time",
    "the target group": "service agents",
}


@pytest.mark.parametrize(
    ("topic", "problem"),
    [
        ("question diagnosis", None),
        ("diagnosing questions and the knowledge base", None),
        ("", "empty"),
        ("Resolve it first time", "repeats the programme's title"),
        ("agents", "repeats the target group"),
        ("diagnosis in 3 steps", "holds a figure"),
        ("negotiation and conflict handling", "not in the programme's own words"),
        ("question diagnosis " * 6, "at most 8"),
    ],
)
def test_a_topic_is_short_in_the_programmes_words_and_not_its_names(
    topic: str, problem: str | None
) -> None:
    found = topic_problem(topic, programme=PROGRAMME, names=NAMES)
    assert (found is None) if problem is None else (found is not None and problem in found)


def test_the_topic_ends_the_objective_in_its_language() -> None:
    text = "Aan het eind haalt minimaal 80% van de deelnemers de kennistoets."
    assert with_topic(text, " gevaarlijke stoffen laden. ", Language.NL) == (
        "Aan het eind haalt minimaal 80% van de deelnemers de kennistoets over gevaarlijke "
        "stoffen laden."
    )


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
