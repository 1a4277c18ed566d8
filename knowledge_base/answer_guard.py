"""What keeps a model's answer from being worse than the offline one (pure checks).

A model's answer is accepted only when it is at least as honest as the offline answer to the
same question: in the question's language, making every point of the method card that answers
it, citing only passages it uses (a ``[n]`` in its text,
or words it shares with the passage),
not claiming "not covered" where the offline engine found the passages that cover it, and, where
the offline engine answered, resting on at least one of the passages that answer rests on.
Anything else is the offline answer, with the reason in ``fallback_reason``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from assistant.text.language import Language, detect_language
from knowledge_base.models import Answer, Citation

MARKER = re.compile(r"\[(\d+)\]")
# Ways a model says it has no answer, beyond the exact sentence the prompt asks for.
_NO_ANSWER = re.compile(
    r"\b(?:(?:do|does) not (?:cover|address|discuss|mention)|not covered|no information"
    r"|cannot (?:answer|find)|can't (?:answer|find)|behandelen dit niet|niet behandeld"
    r"|geen informatie|kan (?:ik )?(?:dit|deze vraag|de vraag)? ?niet beantwoorden"
    r"|staat (?:hier )?niet in)\b",
    re.IGNORECASE,
)
_MIN_CHARS_FOR_LANGUAGE = 40  # shorter texts are too short to tell Dutch from English


def markers(text: str) -> set[int]:
    """The passage numbers written as ``[n]`` in ``text``."""
    return {int(n) for n in MARKER.findall(text)}


def says_not_covered(text: str) -> bool:
    return bool(_NO_ANSWER.search(text))


_WORD = re.compile(r"[^\W\d_]{6,}")
_PREFIX = 5
_SHARED = 2
# Long words that say nothing about a passage's content (Dutch and English).
_FILLER = frozenset(
    [
        "should",
        "because",
        "between",
        "through",
        "within",
        "without",
        "whether",
        "answer",
        "question",
        "sources",
        "passage",
        "passages",
        "worden",
        "kunnen",
        "hebben",
        "zouden",
        "tussen",
        "zonder",
        "wanneer",
        "bronnen",
        "antwoord",
    ]
)


def _stems(text: str) -> set[str]:
    words = (word.casefold() for word in _WORD.findall(text))
    return {word[:_PREFIX] for word in words if word not in _FILLER}


def unused_citations(
    answer_text: str, cited: Sequence[int], support: Mapping[int, str]
) -> list[int]:
    """Listed passage numbers the answer does not use: not cited with ``[n]`` in the text, and
    sharing fewer than two content words with the passage (``support[n]``: its quote, plus its
    method card's answer in the answer's language when it is a card's quote). Words are compared
    by their first five letters, so cognates count across Dutch and English ("controlegroep",
    "control group")."""
    marked = markers(answer_text)
    said = _stems(answer_text)
    return sorted(
        n for n in set(cited) - marked if len(said & _stems(support.get(n, ""))) < _SHARED
    )


def missing_points(answer_text: str, points: Sequence[str]) -> list[str]:
    """The method-card points the answer does not make: sharing no content word with it."""
    said = _stems(answer_text)
    return [point for point in points if _stems(point) and not said & _stems(point)]


def language_problem(answer_text: str, language: Language) -> str | None:
    """Why the answer is not in ``language``, if it clearly is not."""
    plain = MARKER.sub("", answer_text)
    if len(plain.strip()) < _MIN_CHARS_FOR_LANGUAGE:
        return None
    found = detect_language(plain)
    if found != language:
        return f"the answer is in {found.value}, the question in {language.value}"
    return None


def worse_than_offline(text: str, citations: Sequence[Citation], offline: Answer) -> str | None:
    """Why an otherwise valid model answer would be worse than ``offline``, if it would."""
    if says_not_covered(text):
        if offline.covered:
            return "the model said the sources do not cover this, while retrieval found them"
        return None
    if not citations:
        return "the answer cites no passage"
    if offline.covered:
        grounded = {c.chunk_id for c in offline.citations}
        if grounded and not grounded & {c.chunk_id for c in citations}:
            return "the answer cites none of the passages the question's method card rests on"
    return None
