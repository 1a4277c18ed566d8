"""What a programme teaches, named by a model, for the level-2 objective the method proposes.

The offline composer cannot tell what a programme teaches: its level-2 objective tests "the
knowledge test or practical assignment". A small model can name the topic in a few of the
programme's own words where it cannot reword a whole objective (measured: Qwen2.5-Coder-1.5B
returned every objective word for word, and reworded ones lost their measure or their deadline).
The topic is checked before it is used: short, without figures, in the programme's words and not
its title; the objective keeps every word the method gave it and gains the topic at its end.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from pydantic import BaseModel, Field

from assistant.planning.brief import ProgramBrief
from assistant.text.language import Language

MAX_WORDS = 10
GROUNDED = 2 / 3
"""The share of the topic's content words that must occur in the programme text."""
_PREFIX = 5  # words compared on their first letters: "diagnosis" is grounded by "diagnose"
_CONTENT = re.compile(r"[^\W\d_]{4,}")
_DIGIT = re.compile(r"\d")
_ABOUT = {Language.NL: "over", Language.EN: "on"}
_LABELS = {
    Language.NL: ("Leeractiviteiten", "Gewenst gedrag"),
    Language.EN: ("Learning activities", "Desired behaviours"),
}


class ProgrammeTopic(BaseModel):
    """What the participants of the programme learn."""

    topic: str = Field(description="at most eight words, in the programme's own words")


def programme_lines(brief: ProgramBrief, language: Language) -> str:
    """What the programme teaches and asks, as labelled lines, without its title or target group
    (a small model read the brief's JSON field names as content, and named the title or the
    group when they were shown)."""
    activities, behaviours = _LABELS[language]
    lines: list[str] = []
    for label, items in (
        (activities, brief.learning_activities),
        (behaviours, brief.desired_behaviours),
    ):
        lines += [f"{label}:", *(f"- {item}" for item in items)] if items else []
    return "\n".join(lines)


def topic_problem(topic: str, *, programme: str, names: dict[str, str | None]) -> str | None:
    """Why ``topic`` cannot name what the programme teaches, if it cannot; ``names`` are what
    it may not repeat (the programme's title, its target group), by what they are."""
    words = topic.split()
    if not words:
        return "the topic is empty"
    if len(words) > MAX_WORDS:
        return f"the topic has {len(words)} words; give at most {MAX_WORDS - 2}"
    if _DIGIT.search(topic):
        return "the topic holds a figure; name the subject without numbers"
    folded = topic.casefold().strip(" .\"'")
    for what, name in names.items():
        if name and _repeats(folded, name.casefold()):
            return f"the topic repeats {what}; name what the participants learn"
    content = [word[:_PREFIX] for word in _CONTENT.findall(folded)]
    known = _stems(programme.casefold())
    if not content or sum(word in known for word in content) < GROUNDED * len(content):
        return "the topic is not in the programme's own words"
    return None


def _repeats(topic: str, name: str) -> bool:
    """Whether the topic only says the name again: in the same words, or most of its letters."""
    words = _stems(topic)
    return (bool(words) and words <= _stems(name)) or (
        SequenceMatcher(None, topic, name).ratio() >= 0.75
    )


def _stems(text: str) -> set[str]:
    return {word[:_PREFIX] for word in _CONTENT.findall(text)}


def with_topic(objective: str, topic: str, language: Language) -> str:
    """The objective with what it tests at its end: "... de kennistoets over <topic>."."""
    body = objective.rstrip().rstrip(".")
    return f"{body} {_ABOUT[language]} {' '.join(topic.split()).strip(' .')}."
