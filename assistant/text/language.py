"""Which language a message or document is in, Dutch or English: one type, one detector.

Short chat messages mix in English loan words ("coaching on the job voor teamleiders"), so the
detector first counts the function words only one language has (``lexicons/function_words.yaml``);
a message opened by one language's question word ("Wat is reverse mentoring?") with no function
word of the other is that language; when neither settles it, py3langid's character n-gram model
(restricted to nl/en, 0.8 MB, offline) decides, then typical word endings ("-heid", "-tion"), and
a message with no evidence either way ("ok", "KPI?") keeps ``default`` - usually the
conversation's language.
"""

from __future__ import annotations

import re
from enum import StrEnum
from functools import cache
from typing import Any

from assistant.text.lexicon import words

MIN_MARGIN = 2
"""Function words one language must lead by to decide without the model."""
MIN_PROBABILITY = 0.8
"""The model's normalised probability below which a message counts as undecided. A text with
none of the model's n-grams ("ok", "ROI", "Goedemorgen") gets its prior (0.88 English): that is
no evidence, so it is not used."""


class Language(StrEnum):
    NL = "nl"
    EN = "en"


_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")


@cache
def _function_words() -> dict[Language, frozenset[str]]:
    nl, en = (
        frozenset(words("function_words", "words", Language.NL)),
        frozenset(words("function_words", "words", Language.EN)),
    )
    return {Language.NL: nl - en, Language.EN: en - nl}


@cache
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_pickled_model(MODEL_FILE, norm_probs=True)
    identifier.set_languages([language.value for language in Language])
    return identifier


@cache
def _openings() -> dict[Language, frozenset[str]]:
    return {lang: frozenset(words("function_words", "opening", lang)) for lang in Language}


def function_word_counts(text: str) -> dict[Language, int]:
    """How many of ``text``'s words are function words of only Dutch, of only English."""
    tokens = [token.lower() for token in _WORD.findall(text.replace("’", "'"))]
    markers = _function_words()
    return {lang: sum(token in markers[lang] for token in tokens) for lang in Language}


def has_language_evidence(text: str) -> bool:
    """Whether ``text`` holds a function word of either language ("-", "?", "ok" hold none)."""
    return any(function_word_counts(text).values())


def detect_language(text: str, *, default: Language = Language.NL) -> Language:
    """Dutch or English; ``default`` when ``text`` gives no evidence either way."""
    counts = function_word_counts(text)
    margin = counts[Language.NL] - counts[Language.EN]
    if abs(margin) >= MIN_MARGIN:
        return Language.NL if margin > 0 else Language.EN
    if not _WORD.search(text):
        return default
    opening = _opening_language(text)
    if opening is not None and counts[opening] and not counts[_other(opening)]:
        return opening
    identifier = _identifier()
    code, probability = identifier.classify(text)
    guess = Language(code)
    if margin and (guess is Language.NL) != (margin > 0) and probability < 0.99:
        return Language.NL if margin > 0 else Language.EN
    known = bool(identifier.instance2fv(text).any())
    if known and (probability >= MIN_PROBABILITY or margin):
        return guess
    if margin:
        return Language.NL if margin > 0 else Language.EN
    return _by_endings(text) or default


def _other(language: Language) -> Language:
    return Language.EN if language is Language.NL else Language.NL


def _opening_language(text: str) -> Language | None:
    """The language whose question or request word opens ``text`` ("Wat", "How"), if one's."""
    first = _WORD.search(text.replace("’", "'"))
    if first is None:
        return None
    word = first.group().lower()
    found = [lang for lang, opening in _openings().items() if word in opening]
    return found[0] if len(found) == 1 else None


def _by_endings(text: str) -> Language | None:
    """The language more words end like ("-heid", "-tion"), if either."""
    tokens = [token.lower() for token in _WORD.findall(text)]
    score = {
        lang: sum(token.endswith(words("function_words", "endings", lang)) for token in tokens)
        for lang in Language
    }
    if score[Language.NL] == score[Language.EN]:
        return None
    return Language.NL if score[Language.NL] > score[Language.EN] else Language.EN
