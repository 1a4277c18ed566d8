"""A tiny Dutch/English detector: which language's most common words occur more often."""

from __future__ import annotations

import re

from knowledge_base.models import Language

_WORD = re.compile(r"[^\W\d_]+")
_DUTCH = frozenset(
    {
        "de", "het", "een", "en", "van", "in", "is", "dat", "op", "te", "zijn", "met",
        "voor", "niet", "aan", "er", "om", "ook", "als", "bij", "door", "maar", "naar",
        "dan", "wat", "hoe", "wie", "waarom", "welke", "wordt", "worden", "kan", "kunnen",
        "je", "jij", "we", "wij", "ik", "hun", "zij", "deze", "die", "dit", "zo", "nog",
        "wel", "heeft", "hebben", "meer", "geen", "over", "uit", "tot", "onze", "mijn",
        "jouw", "moet", "waar", "wanneer", "leren", "meten",
    }
)
_ENGLISH = frozenset(
    {
        "the", "a", "an", "and", "of", "in", "is", "that", "on", "to", "are", "with", "for",
        "not", "at", "as", "by", "but", "from", "what", "how", "who", "why", "which",
        "does", "do", "can", "could", "should", "would", "it", "this", "these", "those",
        "be", "been", "has", "have", "more", "no", "about", "into", "than", "when", "where",
        "you", "we", "i", "they", "their", "our", "my", "your", "measure", "learning",
    }
)


def detect_language(text: str, *, default: Language = "nl") -> Language:
    """'nl' or 'en' by stopword counts; ties (e.g. a bare keyword) go to ``default``."""
    words = [w.lower() for w in _WORD.findall(text)]
    dutch = sum(w in _DUTCH for w in words)
    english = sum(w in _ENGLISH for w in words)
    if dutch == english:
        return default
    return "nl" if dutch > english else "en"
