"""The LLM agent's tools: thin wrappers over the same domain functions REST and the offline
engine call. A tool never raises to the agent: a domain error comes back as ``error: ...`` so the
model sees it and can ask the user, and every result is also collected for the reply."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, Field

from assistant.chat.models import ChatState, PlanInfo
from assistant.errors import EvalAssistError
from assistant.feedback.models import CodedComment, CommentIn
from assistant.planning.plan import PlanDraftRequest
from assistant.planning.smart import SmartVerdict, check_objective
from assistant.roi import RoiInput, RoiResult, compute_roi
from assistant.text.language import Language
from knowledge_base.models import AskRequest, Citation

if TYPE_CHECKING:
    from langchain_core.tools import BaseTool

    from assistant.chat.context import ChatTools

_MARKER = re.compile(r"\[(\d+)\]")


@dataclass
class Collected:
    """What the tools of one turn produced, for the structured reply and the money rule."""

    citations: list[Citation] = field(default_factory=list)
    covered: bool = False  # a knowledge search of this turn found the passages that answer it
    answers: list[str] = field(default_factory=list)
    """The knowledge layer's checked answers of this turn's searches that found the passages."""
    roi_input: RoiInput | None = None
    roi_result: RoiResult | None = None
    plan: PlanInfo | None = None
    coded: list[CodedComment] = field(default_factory=list)
    smart: SmartVerdict | None = None
    outputs: list[str] = field(default_factory=list)


class Question(BaseModel):
    question: str = Field(description="the method question, in the user's words")


class Comments(BaseModel):
    comments: list[str] = Field(description="the survey comments, one string each")


class Objective(BaseModel):
    text: str = Field(description="the objective to check")


class PlanText(BaseModel):
    description: str = Field(description="the programme: goals, behaviours, activities, figures")


class Revision(BaseModel):
    level: int = Field(ge=1, le=5, description="the Kirkpatrick/Phillips level to revise")
    text: str = Field(description="the new objective text for that level")


class RoiArgs(BaseModel):
    roi_input: RoiInput


def _safe(collected: Collected, run: Callable[..., str]) -> Callable[..., str]:
    def call(**kwargs: Any) -> str:
        try:
            output = run(**kwargs)
        except EvalAssistError as exc:
            output = f"error: {exc.detail}"
        collected.outputs.append(output)
        return output

    return call


def build_tools(
    tools: ChatTools, state: ChatState, language: Language, collected: Collected
) -> list[BaseTool]:
    """The six tools of one turn, bound to this session's state and this turn's collector."""
    from langchain_core.tools import StructuredTool

    def search_knowledge(question: str) -> str:
        answer = tools.ask(AskRequest(question=question, language=language.value))
        offset = len(collected.citations)
        collected.covered = collected.covered or answer.covered
        collected.citations += [c.model_copy(update={"n": c.n + offset}) for c in answer.citations]
        text = _MARKER.sub(lambda m: f"[{int(m.group(1)) + offset}]", answer.answer)
        if answer.covered:
            collected.answers.append(text)
        return json.dumps({"answer": text, "covered": answer.covered}, ensure_ascii=False)

    def compute(roi_input: RoiInput) -> str:
        result = compute_roi(roi_input, lang=language.value)
        collected.roi_input, collected.roi_result = roi_input, result
        state.roi_input, state.roi_result = roi_input, result
        return result.model_dump_json(include=_ROI_FIELDS)

    def code_feedback(comments: list[str]) -> str:
        collected.coded = tools.code([CommentIn(text=text) for text in comments])
        return json.dumps(
            [{"primary": c.primary, "levels": c.levels, "roi": c.roi} for c in collected.coded]
        )

    def check(text: str) -> str:
        collected.smart = check_objective(text, language)
        return collected.smart.model_dump_json(include={"passed", "criteria"})

    def draft_plan(description: str) -> str:
        record = tools.plans().create(PlanDraftRequest(text=description, language=language))
        return _remember_plan(record, state, collected)

    def revise_plan(level: int, text: str) -> str:
        if state.plan_id is None:
            return "error: there is no plan in this conversation yet; draft one first"
        record = tools.plans().get(state.plan_id)
        objectives = list(record.plan.objectives)
        index = next((i for i, o in enumerate(objectives) if o.level == level), None)
        if index is None:
            return f"error: the plan has no objective at level {level}"
        objectives[index] = objectives[index].model_copy(
            update={"text": text, "smart": check_objective(text, language)}
        )
        revised = record.plan.model_copy(update={"objectives": objectives})
        return _remember_plan(tools.plans().update(state.plan_id, revised), state, collected)

    specs: list[tuple[str, str, type[BaseModel], Callable[..., str]]] = [
        ("search_knowledge", "Answer a method question from the knowledge base.", Question,
         search_knowledge),
        ("compute_roi", "Compute Phillips ROI, BCR and payback from structured figures.",
         RoiArgs, compute),
        ("code_feedback", "Code survey comments into Kirkpatrick levels.", Comments,
         code_feedback),
        ("check_objective", "Check an objective against the SMART criteria.", Objective, check),
        ("draft_plan", "Draft and store an evaluation plan from a programme description.",
         PlanText, draft_plan),
        ("revise_plan", "Replace the objective of one level in the current plan.", Revision,
         revise_plan),
    ]  # fmt: skip
    return [
        StructuredTool.from_function(
            func=_safe(collected, run), name=name, description=text, args_schema=schema
        )
        for name, text, schema, run in specs
    ]


_ROI_FIELDS = {
    "currency", "total_costs", "total_benefits", "net_benefits", "roi_pct", "bcr",
    "payback_months", "warnings",
}  # fmt: skip


def _remember_plan(record: Any, state: ChatState, collected: Collected) -> str:
    plan = record.plan
    state.plan_id, state.plan_version = record.id, record.version
    collected.plan = PlanInfo(
        plan_id=record.id, version=record.version, title=plan.title,
        summary=f"{len(plan.objectives)} objectives, {len(plan.open_questions)} open questions",
    )  # fmt: skip
    return collected.plan.model_dump_json()
