"""Jobs in the Feedback page: earlier jobs listed, results that survive a reload, the start
button disabled while a job runs, a visible wait for the worker that times out with a message
(on a server started with EVALASSIST_JOB_WORKER=false), and cancelling."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import PageProbe, open_page, screenshot
from tests.e2e.test_feedback_page import goto_feedback
from tests.served import served

TEXT = {
    "nl-NL": {
        "start": "Start coderen",
        "results": "4 gecodeerde opmerkingen",
        "done": "klaar",
        "waiting": "Wachten op de verwerker…",
        "stuck": "nog niet aan deze taak begonnen",
        "cancel": "Taak annuleren",
        "cancelled": "geannuleerd",
    },
    "en-GB": {
        "start": "Start coding",
        "results": "4 coded comments",
        "done": "done",
        "waiting": "Waiting for the worker…",
        "stuck": "has not started this job",
        "cancel": "Cancel job",
        "cancelled": "cancelled",
    },
}


def comments_csv(folder: Path, name: str) -> Path:
    path = folder / name
    path.write_text(
        "opmerking\nLeuke dag\nIk heb veel geleerd.\nn.v.t.\nIk gebruik het nu.\n", encoding="utf-8"
    )
    return path


@pytest.fixture(scope="module")
def idle_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The product started with its job worker switched off: jobs stay queued."""
    with served(tmp_path_factory.mktemp("idle"), EVALASSIST_JOB_WORKER="false") as url:
        yield url


def test_results_survive_a_reload_and_jobs_are_listed(
    page: Any, locale: str, tmp_path: Path
) -> None:
    text = TEXT[locale]
    goto_feedback(page)
    page.locator("input[type=file]").set_input_files(comments_csv(tmp_path, f"reload-{locale}.csv"))
    expect(page.locator("[data-pointer='/text_column']")).to_have_value("opmerking")
    page.get_by_role("button", name=text["start"]).click()
    expect(page.locator("#fb-results-title")).to_have_text(text["results"], timeout=30_000)
    assert re.search(r"#/feedback/[0-9a-f]{32}$", page.url)
    page.reload()
    expect(page.locator("#fb-results-title")).to_have_text(text["results"], timeout=10_000)
    row = page.locator("#fb-jobs tbody tr").filter(has_text=f"reload-{locale}.csv")
    expect(row).to_have_count(1)
    expect(row.locator(".job-status")).to_have_text(text["done"])
    screenshot(page, f"feedback-jobs-{locale[:2]}", part="main")
    page.goto(page.url.split("#")[0] + "#/chat")  # away and back: the list opens the job again
    page.goto(page.url.split("#")[0] + "#/feedback")
    page.locator("#fb-jobs tbody tr").filter(has_text=f"reload-{locale}.csv").get_by_role(
        "button"
    ).click()
    expect(page.locator("#fb-results-title")).to_have_text(text["results"])


def test_waiting_for_the_worker_then_cancel(
    browser: Any, idle_url: str, probe: PageProbe, locale: str, tmp_path: Path
) -> None:
    text = TEXT[locale]
    page = open_page(browser, idle_url, probe, locale=locale)
    try:
        page.clock.install()
        goto_feedback(page)
        page.locator("input[type=file]").set_input_files(comments_csv(tmp_path, "wacht.csv"))
        expect(page.locator("[data-pointer='/text_column']")).to_have_value("opmerking")
        start = page.get_by_role("button", name=text["start"])
        start.click()
        expect(page.get_by_text(text["waiting"])).to_be_visible()
        expect(start).to_be_disabled()
        expect(page.locator("#fb-waiting")).to_have_count(0)
        page.clock.fast_forward(31_000)
        page.clock.run_for(2_000)
        expect(page.locator("#fb-waiting")).to_contain_text(text["stuck"])
        expect(page.locator("#fb-waiting")).to_contain_text("EVALASSIST_JOB_WORKER")
        screenshot(page, f"feedback-waiting-{locale[:2]}", part="main")
        page.get_by_role("button", name=text["cancel"]).click()
        expect(page.locator("#fb-cancelled")).to_be_visible()
        expect(page.locator("#fb-waiting")).to_have_count(0)
        expect(start).to_be_enabled()
        expect(page.get_by_role("button", name=text["cancel"])).to_be_hidden()
        expect(page.locator("#fb-jobs tbody tr").first.locator(".job-status")).to_have_text(
            text["cancelled"]
        )
    finally:
        page.context.close()
    assert probe.unexpected() == [], probe.console
    assert probe.foreign_requests == [], probe.foreign_requests
