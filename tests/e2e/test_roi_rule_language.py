"""The ROI page shows the calculator's cross-field rules in Dutch on the Dutch page."""

from __future__ import annotations

from typing import Any

import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import PageProbe, screenshot
from tests.e2e.test_roi_page import goto_roi, load_example


@pytest.mark.parametrize("locale", ["nl-NL"], indirect=True)
def test_a_cross_field_rule_is_explained_in_dutch(page: Any, probe: PageProbe) -> None:
    probe.expect("status of 422")
    goto_roi(page)
    load_example(page, "nl-NL")
    field = page.locator("[data-pointer='/benefits/0/periods_per_year']")
    field.fill("12")
    page.get_by_role("button", name="ROI berekenen").click()
    expect(page.get_by_role("alert")).to_contain_text("Ongeldige invoer")
    expect(field).to_have_attribute("aria-invalid", "true")
    error = page.locator(f"#{field.get_attribute('id')}-error")
    expect(error).to_have_text(
        "Controleer het aantal perioden per jaar: een baat per jaar heeft geen perioden per jaar;"
        " laat dit veld leeg."
    )
    expect(page.get_by_role("alert")).not_to_contain_text("does not apply")
    expect(field).to_have_value("12")
    screenshot(page, "roi-rule-nl", part="main")
