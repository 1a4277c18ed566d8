"""The Chat page: a method question answered with a clickable citation, an ROI turn ending in
the calculator's result card, the understood ROI input card worded as the calculator takes each
line, sessions (resume, rename, delete), and a failed send that keeps the message."""

from __future__ import annotations

import re
from typing import Any, TypedDict

import pytest
from playwright.sync_api import expect

from assistant.roi import RoiInput
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


class CardText(TypedDict):
    """What is said and what the ROI input card must show, in one locale."""

    costs: str
    figures: str
    cost: tuple[str, str | None]  # the value, then its factors (None: not multiplied)
    benefit: tuple[str, str | None]
    participants: str
    yes: str
    roi_pct: str


CARD: dict[str, CardText] = {
    "nl-NL": {
        "costs": "Bereken de ROI: de training kost EUR 40.000.",
        "figures": "25 deelnemers, elke deelnemer bespaart 3 uur per week à EUR 45 per uur, "
        "60 % toe te schrijven, 80 % zeker",
        "cost": ("€ 40.000", None),
        "benefit": ("3 × € 45 per week per deelnemer", "× 60 % toeschrijving × 80 % zekerheid"),
        "participants": "Deelnemers: 25",
        "yes": "ja",
        "roi_pct": "110,60\u00a0%",
    },
    "en-GB": {
        "costs": "Calculate the ROI: the workshop costs EUR 800 per participant.",
        "figures": "30 team leaders; each participant saves 2 hours a month at EUR 60 an hour, "
        "70% attributable to the workshop, 90% confidence.",
        "cost": ("€800 per participant", None),
        "benefit": ("2 × €60 a month per participant", "× 70% attribution × 90% confidence"),
        "participants": "Participants: 30",
        "yes": "yes",
        "roi_pct": "13.40%",
    },
}


def spaced(locator: Any) -> list[str]:
    """The texts with the page's no-break spaces (between a figure and its unit) as spaces."""
    return [text.replace("\u00a0", " ").strip() for text in locator.all_inner_texts()]


def test_roi_input_card_shows_each_line_as_the_calculator_takes_it(page: Any, locale: str) -> None:
    text = CARD[locale]
    goto_chat(page)
    say(page, text["costs"], 1)
    say(page, text["figures"], 2)
    card = page.locator("[data-card=roi_input]").last
    expect(card).to_contain_text(text["participants"])
    rows = card.locator("tbody tr")
    expect(rows).to_have_count(2)  # one cost, one benefit
    for index, (value, factors) in enumerate((text["cost"], text["benefit"])):
        amount = rows.nth(index).locator("td").last  # the value, then what it is multiplied by
        wanted = [value, factors] if factors else [value]
        expect(amount.locator("span")).to_have_count(len(wanted))
        assert spaced(amount.locator("span")) == wanted
    screenshot(page, f"chat-roi-input-card-{locale[:2]}")
    page.set_viewport_size({"width": 390, "height": 900})  # a phone: the card wraps, no sideways
    width = page.evaluate("document.documentElement.scrollWidth")
    screenshot(page, f"chat-roi-input-card-phone-{locale[:2]}", part="[data-card=roi_input]")
    assert width <= 390, f"{width}px wide on a 390px screen"
    page.set_viewport_size({"width": 1280, "height": 900})
    say(page, text["yes"], 3)
    expect(page.locator("[data-card=roi_result]").last).to_contain_text(text["roi_pct"])


EVERY_FIELD = {
    "participants": 12,
    "currency": "EUR",
    "costs": [
        {"category": "facilities", "description": "Zaal", "amount": "2400.50", "prorate_pct": "50"},
        {"category": "materials", "description": "Boek", "amount": "35", "per_participant": True},
    ],
    "benefits": [
        {"description": "Omzet", "amount": "1250", "period": "week", "periods_per_year": "46",
         "profit_margin_pct": "20", "attribution_pct": "0", "isolation_method": "trend_line",
         "adjustments": [{"factor": "0.8", "reason": "meetfout"}]},
        {"description": "Opstart", "quantity": "1.5", "unit_value": "1000", "period": "once",
         "isolation_method": "none"},
        {"description": "20 minuten per dag à € 22 per uur", "quantity": "20",
         "unit_value": "0.36666666666666666667", "period": "day", "periods_per_year": "220",
         "per_participant": True, "isolation_method": "none"},
        {"description": "Een derde van € 100", "quantity": "3",
         "unit_value": "33.33333333333333333333", "period": "year", "isolation_method": "none"},
        {"description": "Vellen papier", "quantity": "8000", "unit_value": "0.125",
         "period": "year", "isolation_method": "none"},
    ],
}  # fmt: skip
"""An understood input with every line field the card words (not what the chat reads today)."""
EVERY_FIELD_SHOWN = {
    "nl-NL": [
        ["€ 2.400,50", "× 50 % voor dit programma"],
        ["€ 35 per deelnemer"],
        [
            "€ 1.250 per week (46 keer per jaar)",
            "× 20 % winstmarge × 0 % toeschrijving × 0,8 (meetfout)",
        ],
        ["1,5 × € 1.000 eenmalig"],
        ["20 minuten × € 22 per uur per werkdag (220 keer per jaar) per deelnemer"],
        ["3 × ≈ € 33,33 per jaar"],
        ["8.000 × € 0,125 per jaar"],
    ],
    "en-GB": [
        ["€2,400.50", "× 50% charged to this programme"],
        ["€35 per participant"],
        [
            "€1,250 a week (46 times a year)",
            "× 20% profit margin × 0% attribution × 0.8 (meetfout)",
        ],
        ["1.5 × €1,000 once"],
        ["20 minutes × €22 an hour per working day (220 times a year) per participant"],
        ["3 × ≈ €33.33 a year"],
        ["8,000 × €0.125 a year"],
    ],
}


def test_roi_input_card_words_every_line_field(page: Any, locale: str) -> None:
    RoiInput.model_validate(EVERY_FIELD)  # an input the chat could send
    goto_chat(page)
    page.evaluate(
        """async (input) => {
            const assets = document.querySelector("script[data-assets]").dataset.assets;
            const { toolCards } = await import(`${assets}/pages/chat-cards.js`);
            document.querySelector("#chat-log").append(...toolCards({ roi_input: input }));
        }""",
        EVERY_FIELD,
    )
    rows = page.locator("[data-card=roi_input] tbody tr")
    expect(rows).to_have_count(7)
    for index, shown in enumerate(EVERY_FIELD_SHOWN[locale]):
        spans = rows.nth(index).locator("td").last.locator("span")
        expect(spans).to_have_count(len(shown))
        assert spaced(spans) == shown


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


ROI_TURNS = {
    "nl-NL": {
        "start": "We willen de ROI van onze onderhandelingsworkshop voor 14 inkopers.",
        "costs": "Het bureau factureerde $45k en de zaal kostte $3.200.",
        "aside": "Hoe lang na de training meet je gedrag eigenlijk?",
        "resume": "Dan de ROI nog",
        "benefit": "De inkoopkosten van $2,4 mln per jaar daalden met 3%. Een derde daarvan komt "
        "door de workshop; we zijn 70% zeker.",
        "yes": "prima",
        "roi_pct": "-65,15",
    },
    "en-GB": {
        "start": "We need the ROI of our negotiation workshop for 14 buyers.",
        "costs": "The agency billed us $45k and the venue was $3,200.",
        "aside": "How long after the training should we measure behaviour?",
        "resume": "Back to the ROI",
        "benefit": "Purchasing costs of $2.4m a year dropped by 3%. A third of that is thanks to "
        "the workshop; we're 70% confident.",
        "yes": "ok fine",
        "roi_pct": "-65.15",
    },
}


def test_an_roi_read_from_prose_keeps_its_thread_through_a_method_question(
    page: Any, locale: str
) -> None:
    """Costs by their verbs, a KPI change of a yearly amount, a share in words; a method
    question in between is answered and the ROI picks up where it was."""
    text = ROI_TURNS[locale]
    goto_chat(page)
    say(page, text["start"], 1)
    say(page, text["costs"], 2)
    say(page, text["aside"], 3)
    aside = page.locator("#chat-log .msg.assistant").nth(2)
    expect(aside.locator(".reply-text button.cite").first).to_be_visible()
    expect(aside).to_contain_text(text["resume"])
    say(page, text["benefit"], 4)
    expect(page.locator("[data-card=roi_input]")).to_be_visible()
    say(page, text["yes"], 5)
    expect(page.locator("[data-card=roi_result]")).to_contain_text(text["roi_pct"])
