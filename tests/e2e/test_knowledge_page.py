"""The Knowledge page: search the shipped articles and read a passage."""

from __future__ import annotations

from typing import Any

from tests.e2e.conftest import screenshot

LABELS = {
    "nl-NL": ("Zoek in de bronnen", "Zoeken", "Lees in context"),
    "en-GB": ("Search the sources", "Search", "Read in context"),
}


def test_search_and_read_a_passage(page: Any, locale: str) -> None:
    query_label, search, read = LABELS[locale]
    page.goto(page.url.split("#")[0] + "#/knowledge")
    page.get_by_label(query_label).fill("controlegroep isoleren effect training")
    page.get_by_role("button", name=search, exact=True).click()
    hits = page.locator("#kb-hits li")
    hits.first.wait_for(timeout=60_000)
    assert hits.count() == 5
    page.get_by_role("button", name=read).first.click()
    dialog = page.get_by_role("dialog")
    assert dialog.locator("blockquote").inner_text().strip()
    screenshot(page, f"knowledge-passage-{locale[:2]}")
    page.keyboard.press("Escape")
    assert page.locator("#kb-sources tbody tr").count() >= 5
    screenshot(page, f"knowledge-search-{locale[:2]}")
