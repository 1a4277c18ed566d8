"""The plan as a Word document (python-docx): headings, tables with a header row, lists."""

from __future__ import annotations

import io
import re
from typing import Any

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

from assistant.planning.plan.export.blocks import Block, Bullets, Diagram, Heading, Paragraph, Table
from assistant.planning.plan.export.layout import Layout
from assistant.planning.plan.models import Plan

_TABLE_STYLE = "Light Grid Accent 1"
# Characters XML 1.0 does not allow (python-docx refuses them); tab and line breaks stay.
_NOT_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def to_docx(plan: Plan) -> bytes:
    document = Document()
    section = document.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    document.styles["Normal"].font.size = Pt(10)
    document.core_properties.title = _xml(plan.title)
    for block in Layout(plan).blocks():
        _write(document, block)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _write(document: object, block: Block) -> None:
    doc = document  # python-docx's Document is untyped
    match block:
        case Heading(level, text):
            doc.add_heading(_xml(text), level=min(level, 4) if level > 1 else 0)  # type: ignore[attr-defined]
        case Paragraph(text, bold_prefix):
            paragraph = doc.add_paragraph()  # type: ignore[attr-defined]
            if bold_prefix:
                paragraph.add_run(f"{_xml(bold_prefix)} ").bold = True
            paragraph.add_run(_xml(text))
        case Bullets(items, numbered):
            style = "List Number" if numbered else "List Bullet"
            for item in items:
                doc.add_paragraph(_xml(item), style=style)  # type: ignore[attr-defined]
        case Table(header, rows, row_labels):
            table = doc.add_table(rows=1, cols=len(header))  # type: ignore[attr-defined]
            table.style = _TABLE_STYLE
            _repeat_header(table)
            if not row_labels:
                _plain_first_column(table)
            for cell, text in zip(table.rows[0].cells, header, strict=True):
                cell.text = _xml(text)
                for run in cell.paragraphs[0].runs:
                    run.bold = True
            for row in rows:
                for cell, text in zip(table.add_row().cells, row, strict=True):
                    _fill(cell, text)
            doc.add_paragraph()  # type: ignore[attr-defined]
        case Diagram():
            pass  # the impact map's table already draws it for a Word reader


def _fill(cell: Any, text: str) -> None:
    """A cell's text; several lines become one bulleted paragraph each, spaced apart."""
    text = _xml(text)
    lines = text.splitlines()
    if len(lines) <= 1:
        cell.text = text
        return
    for index, line in enumerate(lines):
        paragraph = cell.paragraphs[0] if index == 0 else cell.add_paragraph()
        paragraph.add_run(f"• {line}")
        paragraph.paragraph_format.space_after = Pt(3)


def _xml(text: str) -> str:
    """``text`` without the characters a Word document cannot hold (a pasted "\\x0b")."""
    return _NOT_XML.sub("", text)


def _repeat_header(table: Any) -> None:
    """The header row repeats on every page a long table runs onto."""
    flag = OxmlElement("w:tblHeader")
    flag.set(qn("w:val"), "true")
    table.rows[0]._tr.get_or_add_trPr().append(flag)


def _plain_first_column(table: Any) -> None:
    """No label styling on the first column: in a flow table it is data like the others."""
    look = table._tbl.tblPr.find(qn("w:tblLook"))
    if look is None:
        look = OxmlElement("w:tblLook")
        table._tbl.tblPr.append(look)
    look.set(qn("w:val"), "0420")
    look.set(qn("w:firstColumn"), "0")
