"""The impact map (after Brinkerhoff and Kessels & Smit): learning activities -> critical work
behaviours -> operational goals (KPIs) -> strategic goals, and its Mermaid rendering.

Links the brief does not state are the plan's assumptions and marked so (dotted in Mermaid).
"""

from __future__ import annotations

from assistant.planning.lexicon import FREQUENCY
from assistant.planning.plan.context import Context, goal_figures
from assistant.planning.plan.grounding import Topic
from assistant.planning.plan.models import (
    CriticalBehaviour,
    Figure,
    ImpactMap,
    LearningActivity,
    Link,
    OperationalGoal,
    StrategicGoal,
)
from assistant.planning.plan.overlap import related
from assistant.planning.plan.themes import theme_of
from assistant.text.formatting import format_figure


def build_impact_map(ctx: Context) -> ImpactMap:
    strategic, operational, up_links = _goals(ctx)
    behaviours = [
        CriticalBehaviour(id=f"B{n}", text=text, success_indicators=_indicators(ctx, text))
        for n, text in enumerate(ctx.brief.desired_behaviours, start=1)
    ]
    activities = [
        LearningActivity(id=f"A{n}", text=text)
        for n, text in enumerate(ctx.brief.learning_activities, start=1)
    ]
    links = [
        *_connect([(a.id, a.text) for a in activities], [(b.id, b.text) for b in behaviours]),
        *_connect(
            [(b.id, b.text) for b in behaviours],
            [(o.id, f"{o.kpi or ''} {o.description}") for o in operational],
        ),
        *up_links,
    ]
    return ImpactMap(
        strategic_goals=strategic,
        operational_goals=operational,
        behaviours=behaviours,
        activities=activities,
        links=links,
        mermaid=mermaid(strategic, operational, behaviours, activities, links),
        citation_ids=ctx.ground.cite(Topic.IMPACT_MAP),
    )


def _goals(ctx: Context) -> tuple[list[StrategicGoal], list[OperationalGoal], list[Link]]:
    strategic: dict[str, StrategicGoal] = {}
    operational: list[OperationalGoal] = []
    links: list[Link] = []
    for n, goal in enumerate(ctx.brief.business_goals, start=1):
        theme = theme_of(goal)
        if theme.key not in strategic:
            sid = f"S{len(strategic) + 1}"
            strategic[theme.key] = StrategicGoal(
                id=sid, text=theme.strategic[ctx.language], proposed=True
            )
        baseline, target = goal_figures(goal)
        operational.append(
            OperationalGoal(
                id=f"O{n}",
                description=goal.description,
                kpi=goal.kpi,
                baseline=baseline,
                target=target,
                unit=goal.unit,
                deadline=goal.deadline.text if goal.deadline else None,
                figures=_figures(baseline, target, ctx),
            )
        )
        links.append(Link(source=f"O{n}", target=strategic[theme.key].id))
    return list(strategic.values()), operational, links


def _figures(baseline: Figure | None, target: Figure | None, ctx: Context) -> str | None:
    """ "6 % → 4,5 %" (nl) / "6% → 4.5%" (en); "?" for the figure the brief does not give."""
    if baseline is None and target is None:
        return None
    shown = [format_figure(f.value, f.unit, ctx.language) if f else "?" for f in (baseline, target)]
    return " → ".join(shown)


def _indicators(ctx: Context, behaviour: str) -> list[str]:
    t = ctx.t
    frequency = FREQUENCY.search(behaviour)
    first = (
        t["map.indicator.frequency"].format(frequency=frequency.group())
        if frequency
        else t["map.indicator.observed"]
    )
    return [first, t["map.indicator.360"]]


def _connect(sources: list[tuple[str, str]], targets: list[tuple[str, str]]) -> list[Link]:
    """Link by shared content words; a source sharing none serves every target (assumed)."""
    links: list[Link] = []
    for source_id, source_text in sources:
        matched = [tid for tid, text in targets if related(source_text, text)]
        if matched:
            links.extend(Link(source=source_id, target=tid) for tid in matched)
        else:
            links.extend(Link(source=source_id, target=tid, assumed=True) for tid, _ in targets)
    return links


def _label(text: str, limit: int = 70) -> str:
    text = " ".join(text.split())
    if len(text) > limit:
        text = text[:limit].rsplit(" ", 1)[0] + " …"
    return text.replace('"', "#quot;")


def mermaid(
    strategic: list[StrategicGoal],
    operational: list[OperationalGoal],
    behaviours: list[CriticalBehaviour],
    activities: list[LearningActivity],
    links: list[Link],
) -> str:
    """A left-to-right Mermaid flowchart; dotted arrows are assumed links."""
    lines = ["flowchart LR"]
    for node_id, text in (
        *((a.id, a.text) for a in activities),
        *((b.id, b.text) for b in behaviours),
        *((o.id, o.kpi or o.description) for o in operational),
        *((s.id, s.text) for s in strategic),
    ):
        lines.append(f'    {node_id}["{node_id}: {_label(text)}"]')
    for link in links:
        arrow = "-.->" if link.assumed else "-->"
        lines.append(f"    {link.source} {arrow} {link.target}")
    return "\n".join(lines)
