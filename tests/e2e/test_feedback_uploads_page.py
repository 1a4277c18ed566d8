"""The Feedback page reads uploads the way the server does: a cp1252 ';' CSV with an accented
header, and a workbook whose first sheet is notes (sheet and column pickers), coded and
downloaded in the upload's conventions."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from openpyxl import Workbook, load_workbook
from openpyxl.utils import get_column_letter
from playwright.sync_api import expect

from assistant.feedback.sinks import KP_COLUMNS
from tests.e2e.conftest import screenshot
from tests.e2e.test_feedback_page import goto_feedback

HEADER = "Toelichting (één zin)"
FORMULA = "=SUM(A1:A9) vond ik lastig"
TEXT = {
    "nl-NL": {
        "start": "Start coderen",
        "results": "3 gecodeerde opmerkingen",
        "csv": "CSV downloaden",
        "xlsx": "XLSX downloaden",
        "read": "cp1252",
        "sheet": "Werkblad",
    },
    "en-GB": {
        "start": "Start coding",
        "results": "3 coded comments",
        "csv": "Download CSV",
        "xlsx": "Download XLSX",
        "read": "cp1252",
        "sheet": "Sheet",
    },
}


def cp1252_csv(folder: Path) -> Path:
    lines = [
        f"nr;{HEADER};afdeling",
        "1;Ik pas de gesprekstechniek nu elke dag toe.;zorg",
        f"2;{FORMULA};ict",
        "3;Leuke dag, de koffie was heerlijk;hr",
    ]
    path = folder / "export.csv"
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1252"))
    return path


def notes_first_workbook(folder: Path) -> Path:
    workbook = Workbook()
    notes = workbook.active
    notes.title = "Toelichting"
    notes.append(["Export van de enquête; lees dit eerst."])
    data = workbook.create_sheet("Antwoorden")
    data.append(["respondent", "Wat neem je mee?", "score"])
    for n, text in enumerate(
        ["Sinds de training gebruik ik de checklist bij elke overdracht.", FORMULA, "n.v.t."],
        start=1,
    ):
        data.append([n, text, 7])
        data.cell(row=n + 1, column=2).data_type = "s"
    path = folder / "enquête.xlsx"
    workbook.save(path)
    return path


def test_a_cp1252_semicolon_csv(page: Any, locale: str, tmp_path: Path) -> None:
    text = TEXT[locale]
    goto_feedback(page)
    page.locator("input[type=file]").set_input_files(cp1252_csv(tmp_path))
    column = page.locator("[data-pointer='/text_column']")
    expect(column).to_have_value(HEADER)  # not "Toelichting (��n zin)"
    expect(column.locator("option")).to_have_text(["nr", HEADER, "afdeling"])
    expect(page.locator("#fb-rows")).to_contain_text(text["read"])
    expect(page.locator("#fb-rows")).to_contain_text("“;”")
    expect(page.locator("#fb-preview li").first).to_have_text(
        "Ik pas de gesprekstechniek nu elke dag toe."
    )
    screenshot(page, f"feedback-cp1252-{locale[:2]}", part="main")
    page.get_by_role("button", name=text["start"]).click()
    expect(page.locator("#fb-results-title")).to_have_text(text["results"], timeout=30_000)
    with page.expect_download() as download:
        page.get_by_role("button", name=text["csv"]).click()
    saved = Path(download.value.path()).read_bytes().decode("utf-8-sig").splitlines()
    assert saved[0].startswith(f"nr;{HEADER};afdeling;kp_primary")
    assert saved[2].startswith(f"2;'{FORMULA};ict;")
    assert download.value.suggested_filename == "export-coded.csv"


def test_a_workbook_with_a_notes_sheet_first(page: Any, locale: str, tmp_path: Path) -> None:
    text = TEXT[locale]
    goto_feedback(page)
    page.locator("input[type=file]").set_input_files(notes_first_workbook(tmp_path))
    sheet = page.get_by_label(text["sheet"], exact=True)
    expect(sheet).to_have_value("Antwoorden")
    column = page.locator("[data-pointer='/text_column']")
    expect(column).to_have_value("Wat neem je mee?")
    sheet.select_option("Toelichting")
    expect(column.locator("option")).to_have_text(["Export van de enquête; lees dit eerst."])
    sheet.select_option("Antwoorden")
    expect(column).to_have_value("Wat neem je mee?")
    screenshot(page, f"feedback-xlsx-sheets-{locale[:2]}", part="main")
    page.get_by_role("button", name=text["start"]).click()
    expect(page.locator("#fb-results-title")).to_have_text(text["results"], timeout=30_000)
    expect(page.locator("#fb-table td.comment").nth(1)).to_have_text(FORMULA)
    with page.expect_download() as download:
        page.get_by_role("button", name=text["xlsx"]).click()
    assert download.value.suggested_filename == "enquête-coded.xlsx"
    coded = load_workbook(io.BytesIO(Path(download.value.path()).read_bytes())).active
    header = [cell.value for cell in coded[1]]
    assert header[-len(KP_COLUMNS) :] == list(KP_COLUMNS)
    last = get_column_letter(len(header))
    assert coded.freeze_panes == "A2" and coded.auto_filter.ref == f"A1:{last}4"
    cell = coded.cell(row=3, column=2)
    assert (cell.value, cell.data_type) == (FORMULA, "s")  # text, no apostrophe shown
