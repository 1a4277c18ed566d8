"""Exports: Markdown and DOCX from one layout; the DOCX reopens with its tables."""

import io

import pytest
from docx import Document

from assistant.planning.plan import OfflineComposer, Plan, draft_plan
from assistant.planning.plan.export import ExportFormat, export_plan, to_docx, to_markdown
from tests.plan_fixtures import example_request


@pytest.fixture(scope="module")
def plan(composer: OfflineComposer) -> Plan:
    return draft_plan(example_request("leadership_brief.json"), composer=composer)


def test_markdown_has_every_section(plan: Plan) -> None:
    md = to_markdown(plan)
    for heading in (
        "# Evaluatieplan",
        "## Doelstellingen per niveau",
        "## Impactmap",
        "## Meetplan",
        "### ROI-prognose",
        "## Open vragen",
        "## Bronnen",
    ):
        assert heading in md
    assert "```mermaid\nflowchart LR" in md
    assert f"[{len(plan.citations)}]" in md


def test_docx_round_trip(plan: Plan) -> None:
    document = Document(io.BytesIO(to_docx(plan)))
    texts = [p.text for p in document.paragraphs]
    assert texts[0] == "Evaluatieplan: Leiderschap in Beweging"
    assert "Meetplan" in texts and "Impactmap" in texts
    first_cells = [t.rows[0].cells[0].text for t in document.tables]
    assert first_cells.count("Onderdeel") >= 5 + 1
    cells = {c.text for t in document.tables for row in t.rows for c in row.cells}
    assert "Totale kosten" in cells and "EUR 158.800" in cells
    assert "Leeractiviteit" in cells and "Strategisch doel" in cells


def test_json_export_is_the_plan(plan: Plan) -> None:
    assert Plan.model_validate_json(export_plan(plan, ExportFormat.JSON)) == plan
