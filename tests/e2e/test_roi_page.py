"""The ROI calculator page: the example, the result, server errors on fields, untrusted text."""

from __future__ import annotations

import re
from typing import Any

import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import PageProbe, screenshot

TEXT = {
    "nl-NL": {
        "example": "Voorbeeld laden",
        "compute": "ROI berekenen",
        "roi": "12,98 %",
        "warning": "niet geïsoleerd",
    },
    "en-GB": {
        "example": "Load example",
        "compute": "Compute ROI",
        "roi": "12.98%",
        "warning": "not isolated",
    },
}


def goto_roi(page: Any) -> None:
    page.goto(page.url.split("#")[0] + "#/roi")
    page.locator("#roi-compute").wait_for()


def load_example(page: Any, locale: str) -> None:
    page.get_by_role("button", name=TEXT[locale]["example"]).click()
    page.locator("[data-pointer='/benefits/1/description']").wait_for()


def test_example_computes_roi_and_shows_a_warning(page: Any, locale: str) -> None:
    goto_roi(page)
    load_example(page, locale)
    page.locator("[data-pointer='/benefits/1/isolation_method']").select_option("none")
    page.get_by_role("button", name=TEXT[locale]["compute"]).click()
    expect(page.locator("#roi-pct")).to_have_text(TEXT[locale]["roi"])
    warnings = page.locator("#roi-warnings li")
    expect(warnings).to_have_count(1)
    expect(warnings).to_contain_text(TEXT[locale]["warning"])
    expect(page.locator("svg.chart line.break-even")).to_have_count(1)
    expect(page.locator("svg.chart .bar-benefit rect")).to_have_count(3)
    page.locator("details.line summary").first.click()
    expect(page.locator("table.steps").first).to_be_visible()
    screenshot(page, f"roi-result-{locale[:2]}")
    screenshot(page, f"roi-result-{locale[:2]}-detail", part=".result")
    # The warning's button takes the user to the field it names.
    page.locator("#roi-warnings button").click()
    expect(page.locator("[data-pointer='/benefits/1/description']")).to_be_focused()


@pytest.mark.parametrize("locale", ["en-GB"], indirect=True)
def test_server_error_is_shown_on_the_field_and_input_is_kept(page: Any, probe: PageProbe) -> None:
    probe.expect("status of 422")
    goto_roi(page)
    load_example(page, "en-GB")
    field = page.locator("[data-pointer='/benefits/0/periods_per_year']")
    field.fill("12")
    page.get_by_role("button", name="Compute ROI").click()
    banner = page.get_by_role("alert")
    expect(banner).to_contain_text("Invalid input")
    expect(field).to_have_attribute("aria-invalid", "true")
    error_id = field.get_attribute("id") + "-error"
    expect(page.locator(f"#{error_id}")).to_contain_text("does not apply to period 'year'")
    expect(field).to_be_focused()
    expect(field).to_have_value("12")
    expect(page.locator("[data-pointer='/program']")).to_have_value(re.compile("^Customer service"))
    screenshot(page, "roi-error-en", part="main")
    field.fill("")
    expect(field).not_to_have_attribute("aria-invalid", "true")


@pytest.mark.parametrize("locale", ["nl-NL"], indirect=True)
def test_client_checks_name_missing_fields_before_sending(page: Any) -> None:
    goto_roi(page)
    page.get_by_role("button", name="ROI berekenen").click()
    banner = page.get_by_role("alert")
    expect(banner).to_contain_text("Deelnemers: verplicht")
    participants = page.locator("[data-pointer='/participants']")
    expect(participants).to_have_attribute("aria-invalid", "true")
    participants.fill("abc")
    participants.blur()
    expect(page.locator(f"#{participants.get_attribute('id')}-error")).to_contain_text("geen getal")


@pytest.mark.parametrize("locale", ["en-GB"], indirect=True)
def test_untrusted_text_is_rendered_as_text(page: Any) -> None:
    hostile = "<script>window.pwned=1</script><img src=x onerror=window.pwned=2>"
    goto_roi(page)
    load_example(page, "en-GB")
    page.locator("[data-pointer='/program']").fill(hostile)
    page.locator("[data-pointer='/costs/0/description']").fill(hostile)
    page.get_by_role("button", name="Compute ROI").click()
    expect(page.locator("#roi-program")).to_have_text(hostile)
    expect(page.locator(".lines").first).to_contain_text(hostile)
    assert page.evaluate("typeof window.pwned") == "undefined"
    assert page.locator(".result script, .result img").count() == 0


@pytest.mark.parametrize("locale", ["en-GB"], indirect=True)
def test_page_and_assets_carry_the_security_headers(page: Any, base_url: str) -> None:
    response = page.request.get(base_url + "/")
    csp = response.headers["content-security-policy"]
    assert "default-src 'self'" in csp
    assert "frame-ancestors 'none'" in csp
    assert "unsafe-inline" not in csp and "unsafe-eval" not in csp
    assert response.headers["x-content-type-options"] == "nosniff"
    script = page.locator("script[type=module]").get_attribute("src")
    asset = page.request.get(base_url + script)
    assert asset.headers["content-security-policy"] == csp
    assert "immutable" in asset.headers["cache-control"]


BREAK_EVEN = {
    "nl-NL": "de baten moeten met 256,00 % stijgen om quitte te spelen",
    "en-GB": "benefits must rise by 256.00% to break even",
}


def test_a_loss_says_how_far_benefits_must_rise(page: Any, locale: str) -> None:
    goto_roi(page)
    decimal = "280,9" if locale == "nl-NL" else "280.9"
    page.locator("[data-pointer='/participants']").fill("1")
    page.locator("[data-pointer='/costs/0/description']").fill("Trainer")
    page.locator("[data-pointer='/costs/0/amount']").fill("1000")
    page.locator("[data-pointer='/benefits/0/description']").fill("Saved hours")
    page.locator("[data-pointer='/benefits/0/amount']").fill(decimal)
    page.locator("[data-pointer='/benefits/0/isolation_method']").select_option("control_group")
    page.get_by_role("button", name=TEXT[locale]["compute"]).click()
    # costs 1,000 on benefits 280.90: 719.10 short, 256 % of the benefits
    expect(page.locator("#roi-break-even")).to_contain_text(BREAK_EVEN[locale])
    expect(page.locator("#roi-break-even")).not_to_contain_text("-")
    screenshot(page, f"roi-loss-{locale[:2]}", part=".metrics")
