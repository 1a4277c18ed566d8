"""The Plans page: the SMART verdict of an objective updates as the user types."""

from __future__ import annotations

from typing import Any

from tests.e2e.conftest import screenshot

OBJECTIVE = {
    "nl-NL": (
        "Doel",
        "Binnen 6 maanden voeren 40 teamleiders elke maand een ontwikkelgesprek "
        "met elk teamlid; nu doet 20% dat, doel 90%.",
        "Specifiek",
    ),
    "en-GB": ("Objective", "Improve communication.", "Specific"),
}


def test_smart_verdict_updates_while_typing(page: Any, locale: str) -> None:
    page.goto(page.url.split("#")[0] + "#/plans")
    label, text, first_criterion = OBJECTIVE[locale]
    page.get_by_label(label, exact=True).fill(text)
    criteria = page.locator("#smart-criteria li")
    criteria.first.wait_for()
    assert criteria.count() == 5
    assert criteria.first.inner_text().startswith(first_criterion)
    assert "5" in page.locator("#smart-title").inner_text()
    screenshot(page, f"plans-smart-{locale[:2]}", part="main")
