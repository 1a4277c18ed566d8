"""The plan's document layout, shared by every export: sections in the V-model's reading order."""

from __future__ import annotations

from decimal import Decimal

from assistant.planning.brief import Methodology
from assistant.planning.plan.budget import budget_note
from assistant.planning.plan.export.blocks import (
    Block,
    Bullets,
    Diagram,
    Heading,
    Paragraph,
    Table,
)
from assistant.planning.plan.export.impact_table import impact_table
from assistant.planning.plan.export.labels import LABELS
from assistant.planning.plan.format import duration_label, labelled
from assistant.planning.plan.models import Figure, Level, LevelPlan, Objective, Plan
from assistant.text.formatting import format_figure, format_number


class Layout:
    def __init__(self, plan: Plan) -> None:
        self.plan = plan
        self.lang = plan.language
        self.t = LABELS[plan.language]
        self.numbers = {c.chunk_id: n for n, c in enumerate(plan.citations, start=1)}

    def refs(self, ids: list[str]) -> str:
        return "".join(f"[{self.numbers[i]}]" for i in ids if i in self.numbers)

    def figures(self, figures: list[Figure]) -> str:
        return "; ".join(labelled(f, self.lang) for f in figures) or self.t["none"]

    def blocks(self) -> list[Block]:
        return [
            *self.header(),
            *self.approach(),
            *self.objectives(),
            *self.impact_map(),
            *self.measurement(),
            *self.budget(),
            *self.open_questions(),
            *self.citations(),
        ]

    def header(self) -> list[Block]:
        t, brief = self.t, self.plan.brief
        facts = [
            (t["organisation"], brief.organisation),
            (t["target_group"], brief.target_group),
            (t["participants"], show_int(brief.participants, self)),
            (t["duration"], duration_label(brief.duration, self.lang) if brief.duration else None),
            (t["start"], brief.start_date.text if brief.start_date else None),
            (t["methodology"], t[self.plan.methodology.value]),
        ]
        engine = self.plan.engine
        version = engine.prompt_version or engine.model or ""
        return [
            Heading(1, t["title"].format(title=self.plan.title)),
            Bullets([f"{label}: {value}" for label, value in facts if value]),
            Paragraph(t["engine"].format(engine=engine.engine.value, version=version)),
        ]

    def approach(self) -> list[Block]:
        items = [
            f"{r.text} {self.refs(r.citation_ids)}"
            for r in self.plan.measurement_plan.recommendations
        ]
        return [Heading(2, self.t["approach"]), Bullets(items)]

    def shared_failures(self) -> set[str]:
        """Failing SMART reasons every objective shares: said once, not under each objective."""
        sets = [
            {
                f"{c.label}: {c.reason} {c.suggestion or ''}".strip()
                for c in o.smart.criteria
                if not c.passed
            }
            for o in self.plan.objectives
        ]
        return set.intersection(*sets) if len(sets) > 1 else set()

    def objectives(self) -> list[Block]:
        blocks: list[Block] = [Heading(2, self.t["objectives"])]
        shared = self.shared_failures()
        if shared:
            blocks += [Paragraph(self.t["smart_all"]), Bullets(sorted(shared))]
        for level in sorted({o.level for o in self.plan.objectives}, reverse=True):
            name = self.plan.measurement_plan.levels[int(level) - 1].name
            blocks.append(Heading(3, self.t["level"].format(n=int(level), name=name)))
            for objective in (o for o in self.plan.objectives if o.level == level):
                blocks.extend(self.objective(objective))
        return blocks

    def objective(self, o: Objective) -> list[Block]:
        t = self.t
        origin = t[f"origin.{o.origin}"]
        verdicts = "  ".join(f"{c.label} {'✓' if c.passed else '✗'}" for c in o.smart.criteria)
        rows = [
            [t["indicator"], o.indicator],
            [t["baseline"], labelled(o.baseline, self.lang) if o.baseline else t["none"]],
            [t["target"], labelled(o.target, self.lang) if o.target else t["none"]],
            [t["smart"], verdicts],
        ]
        shared = self.shared_failures()
        fixes = [
            text
            for text in (
                f"{c.label}: {c.reason} {c.suggestion or ''}".strip()
                for c in o.smart.criteria
                if not c.passed
            )
            if text not in shared
        ]
        blocks: list[Block] = [
            Paragraph(f"{o.text} ({origin}) {self.refs(o.citation_ids)}".strip(), bold_prefix=o.id),
            Table([t["figure"], t["value"]], rows),
        ]
        if fixes:
            blocks.append(Bullets(fixes))
        return blocks

    def impact_map(self) -> list[Block]:
        t, m = self.t, self.plan.impact_map
        goals = [
            [
                o.id,
                o.kpi or t["none"],
                labelled(o.baseline, self.lang) if o.baseline else t["none"],
                labelled(o.target, self.lang) if o.target else t["none"],
                o.deadline or t["none"],
            ]
            for o in m.operational_goals
        ]
        blocks: list[Block] = [
            Heading(2, t["impact_map"]),
            Paragraph(f"{t['impact_intro']} {self.refs(m.citation_ids)}"),
            impact_table(m, t),
        ]
        if goals:
            blocks.append(
                Table([t["id"], t["kpi"], t["baseline"], t["target"], t["deadline"]], goals)
            )
        return [*blocks, Diagram(t["mermaid"], m.mermaid)]

    def measurement(self) -> list[Block]:
        t, mp = self.t, self.plan.measurement_plan
        top = 5 if self.plan.methodology is Methodology.PHILLIPS else 4
        blocks: list[Block] = [
            Heading(2, t["measurement"]),
            Paragraph(t["measurement_intro"].format(top=top)),
        ]
        for level in mp.levels:
            blocks.extend(self.level(level))
        if mp.phillips is not None:
            blocks.extend(phillips_blocks(self))
        if mp.kirkpatrick is not None:
            k = mp.kirkpatrick
            rows = [
                [str(int(e.level)), e.evidence, "; ".join(e.leading_indicators)] for e in k.chain
            ]
            blocks += [
                Heading(3, t["kirkpatrick_section"]),
                Paragraph(f"{k.label} {self.refs(k.citation_ids)}"),
                Table(
                    [t["level"].format(n="", name="").strip(": "), t["evidence"], t["leading"]],
                    rows,
                ),
            ]
        return blocks

    def level(self, level: LevelPlan) -> list[Block]:
        t = self.t
        rows = [
            [t["what"], level.what],
            [t["indicators"], "; ".join(level.indicators)],
            [t["instruments"], "; ".join(level.instruments)],
            [t["data_source"], level.data_source],
            [t["timing"], level.timing],
            [t["owner"], level.owner],
            [t["baseline"], self.figures(level.baselines)],
            [t["target"], self.figures(level.targets)],
            [t["sources"], self.refs(level.citation_ids)],
        ]
        title = t["level"].format(n=int(level.level), name=level.name)
        return [Heading(3, title), Table([t["figure"], t["value"]], rows)]

    def budget(self) -> list[Block]:
        return budget_blocks(self)

    def open_questions(self) -> list[Block]:
        if not self.plan.open_questions:
            return []
        items = [q.question for q in self.plan.open_questions]
        return [Heading(2, self.t["open_questions"]), Bullets(items, numbered=True)]

    def citations(self) -> list[Block]:
        t = self.t
        items = [
            f'[{n}] {c.title} ({c.source}, {t["lines"]} {c.line_start}-{c.line_end}): "{c.quote}"'
            for n, c in enumerate(self.plan.citations, start=1)
        ]
        return [Heading(2, t["citations"]), Bullets(items)]


def show_int(value: int | None, layout: Layout) -> str | None:
    return None if value is None else format_number(Decimal(value), layout.lang)


def phillips_blocks(layout: Layout) -> list[Block]:
    t, lang = layout.t, layout.lang
    p = layout.plan.measurement_plan.phillips
    assert p is not None
    iso = p.isolation
    iso_rows = [[t["method"], iso.label], [t["reason"], iso.reason]]
    if iso.confidence_adjustment:
        iso_rows.append([t["adjustment"], iso.confidence_adjustment])
    iso_rows.append([t["sources"], layout.refs(iso.citation_ids)])
    conversions = [
        [
            c.kpi,
            f"{c.method} {layout.refs(c.citation_ids)}",
            c.data_source,
            "; ".join(format_figure(f.value, f.unit, lang) for f in c.unit_values) or t["none"],
        ]
        for c in p.conversions
    ]
    costs = [[c.label, "; ".join(c.lines) if c.in_brief else t["no"]] for c in p.cost_checklist]
    blocks: list[Block] = [
        Heading(3, t["phillips_section"]),
        Heading(4, t["isolation"]),
        Table([t["figure"], t["value"]], iso_rows),
    ]
    if conversions:
        blocks += [
            Heading(4, t["conversions"]),
            Table([t["kpi"], t["method"], t["data_source"], t["unit_value"]], conversions),
        ]
    return blocks + [
        Heading(4, f"{t['cost_checklist']} {layout.refs(p.cost_citation_ids)}"),
        Table([t["category"], t["in_brief"]], costs),
        Heading(4, f"{t['intangibles']} {layout.refs(p.intangibles_citation_ids)}"),
        Bullets(p.intangibles),
    ]


def budget_blocks(layout: Layout) -> list[Block]:
    t, plan = layout.t, layout.plan
    blocks: list[Block] = []
    if plan.budget is not None:
        note = budget_note(plan.brief, forecast=plan.roi_forecast is not None)
        blocks += [Heading(2, t["budget"]), Paragraph(note)]
        if plan.budget.costs:
            blocks += [Paragraph(t["costs"], bold_prefix=""), Bullets(plan.budget.costs)]
        if plan.budget.benefits:
            blocks += [Paragraph(t["benefits"]), Bullets(plan.budget.benefits)]
    forecast = plan.roi_forecast
    if forecast is None:
        return blocks
    money = forecast.currency

    def amount(value: Decimal) -> str:
        return format_figure(Decimal(str(value)), money, layout.lang)

    def pct(value: Decimal) -> str:
        return format_figure(value, "%", layout.lang)

    rows = [
        [t["total_costs"], amount(forecast.total_costs)],
        [t["total_benefits"], amount(forecast.total_benefits)],
        [t["net_benefits"], amount(forecast.net_benefits)],
        [t["roi"], pct(forecast.roi_pct)],
        [t["bcr"], format_number(forecast.bcr, layout.lang)],
        [
            t["payback"],
            f"{format_number(forecast.payback_months, layout.lang)} {t['months']}"
            if forecast.payback_months is not None
            else t["none"],
        ],
        [t["break_even"], amount(forecast.break_even.benefits_needed)],
    ]
    if forecast.break_even.benefit_margin_pct is not None:
        rows.append([t["margin"], pct(forecast.break_even.benefit_margin_pct)])
    if forecast.break_even.benefit_rise_pct is not None:
        rows.append([t["rise"], pct(forecast.break_even.benefit_rise_pct)])
    blocks += [Heading(3, t["forecast"]), Table([t["figure"], t["value"]], rows)]
    if forecast.warnings:
        blocks += [Paragraph(t["warnings"]), Bullets([w.message for w in forecast.warnings])]
    return blocks


__all__ = ["Layout", "Level"]
