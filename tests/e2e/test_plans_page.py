"""The Plans page: draft a plan, edit it into a new version with live SMART verdicts, see the
impact map, open a citation, export; the SMART check; errors keep what was typed."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import PageProbe, screenshot

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
OBJECTIVE = {
    "nl-NL": (
        "Doel",
        "Binnen 6 maanden voeren 40 teamleiders elke maand een ontwikkelgesprek "
        "met elk teamlid; nu doet 20% dat, doel 90%.",
        "Specifiek",
    ),
    "en-GB": ("Objective", "Improve communication.", "Specific"),
}
TEXT = {
    "nl-NL": {
        "draft": "Plan opstellen",
        "save": "Opslaan als nieuwe versie",
        "v1": "Versie 1 van 1",
        "v2": "Versie 2 van 2",
        "close": "Sluiten",
    },
    "en-GB": {
        "draft": "Draft the plan",
        "save": "Save as new version",
        "v1": "Version 1 of 1",
        "v2": "Version 2 of 2",
        "close": "Close",
    },
}


SLUG = {"nl-NL": "veilig-werken-met-gevaarlijke-stoffen", "en-GB": "coaching-for-contact-centre"}
MONEY = {
    "nl-NL": ("leadership_brief.json", "ROI-prognose", "nee - nog opvragen", "16,29 %"),
    "en-GB": ("customer_service_brief.json", "ROI forecast", "no - still to collect", "%"),
}


def goto_plans(page: Any) -> None:
    page.goto(page.url.split("#")[0] + "#/plans")
    expect(page.locator("#plan-draft")).to_be_visible()


def draft(page: Any, locale: str) -> None:
    """Dutch: the free-text safety brief; English: the brief form."""
    goto_plans(page)
    if locale == "nl-NL":
        page.locator("#plan-text").fill((EXAMPLES / "safety_elearning_brief.txt").read_text())
    else:
        page.get_by_label("Brief form").check()
        form = page.locator("#plan-draft-form")
        form.get_by_label("Programme name").fill("Coaching for contact-centre agents")
        form.get_by_label("Business goal").fill(
            "Customer satisfaction rises from 7.1 to 8.0 within 9 months"
        )
        form.get_by_label("KPI").fill("customer satisfaction")
        form.get_by_label("Baseline").fill("7.1")
        form.get_by_label("Target", exact=True).fill("8.0")
        form.get_by_label("Desired behaviours").fill(
            "Agents summarise the customer's question before answering\n"
            "Agents offer a follow-up call when a problem is not solved"
        )
        form.get_by_label("Learning activities").fill("Two coaching sessions per agent")
    page.get_by_role("button", name=TEXT[locale]["draft"]).click()
    expect(page.locator("#plan-title")).to_be_visible(timeout=30_000)
    expect(page).to_have_url(re.compile(r"#/plans/[0-9a-f]{32}$"))
    expect(page.locator("#plan-version-text")).to_have_text(TEXT[locale]["v1"])


def test_draft_edit_save_and_export_a_plan(page: Any, locale: str) -> None:
    draft(page, locale)
    # The impact map: boxes per element and one arrow per link.
    board = page.locator("#impact-map")
    expect(board.locator(".im-node").first).to_be_visible()
    links = board.locator(".im-text-links li")
    expect(board.locator("svg.im-arrows path[data-link]")).to_have_count(links.count())
    # Editing an objective re-checks it (debounced) and marks the plan unsaved.
    objective = page.locator("[data-pointer='/objectives/0/text']")
    verdict = page.locator("[data-objective] .smart-score").first
    objective.fill("Improve communication.")
    expect(verdict).to_have_text(re.compile(r"SMART: [01] "))
    expect(page.locator("#plan-dirty")).not_to_be_empty()
    owner = page.locator("[data-pointer='/measurement_plan/levels/0/owner']")
    owner.fill("L&D team <script>window.pwned=1</script>")
    page.get_by_role("button", name=TEXT[locale]["save"]).click()
    expect(page.locator("#plan-version-text")).to_have_text(TEXT[locale]["v2"])
    expect(objective).to_have_value("Improve communication.")
    expect(owner).to_have_value("L&D team <script>window.pwned=1</script>")
    assert page.evaluate("typeof window.pwned") == "undefined"
    screenshot(page, f"plans-plan-{locale[:2]}")
    screenshot(page, f"plans-impact-map-{locale[:2]}", part="#impact-map")
    # A citation opens its passage.
    page.locator("#plan-citations button").first.click()
    dialog = page.get_by_role("dialog")
    expect(dialog.locator("blockquote")).not_to_be_empty()
    dialog.get_by_role("button", name=TEXT[locale]["close"]).click()
    # Exports of the shown version.
    for label, suffix in (("Markdown", ".md"), ("Word (DOCX)", ".docx"), ("JSON", ".json")):
        with page.expect_download() as download:
            page.get_by_role("button", name=label, exact=True).click()
        name = download.value.suggested_filename
        assert name.endswith(f"-v2{suffix}") and not re.search(r"[0-9a-f]{32}", name)
        assert name.startswith(SLUG[locale]), name
    # The list shows the plan with its two versions.
    page.get_by_role("link", name=re.compile("All plans|Alle plannen")).click()
    row = page.locator("#plan-list tbody tr").first
    expect(row.locator("td").nth(1)).to_have_text("2")
    screenshot(page, f"plans-list-{locale[:2]}")


@pytest.mark.parametrize("locale", ["en-GB"], indirect=True)
def test_errors_are_shown_and_input_is_kept(page: Any, locale: str, probe: PageProbe) -> None:
    probe.expect("status of 422")
    goto_plans(page)
    page.locator("#plan-text").fill("Hello there")
    page.get_by_role("button", name="Draft the plan").click()
    expect(page.get_by_role("alert")).to_contain_text("business goal")
    expect(page.locator("#plan-text")).to_have_value("Hello there")
    draft(page, locale)
    objective = page.locator("[data-pointer='/objectives/1/text']")
    objective.fill("")
    page.get_by_role("button", name="Save as new version").click()
    expect(page.get_by_role("alert")).to_contain_text("Invalid input")
    expect(objective).to_have_attribute("aria-invalid", "true")
    expect(page.locator("#plan-version-text")).to_have_text("Version 1 of 1")
    screenshot(page, "plans-error-en", part="main")


def test_smart_verdict_updates_while_typing(page: Any, locale: str) -> None:
    goto_plans(page)
    label, text, first_criterion = OBJECTIVE[locale]
    page.get_by_label(label, exact=True).fill(text)
    criteria = page.locator("#smart-criteria li")
    expect(criteria).to_have_count(5)
    expect(criteria.first).to_contain_text(first_criterion)
    expect(page.locator("#smart-title")).to_contain_text("5")
    screenshot(page, f"plans-smart-{locale[:2]}", part="main")


def test_plan_shows_the_budget_checklist_and_forecast_its_exports_contain(
    page: Any, locale: str, base_url: str
) -> None:
    name, forecast, missing, roi = MONEY[locale]
    brief = (EXAMPLES / name).read_text(encoding="utf-8")
    created = page.request.post(
        base_url + "/v1/plans",
        data='{"brief": ' + brief + "}",
        headers={"Content-Type": "application/json"},
    )
    assert created.status == 201, created.text()
    record = created.json()
    plan = record["plan"]
    page.goto(base_url + f"/#/plans/{record['id']}")
    expect(page.locator("#plan-title")).to_have_text(plan["title"])
    markdown = page.request.get(
        base_url + f"/v1/plans/{record['id']}/export", params={"format": "md"}
    ).text()
    # The brief's money lines, the note above them, the checklist and the forecast: as exported.
    budget = plan["budget"]
    expect(page.locator("#plan-budget-note")).to_have_text(budget["note"])
    expect(page.locator("#plan-costs li")).to_have_text(budget["costs"])
    expect(page.locator("#plan-benefits li")).to_have_text(budget["benefits"])
    assert budget["note"] in markdown
    assert all(f"- {line}" in markdown for line in budget["costs"] + budget["benefits"])
    checklist = plan["measurement_plan"]["phillips"]["cost_checklist"]
    rows = page.locator("#plan-cost-checklist tbody tr")
    expect(rows).to_have_count(len(checklist))
    for index, item in enumerate(checklist):
        expect(rows.nth(index).locator("th")).to_have_text(item["label"])
        cell = "".join(item["lines"]) if item["in_brief"] else missing
        expect(rows.nth(index).locator("td")).to_have_text(cell)
        assert f"| {item['label']} |" in markdown
    box = page.locator("#plan-forecast")
    expect(box).to_contain_text(forecast)
    expect(box.locator(".metric").first).to_contain_text(roi)
    pct = plan["roi_forecast"]["roi_pct"]
    shown = f"{pct.replace('.', ',')} %" if locale == "nl-NL" else f"{pct}%"
    assert f"| ROI | {shown} |" in markdown
    screenshot(page, f"plans-money-{locale[:2]}", part="#plan-budget")
    with page.expect_download() as download:
        page.get_by_role("button", name="Word (DOCX)", exact=True).click()
    slug = "leiderschap-in-beweging" if locale == "nl-NL" else "resolve-it-first-time"
    assert download.value.suggested_filename == f"{slug}-v1.docx"
