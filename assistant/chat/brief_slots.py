"""Gathering a programme brief over several turns: read each message, merge, ask what is open.

Each message is read with ``brief_from_text``; a short answer to the one question just asked
("Leiderschap in de praktijk", "40", "twee dagen") is read as the answer to that question.
The open questions come from ``BriefExtraction.open_questions``, most important first.
"""

from __future__ import annotations

import re
from typing import Any

from assistant.planning import BriefDraft, OpenQuestion, brief_from_text
from assistant.planning.brief import BusinessGoal, Methodology
from assistant.planning.dates import find_dates
from assistant.planning.extract import BriefExtraction
from assistant.planning.questions import open_questions
from assistant.planning.sections import split_items
from assistant.planning.titles import find_name, looks_like_name
from assistant.text.language import Language
from assistant.text.people import find_people
from assistant.text.periods import find_durations

ESSENTIAL = ("/title", "/business_goals", "/desired_behaviours", "/learning_activities",
             "/target_group", "/participants")  # fmt: skip
"""Asked before offering a plan; the rest the plan lists as open questions."""
PAIRS = {"/target_group": "/participants", "/duration": "/start_date"}
"""Short factual questions asked together; every other question is asked on its own."""
_LISTS = ("business_goals", "desired_behaviours", "learning_activities", "costs",
          "expected_benefits")  # fmt: skip


def read_message(
    text: str, language: Language, pending: list[str], *, first: bool = False
) -> BriefDraft:
    """What one message adds to the brief, reading it as the answer to ``pending`` (the
    questions just asked) first; ``first``: the conversation's first words about the brief."""
    draft = brief_from_text(text, language).brief
    if draft.participants is None:
        people = find_people(text, language=language)
        if people:
            draft = draft.model_copy(
                update={
                    "participants": people[0].count,
                    "target_group": draft.target_group or people[0].group,
                }
            )
    title = find_name(text)
    if title is None and draft.title is not None and _names_title(text, pending, first):
        title = draft.title if _is_name(draft.title, language) else None
    draft = draft.model_copy(update={"title": title})  # a sentence or an answer is not a name
    answered = _answer(text.strip(), language, pending)
    if answered:
        draft = BriefDraft.model_validate(draft.model_dump(exclude_none=True) | answered)
    return draft


_TITLE_CUE = re.compile(r"\b(?:heet|genaamd|titel|called|named|title)\b|[\"“]", re.IGNORECASE)


def _names_title(text: str, pending: list[str], first: bool) -> bool:
    """Only a first brief, an answer to "what is it called", or a message naming the programme
    sets the title."""
    return "/title" in pending or first or bool(_TITLE_CUE.search(text))


def _answer(text: str, language: Language, pending: list[str]) -> dict[str, Any]:
    if not pending or len(text) > 300 or not any(char.isalnum() for char in text):
        return {}  # nothing asked, a whole brief, or no word at all ("-", ". ,")
    field = pending[0].strip("/")
    values: dict[str, Any] = {}
    people = find_people(text, language=language)
    if field == "title":
        values["title"] = find_name(text) or (text if _is_name(text, language) else None)
    elif field in ("target_group", "participants"):
        number = re.search(r"\d[\d.,]*", text)
        if people:
            values.update(target_group=people[0].group, participants=people[0].count)
        elif number and field == "participants":
            values["participants"] = int(re.sub(r"[.,]", "", number.group()))
        elif not number:
            values["target_group"] = text.strip(" .")[:200]
    elif field in ("duration", "start_date"):
        durations, dates = find_durations(text, language=language), find_dates(text)
        if durations:
            values["duration"] = durations[0].duration
        if dates:
            values["start_date"] = dates[0].ref
    elif field == "organisation":
        values["organisation"] = text.strip(" .")[:200]
    elif field == "desired_behaviours":
        values["desired_behaviours"] = [text.rstrip(".")[:500]]
    elif field == "learning_activities":
        values["learning_activities"] = split_items(text)[:20]
    elif field == "business_goals" and not brief_from_text(text, language).brief.business_goals:
        values["business_goals"] = [BusinessGoal(description=text.rstrip(".")[:500])]
    elif field == "methodology":
        values["methodology"] = _methodology(text)
    return {key: value for key, value in values.items() if value not in (None, "", [])}


def _is_name(text: str, language: Language) -> bool:
    """A short answer that reads as a name and says nothing else about the programme (not
    "Teamleiders krijgen coaching on the job")."""
    if not looks_like_name(text):
        return False
    brief = brief_from_text(text, language).brief
    sentence = text.rstrip().endswith(".") and bool(brief.learning_activities)
    return not (sentence or brief.business_goals or brief.desired_behaviours or brief.participants)


def _methodology(text: str) -> Methodology | None:
    lowered = text.lower()
    if "kirkpatrick" in lowered or re.match(r"^(?:nee|no|niet)\b", lowered):
        return Methodology.KIRKPATRICK
    if re.search(r"\b(?:phillips|roi|ja|yes|graag|please)\b", lowered):
        return Methodology.PHILLIPS
    return None


def merge(brief: BriefDraft, new: BriefDraft) -> BriefDraft:
    """Fill what was empty, replace what was restated, add new goals, behaviours and activities."""
    data = brief.model_dump()
    for name, value in new.model_dump().items():
        if name in _LISTS:
            data[name] = data[name] + [item for item in value if item not in data[name]]
        elif value is not None:
            data[name] = value
    return BriefDraft.model_validate(data)


def questions(brief: BriefDraft, language: Language) -> list[OpenQuestion]:
    return open_questions(
        brief, language, benefits_without_period=[], unclear_amounts=[], currencies=[]
    )


def next_questions(brief: BriefDraft, language: Language, asked: list[str]) -> list[OpenQuestion]:
    """The next one or two essential questions, skipping those asked twice already."""
    open_ = [q for q in questions(brief, language)
             if q.field in ESSENTIAL and asked.count(q.field) < 2]  # fmt: skip
    if not open_:
        return []
    first = open_[0]
    pair = PAIRS.get(first.field)
    second = next((q for q in open_ if q.field == pair), None)
    return [first, second] if second else [first]


def ready(brief: BriefDraft) -> bool:
    """Enough for a first plan: a title and a business goal or a desired behaviour."""
    return brief.title is not None and bool(brief.business_goals or brief.desired_behaviours)


def describes(extraction: BriefExtraction) -> bool:
    """Whether a message says anything about a programme at all."""
    brief = extraction.brief
    return any(
        (brief.business_goals, brief.desired_behaviours, brief.learning_activities,
         brief.target_group, brief.participants, brief.duration)
    )  # fmt: skip
