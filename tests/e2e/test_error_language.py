"""Errors from the server follow the page's language, not the browser's: a Dutch page in an
English browser shows Dutch problems and field marks, and the other way round."""

from __future__ import annotations

from typing import Any

from playwright.sync_api import expect

from tests.e2e.conftest import PageProbe, screenshot

OTHER = {"nl-NL": "en", "en-GB": "nl"}
TEXT = {
    "nl": {
        "brief": "Briefingformulier",
        "goal": "Bedrijfsdoel",
        "draft": "Plan opstellen",
        "title": "Ongeldige invoer",
        "name": "Geef het programma een naam.",
        "file": "Document",
        "upload": "Uploaden",
        "type": "Bestandstype '.exe' wordt niet ondersteund",
    },
    "en": {
        "brief": "Brief form",
        "goal": "Business goal",
        "draft": "Draft the plan",
        "title": "Invalid input",
        "name": "Give the programme a name.",
        "file": "Document",
        "upload": "Upload",
        "type": "Unsupported file type '.exe'",
    },
}


def _switch(page: Any, lang: str, route: str) -> None:
    page.locator("#lang-select").select_option(lang)
    expect(page.locator("html")).to_have_attribute("lang", lang)
    page.goto(page.url.split("#")[0] + route)


def test_a_plan_without_a_name_is_explained_in_the_page_language(
    page: Any, locale: str, probe: PageProbe
) -> None:
    probe.expect("status of 422")
    lang = OTHER[locale]
    words = TEXT[lang]
    _switch(page, lang, "#/plans")
    page.get_by_label(words["brief"]).check()
    form = page.locator("#plan-draft-form")
    form.get_by_label(words["goal"]).fill("Verzuim daalt van 6% naar 4,5% binnen een jaar")
    page.get_by_role("button", name=words["draft"]).click()
    alert = page.get_by_role("alert")
    expect(alert).to_contain_text(words["title"])
    expect(alert).to_contain_text(words["name"])
    title = page.locator("[data-pointer='/brief/title']")
    expect(title).to_have_attribute("aria-invalid", "true")
    error_id = title.get_attribute("id")
    expect(page.locator(f"#{error_id}-error")).to_have_text(words["name"])
    screenshot(page, f"plans-error-language-{lang}", part="main")


def test_a_rejected_upload_is_explained_in_the_page_language(
    page: Any, locale: str, probe: PageProbe
) -> None:
    probe.expect("status of 422")
    lang = OTHER[locale]
    words = TEXT[lang]
    _switch(page, lang, "#/knowledge")
    page.get_by_label(words["file"], exact=True).set_input_files(
        {"name": "notities.exe", "mimeType": "application/octet-stream", "buffer": b"MZ binary"}
    )
    page.get_by_role("button", name=words["upload"]).click()
    alert = page.get_by_role("alert")
    expect(alert).to_contain_text(words["title"])
    expect(alert).to_contain_text(words["type"])
    screenshot(page, f"knowledge-error-language-{lang}", part="main")
