"""``brief_from_text``: the offline engine's reading of a free-text brief, Dutch or English.

It takes only what the text says: a value that is not there stays empty and becomes an open
question, so the advisor asks instead of the assistant guessing.
"""

from __future__ import annotations

import re
from typing import Any

from pydantic import BaseModel, ConfigDict, ValidationError

from assistant.errors import invalid_input
from assistant.planning.brief import BriefDraft, BusinessGoal, Methodology, ProgramBrief
from assistant.planning.dates import DateRef, find_dates
from assistant.planning.goals import CHANGE_VERBS, GoalReading, read_goal
from assistant.planning.lexicon import ACTIVITIES, FREQUENCY, KPIS
from assistant.planning.money_lines import read_money
from assistant.planning.questions import OpenQuestion, open_questions
from assistant.planning.sections import Sections, split_brief, split_items
from assistant.planning.titles import find_name
from assistant.text.language import Language, detect_language
from assistant.text.money import currency_codes, find_money
from assistant.text.numbers import parse_number
from assistant.text.people import find_people, is_people
from assistant.text.periods import Duration, find_durations


class BriefExtraction(BaseModel):
    """What a free-text brief yields: the draft, what is still open, and the language read."""

    model_config = ConfigDict(frozen=True)

    language: Language
    brief: BriefDraft
    open_questions: list[OpenQuestion]
    currency: str | None
    """The one currency the text's amounts are in (the brief's lines carry none)."""
    complete: bool
    """True when the draft is a valid ``ProgramBrief`` (title and a goal or behaviour)."""

    def to_brief(self) -> ProgramBrief:
        """The draft as a ``ProgramBrief``; ``InvalidInputError`` naming what is missing."""
        try:
            return ProgramBrief.model_validate(self.brief.model_dump(exclude_none=True))
        except ValidationError as exc:
            raise invalid_input(exc, what="brief") from exc


def brief_from_text(text: str, language: Language | None = None) -> BriefExtraction:
    """Read a programme brief from free text; nothing the text does not say is filled in."""
    language = language or detect_language(text)
    sections = split_brief(text, language)
    sentences = sections.sentences
    money = read_money(
        sentences + [item for items in sections.lists.values() for item in items], language
    )
    people = _people(sections, language)
    fields: dict[str, Any] = {
        "language": language,
        "title": _title(sections),
        "organisation": sections.fields.get("organisation"),
        "methodology": _methodology(text),
        "target_group": people[0],
        "participants": people[1],
        "duration": _duration(sections, language),
        "start_date": _start_date(sections),
        "business_goals": _goals(sections, language),
        "desired_behaviours": _behaviours(sections, language),
        "learning_activities": _activities(sections, language),
        "costs": money.costs,
        "expected_benefits": money.benefits,
    }
    draft = BriefDraft.model_validate(fields)
    questions = open_questions(
        draft,
        language,
        benefits_without_period=money.benefits_without_period,
        unclear_amounts=money.unclear,
        currencies=money.currencies,
    )
    complete = draft.title is not None and bool(draft.business_goals or draft.desired_behaviours)
    currency = money.currencies[0] if len(money.currencies) == 1 else None
    return BriefExtraction(
        language=language,
        brief=draft,
        open_questions=questions,
        currency=currency,
        complete=complete,
    )


def _title(sections: Sections) -> str | None:
    if "title" in sections.fields:
        return sections.fields["title"][:200]
    named = find_name(" ".join(sections.sentences))
    if named:
        return named
    first = sections.first_line
    if first and len(first) <= 100 and not first.endswith((".", ":", "?")) and ":" not in first:
        return first
    return None


def _methodology(text: str) -> Methodology | None:
    if re.search(r"\bkirkpatrick\b", text, re.IGNORECASE):
        return Methodology.KIRKPATRICK
    if re.search(r"\b(?:phillips|roi|return on investment|rendement)\b", text, re.IGNORECASE):
        return Methodology.PHILLIPS
    return None


def _people(sections: Sections, language: Language) -> tuple[str | None, int | None]:
    group = sections.fields.get("target_group")
    count_text = sections.fields.get("participants")
    count = None
    if count_text:
        found = find_people(count_text, language=language)
        number = re.search(r"\d[\d.,]*", count_text)
        count = found[0].count if found else _int(number.group(), language) if number else None
        group = group or (found[0].group if found else None)
    if group:
        found = find_people(group, language=language)
        if found:
            return group, count if count is not None else found[0].count
    # the ROI figure reader builds on this package's money and time readers: imported here
    from assistant.figures.clauses import Message
    from assistant.figures.participants import participants

    for sentence in sections.sentences:
        who = participants(Message.of(sentence, language), language)
        if len(who.counts) == 1:  # "42 field auditors plus their 8 supervisors attended": 50
            named = group or (who.groups[0] if who.groups else None)  # "30 took it": none
            return named, count if count is not None else who.counts[0]
        found = find_people(sentence, language=language)
        if found:
            return group or found[0].group, count if count is not None else found[0].count
    return group, count


def _int(text: str, language: Language) -> int | None:
    value = parse_number(text, language=language)
    return int(value) if value == value.to_integral_value() else None


def _duration(sections: Sections, language: Language) -> Duration | None:
    """The programme's length: "over 6 weeks" beats a plain duration beats "a 2-day workshop"."""
    if "duration" in sections.fields:
        labelled = find_durations(sections.fields["duration"], language=language)
        return labelled[0].duration if labelled else None
    candidates = []
    for sentence in sections.sentences:
        dates = find_dates(sentence)
        for found in find_durations(sentence, language=language):
            inside = any(found.start < d.end and d.start < found.end for d in dates)
            before = sentence[max(0, found.start - 20) : found.start]
            if inside or _NOT_LENGTH.search(before):
                continue
            if _LENGTH_CUE.search(before):
                rank = 0
            elif ACTIVITIES.match(sentence[found.end :].strip()):
                rank = 2
            else:
                rank = 1
            candidates.append((rank, found.duration))
    return min(candidates, key=lambda item: item[0])[1] if candidates else None


_NOT_LENGTH = re.compile(r"\b(?:per|elke|iedere|every|each|na|after|binnen|within)\s*$", re.I)
_LENGTH_CUE = re.compile(
    r"\b(?:over|gedurende|during|across|for|van|duurt|lasts|looptijd van|duration of|in)\s*$",
    re.IGNORECASE,
)


def _start_date(sections: Sections) -> DateRef | None:
    if "start_date" in sections.fields:
        labelled = find_dates(sections.fields["start_date"])
        return labelled[0].ref if labelled else None
    for sentence in sections.sentences:
        for found in find_dates(sentence):
            if found.is_start:
                return found.ref
    return None


def _goals(sections: Sections, language: Language) -> list[BusinessGoal]:
    goals = [_goal(item, language) for item in sections.lists.get("goals", [])]
    for sentence in sections.sentences:
        reading = read_goal(sentence, language)
        if _is_goal_sentence(sentence, reading, language):
            goals.append(_goal(sentence, language))
    return goals[:50]


def _is_goal_sentence(sentence: str, reading: GoalReading, language: Language) -> bool:
    """A KPI with figures; amounts of money without a baseline are cost or benefit lines."""
    if not reading.has_figures or reading.kpi is None:
        return False
    if reading.unit in currency_codes() and reading.baseline is None:
        return False
    if find_money(sentence, language=language) and not _has_change_verb(sentence, language):
        return False
    words = {w.lower().strip(".,()") for w in sentence.split()}
    return bool(words & CHANGE_VERBS[language] or words & KPIS) or "naar" in words


def _has_change_verb(sentence: str, language: Language) -> bool:
    return bool({w.lower().strip(".,()") for w in sentence.split()} & CHANGE_VERBS[language])


def _goal(text: str, language: Language) -> BusinessGoal:
    reading = read_goal(text, language)
    return BusinessGoal(
        description=text.rstrip(".")[:500],
        kpi=reading.kpi,
        baseline=reading.baseline,
        target=reading.target,
        unit=reading.unit,
        deadline=reading.deadline,
    )


_MODAL = {
    Language.NL: r"moeten|moet|gaan|gaat|zullen|kunnen|willen",
    Language.EN: r"should|will|must|need to|needs to",
}
_WE_WANT = {
    Language.NL: re.compile(r"\b(?:we willen dat|wij willen dat|het doel is dat)\s+(.+)", re.I),
    Language.EN: re.compile(r"\bwe (?:want|expect) (.+? to .+)", re.IGNORECASE),
}


def _behaviours(sections: Sections, language: Language) -> list[str]:
    found = list(sections.lists.get("behaviours", []))
    found.extend(s.rstrip(".") for s in sections.sentences if _is_behaviour(s, language))
    for sentence in sections.sentences:
        m = _WE_WANT[language].search(sentence.rstrip("."))
        if m and _subject_is_people(m.group(1)) and not read_goal(m.group(1), language).has_figures:
            found.append(m.group(1))
    return [item[:1].upper() + item[1:500] for item in found][:50]


def _is_behaviour(sentence: str, language: Language) -> bool:
    """People as the subject, then a modal verb or a frequency: 'Teamleiders voeren elke week'."""
    if read_goal(sentence, language).has_figures or find_money(sentence, language=language):
        return False
    if not _subject_is_people(sentence):
        return False
    modal = re.search(rf"^\S+(?:\s+\S+){{0,3}}?\s+(?:{_MODAL[language]})\b", sentence, re.I)
    return bool(modal or FREQUENCY.search(sentence))


def _subject_is_people(text: str) -> bool:
    """The first content word (after an article, 'alle' or a count) names people."""
    words = [w.strip(",.") for w in text.split()[:4]]
    while words and (words[0].lower() in _DETERMINERS or words[0].isdigit()):
        words.pop(0)
    return bool(words) and any(is_people(word) for word in words[:2])


_DETERMINERS = frozenset({"de", "het", "alle", "onze", "the", "all", "our", "every", "elke"})


_LIST_CUE = re.compile(
    r"\b(?:bestaat uit|bestaande uit|omvat|met|consists of|includes|including|comprises|"
    r"comprising|with)\s+(?P<list>.+)$",
    re.IGNORECASE,
)


def _activities(sections: Sections, language: Language) -> list[str]:
    found = list(sections.lists.get("activities", []))
    for sentence in sections.sentences:
        if not ACTIVITIES.search(sentence) or find_money(sentence, language=language):
            continue
        if _is_behaviour(sentence, language):
            continue
        m = _LIST_CUE.search(sentence.rstrip("."))
        items = split_items(m["list"]) if m else [sentence.rstrip(".")]
        found.extend(item for item in items if ACTIVITIES.search(item))
    return [item[:1].upper() + item[1:500] for item in found][:50]
