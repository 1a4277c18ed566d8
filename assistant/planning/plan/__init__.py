"""Evaluation plans: the ``Plan`` model, its offline composer, the hard rules and exports."""

from assistant.planning.plan.composer import (
    OfflineComposer,
    PlanComposer,
    PlanDraftRequest,
    draft_plan,
)
from assistant.planning.plan.models import Figure, FigureKind, Level, Objective, Plan, PlanCitation

__all__ = [
    "Figure",
    "FigureKind",
    "Level",
    "Objective",
    "OfflineComposer",
    "Plan",
    "PlanCitation",
    "PlanComposer",
    "PlanDraftRequest",
    "draft_plan",
]
