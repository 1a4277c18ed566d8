"""The coder seam: one small protocol (``assistant/engines.py`` chooses the engine).

Every engine returns the same ``CodedComment`` model. ``code_comments`` is what callers use: it
answers empty cells, dashes, "n.v.t." and other fillers itself, so no engine (and no LLM) is
ever called for them.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import Protocol

from assistant.feedback import rules
from assistant.feedback.models import CodedComment, CommentIn, Level
from assistant.feedback.offline import OfflineCoder
from assistant.feedback.text import clean
from assistant.messages import Lang as ReaderLang


class Coder(Protocol):
    """Codes a batch of comments; returns one result per input, in order."""

    engine: str

    def code(self, batch: Sequence[CommentIn]) -> list[CodedComment]: ...


@cache
def offline_coder() -> OfflineCoder:
    """The shipped model, loaded once per process (it is read-only and thread-safe)."""
    return OfflineCoder.load()


def _filler(item: CommentIn) -> bool:
    decision = rules.decide(clean(item.text).text)
    return decision is not None and decision.level is Level.NONE


def code_comments(
    coder: Coder, batch: Sequence[CommentIn], *, reader: ReaderLang | None = None
) -> list[CodedComment]:
    """Code ``batch`` in order; fillers are coded NONE by the rules without calling ``coder``.

    ``reader`` is the language of whoever reads the results: comments without a language of
    their own (empty cells, dashes, "8/10") get their rationale in it; others keep theirs.
    """
    if isinstance(coder, OfflineCoder):  # it applies the same rules itself, in one pass
        return coder.code(batch, reader=reader)
    fillers = [_filler(item) for item in batch]
    to_model = [item for item, is_filler in zip(batch, fillers, strict=True) if not is_filler]
    rule_coder = offline_coder()
    coded = iter(coder.code(to_model) if to_model else [])
    answered = iter(
        rule_coder.code([item for item, f in zip(batch, fillers, strict=True) if f], reader=reader)
    )
    return [next(answered) if is_filler else next(coded) for is_filler in fillers]
