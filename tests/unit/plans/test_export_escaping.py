"""Text from a brief or an edit is data in every export: the Markdown makes no HTML or link of it,
and the DOCX takes characters Word cannot hold out instead of failing."""

from __future__ import annotations

import io
import json
from typing import Any

import pytest
from docx import Document
from markdown_it import MarkdownIt

from assistant.planning.plan import OfflineComposer, Plan, PlanDraftRequest, draft_plan
from assistant.planning.plan.export import to_docx, to_markdown
from tests.plan_fixtures import EXAMPLES

SCRIPT = "<script>alert(1)</script>"
IMAGE = "<img src=x onerror=alert(1)>"
LINK = "[klik](javascript:alert(1))"
AUTOLINK = "<javascript:alert(1)>"
UNESCAPE = "\\[klik\\](javascript:alert(2))"  # a backslash that would undo our escape
CITED = "[1](javascript:alert(3))"  # looks like a citation mark, but is a link
PAYLOADS = (SCRIPT, IMAGE, LINK, AUTOLINK, UNESCAPE, CITED)
ALL = " ".join(PAYLOADS)


def brief(**changes: Any) -> dict[str, Any]:
    text = (EXAMPLES / "customer_service_brief.json").read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(text)
    return data | changes


@pytest.fixture(scope="module")
def hostile(composer: OfflineComposer) -> Plan:
    """A plan with payloads in the brief's texts, in its title and in an edited objective."""
    data = brief(
        title=f"Plan {SCRIPT}",
        organisation=f"Northwind {IMAGE} & Co",
        target_group=f"agents {LINK}",
        desired_behaviours=[f"Agents diagnose first {ALL}", *brief()["desired_behaviours"]],
        learning_activities=[f"Workshop {AUTOLINK} {CITED}", *brief()["learning_activities"]],
    )
    plan = draft_plan(PlanDraftRequest(brief=data), composer=composer)
    objective = plan.objectives[0].model_copy(
        update={"text": f"Objective {ALL}", "indicator": f"Indicator {ALL}"}
    )
    return plan.model_copy(update={"title": f"Title {ALL}", "objectives": [objective]})


def test_markdown_shows_user_html_and_links_as_text(hostile: Plan) -> None:
    md = to_markdown(hostile)
    for payload in (*PAYLOADS, "<img", "<script", "<javascript:"):
        assert payload not in md
    assert "&lt;script&gt;" in md and "&amp; Co" in md
    assert "# Evaluation plan: Title" in md  # the exporter's own Markdown stays Markdown
    assert f"[{len(hostile.citations)}]" in md  # and so do its citation marks


def test_rendered_markdown_has_no_script_image_or_javascript_link(hostile: Plan) -> None:
    html = MarkdownIt("commonmark", {"html": True}).enable("table").render(to_markdown(hostile))
    assert "<script" not in html and "<img" not in html
    assert "<a " not in html  # the plan links nowhere: every link-like text stays text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html  # readers see what was typed
    assert "&lt;javascript:alert(1)&gt;" in html and "<table>" in html
    assert LINK in html and UNESCAPE in html


def test_docx_drops_characters_word_cannot_hold(hostile: Plan) -> None:
    objective = hostile.objectives[0].model_copy(update={"text": "Bel\x0b terug\x01 \x1fsnel"})
    plan = hostile.model_copy(
        update={"title": "Snel\x0b\x01 geholpen\ttab", "objectives": [objective]}
    )
    document = Document(io.BytesIO(to_docx(plan)))
    texts = [p.text for p in document.paragraphs]
    assert texts[0] == "Evaluation plan: Snel geholpen\ttab"
    assert any("Bel terug snel" in text for text in texts)
    assert document.core_properties.title == "Snel geholpen\ttab"


def test_a_diagram_cannot_close_its_own_code_block(hostile: Plan) -> None:
    mermaid = f"{hostile.impact_map.mermaid}\n```\n{SCRIPT} {LINK}\n````"
    plan = hostile.model_copy(
        update={"impact_map": hostile.impact_map.model_copy(update={"mermaid": mermaid})}
    )
    html = MarkdownIt("commonmark", {"html": True}).render(to_markdown(plan))
    assert "<script" not in html and "<a " not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html  # still in the diagram, as code
