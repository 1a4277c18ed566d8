"""The plan as Markdown (GitHub flavour: pipe tables, a mermaid code block)."""

from __future__ import annotations

from assistant.planning.plan.export.blocks import Block, Bullets, Code, Heading, Paragraph, Table
from assistant.planning.plan.export.layout import Layout
from assistant.planning.plan.models import Plan


def to_markdown(plan: Plan) -> str:
    return "\n\n".join(_block(block) for block in Layout(plan).blocks()) + "\n"


def _cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


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
        case Table(header, rows):
            lines = ["| " + " | ".join(_cell(h) for h in header) + " |"]
            lines.append("|" + "|".join("---" for _ in header) + "|")
            lines += ["| " + " | ".join(_cell(c) for c in row) + " |" for row in rows]
            return "\n".join(lines)
        case Code(language, text):
            return f"```{language}\n{text}\n```"
    raise TypeError(f"unknown block {block!r}")
