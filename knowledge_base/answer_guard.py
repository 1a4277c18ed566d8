"""What keeps a model's answer from being worse than the offline one (pure checks).

A model's answer is accepted only when it is at least as honest as the offline answer to the
same question: in the question's language, citing only passages it uses (a ``[n]`` in its text),
not claiming "not covered" where the offline engine found the passages that cover it, and, where
the offline engine answered, resting on at least one of the passages that answer rests on.
Anything else is the offline answer, with the reason in ``fallback_reason``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

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


def unused_citations(answer_text: str, cited: Sequence[int]) -> list[int]:
    """Listed passage numbers the answer's text never cites with ``[n]``."""
    used = markers(answer_text)
    return sorted(set(cited) - used)


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
