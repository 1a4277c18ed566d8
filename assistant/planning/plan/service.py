"""``PlanService``: drafting, storing, versioning and exporting plans - what REST and CLI call."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from assistant.errors import FieldProblem, InvalidInputError
from assistant.messages import Text
from assistant.planning.plan.budget import budget_note, forecast_for
from assistant.planning.plan.composer import (
    DEFAULT_CURRENCY,
    PlanComposer,
    PlanDraftRequest,
    draft_plan,
)
from assistant.planning.plan.export import (
    MEDIA_TYPES,
    ExportFormat,
    export_filename,
    export_plan,
)
from assistant.planning.plan.models import Plan
from assistant.planning.plan.rules import broken_rules, listed
from assistant.store.plans import PlanPage, PlanRecord, PlanRepository
from assistant.text.formatting import format_number
from assistant.text.language import Language


class PlanService:
    def __init__(
        self,
        *,
        composer: PlanComposer,
        repository: PlanRepository,
        exists: Callable[[str], bool],
        max_objectives: int | None = None,
    ) -> None:
        """``exists`` tells whether a chunk id is in the knowledge base; edits cite no other.
        ``max_objectives``: the most objectives an edited plan may hold."""
        self.composer = composer
        self.repository = repository
        self.exists = exists
        self.max_objectives = max_objectives

    def scoped(self, workspace: str, exists: Callable[[str], bool]) -> PlanService:
        """The same service over one workspace's plans, citing what ``exists`` for it."""
        return PlanService(
            composer=self.composer,
            repository=self.repository.scoped(workspace),
            exists=exists,
            max_objectives=self.max_objectives,
        )

    def draft(self, request: PlanDraftRequest) -> Plan:
        return draft_plan(request, composer=self.composer)

    def create(self, request: PlanDraftRequest) -> PlanRecord:
        """Draft a plan and store it as version 1."""
        return self.repository.create(self.draft(request))

    def get(self, plan_id: str, version: int | None = None) -> PlanRecord:
        return self.repository.get(plan_id, version)

    def update(self, plan_id: str, plan: Plan, *, expected: int | None = None) -> PlanRecord:
        """Store an edited plan as the next version; earlier versions stay readable.

        An edit keeps the hard rules a draft keeps: the ROI forecast is the calculator's for the
        brief, every cited passage exists in the knowledge base, no brief number is lost.
        """
        if self.max_objectives is not None and len(plan.objectives) > self.max_objectives:
            raise InvalidInputError(
                Text.of(
                    "plan.too_many_objectives",
                    count=len(plan.objectives),
                    limit=self.max_objectives,
                    setting="EVALASSIST_MAX_PLAN_OBJECTIVES",
                )
            )
        current = self.repository.get(plan_id).plan
        checked = checked_edit(plan, previous=current, exists=self.exists)
        return self.repository.update(plan_id, checked, expected=expected)

    def list(self, *, limit: int, offset: int) -> PlanPage:
        return self.repository.list(limit=limit, offset=offset)

    def export(self, plan_id: str, fmt: ExportFormat, version: int | None = None) -> ExportedPlan:
        """The plan as a file, named after its title and version."""
        record = self.get(plan_id, version)
        return ExportedPlan(
            filename=export_filename(
                record.plan.title, version=record.version, extension=fmt.value
            ),
            media_type=MEDIA_TYPES[fmt],
            content=export_plan(record.plan, fmt),
        )


@dataclass(frozen=True)
class ExportedPlan:
    filename: str
    media_type: str
    content: bytes


def checked_edit(plan: Plan, *, previous: Plan, exists: Callable[[str], bool]) -> Plan:
    """The edited plan with the calculator's forecast, or ``InvalidInputError`` naming each part
    that breaks a hard rule. A missing or untouched forecast is (re)computed, so one stored by an
    older calculator is brought up to date; a different one is refused."""
    stored = previous.roi_forecast or plan.roi_forecast
    currency = stored.currency if stored is not None else DEFAULT_CURRENCY
    forecast, _ = forecast_for(plan.brief, currency=currency)
    problems: list[FieldProblem] = []
    if plan.roi_forecast is None or plan.roi_forecast == previous.roi_forecast:
        plan = plan.model_copy(update={"roi_forecast": forecast})
    elif plan.roi_forecast != forecast:
        expected = (
            Text.of("plan.rule.no_forecast")
            if forecast is None
            else Text.of(
                "plan.rule.forecast_roi",
                pct={
                    "en": str(forecast.roi_pct),
                    "nl": format_number(forecast.roi_pct, Language.NL),
                },
            )
        )
        by_hand = Text.of("plan.rule.forecast_by_hand", expected=expected)
        problems.append(FieldProblem.of("/roi_forecast", by_hand))
    if plan.budget is not None:
        note = budget_note(plan.brief, forecast=plan.roi_forecast is not None)
        plan = plan.model_copy(update={"budget": plan.budget.model_copy(update={"note": note})})
    problems += broken_rules(plan, exists=exists)
    if problems:
        raise InvalidInputError(
            Text.of("plan.edit_breaks_rule", problems=listed(problems)), fields=tuple(problems)
        )
    return plan
