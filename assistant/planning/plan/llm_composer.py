"""The LLM plan engine: the offline plan, with its method objectives sharpened by a model.

The offline composer builds the whole plan (structure, figures, citations, ROI forecast). The
model only rewrites the wording of objectives the method proposed, through structured output,
and names what the programme teaches for a level-2 objective it left as it was (``llm_topic``).
A rewrite may use no number that the plan does not already hold, must keep every id, and is
SMART-checked again: a rewrite that scores lower than the objective it replaces, or that is in
the other language, is dropped and the objective stays. When no objective is left changed (the
model returned them as they were, or every rewrite was worse) the plan is the offline plan and
says so in ``fallback_reason``. The hard rules run once more on the result. Any failure returns
the offline plan, marked as a fallback with its reason.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from pydantic import BaseModel, Field

from assistant.llm import EngineInfo, LlmFailure, LlmInvalidOutput, invoke_structured
from assistant.planning.brief import ProgramBrief
from assistant.planning.plan.llm_topic import (
    ProgrammeTopic,
    programme_lines,
    topic_problem,
    with_topic,
)
from assistant.planning.plan.models import Objective, Plan
from assistant.planning.plan.rules import PlanRuleError, enforce, plan_text
from assistant.planning.questions import OpenQuestion
from assistant.planning.smart import SmartVerdict, check_objective
from assistant.prompts import PromptTemplate, load_prompt
from assistant.text.language import detect_language

if TYPE_CHECKING:
    from langchain_core.language_models import BaseChatModel

    from assistant.planning.plan.composer import OfflineComposer

PROMPT = "plans/objectives"
TOPIC = "plans/topic"
UNCHANGED = "the model returned no objective improved: the offline wording stands"
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_LEVEL_WORD = re.compile(r"\b(?:level|niveau)\s+[1-5]\b", re.IGNORECASE)


class ObjectiveRewrite(BaseModel):
    id: str = Field(description="the objective's id, unchanged, e.g. L2-1")
    text: str = Field(description="the rewritten objective")


class ObjectiveRewrites(BaseModel):
    """Rewritten objectives for the evaluation plan, one per id given."""

    objectives: list[ObjectiveRewrite]


def _grounded(*, ids: set[str], allowed_numbers: set[str]) -> Callable[[ObjectiveRewrites], None]:
    """At least one known id is rewritten, and no rewrite holds a number the plan lacks."""

    def check(reply: ObjectiveRewrites) -> None:
        usable = _usable(reply, ids)
        if not usable:
            raise ValueError(f"give a rewrite for at least one of the ids {sorted(ids)}")
        for item in usable:
            invented = numbers_in(item.text) - allowed_numbers
            if invented:
                raise ValueError(
                    f"{item.id} uses numbers the plan does not hold: {sorted(invented)}"
                )

    return check


def _usable(reply: ObjectiveRewrites, ids: set[str]) -> list[ObjectiveRewrite]:
    return [item for item in reply.objectives if item.id in ids and item.text.strip()]


def numbers_in(text: str) -> set[str]:
    return set(_NUMBER.findall(_LEVEL_WORD.sub(" ", text)))


def _improvements(
    targets: list[Objective], rewrites: dict[str, str], plan: Plan
) -> dict[str, SmartVerdict]:
    """The rewrites that change an objective, keep the plan's language and score at least as
    well on SMART, with their verdicts."""
    kept: dict[str, SmartVerdict] = {}
    for objective in targets:
        text = rewrites.get(objective.id)
        if not text or text.casefold() == " ".join(objective.text.split()).casefold():
            continue
        if len(text) >= 40 and detect_language(text) != plan.language:
            continue
        verdict = check_objective(text, plan.language)
        if verdict.score >= check_objective(objective.text, plan.language).score:
            kept[objective.id] = verdict
    return kept


def _topical(tested: list[Objective], topic: str, plan: Plan) -> dict[str, SmartVerdict]:
    """The level-2 objectives with the topic they test, where that scores at least as well."""
    kept: dict[str, SmartVerdict] = {}
    for objective in tested:
        verdict = check_objective(with_topic(objective.text, topic, plan.language), plan.language)
        if verdict.score >= objective.smart.score:
            kept[objective.id] = verdict
    return kept


def _programme(brief: ProgramBrief) -> str:
    return brief.model_dump_json(exclude_none=True, exclude={"costs", "expected_benefits"})


class LlmComposer:
    """Sharpens the offline plan's method objectives with a chat model; falls back on failure."""

    def __init__(self, model: BaseChatModel, *, model_name: str, offline: OfflineComposer) -> None:
        self._model = model
        self._model_name = model_name
        self._offline = offline

    def compose(self, brief: ProgramBrief, *, currency: str, questions: list[OpenQuestion]) -> Plan:
        plan = self._offline.compose(brief, currency=currency, questions=questions)
        targets = [o for o in plan.objectives if o.origin == "method"]
        if not targets:
            return plan
        used: list[PromptTemplate] = []
        try:
            better, problem = self._rewritten(brief, plan, targets)
            used += [load_prompt(PROMPT, plan.language.value)] if better else []
            reasons = [problem] if problem else []
            tested = [o for o in targets if o.level.value == 2 and o.id not in better]
            if tested:
                topic, problem = self._topic(brief, plan)
                topical = _topical(tested, topic, plan) if topic else {}
                better |= topical
                used += [load_prompt(TOPIC, plan.language.value)] if topical else []
                reasons += [problem] if problem else []
                reasons += [] if topical or problem else ["the topic lowered the SMART score"]
            if not better:
                reason = "; ".join(reasons)
                return plan.model_copy(
                    update={"engine": plan.engine.fallen_back(self._model_name, reason)}
                )
            revised = self._apply(plan, better, EngineInfo.llm(self._model_name, *used))
            known = {citation.chunk_id for citation in plan.citations}
            enforce(revised, exists=known.__contains__)
        except (LlmFailure, PlanRuleError) as exc:
            reason = exc.detail if isinstance(exc, PlanRuleError) else str(exc)
            fallback = plan.engine.fallen_back(self._model_name, reason)
            return plan.model_copy(update={"engine": fallback})
        return revised

    def _topic(self, brief: ProgramBrief, plan: Plan) -> tuple[str | None, str | None]:
        """What the programme teaches, checked, or why the model gave none (an unavailable
        server raises: the plan falls back at once)."""
        from langchain_core.messages import HumanMessage

        programme = programme_lines(brief, plan.language)
        names = {"the programme's title": brief.title, "the target group": brief.target_group}
        prompt = load_prompt(TOPIC, plan.language.value).render(programme=programme)

        def check(reply: ProgrammeTopic) -> None:
            problem = topic_problem(reply.topic, programme=programme, names=names)
            if problem:
                raise ValueError(problem)

        try:
            reply = invoke_structured(
                self._model, ProgrammeTopic, [HumanMessage(prompt)], check=check
            )
        except LlmInvalidOutput as exc:
            return None, f"no topic for level 2: {exc}"
        return " ".join(reply.topic.split()), None

    def _rewritten(
        self, brief: ProgramBrief, plan: Plan, targets: list[Objective]
    ) -> tuple[dict[str, SmartVerdict], str | None]:
        """The method objectives the model reworded for the better, or why there are none (an
        unavailable server raises: the plan falls back at once)."""
        from langchain_core.messages import HumanMessage

        text = load_prompt(PROMPT, plan.language.value).render(
            programme=_programme(brief),
            objectives="\n".join(f"{o.id} | {o.level.value} | {o.text}" for o in targets),
            passages="\n".join(f"- {c.quote}" for c in plan.citations[:6]),
        )
        ids = {o.id for o in targets}
        check = _grounded(ids=ids, allowed_numbers=numbers_in(plan_text(plan)))
        try:
            reply = invoke_structured(
                self._model, ObjectiveRewrites, [HumanMessage(text)], check=check
            )
        except LlmInvalidOutput as exc:
            return {}, str(exc)
        rewrites = {item.id: " ".join(item.text.split()) for item in _usable(reply, ids)}
        better = _improvements(targets, rewrites, plan)
        return better, None if better else UNCHANGED

    def _apply(self, plan: Plan, rewrites: dict[str, SmartVerdict], engine: EngineInfo) -> Plan:
        objectives = [
            o.model_copy(update={"text": rewrites[o.id].text, "smart": rewrites[o.id]})
            if o.id in rewrites
            else o
            for o in plan.objectives
        ]
        return plan.model_copy(update={"objectives": objectives, "engine": engine})
