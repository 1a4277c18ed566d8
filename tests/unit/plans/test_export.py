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
    assert "Totale kosten" in cells and "€\u00a0158.800" in cells
    assert "Leeractiviteit" in cells and "Strategisch doel" in cells


def test_json_export_is_the_plan(plan: Plan) -> None:
    assert Plan.model_validate_json(export_plan(plan, ExportFormat.JSON)) == plan


IMPACT_HEADER = {
    "nl": [
        "Leeractiviteit",
        "Kritisch werkgedrag",
        "Succesindicatoren",
        "Operationeel doel",
        "Strategisch doel",
    ],
    "en": [
        "Learning activity",
        "Critical work behaviour",
        "Success indicators",
        "Operational goal",
        "Strategic goal",
    ],
}


@pytest.mark.parametrize("name", ["leadership_brief.json", "customer_service_brief.json"])
def test_docx_draws_the_impact_map_as_a_table_a_manager_reads(
    composer: OfflineComposer, name: str
) -> None:
    plan = draft_plan(example_request(name), composer=composer)
    m = plan.impact_map
    document = Document(io.BytesIO(to_docx(plan)))
    header = IMPACT_HEADER[plan.language.value]
    [table] = [t for t in document.tables if [c.text for c in t.rows[0].cells] == header]
    rows = [[c.text.replace("• ", "") for c in row.cells] for row in table.rows[1:]]
    assert len(rows) == len(m.behaviours)
    for behaviour, (activities, shown, indicators, goals, strategic) in zip(
        m.behaviours, rows, strict=True
    ):
        assert shown == f"{behaviour.id} {behaviour.text}"
        assert indicators.splitlines() == behaviour.success_indicators
        feeding = [k.source for k in m.links if k.target == behaviour.id]
        assert [line.split(" ")[0] for line in activities.splitlines()] == feeding
        served = [k.target for k in m.links if k.source == behaviour.id]
        assert [line.split(" ")[0] for line in goals.splitlines()] == served
        tops = {k.target for k in m.links if k.source in served}
        assert {line.split(" ")[0] for line in strategic.splitlines()} == tops
    text = "\n".join(p.text for p in document.paragraphs)
    assert "flowchart" not in text and "Mermaid" not in text and "-->" not in text


def test_assumed_links_are_marked_in_the_impact_table(composer: OfflineComposer) -> None:
    plan = draft_plan(example_request("customer_service_brief.json"), composer=composer)
    document = Document(io.BytesIO(to_docx(plan)))
    [table] = [t for t in document.tables if t.rows[0].cells[0].text == "Learning activity"]
    cells = [[c.text.replace("• ", "") for c in row.cells] for row in table.rows[1:]]
    # A2 (weekly call-listening) is linked to both behaviours by assumption, B1 to O1 by the brief
    assert "A2 Weekly 30-minute call-listening sessions with the team coach (assumed)" in (
        cells[0][0].splitlines()
    )
    assert cells[0][3] == "O1 Raise first-contact resolution from 68% to 78% by Q2 2027"


def test_markdown_keeps_line_breaks_in_table_cells_and_the_mermaid_source(plan: Plan) -> None:
    md = to_markdown(plan)
    row = next(line for line in md.splitlines() if line.startswith("| A1 "))
    assert "<br>" in row and row.count(" | ") == 4
    assert "Als diagram (Mermaid):\n\n```mermaid\nflowchart LR" in md
