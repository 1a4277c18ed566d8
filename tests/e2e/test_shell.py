"""The shell: both languages, every page reachable, nothing loaded from another host."""

from __future__ import annotations

import re
from typing import Any, TypedDict

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


PHONE = 390


class PhoneText(TypedDict):
    """What the phone walk-through types and clicks, in one locale."""

    brief: str
    roi: str
    yes: str
    example: str
    compute: str
    search: tuple[str, str]  # the search box's label, then its button


PHONE_TEXT: dict[str, PhoneText] = {
    "nl-NL": {
        "brief": "leadership_brief.json",
        "roi": "Bereken de ROI: de training kost EUR 15.000 voor 20 deelnemers en levert "
        "EUR 45.000 per jaar op.",
        "yes": "ja",
        "example": "Voorbeeld laden",
        "compute": "ROI berekenen",
        "search": ("Zoek in de bronnen", "Zoeken"),
    },
    "en-GB": {
        "brief": "customer_service_brief.json",
        "roi": "What is the ROI? The programme costs EUR 15,000 for 20 participants and "
        "saves EUR 45,000 per year.",
        "yes": "yes",
        "example": "Load example",
        "compute": "Compute ROI",
        "search": ("Search the sources", "Search"),
    },
}


def _fits_the_phone(page: Any, name: str) -> None:
    """No sideways scrolling, and every item of the top bar and the navigation in view."""
    width = page.evaluate("document.documentElement.scrollWidth")
    inner = page.evaluate("window.innerWidth")
    screenshot(page, name)
    assert width <= inner == PHONE, f"{name}: {width}px wide on a {inner}px screen"
    items = page.locator("#brand, #lang-select, #settings-button, #nav a")
    assert items.count() == 8
    for index in range(items.count()):
        item = items.nth(index)
        expect(item).to_be_visible()
        box = item.bounding_box()
        assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= inner, (
            f"{name}: {item.text_content()!r} sticks out: {box}"
        )


def test_phone_width_has_no_sideways_scrolling_on_any_page(
    browser: Any, base_url: str, probe: PageProbe, locale: str
) -> None:
    from tests.plan_fixtures import EXAMPLES

    text = PHONE_TEXT[locale]
    lang = locale[:2]
    page = open_page(browser, base_url, probe, locale=locale, width=PHONE)
    # Chat, with an ROI result card.
    page.goto(base_url + "/#/chat")
    for n, message in enumerate((text["roi"], text["yes"]), start=1):
        page.locator("#chat-input").fill(message)
        page.locator("#chat-input").press("Enter")
        expect(page.locator("#chat-log .msg.assistant:not(.streaming)")).to_have_count(
            n, timeout=30_000
        )
    expect(page.locator("[data-card=roi_result]")).to_be_visible()
    _fits_the_phone(page, f"phone-chat-{lang}")
    # Plans: a drafted plan with its impact map, budget and forecast.
    brief = (EXAMPLES / text["brief"]).read_text(encoding="utf-8")
    created = page.request.post(
        base_url + "/v1/plans",
        data='{"brief": ' + brief + "}",
        headers={"Content-Type": "application/json"},
    )
    assert created.status == 201, created.text()
    page.goto(base_url + f"/#/plans/{created.json()['id']}")
    expect(page.locator("#plan-forecast")).to_be_visible(timeout=30_000)
    _fits_the_phone(page, f"phone-plan-{lang}")
    page.goto(base_url + "/#/plans")
    expect(page.locator("#plan-list")).to_be_visible()
    _fits_the_phone(page, f"phone-plans-{lang}")
    # Feedback.
    page.goto(base_url + "/#/feedback")
    expect(page.get_by_role("heading", level=1)).not_to_be_empty()
    _fits_the_phone(page, f"phone-feedback-{lang}")
    # ROI, with a result.
    page.goto(base_url + "/#/roi")
    page.get_by_role("button", name=text["example"]).click()
    page.locator("[data-pointer='/benefits/1/description']").wait_for()
    page.get_by_role("button", name=text["compute"]).click()
    expect(page.locator("#roi-pct")).not_to_be_empty()
    page.locator("details.line summary").first.click()
    _fits_the_phone(page, f"phone-roi-{lang}")
    # Knowledge, with search hits.
    label, search = text["search"]
    page.goto(base_url + "/#/knowledge")
    page.get_by_label(label).fill("controlegroep isoleren effect training")
    page.get_by_role("button", name=search, exact=True).click()
    expect(page.locator("#kb-hits li")).to_have_count(5, timeout=60_000)
    _fits_the_phone(page, f"phone-knowledge-{lang}")
    page.context.close()
    assert probe.unexpected() == [], probe.console
    assert probe.foreign_requests == []
