"""The Chat page: a method question answered with a clickable citation, an ROI turn ending in
the calculator's result card, sessions (resume, rename, delete), and a failed send that keeps
the message."""

from __future__ import annotations

import re
from typing import Any

import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import PageProbe, screenshot

TEXT = {
    "nl-NL": {
        "method": "Hoe isoleer ik het effect van een training?",
        "roi": "Bereken de ROI: de training kost EUR 15.000 voor 20 deelnemers en levert "
        "EUR 45.000 per jaar op.",
        "yes": "ja",
        "close": "Sluiten",
        "new": "Nieuw gesprek",
        "roi_pct": "200,00 %",
        "open_roi": "Open de ROI-calculator",
    },
    "en-GB": {
        "method": "How do I isolate the effect of a training programme?",
        "roi": "What is the ROI? The programme costs EUR 15,000 for 20 participants and "
        "saves EUR 45,000 per year.",
        "yes": "yes",
        "close": "Close",
        "new": "New conversation",
        "roi_pct": "200.00%",
        "open_roi": "Open the ROI calculator",
    },
}


def goto_chat(page: Any) -> None:
    page.goto(page.url.split("#")[0] + "#/chat")
    expect(page.locator("#chat-input")).to_be_visible()


def say(page: Any, text: str, replies: int) -> None:
    page.locator("#chat-input").fill(text)
    page.locator("#chat-input").press("Enter")
    done = page.locator("#chat-log .msg.assistant:not(.streaming)")
    expect(done).to_have_count(replies, timeout=30_000)


def test_method_question_and_roi_turn(page: Any, locale: str) -> None:
    text = TEXT[locale]
    goto_chat(page)
    say(page, text["method"], 1)
    first = page.locator("#chat-log .msg.assistant").first
    cite = first.locator(".reply-text button.cite").first
    expect(cite).to_have_text(re.compile(r"^\[\d+\]$"))
    cite.click()
    dialog = page.get_by_role("dialog")
    expect(dialog.locator("blockquote")).not_to_be_empty()
    screenshot(page, f"chat-passage-{locale[:2]}")
    dialog.get_by_role("button", name=text["close"]).click()
    say(page, text["roi"], 2)
    expect(page.locator("[data-card=roi_input]")).to_be_visible()
    say(page, text["yes"], 3)
    card = page.locator("[data-card=roi_result]")
    expect(card).to_contain_text(text["roi_pct"])
    expect(page.locator("#chat-input")).to_have_value("")
    screenshot(page, f"chat-roi-{locale[:2]}")
    # The session is listed under the first message's words and can be resumed.
    session = page.locator("#chat-sessions .session-open").first
    expect(session).to_have_attribute("aria-current", "true")
    page.get_by_role("button", name=text["new"]).click()
    expect(page.locator("#chat-log li")).to_have_count(0)
    session.click()
    expect(page.locator("#chat-log .msg")).to_have_count(6)
    expect(page.locator("[data-card=roi_result]")).to_contain_text(text["roi_pct"])
    # The calculator opens filled in with the figures the chat understood, and their result.
    page.locator("[data-card=roi_result]").get_by_role("link", name=text["open_roi"]).click()
    expect(page).to_have_url(re.compile("#/roi$"))
    expect(page.locator("#roi-pct")).to_have_text(text["roi_pct"])
    expect(page.locator("[data-pointer='/participants']")).to_have_value("20")
    expect(page.locator("[data-pointer$='/description']")).to_have_count(2)  # 1 cost, 1 benefit
    expect(page.locator("[data-pointer='/costs/0/amount']")).to_have_value("15000")
    expect(page.locator("[data-pointer='/benefits/0/amount']")).to_have_value("45000")
    expect(page.locator("[data-pointer='/benefits/0/period']")).to_have_value("year")
    screenshot(page, f"chat-to-roi-{locale[:2]}")


@pytest.mark.parametrize("locale", ["nl-NL"], indirect=True)
def test_the_confirmation_card_opens_the_calculator_with_its_figures(page: Any) -> None:
    goto_chat(page)
    say(
        page,
        "De training kost EUR 12.500,50 voor 15 deelnemers en bespaart EUR 1.500 per "
        "maand. Wat is de ROI?",
        1,
    )
    card = page.locator("[data-card=roi_input]")
    card.get_by_role("link", name="Open de ROI-calculator").click()
    expect(page.locator("[data-pointer='/participants']")).to_have_value("15")
    expect(page.locator("[data-pointer='/costs/0/amount']")).to_have_value("12500,50")
    expect(page.locator("[data-pointer='/benefits/0/amount']")).to_have_value("1500")
    expect(page.locator("[data-pointer='/benefits/0/period']")).to_have_value("month")
    expect(page.locator("#roi-pct")).to_have_count(0)  # not confirmed yet: nothing computed


@pytest.mark.parametrize("locale", ["en-GB"], indirect=True)
def test_rename_and_delete_a_session(page: Any) -> None:
    goto_chat(page)
    say(page, "Hello", 1)
    page.once("dialog", lambda dialog: dialog.accept("Leadership ROI <b>2027</b>"))
    current_item = page.locator("#chat-sessions li.current")
    current_item.get_by_role("button", name=re.compile("^Rename")).click()
    expect(page.locator("#chat-title")).to_have_text("Leadership ROI <b>2027</b>")
    current = page.locator("#chat-sessions li.current .session-open")
    expect(current).to_have_text("Leadership ROI <b>2027</b>")
    page.once("dialog", lambda dialog: dialog.accept())
    page.get_by_role("button", name="Delete “Leadership ROI <b>2027</b>”").click()
    expect(page.get_by_text("Leadership ROI <b>2027</b>")).to_have_count(0)
    expect(page.locator("#chat-log li")).to_have_count(0)


@pytest.mark.parametrize("locale", ["en-GB"], indirect=True)
def test_a_failed_send_keeps_the_message(page: Any, probe: PageProbe) -> None:
    probe.expect("Failed to load resource")
    goto_chat(page)
    page.route("**/v1/chat/sessions/*/messages", lambda route: route.abort())
    message = "Code these comments:\n<script>window.pwned=1</script> the trainer was great"
    page.locator("#chat-input").fill(message)
    page.get_by_role("button", name="Send").click()
    expect(page.get_by_role("alert")).to_contain_text("No connection")
    expect(page.locator("#chat-input")).to_have_value(message)
    expect(page.locator("#chat-log li")).to_have_count(0)
    page.unroute("**/v1/chat/sessions/*/messages")
    page.get_by_role("button", name="Send").click()
    expect(page.locator("#chat-log .msg.user")).to_have_text(re.compile(re.escape(message)))
    expect(page.locator("[data-card=coded_comments]")).to_be_visible(timeout=30_000)
    assert page.evaluate("typeof window.pwned") == "undefined"
    screenshot(page, "chat-error-retry-en")


FIGURES = {
    "nl-NL": {
        "costs": "Bereken de ROI: de training kost EUR 40.000.",
        "figures": "25 deelnemers, elke deelnemer bespaart 3 uur per week à EUR 45 per uur, "
        "60 % toe te schrijven, 80 % zeker",
        "sum": "3 uur × € 45 × 52 weken × 25 deelnemers = € 175.500 per jaar, × 60 % "
        "toeschrijving × 80 % zekerheid = € 84.240 per jaar",
        "yes": "ja",
        "roi_pct": "110,60 %",
    },
    "en-GB": {
        "costs": "Calculate the ROI: the course costs EUR 20,000.",
        "figures": "40 agents, they save 15 minutes a day at EUR 48 an hour, 50% due to the "
        "training.",
        "sum": "0.25 hours × €48 × 260 working days = €3,120 a year, × 50% attribution",
        "fix": "that is per person",
        "fixed": "× 260 working days × 40 participants = €124,800 a year",
        "yes": "yes",
        "roi_pct": "212.00%",
    },
}


def test_roi_confirmation_shows_the_calculators_arithmetic(page: Any, locale: str) -> None:
    text = FIGURES[locale]
    goto_chat(page)
    say(page, text["costs"], 1)
    say(page, text["figures"], 2)
    last = page.locator("#chat-log .msg.assistant").last
    expect(last).to_contain_text(text["sum"])
    replies = 2
    if "fix" in text:
        say(page, text["fix"], 3)
        expect(page.locator("#chat-log .msg.assistant").last).to_contain_text(text["fixed"])
        replies = 3
    screenshot(page, f"chat-roi-arithmetic-{locale[:2]}")
    say(page, text["yes"], replies + 1)
    expect(page.locator("[data-card=roi_result]").last).to_contain_text(text["roi_pct"])


@pytest.mark.parametrize("locale", ["en-GB"], indirect=True)
def test_plan_name_taken_from_a_sentence(page: Any) -> None:
    goto_chat(page)
    say(page, "It's called First Call Fix. It's for 120 agents in our contact centre. Agents "
        "should resolve the customer's question in the first call.", 1)  # fmt: skip
    say(page, "Draft the plan.", 2)
    card = page.locator("[data-card=plan]")
    expect(card.locator("strong")).to_have_text("First Call Fix")
    screenshot(page, "chat-plan-name-en")


@pytest.mark.parametrize("locale", ["nl-NL"], indirect=True)
def test_dutch_conversation_stays_dutch_on_an_english_phrase(page: Any) -> None:
    goto_chat(page)
    say(page, "We starten een programma voor 30 teamleiders.", 1)
    say(page, "Teamleiders krijgen coaching on the job.", 2)
    last = page.locator("#chat-log .msg.assistant").last
    expect(last).to_contain_text("Hoe heet het programma?")
    say(page, "Coaching in de praktijk", 3)
    expect(page.locator("#chat-log .msg.assistant").last).to_contain_text("organisatiedoel")
    screenshot(page, "chat-language-nl")
