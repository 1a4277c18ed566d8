"""The measurement plan: per level what is measured, how, from where, when and by whom (measured
bottom-up, level 1 first), the method recommendations, and the Kirkpatrick chain of evidence."""

from __future__ import annotations

from assistant.planning.plan.context import Context
from assistant.planning.plan.format import duration_label
from assistant.planning.plan.grounding import Topic
from assistant.planning.plan.models import (
    EvidenceLink,
    Figure,
    KirkpatrickSection,
    Level,
    LevelPlan,
    Objective,
    Recommendation,
)
from assistant.planning.plan.texts import items
from assistant.planning.plan.themes import theme_of

_TOPICS = {
    Level.REACTION: (Topic.REACTION,),
    Level.LEARNING: (Topic.LEARNING,),
    Level.BEHAVIOUR: (Topic.BEHAVIOUR, Topic.FOLLOW_UP),
    Level.RESULTS: (Topic.RESULTS,),
    Level.ROI: (Topic.ROI,),
}


def build_levels(ctx: Context, objectives: list[Objective]) -> list[LevelPlan]:
    levels = [Level(n) for n in range(1, ctx.top_level + 1)]
    return [_level(ctx, level, [o for o in objectives if o.level == level]) for level in levels]


def _level(ctx: Context, level: Level, objectives: list[Objective]) -> LevelPlan:
    t, n = ctx.t, int(level)
    return LevelPlan(
        level=level,
        name=t[f"level.{n}"],
        what=_what(ctx, level),
        indicators=_unique(o.indicator for o in objectives),
        instruments=items(t, f"lvl.{n}.instruments"),
        data_source=_source(ctx, level),
        timing=_timing(ctx, level),
        owner=t[f"lvl.{n}.owner"],
        baselines=[o.baseline for o in objectives if o.baseline is not None],
        targets=_targets(objectives),
        citation_ids=ctx.ground.cite(*_TOPICS[level]),
    )


def _what(ctx: Context, level: Level) -> str:
    t = ctx.t
    if level is not Level.REACTION:
        return t[f"lvl.{int(level)}.what"]
    brief = ctx.brief
    group = brief.target_group or t["group.participants"]
    if brief.participants is not None:
        group = f"{group} ({t['count.participants'].format(count=ctx.number(brief.participants))})"
    return t["lvl.1.what"].format(group=group)


def _source(ctx: Context, level: Level) -> str:
    if level is not Level.RESULTS:
        return ctx.t[f"lvl.{int(level)}.source"]
    sources = [theme_of(goal).data_source[ctx.language] for goal in ctx.brief.business_goals]
    return "; ".join(_unique(sources)) or ctx.t["lvl.4.open"]


def _timing(ctx: Context, level: Level) -> str:
    t, brief = ctx.t, ctx.brief
    if level is Level.LEARNING:
        after = (
            t["obj.2.after"].format(duration=duration_label(brief.duration, ctx.language))
            if brief.duration
            else ""
        )
        return t["lvl.2.timing"].format(after=after)
    if level is Level.BEHAVIOUR:
        start = f" ({brief.start_date.text})" if brief.start_date else ""
        return t["lvl.3.timing"].format(start=start)
    return t[f"lvl.{int(level)}.timing"]


def _targets(objectives: list[Objective]) -> list[Figure]:
    targets: list[Figure] = []
    for objective in objectives:
        if objective.target is not None and objective.target not in targets:
            targets.append(objective.target)
    return targets


def _unique(values: object) -> list[str]:
    seen: list[str] = []
    for value in values:  # type: ignore[attr-defined]
        if value not in seen:
            seen.append(value)
    return seen


def build_recommendations(ctx: Context) -> list[Recommendation]:
    t = ctx.t
    and5 = " en 5" if ctx.language == "nl" else " and 5"
    v_model = t["rec.v_model"].format(and5=and5 if ctx.phillips else "", top=ctx.top_level)
    return [
        Recommendation(topic="v_model", text=v_model, citation_ids=ctx.ground.cite(Topic.V_MODEL)),
        Recommendation(
            topic="smart", text=t["rec.smart"], citation_ids=ctx.ground.cite(Topic.SMART)
        ),
        Recommendation(
            topic="transfer", text=t["rec.transfer"], citation_ids=ctx.ground.cite(Topic.TRANSFER)
        ),
        Recommendation(
            topic="monitoring",
            text=t["rec.monitoring"],
            citation_ids=ctx.ground.cite(Topic.MONITORING),
        ),
    ]


def build_kirkpatrick(ctx: Context) -> KirkpatrickSection:
    t = ctx.t
    kpis = ", ".join(ctx.kpi_name(goal) for goal in ctx.brief.business_goals) or t["lvl.4.open"]
    chain = [
        EvidenceLink(
            level=Level(n),
            evidence=t[f"kp.{n}"].format(kpis=kpis),
            leading_indicators=items(t, f"kp.{n}.lead"),
        )
        for n in range(1, 5)
    ]
    return KirkpatrickSection(
        label=t["kp.label"], chain=chain, citation_ids=ctx.ground.cite(Topic.KIRKPATRICK)
    )
