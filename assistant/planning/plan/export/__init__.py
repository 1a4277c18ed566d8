"""Exports of a plan: Markdown, DOCX and JSON, from one shared layout."""

from __future__ import annotations

from enum import StrEnum

from assistant.planning.plan.export.docx import to_docx
from assistant.planning.plan.export.markdown import to_markdown
from assistant.planning.plan.export.names import export_filename
from assistant.planning.plan.models import Plan


class ExportFormat(StrEnum):
    MD = "md"
    DOCX = "docx"
    JSON = "json"


MEDIA_TYPES = {
    ExportFormat.MD: "text/markdown; charset=utf-8",
    ExportFormat.DOCX: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ExportFormat.JSON: "application/json",
}


def export_plan(plan: Plan, fmt: ExportFormat) -> bytes:
    match fmt:
        case ExportFormat.MD:
            return to_markdown(plan).encode()
        case ExportFormat.DOCX:
            return to_docx(plan)
        case ExportFormat.JSON:
            return plan.model_dump_json(indent=2).encode()


__all__ = [
    "MEDIA_TYPES",
    "ExportFormat",
    "export_filename",
    "export_plan",
    "to_docx",
    "to_markdown",
]
