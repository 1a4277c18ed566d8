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


_SUFFIXES = {
    Language.NL: ("heid", "lijk", "lijke", "eren", "atie", "ische", "baar"),
    Language.EN: ("tion", "ness", "ment", "ship", "ility", "ive", "ise", "ize", "ove", "ills"),
}


def detect_language(text: str, *, default: Language = Language.NL) -> Language:
    """The language with more of its function words in ``text``; on a tie, typical word endings
    ("-heid", "-tion"); ``default`` when still undecided."""
    words = _WORDS.findall(text.lower())
    for score in (_function_words, _endings):
        nl, en = score(words, Language.NL), score(words, Language.EN)
        if nl != en:
            return Language.NL if nl > en else Language.EN
    return default


def _function_words(words: list[str], language: Language) -> int:
    return sum(word in _MARKERS[language] for word in words)


def _endings(words: list[str], language: Language) -> int:
    return sum(word.endswith(_SUFFIXES[language]) for word in words)
