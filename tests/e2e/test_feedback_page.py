"""The Feedback page: a 2,000-row CSV coded as a job, with progress, filters, the level chart,
agreement with a human column, downloads, a hostile comment shown as text, and an error."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import PageProbe, screenshot

HOSTILE = "<script>window.pwned=1</script><img src=x onerror=window.pwned=2> nice day"
COMMENTS = [
    ("De trainer was top, maar het lokaal was te klein.", "L1"),
    ("Ik heb veel geleerd over feedback geven.", "L2"),
    ("Since the course I use the checklist in every handover.", "L3"),
    ("Het verzuim in mijn team is sinds de training gedaald.", "L4"),
    ("n.v.t.", "NONE"),
]
TEXT = {
    "nl-NL": {
        "start": "Start coderen",
        "results": "2000 gecodeerde opmerkingen",
        "level": "Primair niveau",
        "showing": "1–50 van 400",
        "csv": "CSV downloaden",
    },
    "en-GB": {
        "start": "Start coding",
        "results": "2000 coded comments",
        "level": "Primary level",
        "showing": "Showing 1–50 of 400",
        "csv": "Download CSV",
    },
}


def survey_csv(folder: Path, rows: int = 2000) -> Path:
    """A semicolon export as Dutch survey tools write it, with a human-coded column."""
    lines = ["nr;opmerking;codering"]
    for n in range(rows):
        text, code = COMMENTS[n % len(COMMENTS)]
        if n == 3:
            text, code = HOSTILE, "NONE"
        lines.append(f'{n + 1};"{text}";{code}')
    path = folder / "enquete.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def goto_feedback(page: Any) -> None:
    page.goto(page.url.split("#")[0] + "#/feedback")
    expect(page.locator("#fb-start")).to_be_visible()


def test_code_a_2000_row_csv(page: Any, locale: str, tmp_path: Path) -> None:
    text = TEXT[locale]
    goto_feedback(page)
    page.locator("input[type=file]").set_input_files(survey_csv(tmp_path))
    expect(page.locator("[data-pointer='/text_column']")).to_have_value("opmerking")
    page.locator("[data-pointer='/gold_column']").select_option("codering")
    page.get_by_role("button", name=text["start"]).click()
    expect(page.locator("#fb-results-title")).to_have_text(text["results"], timeout=60_000)
    expect(page.locator("#fb-table tbody tr")).to_have_count(50)
    expect(page.locator("svg.level-chart rect")).to_have_count(5)
    expect(page.locator("#fb-kappa")).to_have_text(re.compile(r"^(0[.,]\d{3}|1[.,]000)$"))
    hostile = page.locator("#fb-table td.comment").nth(3)
    expect(hostile).to_have_text(HOSTILE)
    assert page.evaluate("typeof window.pwned") == "undefined"
    assert page.locator("#fb-table script, #fb-table img").count() == 0
    screenshot(page, f"feedback-results-{locale[:2]}")
    page.get_by_label(text["level"], exact=True).select_option("L2")
    expect(page.get_by_text(text["showing"])).to_be_visible()
    expect(page.locator("#fb-table tbody tr td:nth-child(3)").first).to_have_text("L2")
    with page.expect_download() as download:
        page.get_by_role("button", name=text["csv"]).click()
    saved = Path(download.value.path()).read_text(encoding="utf-8-sig").splitlines()
    # ';' in, ';' out: a Dutch Excel opens the download in columns, as it opened the upload
    assert saved[0].startswith("nr;opmerking;codering;kp_primary") and len(saved) == 2001
    assert download.value.suggested_filename == "enquete-coded.csv"


@pytest.mark.parametrize("locale", ["en-GB"], indirect=True)
def test_an_unsupported_file_is_reported(page: Any, probe: PageProbe, tmp_path: Path) -> None:
    probe.expect("status of 422")
    goto_feedback(page)
    notes = tmp_path / "notes.pdf"
    notes.write_bytes(b"%PDF-1.4 not a survey")
    page.locator("input[type=file]").set_input_files(notes)
    page.get_by_role("button", name="Start coding").click()
    expect(page.get_by_role("alert")).to_be_visible()
    expect(page.get_by_role("alert")).to_contain_text("pdf")
    expect(page.locator("#fb-table")).to_have_count(0)
    expect(page.get_by_text("null", exact=True)).to_have_count(0)
    screenshot(page, "feedback-error-en", part="main")
