"""Deterministic codebook rules for the clear-cut cases, decided without any model.

D15 and the NONE definition: empty cells, dashes, "n.v.t.", fillers, keyboard noise and lone
emoji are NONE; single evaluative words and ratings ("prima", "8/10", "5 stars") are L1.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.feedback.models import Level

_PUNCT = re.compile(r"[\s\W_]+", re.U)
_HAS_WORD = re.compile(r"[^\W_]", re.U)

FILLERS = frozenset(
    {
        "",
        "nvt",
        "n v t",
        "na",
        "n a",
        "nb",
        "none",
        "nee",
        "neen",
        "nope",
        "no",
        "geen",
        "niets",
        "niks",
        "nothing",
        "idem",
        "zie boven",
        "zie hierboven",
        "zie vorige",
        "zie vorig antwoord",
        "zie eerder",
        "see above",
        "see previous",
        "see previous answer",
        "as above",
        "same as above",
        "geen opmerking",
        "geen opmerkingen",
        "geen verdere opmerkingen",
        "geen commentaar",
        "no comment",
        "no comments",
        "no further comments",
        "nothing to add",
        "nothing further",
        "nothing else",
        "niets toe te voegen",
        "niks toe te voegen",
        "niets op te merken",
        "niks op te merken",
        "nee hoor",
        "nee verder niks",
        "nee hoor verder niks",
        "verder niks",
        "verder niets",
        "not applicable",
        "niet van toepassing",
        "geen idee",
        "no idea",
        "weet ik niet",
        "dont know",
        "don t know",
        "i don t know",
    }
)
_NOISE = re.compile(
    r"^(?:asdf\w*|qwer\w*|sdf\w*|jkl\w*|x+|z+|a+|test(?:ing)?(?: ?\d+)*|\d+|bla(?: ?bla)*|"
    r"lorem ipsum\w*|dummy)$"
)


def _words(text: str) -> list[str]:
    return text.split()


EVALUATIVE = frozenset(
    _words(
        "prima ok oke oké okay top goed good great super excellent uitstekend perfect prachtig"
        " fantastisch geweldig leuk fijn tof toppie mooi nice fine fab fabulous awesome amazing"
        " brilliant slecht bad poor matig mwah meh saai boring teleurstellend disappointing"
        " waardeloos useless nuttig useful interessant interesting leerrijk leerzaam informatief"
        " informative helpful handig relevant redelijk voldoende onvoldoende aanrader cool"
        " lovely terrible awful vreselijk sterk zwak helder"
    )
)
_FILLING = frozenset(
    _words(
        "zeer heel erg echt very really quite pretty best wel was is de het the a een training"
        " cursus course session sessie dag day workshop webinar overall alles all much"
    )
)
_RATING = re.compile(
    r"^(?:(?:cijfer|score|rating)\s*:?\s*)?\d{1,2}(?:[.,]\d)?\s*(?:/|out of|op|uit|van)\s*\d{1,2}"
    r"(?:\s*(?:sterren|stars?|punten|points))?$"
    r"|^\d(?:[.,]5)?\s*(?:sterren|stars?|ster|star)$"
    r"|^[★⭐*]{1,5}\s*(?:[☆]{0,4})$",
    re.I,
)
_NO_CRITICISM = re.compile(
    r"^(?:niets|niks|nothing|geen)\s+(?:aan\s+te\s+merken|op\s+aan\s+te\s+merken|to\s+criti[cs]ise|"
    r"to\s+complain\s+about|op\s+aan\s+te\s+merken|negatiefs?)$"
    r"|^(?:all|alles)\s+(?:good|goed|prima|top|ok)$",
    re.I,
)


@dataclass(frozen=True)
class RuleDecision:
    level: Level
    rule: str


def _normalised(text: str) -> str:
    return _PUNCT.sub(" ", text.lower()).strip()


def decide(text: str) -> RuleDecision | None:
    """A codebook decision for a clear-cut comment, or ``None`` when the model must decide."""
    stripped = text.strip()
    if _RATING.match(stripped):
        return RuleDecision(Level.L1, "rating")
    if not _HAS_WORD.search(stripped):
        return RuleDecision(Level.NONE, "empty")
    plain = _normalised(stripped)
    if plain in FILLERS:
        return RuleDecision(Level.NONE, "filler")
    if _NOISE.match(plain):
        return RuleDecision(Level.NONE, "noise")
    if _NO_CRITICISM.match(plain):
        return RuleDecision(Level.L1, "minimal")
    words = plain.split()
    if (
        len(words) <= 4
        and any(word in EVALUATIVE for word in words)
        and all(word in EVALUATIVE or word in _FILLING for word in words)
    ):
        return RuleDecision(Level.L1, "minimal")
    return None
