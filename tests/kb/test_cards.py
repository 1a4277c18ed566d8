"""Method cards: the shipped set keeps the card rules and cites every passage it must."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from knowledge_base.cards import (
    MIN_QUESTIONS,
    CardError,
    coverage_scope,
    parse_cards,
    shipped_cards,
    uncovered,
)

SOURCE = "000_dca13e6c8155944b.txt"
QUOTE = "We volgen weer het V-model, en meten hierbij van beneden (niveau 1) naar boven (niveau 5)."


def _card(**changes: object) -> dict[str, object]:
    card: dict[str, object] = {
        "id": "measure-bottom-up",
        "title": {"nl": "Meten van onder naar boven", "en": "Measuring bottom-up"},
        "answer": {
            "nl": "Je meet van niveau 1 naar niveau 5.",
            "en": "You measure from level 1 up to level 5.",
        },
        "points": {"nl": ["Van 1 naar 5"], "en": ["From 1 to 5"]},
        "questions": {
            "nl": [f"Vraag {n} over meten?" for n in range(MIN_QUESTIONS)],
            "en": [f"Question {n} about measuring?" for n in range(MIN_QUESTIONS)],
        },
        "levels": [1, 5],
        "citations": [{"source": SOURCE, "quote": QUOTE}],
    }
    return card | changes


def _parse(tmp_path: Path, *cards: dict[str, object]) -> None:
    path = tmp_path / "cards.yaml"
    path.write_text(yaml.safe_dump(list(cards), allow_unicode=True), encoding="utf-8")
    parse_cards([path])


def test_a_card_that_keeps_the_rules_loads(tmp_path: Path) -> None:
    _parse(tmp_path, _card())


def test_a_quote_the_source_does_not_hold_is_rejected_by_name(tmp_path: Path) -> None:
    bad = {"source": SOURCE, "quote": "We meten alles in één keer aan het eind van het jaar."}
    with pytest.raises(CardError, match=r"measure-bottom-up: quote not in 000_"):
        _parse(tmp_path, _card(citations=[bad]))


def test_a_number_no_quote_gives_is_rejected(tmp_path: Path) -> None:
    answer = {"nl": "Je meet van niveau 1 naar niveau 6.", "en": "From level 1 to level 6."}
    with pytest.raises(CardError, match=r"nl answer or points say 6, no quote does"):
        _parse(tmp_path, _card(answer=answer))


def test_too_few_questions_and_unknown_links_are_rejected(tmp_path: Path) -> None:
    few = {"nl": ["Hoe meet ik?"], "en": [f"Question {n}?" for n in range(MIN_QUESTIONS)]}
    with pytest.raises(CardError, match=r"at least 8 distinct nl questions"):
        _parse(tmp_path, _card(questions=few))
    with pytest.raises(CardError, match=r"related card no-such-card does not exist"):
        _parse(tmp_path, _card(related=["no-such-card"]))


def test_the_shipped_cards_cite_every_passage_of_the_method_sources() -> None:
    cards = shipped_cards().cards
    assert len(cards) >= 60
    assert uncovered(cards, coverage_scope()) == []


def test_every_card_a_plan_topic_names_is_shipped() -> None:
    from assistant.planning.plan.grounding import TOPIC_CARDS

    shipped = {card.id for card in shipped_cards().cards}
    assert {card_id for ids in TOPIC_CARDS.values() for card_id in ids} <= shipped


def test_a_matched_card_cites_the_quote_closest_to_the_question_first(shipped_service) -> None:
    """A card's first quote is often its general one; a question about a detail of another gets
    that one first (the retriever ranks the card's passages in this order)."""
    cards = shipped_service.cards
    entry = next(e for e in cards.entries if len(e.citations) >= 3)
    last = entry.citations[-1]
    match = next(m for m in cards.match(last.quote, k=20) if m.card.id == entry.card.id)
    assert match.citations[0] == last
    assert sorted(c.chunk_id for c in match.citations) == sorted(
        c.chunk_id for c in entry.citations
    )
