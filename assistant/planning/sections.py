"""Cutting a free-text brief into labelled fields ("Doelgroep: ..."), lists under a heading
("Gewenst gedrag:" followed by bullets) and the remaining prose sentences."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from assistant.planning.lexicon import (
    ACTIVITY_CUES,
    ACTIVITY_LABELS,
    BEHAVIOUR_CUES,
    BEHAVIOUR_LABELS,
    GOAL_CUES,
    GOAL_LABELS,
)
from assistant.text import sentences
from assistant.text.language import Language

FIELD_LABELS: dict[str, str] = {
    "title": r"titel|title|programma|programme|program|naam|name",
    "organisation": r"organisatie|opdrachtgever|klant|organisation|organization|client|company",
    "target_group": r"doelgroep|target group|audience",
    "participants": r"aantal deelnemers|deelnemers|participants|number of participants",
    "duration": r"duur|looptijd|duration|length",
    "start_date": r"start|startdatum|start date|aanvang",
    "methodology": r"methode|methodiek|methodology|method|model",
}
_FIELD = re.compile(
    rf"^\s*(?:{'|'.join(f'(?P<{name}>{label})' for name, label in FIELD_LABELS.items())})"
    r"\s*:\s*(?P<value>.+?)\s*$",
    re.IGNORECASE,
)
_LISTS = {"goals": GOAL_CUES, "behaviours": BEHAVIOUR_CUES, "activities": ACTIVITY_CUES}
_BULLET = re.compile(r"^\s*(?:[-*•·–]|\d+[.)])\s+")
_ABBREVIATION_DOT = re.compile(r"(?<!\b\w)\.$")
_CLAUSE_END = re.compile(r"\s*;\s*|\s+[•·▪]\s+")
_LABELS = "|".join([*FIELD_LABELS.values(), GOAL_LABELS, BEHAVIOUR_LABELS, ACTIVITY_LABELS])
_NEXT_LABEL = re.compile(rf"(?<=[.!?])\s+(?=(?:{_LABELS})\s*:)", re.IGNORECASE)
"""A label after a sentence end starts a new field: "Programma: X. Doel: ..." on one line."""
_GOES_ON = r"(?:from|van|to|naar|by|met|with|within|binnen|in|before|voor|vóór)\b"
"""After a comma these go on with the item ("fewer incidents, from 12 to 6"), not a new one."""


@dataclass
class Sections:
    fields: dict[str, str] = field(default_factory=dict)
    lists: dict[str, list[str]] = field(default_factory=dict)
    sentences: list[str] = field(default_factory=list)
    first_line: str | None = None


def split_brief(text: str, language: Language = Language.NL) -> Sections:
    """Labelled fields, listed items per heading, and prose sentences, in reading order."""
    sections = Sections()
    current: str | None = None
    lines = [
        segment.strip()
        for line in text.replace("\r", "").split("\n")
        for segment in _NEXT_LABEL.split(line)
    ]
    sections.first_line = next((line for line in lines if line), None)
    for line in lines:
        if not line:
            current = None
            continue
        heading = _heading(line)
        if heading is not None:
            current, rest = heading
            sections.lists.setdefault(current, []).extend(split_items(rest))
            continue
        labelled = _FIELD.match(line)
        if labelled is not None:
            name = next(k for k in FIELD_LABELS if labelled.group(k))
            sections.fields.setdefault(name, _ABBREVIATION_DOT.sub("", labelled["value"]))
            current = None
            continue
        if current is not None and (_BULLET.match(line) or not line.endswith(".")):
            sections.lists[current].append(_clean_item(_BULLET.sub("", line)))
            continue
        current = None
        sections.sentences.extend(split_sentences(_BULLET.sub("", line), language))
    return sections


def split_sentences(text: str, language: Language = Language.NL) -> list[str]:
    """Sentences (``text.sentences``) and clauses: a ";" or an inline bullet ends a statement as
    a full stop does, so "40 teamleiders; verzuim van 6% naar 4,5%; budget EUR 85.000" gives
    three."""
    return [
        s for clause in _CLAUSE_END.split(text) for s in sentences.split_sentences(clause, language)
    ]


def split_items(text: str) -> list[str]:
    """ "a; b; c" or "a, b en c" into items; a single item stays whole."""
    text = text.strip().rstrip(".")
    if not text:
        return []
    parts = re.split(r"\s*;\s*", text) if ";" in text else [text]
    if len(parts) == 1:
        parts = re.split(r",\s+(?!" + _GOES_ON + r")|\s+(?:en|and|plus)\s+", text)
    return [_clean_item(part) for part in parts if _clean_item(part)]


def _heading(line: str) -> tuple[str, str] | None:
    for name, cue in _LISTS.items():
        m = cue.match(line)
        if m and (line[m.end() - 1 : m.end()] == ":" or m.end() == len(line)):
            return name, line[m.end() :]
    return None


def _clean_item(item: str) -> str:
    return item.strip().strip(".;,").strip()
