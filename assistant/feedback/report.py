"""Coding reports in Markdown or HTML, with a hand-written SVG bar chart.

Comment text is data and is never rendered as markup. HTML reports escape it fully
(``html.escape``). Markdown reports escape only what Markdown needs: ``&``, ``<`` and ``>`` as
entities (renderers pass raw HTML through) and Markdown/table punctuation with a backslash; quotes
stay as typed, so a neutralised formula reads ``'=SUM(...)``, not ``&#x27;=SUM(...)``.
"""

from __future__ import annotations

import html
from pathlib import Path

from assistant.errors import InvalidInputError
from assistant.feedback.agreement import format_agreement
from assistant.feedback.models import LEVELS
from assistant.feedback.summary import FileSummary, ReviewItem

REPORT_SUFFIXES = (".md", ".html", ".htm")
_COLOURS = {"L1": "#4e79a7", "L2": "#59a14f", "L3": "#f28e2b", "L4": "#e15759", "NONE": "#9d9d9d"}


def bar_chart_svg(counts: dict[str, int], *, title: str = "Comments per primary level") -> str:
    labels = [level.value for level in LEVELS] + sorted(set(counts) - {lv.value for lv in LEVELS})
    peak = max([counts.get(label, 0) for label in labels] + [1])
    width, height, left, bar, gap, top = 520, 60 + 34 * len(labels), 60, 24, 10, 40
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" role="img" aria-label="{html.escape(title)}">',
        f'<text x="10" y="24" font-family="sans-serif" font-size="16">{html.escape(title)}</text>',
    ]
    for i, label in enumerate(labels):
        count = counts.get(label, 0)
        y = top + i * (bar + gap)
        length = round((width - left - 80) * count / peak)
        colour = _COLOURS.get(label, "#76b7b2")
        parts += [
            f'<text x="10" y="{y + 17}" font-family="sans-serif" font-size="13">'
            f"{html.escape(label)}</text>",
            f'<rect x="{left}" y="{y}" width="{length}" height="{bar}" fill="{colour}"/>',
            f'<text x="{left + length + 6}" y="{y + 17}" font-family="sans-serif" '
            f'font-size="13">{count}</text>',
        ]
    parts.append("</svg>")
    return "\n".join(parts)


def _share(count: int, total: int) -> str:
    return f"{100 * count / total:.1f}%" if total else "0.0%"


def _md(text: str) -> str:
    escaped = html.escape(" ".join(text.split()), quote=False)
    for char in "\\`*_[]|#":
        escaped = escaped.replace(char, "\\" + char)
    return escaped


def _md_items(items: list[ReviewItem]) -> list[str]:
    lines = [
        "| row | primary | levels | confidence | comment | evidence |",
        "|---|---|---|---|---|---|",
    ]
    lines += [
        f"| {i.row} | {i.primary} | {i.levels} | {i.confidence:.2f} | {_md(i.text)} | "
        f"{_md(i.evidence)} |"
        for i in items
    ]
    return lines


def render_markdown(summary: FileSummary, *, chart_file: str) -> str:
    total = summary.rows
    lines = [
        "# Feedback coding report",
        "",
        f"{total} comments coded. ROI statements: {summary.roi_count} "
        f"({_share(summary.roi_count, total)}).",
        "",
        f"![Comments per primary level]({chart_file})",
        "",
        "## Primary level",
        "",
        "| level | comments | share | in levels (multi-label) |",
        "|---|---|---|---|",
    ]
    for level in LEVELS:
        count = summary.primary.get(level.value, 0)
        lines.append(
            f"| {level.value} | {count} | {_share(count, total)} | "
            f"{summary.levels.get(level.value, 0)} |"
        )
    lines += [
        "",
        "## Per language",
        "",
        "| language | n | " + " | ".join(lv.value for lv in LEVELS) + " |",
        "|---|---|" + "---|" * len(LEVELS),
    ]
    for lang, counts in summary.by_lang.items():
        n = sum(counts.values())
        cells = " | ".join(
            f"{counts.get(lv.value, 0)} ({_share(counts.get(lv.value, 0), n)})" for lv in LEVELS
        )
        lines.append(f"| {lang} | {n} | {cells} |")
    lines += ["", f"## ROI mentions ({summary.roi_count})", ""] + _md_items(summary.roi_mentions)
    lines += ["", "## Lowest confidence: review these first", ""]
    lines += _md_items(summary.lowest_confidence)
    if summary.agreement:
        lines += [
            "",
            "## Agreement with the gold column",
            "",
            "```",
            format_agreement(summary.agreement),
            "```",
        ]
    return "\n".join(lines) + "\n"


def _html_items(items: list[ReviewItem]) -> str:
    head = (
        "<tr><th>row</th><th>primary</th><th>levels</th><th>confidence</th>"
        "<th>comment</th><th>evidence</th></tr>"
    )
    rows = "".join(
        f"<tr><td>{i.row}</td><td>{html.escape(i.primary)}</td><td>{html.escape(i.levels)}</td>"
        f"<td>{i.confidence:.2f}</td><td>{html.escape(i.text)}</td>"
        f"<td>{html.escape(i.evidence)}</td></tr>"
        for i in items
    )
    return f"<table>{head}{rows}</table>"


def render_html(summary: FileSummary) -> str:
    total = summary.rows
    level_rows = "".join(
        f"<tr><td>{lv.value}</td><td>{summary.primary.get(lv.value, 0)}</td>"
        f"<td>{_share(summary.primary.get(lv.value, 0), total)}</td>"
        f"<td>{summary.levels.get(lv.value, 0)}</td></tr>"
        for lv in LEVELS
    )
    lang_rows = "".join(
        f"<tr><td>{html.escape(lang)}</td><td>{sum(c.values())}</td>"
        + "".join(f"<td>{c.get(lv.value, 0)}</td>" for lv in LEVELS)
        + "</tr>"
        for lang, c in summary.by_lang.items()
    )
    agreement = (
        "<h2>Agreement with the gold column</h2>"
        f"<pre>{html.escape(format_agreement(summary.agreement))}</pre>"
        if summary.agreement
        else ""
    )
    return (
        '<!doctype html><html lang="en"><head><meta charset="utf-8">'
        '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
        "style-src 'unsafe-inline'\"><title>Feedback coding report</title>"
        "<style>body{font-family:sans-serif;max-width:72rem;margin:2rem auto}"
        "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:4px;"
        "vertical-align:top;text-align:left}</style></head><body>"
        f"<h1>Feedback coding report</h1><p>{total} comments coded. ROI statements: "
        f"{summary.roi_count} ({_share(summary.roi_count, total)}).</p>"
        f"{bar_chart_svg(summary.primary)}"
        "<h2>Primary level</h2><table><tr><th>level</th><th>comments</th><th>share</th>"
        f"<th>in levels</th></tr>{level_rows}</table>"
        "<h2>Per language</h2><table><tr><th>language</th><th>n</th>"
        + "".join(f"<th>{lv.value}</th>" for lv in LEVELS)
        + f"</tr>{lang_rows}</table>"
        f"<h2>ROI mentions ({summary.roi_count})</h2>{_html_items(summary.roi_mentions)}"
        "<h2>Lowest confidence: review these first</h2>"
        f"{_html_items(summary.lowest_confidence)}{agreement}</body></html>\n"
    )


def write_report(summary: FileSummary, path: Path) -> list[Path]:
    """Write ``path`` (.md with a sibling .svg chart, or .html with the chart inline)."""
    suffix = path.suffix.lower()
    if suffix in (".html", ".htm"):
        path.write_text(render_html(summary), encoding="utf-8")
        return [path]
    if suffix == ".md":
        chart = path.with_suffix(".svg")
        chart.write_text(bar_chart_svg(summary.primary), encoding="utf-8")
        path.write_text(render_markdown(summary, chart_file=chart.name), encoding="utf-8")
        return [path, chart]
    raise InvalidInputError(
        f"Unsupported report type '{path.suffix}': use " + ", ".join(REPORT_SUFFIXES) + "."
    )
