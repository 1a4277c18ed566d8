"""Counted groups of people: "25 deelnemers", "vijfentwintig deelnemers", "120 call-centre
agents", "40 teamleiders van Klantcontact", "14 deelnemrs" (one typo, read with rapidfuzz).
Amounts of money are never counts."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from rapidfuzz import process
from rapidfuzz.distance import OSA

from assistant.text.language import Language
from assistant.text.lexicon import words
from assistant.text.money import find_money
from assistant.text.numbers import find_numbers, scale_of

_GROUP = re.compile(r"[^\S\n]+(?P<g>[\w'’/&-]+(?:[^\S\n]+[\w'’/&-]+){0,3})")
"""The words after a count, on its own line ("Coach: 2.500" is no count of the "Deelnemers" on
the next line)."""
_PARTITIVE = re.compile(
    r"\s+(?:of|van)\s+(?:all\s+)?(?:our|the|their|onze|ons|de|hun|al\s+onze)(?=\s+[^\W\d])",
    re.IGNORECASE,
)
"""Some of a named group: "28 of our regional fundraisers", "40 van onze verpleegkundigen" (not
"28 of the 40 agents")."""
_SCOPE = re.compile(
    r"^\s+(?:van|bij|in|of|at|from)\s+(?:de\s+|het\s+|the\s+)?(?:afdeling\s+|department\s+)?"
    r"[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*)*"
)


_DOZEN = re.compile(r"\s+(?:dozijn|dozen)(?:\s+of)?(?=\s+\w)", re.IGNORECASE)
"""A number of dozens: "twee dozijn receptionisten", "two dozen (of) cashiers"."""


@dataclass(frozen=True)
class PeopleCount:
    count: int
    group: str
    """The group as written, e.g. "teamleiders van Klantcontact" or "call-centre agents"."""
    start: int
    end: int


def is_people(word: str) -> bool:
    """Whether ``word`` names people: a listed noun, or a plural ending like "-ers", "-ants"."""
    lowered = word.lower().strip("'’")
    if lowered in words("people", "not_people") or len(lowered) < 3:
        return False
    if lowered not in words("people", "nouns") and lowered.endswith(words("people", "not_people")):
        return False  # "herstelorders", "klantgesprekken": compounds of things
    nouns = words("people", "nouns")
    if lowered in nouns or lowered.endswith(tuple(n for n in nouns if len(n) >= 6)):
        return True  # also compounds: "wijkverpleegkundigen", "accountmanagers"
    if _short_plural(lowered, nouns):
        return True
    if len(lowered) > 5 and lowered.endswith(words("people", "plural_suffix")):
        return True
    return _misspelt_noun(lowered)


def _short_plural(lowered: str, nouns: tuple[str, ...]) -> bool:
    """A Dutch plural in "'s" of a people noun's short form ("fysio's" for fysiotherapeuten,
    "verpleeg's" no): the stem starts a listed noun and is at least 4 letters."""
    stem = re.sub(r"['’]s$", "", lowered)
    return stem != lowered and len(stem) >= 4 and any(n.startswith(stem) for n in nouns)


TYPO_MIN_LENGTH = 7
"""A word this long one typo away from a people noun names them ("deelnemrs", "particpants");
shorter words are too often another word one letter away ("orders", "borders")."""


@cache
def _long_nouns() -> tuple[str, ...]:
    return tuple(n for n in words("people", "nouns") if len(n) >= TYPO_MIN_LENGTH)


def _misspelt_noun(lowered: str) -> bool:
    """One typo (a letter left out, added, changed or two swapped: optimal string alignment,
    rapidfuzz) away from a people noun of at least ``TYPO_MIN_LENGTH`` letters; for a shorter
    word, only two neighbouring letters swapped ("agnets")."""
    if len(lowered) < TYPO_MIN_LENGTH:
        return len(lowered) >= 5 and _swapped(lowered)
    found = process.extractOne(lowered, _long_nouns(), scorer=OSA.distance, score_cutoff=1)
    return found is not None


def _swapped(lowered: str) -> bool:
    """Two neighbouring letters of a listed plural people noun swapped ("agnets", "nurese")."""
    for i in range(len(lowered) - 1):
        fixed = lowered[:i] + lowered[i + 1] + lowered[i] + lowered[i + 2 :]
        if fixed != lowered and fixed in _plural_nouns():
            return True
    return False


@cache
def _plural_nouns() -> frozenset[str]:
    return frozenset(n for n in words("people", "nouns") if n.endswith(("s", "en", "n")))


def is_person(word: str) -> bool:
    """Whether ``word`` names one person ("nurse", "rep", "verpleegkundige"): a people noun in
    itself or in its plural, or a plural that names people ("auditors")."""
    lowered = word.lower()
    nouns = words("people", "nouns")
    if any(lowered + end in nouns for end in ("", "s", "n", "en")):
        return True
    if lowered.endswith(("ch", "sh", "ss", "x")) and lowered + "es" in nouns:
        return True  # "coach": "coaches"
    return (
        is_people(lowered)
        or is_people(lowered + "s")
        or (  # "collector" -> "collectors"
            lowered.endswith("e") and is_people(lowered + "n")  # "verzorgende" -> "verzorgenden"
        )
    )


def find_people(text: str, *, language: Language | None = None) -> list[PeopleCount]:
    """Every counted group of people in ``text``, in order."""
    money = [(m.start, m.end) for m in find_money(text, language=language)]
    articles = set(words("numbers", "article_one"))
    found = []
    for number in find_numbers(text, language=language):
        if any(s <= number.start < e for s, e in money) or number.text.lower() in articles:
            continue
        value = number.value
        if value < 0 and re.match(r"[-−]\s", number.text):
            value = -value  # "team - 45 agents": a dash, not a minus
        if value <= 0 or value != value.to_integral_value():
            continue
        scale = _SCALE_WORD.search(number.text)
        if scale is not None and scale_of(scale[0], language) is not None:
            continue  # "12k op licenties": an amount in thousands, not a group of people
        if text[max(0, number.start - 1) : number.start] in "€$£-" and number.start > 0:
            continue
        of_them = _OF_THEM.match(text, number.end)
        if of_them is not None:
            named = _people_named_before(text, number.start)
            if named is not None:  # "our site supervisors. 19 of them."
                found.append(PeopleCount(int(value), named, number.start, of_them.end()))
            continue
        dozen = _DOZEN.match(text, number.end)
        if dozen is not None:  # "twee dozijn receptionisten": 24
            value *= 12
        after = dozen.end() if dozen else number.end
        partitive = _PARTITIVE.match(text, after)  # "28 of our regional fundraisers"
        m = _GROUP.match(text, partitive.end() if partitive else after)
        if m is None:
            continue
        tokens = m["g"].split()
        joined = False
        for size in range(1, len(tokens) + 1):
            if _joins(tokens, size - 1):
                joined = True
                continue  # "150 production and QA staff", "12 sales and service reps"
            if _ends_group(tokens[size - 1]) or (size > 3 and not joined):
                break
            if is_people(tokens[size - 1]) or _takes_part(text, m.start("g"), tokens[:size]):
                group = " ".join(tokens[:size])
                end = m.start("g") + len(group)
                if _THEIR_TIME.match(text, end):
                    break  # "3,000 staff hours", "40 agent-days": time, not people

                scope = _SCOPE.match(text[end:])
                end += len(scope.group()) if scope else 0
                found.append(PeopleCount(int(value), text[m.start("g") : end],
                                         number.start, end))  # fmt: skip
                break
    return sorted(found + _bracketed(text, found), key=lambda p: p.start)


_BRACKETED = re.compile(
    r"(?P<g>[^\W\d_][\w'’-]*)\s*\(\s*(?:(?:in\s+)?(?:totaal|total)[:\s]\s*)?(?P<n>\d{1,6})"
    r"(?=\s*(?:\)|,|;|in\s+(?:totaal|total)|total|of them|mensen|people|personen))",
    re.IGNORECASE,
)


_THEIR_TIME = re.compile(r"[\s-](?:hours?|hrs|days?|weeks?|uren|uur|dagen|weken)\b", re.IGNORECASE)
_SCALE_WORD = re.compile(r"[^\W\d_]+$")
_OF_THEM = re.compile(r"\s+(?:of\s+them|van\s+hen|van\s+hun|van\s+ze|van\s+die)\b", re.I)
_WORDS = re.compile(r"[^\W\d_][\w'’-]*")


def _people_named_before(text: str, at: int) -> str | None:
    """The people noun last named before ``at`` in ``text`` ("supervisors"), if any."""
    names = [w.group() for w in _WORDS.finditer(text, 0, at) if is_people(w.group())]
    return names[-1] if names else None


def _bracketed(text: str, found: list[PeopleCount]) -> list[PeopleCount]:
    """ "onze receptionisten (26 in totaal, verdeeld over 4 hotels)", "our agents (45 of
    them)": a count in brackets after the people it counts."""
    counted = []
    for m in _BRACKETED.finditer(text):
        if is_people(m["g"]) and not any(p.start <= m.start("n") < p.end for p in found):
            counted.append(PeopleCount(int(m["n"]), m["g"], m.start("n"), m.end("n")))
    return counted


def _takes_part(text: str, start: int, tokens: list[str]) -> bool:
    """ "24 cooks took part", "12 koks deden mee": whatever the noun, a verb of taking part right
    after it makes the counted group people."""
    end = start
    for token in tokens:
        end = text.index(token, end) + len(token)
    following = " ".join(text[end : end + 40].lower().split())
    return any(
        following.startswith(verb) and not following[len(verb) : len(verb) + 1].isalpha()
        for verb in words("people", "took_part")
    )


_LINKS = frozenset(
    {"whose", "which", "that", "who", "with", "of", "in", "at", "from", "die", "dat", "wiens",
     "waarvan", "met", "van", "bij", "uit", "en", "and"}
)  # fmt: skip


def _joins(tokens: list[str], at: int) -> bool:
    """ "and" between two words that name one group ("production and QA staff"), not between
    two counts ("20 modules and 5 trainers")."""
    return (
        tokens[at].lower() in ("and", "en")
        and 0 < at < len(tokens) - 1
        and not is_people(tokens[at - 1])
        and not tokens[at + 1][:1].isdigit()
    )


def _ends_group(token: str) -> bool:
    """ "500 calls per agent", "14 stores whose managers": a counted thing, "per" or a linking
    word ends the words a group can span."""
    lowered = token.lower()
    return (
        lowered in words("people", "not_people")
        or lowered in words("periods", "per")
        or lowered in _LINKS
    )


def find_actor(text: str) -> str | None:
    """The first people noun with up to two modifiers before it ("40 teamleiders",
    "call-centre agents")."""
    tokens = re.findall(r"[\w'’-]+", text)
    for index, token in enumerate(tokens):
        if is_people(token):
            start = index
            while start > 0 and index - start < 2 and _modifier(tokens[start - 1]):
                start -= 1
            return " ".join(tokens[start : index + 1])
    return None


def _modifier(token: str) -> bool:
    return token.isdigit() or "-" in token or bool(find_numbers(token))
