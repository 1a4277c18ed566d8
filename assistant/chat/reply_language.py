"""Which language to reply in: a conversation keeps its language until a message is clearly in
the other one, so one English phrase in a Dutch message ("coaching on the job") does not switch.

"Clearly" is measured: the other language's function words, after the English loan phrases
Dutch L&D speech uses are taken out, must be at least ``MIN_WORDS`` and ``SHARE`` of all
function words found.
"""

from __future__ import annotations

import re

from assistant.text.language import Language, detect_language, function_word_counts

LOAN_PHRASES = (
    "coaching on the job", "training on the job", "learning on the job", "on the job",
    "blended learning", "e-learning", "elearning", "microlearning", "mobile learning",
    "learning and development", "learning & development", "follow-up", "follow up", "kpi's",
    "kpis", "kpi", "business case", "soft skills", "hard skills", "train the trainer",
    "return on investment", "best practices", "best practice", "learning journey",
    "self-assessment", "peer review", "one-on-one", "one-to-one", "check-in", "serious game",
    "on-boarding", "onboarding", "performance management", "people manager", "the job",
)  # fmt: skip
"""English terms Dutch speakers use inside Dutch sentences; they say nothing about language."""
_LOANS = re.compile(
    r"(?<![\w-])(?:" + "|".join(re.escape(p) for p in sorted(LOAN_PHRASES, key=len, reverse=True))
    + r")(?![\w-])",
    re.IGNORECASE,
)  # fmt: skip


MIN_WORDS = 3
SHARE = 0.75


def choose_language(text: str, previous: Language | None) -> Language:
    """``previous`` unless ``text`` is clearly in the other language; a first message is read
    by ``first_language``."""
    if previous is None:
        return first_language(text)
    counts = function_word_counts(_LOANS.sub(" ", text[:2000]))
    other = Language.EN if previous is Language.NL else Language.NL
    theirs, ours = counts[other], counts[previous]
    if theirs >= MIN_WORDS and theirs >= SHARE * (theirs + ours):
        return other
    return previous


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_CHAT_WORDS = {
    Language.NL: _words("hallo hoi dag goedemorgen goedemiddag ja nee klopt dank bedankt graag "
                           "wat hoe waarom laat zien toon geef vertel mij je jouw jij"),
    Language.EN: _words("hello hi hey morning yes no right thanks thank please what how why "
                           "which could show me your you tell give"),
}  # fmt: skip


def first_language(text: str) -> Language:
    """A conversation's first message, without its English loan phrases: its language if the
    detector is sure, else its chat words ("hello", "klopt"), else Dutch."""
    sample = _LOANS.sub(" ", text[:2000])
    as_nl = detect_language(sample, default=Language.NL)
    if as_nl == detect_language(sample, default=Language.EN):
        return as_nl
    words = set(re.findall(r"[a-z]+", sample.lower()))
    nl, en = len(words & _CHAT_WORDS[Language.NL]), len(words & _CHAT_WORDS[Language.EN])
    return Language.EN if en > nl else Language.NL
