"""A plan document as simple blocks (headings, paragraphs, lists, tables, diagrams), laid out once
and written by both the Markdown and the DOCX writer, so the two exports always agree."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Heading:
    level: int
    text: str


@dataclass(frozen=True)
class Paragraph:
    text: str
    bold_prefix: str = ""


@dataclass(frozen=True)
class Bullets:
    items: list[str]
    numbered: bool = False


@dataclass(frozen=True)
class Table:
    """A table; ``row_labels``: its first column names each row (styled as labels)."""

    header: list[str]
    rows: list[list[str]]
    row_labels: bool = True


@dataclass(frozen=True)
class Diagram:
    """Mermaid source for readers that draw it (Markdown); a Word reader has the table."""

    caption: str
    mermaid: str


Block = Heading | Paragraph | Bullets | Table | Diagram
