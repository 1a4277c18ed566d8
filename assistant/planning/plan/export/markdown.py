"""The plan as Markdown (GitHub flavour: pipe tables, a mermaid code block). Every text from the
layout is written as inert text: no HTML and no links of its own, whatever a brief or editor put
in it; the Markdown syntax around it (headings, lists, tables) is the exporter's."""

from __future__ import annotations

import re

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

# HTML's & < > (tags, autolinks such as <javascript:...>), the brackets of links and images, and
# the backslash that would undo an escape; a citation mark ("[2]") stays as written: it is no
# link unless "(" or ":" follows.
_INERT = re.compile(r"(\[\d+\])(?![(:])|[&<>\[\]\\]")
_ESCAPES = {"&": "&amp;", "<": "&lt;", ">": "&gt;", "[": "\\[", "]": "\\]", "\\": "\\\\"}
# In a Mermaid label ("..."), the same characters as Mermaid's entity codes.
_LABEL = re.compile(r'"[^"\n]*"')
_LABEL_CHARS = re.compile(r"[&<>\[\]]")
_LABEL_CODES = {"&": "#amp;", "<": "#lt;", ">": "#gt;", "[": "#91;", "]": "#93;"}


def to_markdown(plan: Plan) -> str:
    return "\n\n".join(_block(block) for block in Layout(plan).blocks()) + "\n"


def _text(text: str) -> str:
    """``text`` as Markdown that shows it as typed: it makes no HTML, link or image."""
    return _INERT.sub(lambda m: m.group(1) or _ESCAPES[m.group()], text)


def _diagram(caption: str, mermaid: str) -> str:
    """The caption, then the Mermaid source in a fence none of its lines can close, its labels
    shown as typed (never as HTML or a link)."""
    source = _LABEL.sub(
        lambda m: _LABEL_CHARS.sub(lambda c: _LABEL_CODES[c.group()], m.group()), mermaid
    )
    fence = "`" * max(3, 1 + max(map(len, re.findall("`+", source)), default=0))
    return f"{_text(caption)}\n\n{fence}mermaid\n{source}\n{fence}"


def _cell(text: str) -> str:
    """One table cell: its lines kept apart by <br> (GitHub's line break in a table)."""
    lines = (_text(" ".join(line.split())).replace("|", "\\|") for line in text.splitlines())
    return "<br>".join(line for line in lines if line)


def _block(block: Block) -> str:
    match block:
        case Heading(level, text):
            return f"{'#' * level} {_text(text)}"
        case Paragraph(text, bold_prefix):
            return f"**{_text(bold_prefix)}** {_text(text)}" if bold_prefix else _text(text)
        case Bullets(items, numbered):
            return "\n".join(
                f"{n}. {_text(item)}" if numbered else f"- {_text(item)}"
                for n, item in enumerate(items, 1)
            )
        case Table(header, rows, _):
            lines = ["| " + " | ".join(_cell(h) for h in header) + " |"]
            lines.append("|" + "|".join("---" for _ in header) + "|")
            lines += ["| " + " | ".join(_cell(c) for c in row) + " |" for row in rows]
            return "\n".join(lines)
        case Diagram(caption, mermaid):
            return _diagram(caption, mermaid)
    raise TypeError(f"unknown block {block!r}")
