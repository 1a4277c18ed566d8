"""``PlanService``: drafting, storing, versioning and exporting plans - what REST and CLI call."""

from __future__ import annotations

from assistant.planning.plan.composer import PlanComposer, PlanDraftRequest, draft_plan
from assistant.planning.plan.export import ExportFormat, export_plan
from assistant.planning.plan.models import Plan
from assistant.store.plans import PlanPage, PlanRecord, PlanRepository


class PlanService:
    def __init__(self, *, composer: PlanComposer, repository: PlanRepository) -> None:
        self.composer = composer
        self.repository = repository

    def draft(self, request: PlanDraftRequest) -> Plan:
        return draft_plan(request, composer=self.composer)

    def create(self, request: PlanDraftRequest) -> PlanRecord:
        """Draft a plan and store it as version 1."""
        return self.repository.create(self.draft(request))

    def get(self, plan_id: str, version: int | None = None) -> PlanRecord:
        return self.repository.get(plan_id, version)

    def update(self, plan_id: str, plan: Plan) -> PlanRecord:
        """Store an edited plan as the next version; earlier versions stay readable."""
        return self.repository.update(plan_id, plan)

    def list(self, *, limit: int, offset: int) -> PlanPage:
        return self.repository.list(limit=limit, offset=offset)

    def export(self, plan_id: str, fmt: ExportFormat, version: int | None = None) -> bytes:
        return export_plan(self.get(plan_id, version).plan, fmt)
