"""Text handling before coding: markup, formulas and instructions become inert; language; sentences.

Codebook section 7: instructions, markup and formulas inside a comment are data. We strip them
before any model sees the text, so they cannot steer the label of this or any other comment.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from assistant.feedback.signoff import strip_signoff

MODEL_MAX_CHARS = 2_000

_SCRIPT = re.compile(r"<(script|style)\b[^>]*>.*?</\1\s*>|<!--.*?(?:-->|$)", re.I | re.S)
_BARE_LABEL = re.compile(r"\b[Ll][1-4]\b|\broi\s*[:=]\s*\w+", re.I)
_TAG = re.compile(r"</?[a-zA-Z][^>]{0,500}>")
_FORMULA = re.compile(
    r"(?:^|(?<=\s))[=+\-@]\s*[A-Za-z_.]+[A-Za-z0-9_.]*\s*(?:\|[^\s]*)?\s*\((?:[^()]|\([^()]*\))*\)"
)
_DDE = re.compile(r"(?:^|(?<=\s))[=+\-@]\s*\w+\|'[^']*'!\S*")
# A cell that is only an expression ("=1+1", "@foo", "+2*3"), not a signed number ("-5") nor a
# list mark before words ("-goed", "+ leuk").
_EXPRESSION = re.compile(
    r"(?=.*[^\W_])(?![+-]?\d+(?:[.,]\d+)*$)(?:[=@]\S+|=[\W\d_]+|[+-](?:[^\w\s]|\d)+)", re.S
)
_URL = re.compile(r"https?://\S+|www\.\S+", re.I)
_JSON_LABEL = re.compile(
    r"[{\[]?\s*\"?(?:primary|levels?|label|roi|level|kp_\w+)\"?\s*[:=]\s*"
    r"(?:\[[^\]]*\]|\"[^\"]*\"|\w+)\s*[,}\]]*",
    re.I,
)
_INSTRUCTION = re.compile(
    r"\b(?:ignore|disregard|forget|negeer|vergeet|override)\b.*\b(?:instructions?|instructies?"
    r"|prompt|rules?|regels?|rubric|codebook|codeboek|above|hierboven|previous|vorige|everything"
    r"|alles)\b"
    r"|\b(?:label|classify|code|mark|score|rate|tag|set|output|return|classificeer|codeer"
    r"|markeer|geef|zet|label)\b.{0,50}\b(?:L[1-4]|level\s*[1-4]|niveau\s*[1-4]|NONE|roi)\b"
    r"|\b(?:instructi\w*|system|assistant|user|prompt)\b[\w ]{0,20}:"
    r"|</?(?:system|instructions?)>",
    re.I,
)
_CLAUSE = re.compile(r"[^.!?:;#\n]+[.!?:;#]*|[.!?:;#\n]+")
_INJECTION_HINT = re.compile(
    r"ignore|disregard|forget|negeer|vergeet|\bL[1-4]\b|level|niveau|\bnone\b|system|assistant"
    r"|user|instructi|<",
    re.I,
)
_LABEL_HINT = re.compile(r"primary|level|label|roi|kp_", re.I)
_WS = re.compile(r"\s+")
_SENTENCE = re.compile(r"(?:[^.!?;\n]|[.!?;](?=[^\s.!?;]))+[.!?;]*")
_DUTCH_HINT = re.compile(r"\bn\.?v\.?t\b|\b\w*(?:ij|oe|ui|aa|oo|ee)\w*\b", re.I)


def _words(text: str) -> list[str]:
    return text.split()


_NL_WORDS = frozenset(
    _words(
        "de het een en van ik je is niet dat die met voor op te was maar ook wel nog er zijn om"
        " heb hebben wat dit naar bij als geen nu meer goed veel echt erg zeer heel mijn we wij"
        " ons onze hij zij ze hem haar kan kon moet had werd wordt worden door over uit tot dan"
        " na sinds toen gaan ga zal zou al omdat want dus toch even weer geleerd cursus opleiding"
        " leuk fijn weet waren deze graag mee daar hier hoe zo"
    )
)
_EN_WORDS = frozenset(
    _words(
        "the a an and of i you is not that with for on to was but also it this are be have has"
        " what at as no now more good very really my we our he she they him her can could must"
        " had were will would by about from out than then after since when go going already"
        " because so still again learned course training session trainer nice great would"
        " how there here too much way lot did didn't don't i'm"
    )
)
_WORD = re.compile(r"[a-zà-ÿ']+")
# Words in both lists ("is", "was", "we", "had") tell nothing about the language: count neither.
_SHARED_WORDS = _NL_WORDS & _EN_WORDS
_NL_ONLY, _EN_ONLY = _NL_WORDS - _SHARED_WORDS, _EN_WORDS - _SHARED_WORDS


@dataclass(frozen=True)
class Cleaned:
    """The comment as the model sees it, and whether anything was removed as inert."""

    text: str
    stripped: bool


def clean(text: str) -> Cleaned:
    """Remove markup, formulas, label fragments and instructions; collapse whitespace."""
    original = text
    text = html.unescape(text) if "&" in text else text
    text = text.replace("’", "'") if "’" in text else text
    if "<" in text:
        text = _TAG.sub(" ", _SCRIPT.sub(" ", text))
    if any(char in text for char in "=+-@"):
        text = _FORMULA.sub(" ", _DDE.sub(" ", text))
        text = "" if _EXPRESSION.fullmatch(text.strip()) else text
    if "http" in text or "www." in text:
        text = _URL.sub(" ", text)
    if (":" in text or "=" in text) and _LABEL_HINT.search(text):
        text = _JSON_LABEL.sub(" ", text)
    text = strip_signoff(text)
    if _INJECTION_HINT.search(text):
        text = " ".join(
            clause for clause in _CLAUSE.findall(text) if not _INSTRUCTION.search(clause)
        )
        text = _BARE_LABEL.sub(" ", text)
    text = _WS.sub(" ", text).strip()
    return Cleaned(text=text, stripped=text != _WS.sub(" ", original).strip())


def truncate_for_model(text: str, limit: int = MODEL_MAX_CHARS) -> str:
    """Long comments are coded on their first ``limit`` characters (the output keeps all)."""
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", 0, limit)
    return text[: cut if cut > limit // 2 else limit]


def has_language_evidence(text: str) -> bool:
    """Whether ``text`` holds anything to tell its language by (a function word or a Dutch hint
    such as "n.v.t."); "-", "?" and keyboard noise hold none."""
    words = _WORD.findall(text.lower())
    return (
        any(word in _NL_WORDS or word in _EN_WORDS for word in words)
        or _DUTCH_HINT.search(text) is not None
    )


def detect_lang(text: str, *, default: str = "en") -> str:
    """``nl``, ``en`` or ``mixed`` from function-word counts (enough to pick a language).

    When the words do not decide and nothing hints at Dutch ("-", "8/10", "Super!", an empty
    cell), ``default``: the reader's language where it is known, so what we write about such a
    comment is in the language of whoever reads it.
    """
    words = _WORD.findall(text.lower())
    nl = sum(word in _NL_ONLY for word in words)
    en = sum(word in _EN_ONLY for word in words)
    if nl >= 2 and en >= 2 and min(nl, en) / max(nl, en) >= 0.34:
        return "mixed"
    if nl > en:
        return "nl"
    if en > nl:
        return "en"
    return "nl" if _DUTCH_HINT.search(text) else default


def sentences(text: str) -> list[tuple[int, int]]:
    """Character spans of the sentences of ``text``."""
    spans = [(m.start(), m.end()) for m in _SENTENCE.finditer(text) if m.group().strip()]
    return spans or [(0, len(text))]


def sentence_at(text: str, offset: int, limit: int = 240) -> str:
    """The sentence containing ``offset``, trimmed to ``limit`` characters."""
    for start, end in sentences(text):
        if start <= offset < end:
            piece = text[start:end].strip()
            return piece if len(piece) <= limit else piece[: limit - 1] + "…"
    return text[:limit]
