"""Objectives per level: the client's goals and behaviours as SMART objectives at levels 3-4,
proposed norms at levels 1-2 (and 3 when no behaviour is given), and the ROI at level 5."""

from __future__ import annotations

from decimal import Decimal

from assistant.planning.brief import BusinessGoal
from assistant.planning.plan.context import Context, goal_figures
from assistant.planning.plan.format import duration_label, labelled
from assistant.planning.plan.grounding import Topic
from assistant.planning.plan.models import Figure, FigureKind, Level, Objective
from assistant.planning.smart import check_objective
from assistant.roi.results import RoiResult
from assistant.text.periods import DurationUnit


def build_objectives(ctx: Context, forecast: RoiResult | None) -> list[Objective]:
    objectives = [_reaction(ctx), _learning(ctx), *_behaviours(ctx), *_results(ctx)]
    if ctx.phillips:
        objectives.append(_roi(ctx, forecast))
    return objectives


def _objective(ctx: Context, level: Level, n: int, text: str, **fields: object) -> Objective:
    return Objective(
        id=f"L{int(level)}-{n}",
        level=level,
        text=text,
        smart=check_objective(text, ctx.language),
        **fields,
    )


_LONG = frozenset({DurationUnit.WEEK, DurationUnit.MONTH, DurationUnit.YEAR})
"""Only a programme of weeks or more reads well as "within <duration>"."""


def _proposed(value: int, unit: str) -> Figure:
    return Figure(kind=FigureKind.TARGET, value=Decimal(value), unit=unit, proposed=True)


def _reaction(ctx: Context) -> Objective:
    t = ctx.t
    return _objective(
        ctx,
        Level.REACTION,
        1,
        t["obj.1.text"].format(title=ctx.brief.title),
        indicator=t["obj.1.indicator"],
        target=_proposed(4, t["obj.1.unit"]),
        origin="method",
        citation_ids=ctx.ground.cite(Topic.REACTION),
    )


def _learning(ctx: Context) -> Objective:
    t = ctx.t
    duration = ctx.brief.duration
    when = t["obj.2.end"]
    if duration is not None and duration.unit in _LONG:
        when = t["obj.2.when"].format(duration=duration_label(duration, ctx.language))
    return _objective(
        ctx,
        Level.LEARNING,
        1,
        t["obj.2.text"].format(when=when),
        indicator=t["obj.2.indicator"],
        target=_proposed(80, "%"),
        origin="method",
        citation_ids=ctx.ground.cite(Topic.LEARNING),
    )


def _behaviours(ctx: Context) -> list[Objective]:
    t = ctx.t
    behaviours = ctx.brief.desired_behaviours or [t["obj.3.generic"]]
    origin = "brief" if ctx.brief.desired_behaviours else "method"
    return [
        _objective(
            ctx,
            Level.BEHAVIOUR,
            n,
            t["obj.3.text"].format(behaviour=behaviour.rstrip(".") + "."),
            indicator=t["obj.3.indicator"],
            target=_proposed(80, "%"),
            origin=origin,
            citation_ids=ctx.ground.cite(Topic.BEHAVIOUR, Topic.FOLLOW_UP),
        )
        for n, behaviour in enumerate(behaviours, start=1)
    ]


def _results(ctx: Context) -> list[Objective]:
    goals = ctx.brief.business_goals
    if not goals:
        goals = [BusinessGoal(description=ctx.t["lvl.4.open"])]
    return [_result(ctx, n, goal) for n, goal in enumerate(goals, start=1)]


def _result(ctx: Context, n: int, goal: BusinessGoal) -> Objective:
    t, language = ctx.t, ctx.language
    baseline, target = goal_figures(goal)
    kpi, deadline = ctx.kpi_name(goal), ctx.deadline(goal.deadline)
    group = ctx.brief.target_group
    scope = t["obj.4.scope"].format(group=group) if group else ""
    if baseline and target:
        text = t["obj.4.full"].format(
            kpi=kpi,
            scope=scope,
            baseline=labelled(baseline, language),
            target=labelled(target, language),
            deadline=deadline,
        )
    elif target:
        text = t["obj.4.target"].format(
            kpi=kpi, scope=scope, target=labelled(target, language), deadline=deadline
        )
    elif baseline:
        text = t["obj.4.baseline"].format(
            kpi=kpi, scope=scope, baseline=labelled(baseline, language), deadline=deadline
        )
    else:
        text = t["obj.4.open"].format(description=goal.description.rstrip("."))
    return _objective(
        ctx,
        Level.RESULTS,
        n,
        text,
        indicator=goal.kpi or goal.description,
        baseline=baseline,
        target=target,
        deadline=goal.deadline.text if goal.deadline else None,
        origin="brief",
        citation_ids=ctx.ground.cite(Topic.SMART, Topic.RESULTS),
    )


def _roi(ctx: Context, forecast: RoiResult | None) -> Objective:
    t = ctx.t
    text = t["obj.5.text"].format(title=ctx.brief.title)
    if forecast is not None:
        text += t["obj.5.forecast"].format(roi=ctx.percent(forecast.roi_pct))
    return _objective(
        ctx,
        Level.ROI,
        1,
        text,
        indicator=t["obj.5.indicator"],
        origin="method",
        citation_ids=ctx.ground.cite(Topic.ROI),
    )
