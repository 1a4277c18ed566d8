"""Drafting a plan: ``draft_plan(request, composer=...)`` and the composers behind it.

``PlanComposer`` is the seam for engines. The offline composer is deterministic: the brief, the
method rules in ``texts`` and the passages ``Grounding`` retrieves. An LLM composer (later) returns
the same ``Plan`` and passes the same hard rules, falling back to offline on failure.
"""

from __future__ import annotations

from typing import Annotated, Protocol

from pydantic import BaseModel, ConfigDict, Field, model_validator

from assistant.llm.engine import Engine, EngineInfo
from assistant.messages import Text, TextValueError
from assistant.planning.brief import ProgramBrief
from assistant.planning.extract import brief_from_text
from assistant.planning.plan.budget import build_budget, roi_forecast
from assistant.planning.plan.context import Context
from assistant.planning.plan.grounding import Grounding, Searcher
from assistant.planning.plan.impact_map import build_impact_map
from assistant.planning.plan.measurement import (
    build_kirkpatrick,
    build_levels,
    build_recommendations,
)
from assistant.planning.plan.models import MeasurementPlan, Plan
from assistant.planning.plan.objectives import build_objectives
from assistant.planning.plan.phillips import build_phillips
from assistant.planning.plan.questions import merge, plan_questions
from assistant.planning.plan.rules import enforce
from assistant.planning.questions import OpenQuestion, open_questions
from assistant.text.language import Language

OFFLINE_RULES_VERSION = "plan-offline-rules-1"
DEFAULT_CURRENCY = "EUR"
_UNTITLED = {
    Language.NL: "Ontwikkelprogramma (naam nog te bepalen)",
    Language.EN: "Development programme (name to be confirmed)",
}


class PlanDraftRequest(BaseModel):
    """Draft from a structured ``brief`` or from free ``text`` (Dutch or English), not both."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    brief: ProgramBrief | None = None
    text: Annotated[str, Field(min_length=1, max_length=20_000, pattern=r"\S")] | None = None
    language: Language | None = Field(
        default=None, description="The language of `text`; detected when omitted."
    )
    currency: Annotated[str, Field(pattern=r"^[A-Z]{3}$")] | None = Field(
        default=None, description="ISO 4217 currency of the brief's amounts (default EUR)."
    )

    @model_validator(mode="after")
    def _one_source(self) -> PlanDraftRequest:
        if self.brief is None and self.text is None:
            raise TextValueError(Text.of("plan.brief_or_text"))
        if self.brief is not None and self.text is not None:
            raise TextValueError(Text.of("plan.brief_and_text"))
        return self


class PlanComposer(Protocol):
    """Turns a brief into a plan. Implementations: offline (rules + retrieval); LLM later."""

    def compose(
        self, brief: ProgramBrief, *, currency: str, questions: list[OpenQuestion]
    ) -> Plan: ...


class OfflineComposer:
    """Deterministic: the same brief and knowledge base give the same plan."""

    engine = EngineInfo(engine=Engine.OFFLINE, prompt_version=OFFLINE_RULES_VERSION)

    def __init__(self, searcher: Searcher) -> None:
        self._searcher = searcher

    def compose(self, brief: ProgramBrief, *, currency: str, questions: list[OpenQuestion]) -> Plan:
        ground = Grounding(self._searcher)
        ctx = Context(brief=brief, ground=ground, currency=currency)
        recommendations = build_recommendations(ctx)
        impact = build_impact_map(ctx)
        forecast, roi_problem = roi_forecast(ctx)
        objectives = build_objectives(ctx, forecast)
        measurement = MeasurementPlan(
            recommendations=recommendations,
            levels=build_levels(ctx, objectives),
            phillips=build_phillips(ctx) if ctx.phillips else None,
            kirkpatrick=None if ctx.phillips else build_kirkpatrick(ctx),
        )
        plan = Plan(
            title=brief.title,
            language=brief.language,
            methodology=brief.methodology,
            brief=brief,
            objectives=objectives,
            impact_map=impact,
            measurement_plan=measurement,
            budget=build_budget(ctx, forecast=forecast is not None),
            roi_forecast=forecast,
            open_questions=merge(questions, plan_questions(ctx, impact, measurement, roi_problem)),
            citations=ground.citations,
            engine=self.engine,
        )
        returned = {citation.chunk_id for citation in ground.citations}
        enforce(plan, exists=returned.__contains__)
        return plan


def draft_plan(request: PlanDraftRequest, *, composer: PlanComposer) -> Plan:
    """Draft an evaluation plan from a brief or free text; free text keeps its open questions."""
    if request.brief is not None:
        brief = request.brief
        questions = open_questions(
            brief, brief.language, benefits_without_period=[], unclear_amounts=[], currencies=[]
        )
        currency = request.currency or DEFAULT_CURRENCY
    else:
        extraction = brief_from_text(request.text or "", request.language)
        draft = extraction.brief
        if draft.title is None and (draft.business_goals or draft.desired_behaviours):
            draft = draft.model_copy(update={"title": _UNTITLED[extraction.language]})
            extraction = extraction.model_copy(update={"brief": draft})
        brief = extraction.to_brief()
        questions = extraction.open_questions
        currency = request.currency or extraction.currency or DEFAULT_CURRENCY
    return composer.compose(brief, currency=currency, questions=questions)
