"""How the chat words its replies: a deterministic choice of phrasing (figures are written by
``assistant.text.formatting`` in the reader's language).

Every template has a few variants; ``say`` picks one from the turn number, so the same
conversation always reads the same but consecutive replies do not repeat each other word for word.
"""

from __future__ import annotations

from assistant.chat.phrases import PHRASES
from assistant.text.language import Language


def say(key: str, language: Language, seed: int = 0, **values: object) -> str:
    """The phrase ``key`` in ``language``, variant chosen by ``seed``, filled with ``values``."""
    variants = PHRASES[language][key]
    chosen = variants[seed % len(variants)] if isinstance(variants, tuple) else variants
    return chosen.format(**values)
