"""Phillips mode: how the programme's effect is isolated, how each KPI becomes money, the
fully-loaded cost checklist and the intangibles. Every choice explains itself and cites."""

from __future__ import annotations

import re

from assistant.planning.brief import BusinessGoal
from assistant.planning.plan.context import Context
from assistant.planning.plan.grounding import Topic
from assistant.planning.plan.models import (
    Conversion,
    CostItem,
    Figure,
    FigureKind,
    Isolation,
    PhillipsSection,
)
from assistant.planning.plan.overlap import related
from assistant.planning.plan.texts import items
from assistant.planning.plan.themes import theme_of
from assistant.roi.models import BenefitLine, CostCategory, CostLine, IsolationMethod
from assistant.text.formatting import format_figure


def build_phillips(ctx: Context) -> PhillipsSection:
    return PhillipsSection(
        isolation=_isolation(ctx),
        conversions=[_conversion(ctx, n, g) for n, g in enumerate(ctx.brief.business_goals, 1)],
        cost_checklist=[_cost_item(ctx, category) for category in CostCategory],
        cost_citation_ids=ctx.ground.cite(Topic.FULLY_LOADED),
        intangibles=intangibles(ctx),
        intangibles_citation_ids=ctx.ground.cite(Topic.INTANGIBLES),
    )


def control_group_cue(ctx: Context) -> str | None:
    """What in the brief makes a control group feasible, if anything."""
    brief = ctx.brief
    if any(b.isolation_method is IsolationMethod.CONTROL_GROUP for b in brief.expected_benefits):
        return "isolation_method: control_group"
    texts = [brief.title, brief.target_group or "", *brief.learning_activities]
    texts += [goal.description for goal in brief.business_goals]
    pattern = re.compile(rf"\b(?:{ctx.t['iso.cues']})\b", re.IGNORECASE)
    for text in texts:
        found = pattern.search(text)
        if found:
            return found.group()
    return None


def _isolation(ctx: Context) -> Isolation:
    t = ctx.t
    cue = control_group_cue(ctx)
    if cue is not None:
        return Isolation(
            method=IsolationMethod.CONTROL_GROUP,
            label=t["iso.control_group"],
            reason=t["iso.control_group.reason"].format(cue=cue),
            citation_ids=ctx.ground.cite(Topic.CONTROL_GROUP),
        )
    adjustment = " ".join([t["iso.adjustment"], *_brief_estimates(ctx)])
    return Isolation(
        method=IsolationMethod.PARTICIPANT_ESTIMATE,
        label=t["iso.estimates"],
        reason=t["iso.estimates.reason"],
        confidence_adjustment=adjustment,
        citation_ids=ctx.ground.cite(Topic.ESTIMATES, Topic.CONTROL_GROUP),
    )


def _brief_estimates(ctx: Context) -> list[str]:
    return [
        ctx.t["iso.brief_line"].format(
            description=line.description,
            attribution=ctx.percent(line.attribution_pct),
            confidence=ctx.percent(line.confidence_pct),
        )
        for line in ctx.brief.expected_benefits
        if line.attribution_pct != 100 or line.confidence_pct != 100
    ]


def _conversion(ctx: Context, n: int, goal: BusinessGoal) -> Conversion:
    theme = theme_of(goal)
    return Conversion(
        operational_goal_id=f"O{n}",
        kpi=ctx.kpi_name(goal),
        method=theme.conversion[ctx.language],
        data_source=theme.data_source[ctx.language],
        unit_values=[
            Figure(kind=FigureKind.UNIT_VALUE, value=line.unit_value, unit=ctx.currency)
            for line in matching_benefits(goal, ctx.brief.expected_benefits)
            if line.unit_value is not None
        ],
        citation_ids=ctx.ground.cite(Topic.CONVERSION),
    )


def matching_benefits(goal: BusinessGoal, lines: list[BenefitLine]) -> list[BenefitLine]:
    """Benefit lines that speak of the same thing as the goal (a shared content word)."""
    text = f"{goal.kpi or ''} {goal.description}"
    return [line for line in lines if related(text, line.description)]


def _cost_item(ctx: Context, category: CostCategory) -> CostItem:
    lines = [line for line in ctx.brief.costs if line.category is category]
    return CostItem(
        category=category,
        label=ctx.t[f"cost.{category.value}"],
        in_brief=bool(lines),
        lines=[cost_text(ctx, line) for line in lines],
    )


def cost_text(ctx: Context, line: CostLine) -> str:
    text = f"{line.description}: {format_figure(line.amount, ctx.currency, ctx.language)}"
    if line.per_participant:
        text += " per deelnemer" if ctx.language == "nl" else " per participant"
    if line.prorate_pct != 100:
        share = ctx.percent(line.prorate_pct)
        text += f" ({share} toegerekend)" if ctx.language == "nl" else f" ({share} allocated)"
    return text


def intangibles(ctx: Context) -> list[str]:
    """KPIs without a direct money value, then the usual soft benefits of the source."""
    found = [
        ctx.t["intangible.kpi"].format(kpi=ctx.kpi_name(goal))
        for goal in ctx.brief.business_goals
        if not theme_of(goal).monetisable
    ]
    return found + items(ctx.t, "intangible.default")
