"""The plan's own open questions: what the advisor must confirm before the sponsor signs off."""

from __future__ import annotations

from assistant.planning.plan.context import Context
from assistant.planning.plan.models import ImpactMap, MeasurementPlan
from assistant.planning.plan.themes import theme_of
from assistant.planning.questions import OpenQuestion
from assistant.roi.models import IsolationMethod


def plan_questions(
    ctx: Context, impact: ImpactMap, measurement: MeasurementPlan, roi_problem: str | None
) -> list[OpenQuestion]:
    t = ctx.t
    asked: list[OpenQuestion] = []
    for index, strategic in enumerate(impact.strategic_goals):
        served = [link.source for link in impact.links if link.target == strategic.id]
        kpis = [o.kpi or o.description for o in impact.operational_goals if o.id in served]
        question = t["q.strategic"].format(goal=strategic.text, kpi=", ".join(kpis))
        asked.append(OpenQuestion(field=f"/impact_map/strategic_goals/{index}", question=question))
    asked.append(OpenQuestion(field="/objectives", question=t["q.norms"]))
    if any(link.assumed for link in impact.links):
        asked.append(OpenQuestion(field="/impact_map/links", question=t["q.links"]))
    phillips = measurement.phillips
    if phillips is not None:
        if phillips.isolation.method is not IsolationMethod.CONTROL_GROUP:
            asked.append(
                OpenQuestion(
                    field="/measurement_plan/phillips/isolation", question=t["q.control_group"]
                )
            )
        for index, (goal, conversion) in enumerate(
            zip(ctx.brief.business_goals, phillips.conversions, strict=True)
        ):
            if theme_of(goal).monetisable and not conversion.unit_values:
                asked.append(
                    OpenQuestion(
                        field=f"/measurement_plan/phillips/conversions/{index}",
                        question=t["q.unit_value"].format(kpi=conversion.kpi),
                    )
                )
        per_participant = any(line.per_participant for line in ctx.brief.costs)
        if ctx.brief.participants is None and per_participant:
            asked.append(OpenQuestion(field="/participants", question=t["q.participants"]))
    if roi_problem is not None:
        asked.append(
            OpenQuestion(field="/roi_forecast", question=t["q.roi"].format(reason=roi_problem))
        )
    return asked


def merge(*groups: list[OpenQuestion]) -> list[OpenQuestion]:
    """All questions once, in order."""
    seen: list[OpenQuestion] = []
    for group in groups:
        seen.extend(question for question in group if question not in seen)
    return seen
