"""The learned cost-category model: shipped in step with its examples, reads items in words the
keyword rules do not know, and the reader asks it per clause."""

from __future__ import annotations

import pytest

from assistant.figures import read
from assistant.figures.cost_model import COSTS, cost_model, masked
from assistant.roi import CostCategory
from assistant.text.language import Language


def test_the_shipped_model_was_fitted_on_the_shipped_examples() -> None:
    texts, labels = COSTS.load_examples()
    assert len(texts) == 2521 and set(labels) == {c.value for c in CostCategory}
    assert cost_model().digest == COSTS.digest(texts, labels), (
        "the examples changed: refit with scripts/build_text_caches.py"
    )


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        ("De trainer kostte € 4.500,- per deelnemer.", "de trainer kostte # ."),
        ("about £210 each", "about #"),
        ("$12.5k for the venue, p.p.", "# for the venue,"),
        ("zaalhuur 800 euro per dag", "zaalhuur # per dag"),
    ],
)
def test_amounts_and_who_they_are_counted_for_are_masked(text: str, plain: str) -> None:
    assert masked(text) == plain


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("the sommelier who ran the tasting charged us €150 per person", CostCategory.DELIVERY),
        ("the printed cue cards and role-play kits came to £480", CostCategory.MATERIALS),
        ("we paid £2,000 for a year of seats on the learning app", CostCategory.ACQUISITION),
        (
            "het vervangend personeel tijdens de cursusdagen kostte € 5.600",
            CostCategory.PARTICIPANT_TIME,
        ),
        ("treinkaartjes en overnachtingen: ongeveer 900 euro", CostCategory.TRAVEL_LODGING),
        ("the follow-up survey and interviews to measure impact ran $3k", CostCategory.EVALUATION),
    ],
)
def test_items_named_in_other_words_than_the_rules_know(text: str, category: CostCategory) -> None:
    assert cost_model().guess(text).label is category


def test_the_reader_takes_the_item_from_the_clause_before_a_bare_amount() -> None:
    reading = read(
        "The room cost €700, plus the nurses' time away from the ward, roughly €95 each.",
        Language.EN,
    )
    assert [(c.category, c.per_participant) for c in reading.costs] == [
        (CostCategory.FACILITIES, False),
        (CostCategory.PARTICIPANT_TIME, True),
    ]
