"""The readable (rich) view of a ``RoiResult``: lines with their steps, totals, warnings."""

from __future__ import annotations

from decimal import Decimal

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from assistant.roi import Lang, RoiLine, RoiResult

LABELS: dict[Lang, dict[str, str]] = {
    "en": {
        "costs": "Costs",
        "benefits": "Benefits",
        "line": "Line",
        "steps": "Steps",
        "first_year": "Year 1",
        "value": "Value",
        "totals": "Totals",
        "total_costs": "Total costs (fully loaded)",
        "total_benefits": "Total benefits (adjusted)",
        "first_year_benefits": "First-year benefits",
        "net_benefits": "Net benefits",
        "roi_pct": "ROI",
        "bcr": "Benefit-cost ratio (BCR)",
        "payback_months": "Payback (months)",
        "margin": "Benefits may fall by (break-even)",
        "rise": "Benefits must rise by (break-even)",
        "excluded": "Excluded responses",
        "warnings": "Warnings",
        "intangibles": "Intangible benefits (not monetised)",
        "forecast": "forecast",
        "actual": "actual",
    },
    "nl": {
        "costs": "Kosten",
        "benefits": "Baten",
        "line": "Regel",
        "steps": "Stappen",
        "first_year": "Jaar 1",
        "value": "Waarde",
        "totals": "Totalen",
        "total_costs": "Totale kosten (fully loaded)",
        "total_benefits": "Totale baten (gecorrigeerd)",
        "first_year_benefits": "Baten eerste jaar",
        "net_benefits": "Netto baten",
        "roi_pct": "ROI",
        "bcr": "Baten-kostenratio (BCR)",
        "payback_months": "Terugverdientijd (maanden)",
        "margin": "Baten mogen dalen met (break-even)",
        "rise": "Baten moeten stijgen met (break-even)",
        "excluded": "Uitgesloten antwoorden",
        "warnings": "Waarschuwingen",
        "intangibles": "Immateriële baten (niet in geld uitgedrukt)",
        "forecast": "prognose",
        "actual": "werkelijk",
    },
}


def render_result(result: RoiResult, *, lang: Lang, console: Console) -> None:
    words = LABELS[lang]
    title = result.program or "ROI"
    console.print(f"[bold]{escape(title)}[/bold]  ({words[result.label]}, {result.currency})")
    for kind in ("cost", "benefit"):
        lines = [line for line in result.lines if line.kind == kind]
        if lines:
            console.print(_lines_table(lines, title=words[f"{kind}s"], words=words))
    console.print(_totals_table(result, words=words))
    _print_list(
        console, words["excluded"], [f"{e.pointer}: {e.reason}" for e in result.excluded_responses]
    )
    _print_list(console, words["warnings"], [f"{w.code}: {w.message}" for w in result.warnings])
    _print_list(console, words["intangibles"], result.intangibles)


def _lines_table(lines: list[RoiLine], *, title: str, words: dict[str, str]) -> Table:
    table = Table(title=title, title_justify="left", show_lines=True)
    table.add_column(words["line"])
    table.add_column(words["steps"])
    table.add_column(words["first_year"], justify="right")
    table.add_column(words["value"], justify="right")
    for line in lines:
        kind = line.category or line.isolation_method
        where = f"{line.pointer} · {kind}" if kind else line.pointer
        head = f"{escape(line.description)}\n[dim]{where}[/dim]"
        steps = "\n".join(escape(step.formula) for step in line.steps)
        table.add_row(head, steps, str(line.first_year_value), str(line.value))
    return table


def _totals_table(result: RoiResult, *, words: dict[str, str]) -> Table:
    table = Table(title=words["totals"], title_justify="left", show_header=False)
    table.add_column()
    table.add_column(justify="right")
    rows: list[tuple[str, Decimal | None, str]] = [
        ("total_costs", result.total_costs, ""),
        ("total_benefits", result.total_benefits, ""),
        ("first_year_benefits", result.first_year_benefits, ""),
        ("net_benefits", result.net_benefits, ""),
        ("roi_pct", result.roi_pct, " %"),
        ("bcr", result.bcr, ""),
        ("payback_months", result.payback_months, ""),
        *_break_even_row(result),
    ]
    for key, value, unit in rows:
        table.add_row(words[key], "-" if value is None else f"{value}{unit}")
    return table


def _break_even_row(result: RoiResult) -> list[tuple[str, Decimal | None, str]]:
    """How far benefits may fall, or - on a loss - how far they must rise to break even."""
    rise = result.break_even.benefit_rise_pct
    if rise is not None:
        return [("rise", rise, " %")]
    return [("margin", result.break_even.benefit_margin_pct, " %")]


def _print_list(console: Console, title: str, items: list[str]) -> None:
    if not items:
        return
    console.print(f"[bold]{title}[/bold]")
    for item in items:
        console.print(f"  - {item}", markup=False, highlight=False)
