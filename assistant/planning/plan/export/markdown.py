"""The plan as Markdown (GitHub flavour: pipe tables, a mermaid code block)."""

from __future__ import annotations

from assistant.planning.plan.export.blocks import (
    Block,
    Bullets,
    Diagram,
    Heading,
    Paragraph,
    Table,
)
from assistant.planning.plan.export.layout import Layout
from assistant.planning.plan.models import Plan


def to_markdown(plan: Plan) -> str:
    return "\n\n".join(_block(block) for block in Layout(plan).blocks()) + "\n"


def _cell(text: str) -> str:
    """One table cell: its lines kept apart by <br> (GitHub's line break in a table)."""
    lines = (" ".join(line.split()).replace("|", "\\|") for line in text.splitlines())
    return "<br>".join(line for line in lines if line)


def _block(block: Block) -> str:
    match block:
        case Heading(level, text):
            return f"{'#' * level} {text}"
        case Paragraph(text, bold_prefix):
            return f"**{bold_prefix}** {text}" if bold_prefix else text
        case Bullets(items, numbered):
            return "\n".join(
                f"{n}. {item}" if numbered else f"- {item}" for n, item in enumerate(items, 1)
            )
        case Table(header, rows, _):
            lines = ["| " + " | ".join(_cell(h) for h in header) + " |"]
            lines.append("|" + "|".join("---" for _ in header) + "|")
            lines += ["| " + " | ".join(_cell(c) for c in row) + " |" for row in rows]
            return "\n".join(lines)
        case Diagram(caption, mermaid):
            return f"{caption}\n\n```mermaid\n{mermaid}\n```"
    raise TypeError(f"unknown block {block!r}")
