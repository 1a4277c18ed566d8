"""The Feedback page explains empty cells, dashes and bare ratings in the page's language."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from playwright.sync_api import expect

from tests.e2e.conftest import screenshot
from tests.e2e.test_feedback_page import goto_feedback

# what the page shows for each row's rationale, per page language
EXPECTED = {
    "nl-NL": {
        "start": "Start coderen",
        "results": "4 gecodeerde opmerkingen",
        "rationales": [
            "Leren: kennis",  # a Dutch comment keeps its own language
            "Leeg of alleen leestekens",
            "Leeg of alleen leestekens",
            "Een cijfer of score voor de sessie",
        ],
    },
    "en-GB": {
        "start": "Start coding",
        "results": "4 coded comments",
        "rationales": [
            "Leren: kennis",
            "Empty or punctuation only",
            "Empty or punctuation only",
            "A rating of the session",
        ],
    },
}


def test_rationales_for_cells_without_language_follow_the_page(
    page: Any, locale: str, tmp_path: Path
) -> None:
    text = EXPECTED[locale]
    export = tmp_path / "evaluatie.csv"
    export.write_text(
        'nr;opmerking\n1;Ik heb veel geleerd over feedback geven.\n2;""\n3;-\n4;8/10\n',
        encoding="utf-8",
    )
    goto_feedback(page)
    page.locator("input[type=file]").set_input_files(export)
    expect(page.locator("[data-pointer='/text_column']")).to_have_value("opmerking")
    page.get_by_role("button", name=text["start"]).click()
    expect(page.locator("#fb-results-title")).to_have_text(text["results"], timeout=60_000)
    hints = page.locator("#fb-table tbody tr td:last-child .hint")
    expect(hints).to_have_count(4)
    for row, start in enumerate(text["rationales"]):
        expect(hints.nth(row)).to_contain_text(start)
    screenshot(page, f"feedback-rationale-{locale[:2]}", part="#fb-table")
