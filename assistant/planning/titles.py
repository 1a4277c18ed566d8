"""A programme's name as people say it: "het heet X", "de naam is X", "X is de naam",
"programma: X", "we call it X", "It's called X. It's for 120 agents", or a quoted name.

Only the name is taken, never the sentence around it; a reply that is not a name ("Het doel:
verzuim van 6% naar 4,5%") is not one, so the question is asked again.
"""

from __future__ import annotations

import re

from assistant.text.money import find_money
from assistant.text.percent import find_percentages

_NAME = r"(?P<name>[^\n.!?;:,\"“”‘’]{2,80}?)"
_QUOTED = r"[\"“'‘](?P<quoted>[^\"”'’\n]{2,80})[\"”'’]"
_END = (
    r"(?=\s*(?:$|[.!?;,\n]|\s(?:en|and)\s+(?:is|het|it|it's|wordt|will|we|duurt|lasts|runs|"
    r"loopt|richt|targets|has|heeft)\b|\s(?:voor|for|met|with)\s+(?:\d|de\s|het\s|the\s|our\s|"
    r"onze\s|alle\s|all\s)))"
)
_BEFORE_CUES = (
    r"\b(?:heet|genaamd|met de naam|naam is|titel is|noemen (?:het|we het|hem)|heet het|"
    r"called|named|name is|title is|we call it|call it|known as)\s+",
    r"^\s*(?:programma|programme|program|training|titel|title|naam|name)\s*:\s*",
)
_AFTER_CUES = (
    r"\s+(?:is de naam|is de titel|heet het|is the name|is the title|is what we call it)",
)
_FLAGS = re.IGNORECASE | re.MULTILINE
_PATTERNS = [re.compile(f"{cue}(?:{_QUOTED}|{_NAME}{_END})", _FLAGS) for cue in _BEFORE_CUES] + [
    re.compile(f"(?:^|[.!?]\\s+)(?:{_QUOTED}|{_NAME}){cue}", _FLAGS) for cue in _AFTER_CUES
]
_ANY_QUOTED = re.compile(r"[\"“‘](?P<quoted>[^\"”’\n]{2,80})[\"”’]")
_NOT_A_NAME = re.compile(
    r"^(?:we|wij|ik|i|it|it's|its|het|de|this|dit|they|ze|zij|our|onze|er|there|dat|that|"
    r"doel|goal|doelgroep|target|het doel|the goal|ja|nee|yes|no)\b",
    re.IGNORECASE,
)
MAX_WORDS = 8


def find_name(text: str) -> str | None:
    """The programme's name a message gives with a naming cue, or in quotes; ``None`` when none."""
    for pattern in _PATTERNS:
        m = pattern.search(text)
        if m:
            name = _clean(m["quoted"] or m["name"] or "")
            if name and (m["quoted"] or looks_like_name(name)):
                return name
    quoted = _ANY_QUOTED.search(text)
    return _clean(quoted["quoted"]) if quoted else None


def looks_like_name(text: str) -> bool:
    """A short answer that can be a name: a few words, no figures, no label, not a sentence."""
    stripped = _clean(text)
    words = stripped.split()
    if not words or len(words) > MAX_WORDS or ":" in stripped or stripped.endswith("?"):
        return False
    if find_percentages(stripped) or find_money(stripped) or _NOT_A_NAME.match(stripped):
        return False
    return not re.search(r"[.!?]\s+\S", stripped)


def _clean(name: str) -> str:
    return name.strip().strip(" .,;:!\"'“”‘’")[:200]
