"""The Feedback page: calibrate the coder on a file the evaluator coded, read what it gained,
then code with the calibrated coder (issue 17)."""

from __future__ import annotations

import csv
import re
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import screenshot
from tests.e2e.test_feedback_page import goto_feedback
from tests.unit.feedback.house_sample import sample


@pytest.mark.parametrize("locale", ["nl-NL"], indirect=True)
def test_calibrate_then_code_with_the_calibrated_coder(page: Any, tmp_path: Path) -> None:
    path = tmp_path / "huisregels.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(["opmerking", "codering"])
        writer.writerows(sample())
    goto_feedback(page)
    page.locator("input[type=file]").set_input_files(path)
    page.locator("[data-pointer='/gold_column']").select_option("codering")
    expect(page.locator("#fb-cal-name")).to_have_value("huisregels")
    page.get_by_role("button", name="Kalibreren").click()
    expect(page.locator("#fb-cal-title")).to_have_text("Codeur “huisregels” opgeslagen")
    after = page.locator("#fb-cal-after").inner_text()
    assert re.match(r"^(0,\d{3}|1,000) \[", after), after
    expect(page.locator("#fb-cal-levels tbody tr")).to_have_count(3)
    expect(page.locator("#fb-coder")).to_have_value("huisregels")
    screenshot(page, "feedback-calibrated-nl")
    page.get_by_role("button", name="Start coderen").click()
    expect(page.locator("#fb-results-title")).to_have_text(
        "80 gecodeerde opmerkingen", timeout=60_000
    )
    # the first comment states an intention: the house codes it L3, the codebook L2
    expect(page.locator("#fb-table tbody tr td:nth-child(3)").first).to_have_text("L3")
