"""The shell: both languages, every page reachable, nothing loaded from another host."""

from __future__ import annotations

import re
from typing import Any

import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import PageProbe, open_page, screenshot

NAV = {
    "nl-NL": ["Chat", "Plannen", "Feedback coderen", "ROI-calculator", "Kennisbank"],
    "en-GB": ["Chat", "Plans", "Feedback coding", "ROI calculator", "Knowledge"],
}
PAGES = ["chat", "plans", "feedback", "roi", "knowledge"]


def test_shell_loads_in_the_browser_language_and_reaches_every_page(page: Any, locale: str) -> None:
    lang = locale[:2]
    expect(page.locator("html")).to_have_attribute("lang", lang)
    nav = page.get_by_role("navigation")
    expect(nav.get_by_role("link")).to_have_text(NAV[locale])
    for page_id, label in zip(PAGES, NAV[locale], strict=True):
        nav.get_by_role("link", name=label).click()
        expect(page).to_have_url(re.compile(f"#/{page_id}$"))
        expect(page.locator(f"#nav-{page_id}")).to_have_attribute("aria-current", "page")
        expect(page.get_by_role("heading", level=1)).not_to_be_empty()
        screenshot(page, f"{page_id}-{lang}")


def test_language_switch_keeps_what_was_typed(page: Any, locale: str) -> None:
    page.goto(page.url.split("#")[0] + "#/roi")
    name = page.get_by_label("Programme name" if locale == "en-GB" else "Naam van het programma")
    name.fill("Leiderschap 2027")
    other = "en" if locale == "nl-NL" else "nl"
    page.locator("#lang-select").select_option(other)
    expect(page.locator("html")).to_have_attribute("lang", other)
    heading = "ROI calculator" if other == "en" else "ROI-calculator"
    expect(page.get_by_role("heading", level=1)).to_have_text(heading)
    expect(page.locator("[data-pointer='/program']")).to_have_value("Leiderschap 2027")


def test_keyboard_reaches_the_navigation_with_visible_focus(page: Any) -> None:
    page.keyboard.press("Tab")  # skip link
    page.keyboard.press("Tab")  # brand
    page.keyboard.press("Tab")  # language
    page.keyboard.press("Tab")  # settings
    page.keyboard.press("Tab")
    expect(page.locator("#nav-chat")).to_be_focused()
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline == "solid"


@pytest.mark.parametrize("locale", ["en-GB"], indirect=True)
def test_tablet_width_shows_navigation_as_tabs(
    browser: Any, base_url: str, probe: PageProbe, locale: str
) -> None:
    page = open_page(browser, base_url, probe, locale=locale, width=820)
    page.goto(base_url + "/#/roi")
    page.locator("#roi-example").click()
    page.locator("[data-pointer='/costs/0/description']").wait_for()
    nav_box = page.locator("#nav").bounding_box()
    main_box = page.locator("main").bounding_box()
    assert nav_box["y"] + nav_box["height"] <= main_box["y"] + 1  # above, not beside
    assert page.evaluate("document.documentElement.scrollWidth") <= 820
    screenshot(page, "roi-tablet-en")
    page.context.close()
    assert probe.unexpected() == []
    assert probe.foreign_requests == []


@pytest.mark.parametrize("locale", ["en-GB"], indirect=True)
def test_first_load_transfers_under_500_kb(page: Any) -> None:
    page.wait_for_load_state("networkidle")
    transferred = page.evaluate(
        """() => performance.getEntriesByType("navigation")
            .concat(performance.getEntriesByType("resource"))
            .reduce((sum, entry) => sum + entry.transferSize, 0)"""
    )
    print(f"first load: {transferred} bytes transferred")
    assert 0 < transferred < 500 * 1024
