"""The participants as advisors count them: "4 teams van 7 adviseurs", "three shifts, 14 pickers
per shift", "Ward A had 22, Ward B 19 and Ward C 24", "120 ... minus the 8 agency temps", "31
medewerkers, maar 4 waren met verlof, dus 27".

Only a sentence that says who took part is read, and only the arithmetic it states is done
(groups x their size, a list of group sizes, a named exception); a total the writer gives wins.
The numbers are read by ``assistant.text.numbers`` (words too: "Three shifts", "twee teams").
"""

from __future__ import annotations

import re
from dataclasses import replace

from assistant.figures.clauses import Message
from assistant.text.language import Language
from assistant.text.money import find_money
from assistant.text.numbers import FoundNumber, find_numbers
from assistant.text.people import PeopleCount

_TAKE_PART = re.compile(
    r"\b(?:took part|take part|taking part|went through|go through|attended|did it|did the|"
    r"participants?|participated|trained|in scope|completed|deelnemers?|deden mee|deed mee|"
    r"doen mee|meegedaan|gevolgd|volgden|volgde|doorlopen|doorliepen|deelgenomen|namen deel|"
    r"neemt deel)\b|\b(?:deden|deed|doen|doet)\b[^.;!?]{0,60}\bmee\b",
    re.IGNORECASE,
)
_UNIT = (
    r"(?:teams?|shifts?|ploegen|ploeg|diensten|dienst|squads?|filialen|filiaal|vestigingen|"
    r"vestiging|sites?|campuses|campus|wards?|afdelingen|afdeling|restaurants?|stores?|winkels?|"
    r"hotels?|cohorts?|groepen|groep|groups?|lines?|lijnen|lijn|klassen|klas|classes|class|locaties|"
    r"locatie|locations?|depots?|branches|branch|regio'?s|regions?|units?|desks?|scholen|schools?)"
)
_GROUPS_OF = re.compile(
    rf"^\s+(?:[\w-]+\s+)?{_UNIT}(?:\s+[\w-]+)?\s*(?:(?:van|of|met|with)\s+(?:elk\s+|each\s+)?|"
    r"(?P<comma>,)\s*)$",
    re.IGNORECASE,
)
"""Between a number of groups and their size: "4 teams van [7]", "5 squads, [6] engineers each"
(after a comma only when "each" follows the size)."""
_EACH_AFTER = re.compile(r"^\s+(?:[\w-]+\s+)?(?:each|elk|ieder)\b", re.IGNORECASE)
_PER_GROUP = re.compile(rf"^\s+(?:[\w-]+\s+)?(?:per|a|each|elk|in elke?|in each)\s+{_UNIT}\b", re.I)
"""After a group's size: "14 pickers per shift", "12 per filiaal"."""
_GROUPS = re.compile(
    rf"^\s+(?:(?!(?:and|en|in|at|of|van|bij|op|per)\b)[\w-]+\s+)?{_UNIT}\b", re.IGNORECASE
)
"""After a number of groups: "3 campuses", "three Amsterdam hotels" (not "19 and Ward C")."""
_ONE = re.compile(r"\b(?:one|één|een|a)\s+(?:[\w-]+\s+)?" + _UNIT + r"\s+(?:of|van)\s+$", re.I)
_TOTAL = re.compile(
    r"\b(?:dus|so|that's|that is|dat zijn|samen|together|in totaal|totaal|in total|total of|"
    r"altogether|alleen met de|only the|met de)\s*$",
    re.IGNORECASE,
)
_TOTAL_AFTER = re.compile(
    r"^\s+(?:[\w-]+\s+)?(?:in totaal|in total|in all|total|totaal|altogether|samen)\b", re.I
)
_ALTERNATIVES = re.compile(r"^\s+(?:deelnemers|participants|cursisten|trainees)\b", re.I)
"""Two counts of "deelnemers" in one sentence are two answers to one question, not two groups."""
_EXCEPT = re.compile(
    r"\b(?:minus|min|behalve|except|but|maar|zonder|without)\s+(?:de\s+|the\s+)?$", re.I
)
_NOT_THERE = re.compile(
    r"\b(?:niet|not|n't|weren't|wasn't|didn't|verlof|ziek|leave|sick|absent|afwezig|afgehaakt|"
    r"uitgevallen|afgevallen|gestopt|dropped|quit|left)\b",
    re.IGNORECASE,
)
_SEPARATOR = re.compile(r"^(?:[^\d.;!?]|\d+(?:e|ste|de|st|nd|rd|th)\b){0,30}$")
"""Between two listed sizes: "8, 11 en 7", ", Ward B ", ", 2e lijn "."""
_NOT_PEOPLE = re.compile(
    r"(?:\s*(?:%|procent|percent|[a-z]\b|e\b|ste\b|st\b|nd\b|rd\b|th\b|uur|uren|hours?|hrs?|"
    r"minut|dag|dagen|days?|weken|weeks?|maand|months?|jaar|jaren|years?|keer|times|x\b|k\b|"
    r"mln|m\b|euro|dollar))",
    re.IGNORECASE,
)
_LABEL_BEFORE = re.compile(
    r"(?<!\de )(?<!\dst )(?<!\dnd )(?<!\drd )(?<!\dth )(?<!first )(?<!second )(?<!eerste )"
    r"(?<!tweede )\b(?:lines?|lijn(?:en)?|ward|nr|no|#|nummer|number)\.?\s*$",
    re.IGNORECASE,
)
"""A number that names a line or ward ("lines 2 and 4"), not one that counts its people ("1e
lijn 14")."""


def headcount(message: Message, language: Language, others: list[PeopleCount]) -> int | None:
    """The participants a sentence composes from groups, lists and exceptions; ``None`` when no
    sentence that says who took part does arithmetic on its counts. ``others`` are the people
    counted who are not participants (trainers, a comparison group)."""
    text = message.text
    for index in range(len(message.sentences)):
        start, end = message.sentences[index]
        sentence = text[start:end]
        if not _TAKE_PART.search(sentence):
            continue
        numbers = _counts(sentence, language)
        total = _stated_total(sentence, numbers)
        if total is not None:
            return total
        excluded = {p.start - start for p in others}
        base = _groups_times_size(sentence, numbers) or _listed(sentence, numbers, excluded)
        taken_off = _excepted(sentence, numbers)
        rest = [n for n in numbers if not _excepts(sentence, n)]
        if base is None and taken_off and len(rest) == 1:
            base = int(rest[0].value)  # "the whole department of 120 ..., minus the 8 temps"
        if base is None:
            continue
        return base - sum(taken_off)
    return None


def _counts(sentence: str, language: Language) -> list[FoundNumber]:
    """The numbers that can count people: not money, a share, a duration or an ordinal."""
    money = [(m.start, m.end) for m in find_money(sentence, language=language)]
    return [
        n for n in map(_undashed, find_numbers(sentence, language=language))
        if n.value == int(n.value) and 0 < n.value < 100_000
        and not any(s <= n.start < e for s, e in money)
        and not _NOT_PEOPLE.match(sentence, n.end)
        and not _LABEL_BEFORE.search(sentence, 0, n.start)
    ]  # fmt: skip


def _undashed(number: FoundNumber) -> FoundNumber:
    """ "did it - 15 per site": a dash before a count, not a minus."""
    if number.value < 0 and re.match(r"[-–]\s", number.text):
        return replace(number, value=-number.value)
    return number


def _stated_total(sentence: str, numbers: list[FoundNumber]) -> int | None:
    """ "dus 27 hebben de training gevolgd", "samen 52 mensen": the writer's own total, when the
    sentence also names the parts it adds up."""
    for n in numbers[1:]:
        if _TOTAL.search(sentence, 0, n.start) or _TOTAL_AFTER.match(sentence[n.end :]):
            return int(n.value)
    return None


def _groups_times_size(sentence: str, numbers: list[FoundNumber]) -> int | None:
    """Groups times their size, summed: "Two teams of 11 and one team of 9" is 31."""
    products: list[int] = []
    used: set[int] = set()
    for first, second in zip(numbers, numbers[1:], strict=False):
        if first.start in used:
            continue
        between = _GROUPS_OF.match(sentence[first.end : second.start])
        if between and (not between["comma"] or _EACH_AFTER.match(sentence[second.end :])):
            products.append(int(first.value * second.value))
            used |= {first.start, second.start}
    for n in numbers:
        if n.start in used:
            continue
        if _ONE.search(sentence, 0, n.start):
            products.append(int(n.value))  # "one team of 9"
            used.add(n.start)
        elif _PER_GROUP.match(sentence[n.end :]):  # "14 pickers per shift": times the shifts
            groups = [g for g in numbers if g is not n and _GROUPS.match(sentence[g.end :])]
            if len(groups) == 1:
                products.append(int(n.value * groups[0].value))
                used |= {n.start, groups[0].start}
    return sum(products) if products else None


def _listed(sentence: str, numbers: list[FoundNumber], excluded: set[int]) -> int | None:
    """Group sizes listed one after another ("8, 11 en 7", "Ward A had 22, Ward B 19 and Ward C
    24", "20 people in March and 18 in May"): their sum, unless one of them is not counted."""
    counted = [
        n for n in numbers
        if not _excepts(sentence, n) and not _GROUPS.match(sentence[n.end :])
        and not _NOT_THERE.search(re.split(r"[,;]", sentence[n.end :], maxsplit=1)[0])
    ]  # fmt: skip
    # not "three wards" in "three wards took part: Ward A had 22, ...", nor "drie zijn afgehaakt"
    run: list[FoundNumber] = []
    for n in counted:
        if run and _SEPARATOR.match(sentence[run[-1].end : n.start]):
            run.append(n)
            continue
        if len(run) > 1:
            break
        run = [n]
    if len(run) < 2:
        return None
    joins = " ".join(sentence[a.end : b.start] for a, b in zip(run, run[1:], strict=False))
    if not re.search(r",|\b(?:en|and|plus)\b", joins, re.IGNORECASE):
        return None
    if sum(1 for n in run if _ALTERNATIVES.match(sentence[n.end :])) > 1:
        return None  # "Het gaat om 25 deelnemers en om 30 deelnemers": asked, not added
    if any(n.start in excluded for n in run):
        return None  # "20 agents and 2 trainers": the trainers are no group of participants
    return int(sum(n.value for n in run))


def _excepts(sentence: str, number: FoundNumber) -> bool:
    return bool(_EXCEPT.search(sentence, 0, number.start))


def _excepted(sentence: str, numbers: list[FoundNumber]) -> list[int]:
    """ "minus the 8 agency temps", "maar 3 coaches ... hebben niet meegedaan": taken off."""
    out = []
    for n in numbers:
        if not _excepts(sentence, n):
            continue
        before = _EXCEPT.search(sentence, 0, n.start)
        plain = before is not None and before.group().lower().startswith(
            ("minus", "min", "behalve", "except")
        )
        if plain or _NOT_THERE.search(sentence, n.end):
            out.append(int(n.value))
    return out
