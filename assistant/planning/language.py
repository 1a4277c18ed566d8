"""Which language a brief or objective is in, Dutch or English, by counting function words."""

from __future__ import annotations

import re
from enum import StrEnum


class Language(StrEnum):
    NL = "nl"
    EN = "en"


_WORDS = re.compile(r"[a-zà-ÿ']+")
def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_MARKERS: dict[Language, frozenset[str]] = {
    Language.NL: _words(
        "de het een en van naar met voor binnen bij dat die dit zijn worden wordt moet moeten "
        "willen we wij onze ons zij hun ze is op aan te om zodat niet ook als maar nog per "
        "deelnemers medewerkers teamleiders leidinggevenden jaar maanden dagen weken"
    ),
    Language.EN: _words(
        "the a an and of to from with for within by that this these are is be will should "
        "must want we our us they their on at in so not also as but per participants "
        "employees managers staff year months days weeks"
    ),
}


def detect_language(text: str, *, default: Language = Language.NL) -> Language:
    """The language with more of its function words in ``text``; ``default`` on a tie."""
    words = _WORDS.findall(text.lower())
    nl = sum(word in _MARKERS[Language.NL] for word in words)
    en = sum(word in _MARKERS[Language.EN] for word in words)
    if nl == en:
        return default
    return Language.NL if nl > en else Language.EN
