"""The Knowledge page: search the shipped articles and read a passage."""

from __future__ import annotations

from typing import Any

from playwright.sync_api import expect

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
    expect(hits).to_have_count(5, timeout=60_000)
    page.get_by_role("button", name=read).first.click()
    dialog = page.get_by_role("dialog")
    expect(dialog.locator("blockquote")).not_to_be_empty()
    screenshot(page, f"knowledge-passage-{locale[:2]}")
    page.keyboard.press("Escape")
    expect(dialog).to_have_count(0)
    expect(page.locator("#kb-sources tbody tr").nth(4)).to_be_visible()
    screenshot(page, f"knowledge-search-{locale[:2]}")


ASK = {
    "nl-NL": ("Vraag", "Vragen", "Hoe isoleer je het effect van een training?"),
    "en-GB": ("Question", "Ask", "How do I isolate the effect of a training programme?"),
}


def test_an_answer_shows_the_sources_words_labelled_by_language(page: Any, locale: str) -> None:
    label, ask, question = ASK[locale]
    page.goto(page.url.split("#")[0] + "#/knowledge")
    page.get_by_label(label, exact=True).fill(question)
    page.get_by_role("button", name=ask, exact=True).click()
    answer = page.locator("#kb-answer")
    expect(answer.locator(".answer-text")).not_to_be_empty(timeout=60_000)
    quotes = answer.locator("blockquote.quote")
    expect(quotes.first).to_be_visible()
    expect(quotes.first).to_have_attribute("lang", "nl")
    if locale == "en-GB":  # an English answer quotes the Dutch sources and says so
        expect(quotes.first).to_contain_text("(quoted in Dutch)")
    else:
        expect(quotes.first).not_to_contain_text("citaat)")
    screenshot(page, f"knowledge-answer-{locale[:2]}")
