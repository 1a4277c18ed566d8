"""The plan as a Word document (python-docx): headings, tables with a header row, lists."""

from __future__ import annotations

import io

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.shared import Pt

from assistant.planning.plan.export.blocks import Block, Bullets, Diagram, Heading, Paragraph, Table
from assistant.planning.plan.export.layout import Layout
from assistant.planning.plan.models import Plan

_TABLE_STYLE = "Light Grid Accent 1"


def to_docx(plan: Plan) -> bytes:
    document = Document()
    section = document.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    document.styles["Normal"].font.size = Pt(10)
    document.core_properties.title = plan.title
    for block in Layout(plan).blocks():
        _write(document, block)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _write(document: object, block: Block) -> None:
    doc = document  # python-docx's Document is untyped
    match block:
        case Heading(level, text):
            doc.add_heading(text, level=min(level, 4) if level > 1 else 0)  # type: ignore[attr-defined]
        case Paragraph(text, bold_prefix):
            paragraph = doc.add_paragraph()  # type: ignore[attr-defined]
            if bold_prefix:
                paragraph.add_run(f"{bold_prefix} ").bold = True
            paragraph.add_run(text)
        case Bullets(items, numbered):
            style = "List Number" if numbered else "List Bullet"
            for item in items:
                doc.add_paragraph(item, style=style)  # type: ignore[attr-defined]
        case Table(header, rows):
            table = doc.add_table(rows=1, cols=len(header))  # type: ignore[attr-defined]
            table.style = _TABLE_STYLE
            for cell, text in zip(table.rows[0].cells, header, strict=True):
                cell.text = text
                for run in cell.paragraphs[0].runs:
                    run.bold = True
            for row in rows:
                for cell, text in zip(table.add_row().cells, row, strict=True):
                    cell.text = text
            doc.add_paragraph()  # type: ignore[attr-defined]
        case Diagram():
            pass  # the impact map's table already draws it for a Word reader
