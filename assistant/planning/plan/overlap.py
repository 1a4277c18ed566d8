"""Whether two brief texts speak of the same thing: a shared content word, compounds included
("verzuimdagen" and "ziekteverzuim" share "verzuim"). People and filler words do not count."""

from __future__ import annotations

import re

from assistant.planning.lexicon import words
from assistant.text.people import is_people

_WORD = re.compile(r"[^\W\d_]{5,}")
_CORE = 5
_STOP = words(
    "alle andere binnen daalt dalen stijgt stijgen elke iedere iedereen onder tussen tijdens "
    "wordt worden hebben moeten kunnen willen eigen teams groep groepen programma training "
    "deelnemers organisatie procent maanden weken jaren dagen about after their these those "
    "which while within every other under during reduce increase improve programme program "
    "training participants organisation organization months weeks years percent between "
    "gesprek gesprekken conversation conversations minder meer fewer lower higher"
)


def content_words(text: str) -> set[str]:
    return {
        word
        for word in (w.lower() for w in _WORD.findall(text))
        if word not in _STOP and not is_people(word)
    }


def related(first: str, second: str) -> bool:
    """True when a content word of one text contains the first letters of one of the other."""
    a, b = content_words(first), content_words(second)
    return any(x[:_CORE] in y or y[:_CORE] in x for x in a for y in b)
