"""Percentages and shares in words, each with the role its cue gives it: attribution ("toe te
schrijven", "due to"), confidence ("zeker", "sure"), a change ("daalde met 9 %"), a margin, or an
extra conservative cut ("take off another 10 %")."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from assistant.figures.clauses import Message
from assistant.figures.cues import Cue, distance, find_cues
from assistant.figures.reading import Reading
from assistant.text.language import Language
from assistant.text.money import find_money
from assistant.text.percent import Percentage, find_percentages

_FRACTIONS = {
    "de helft": Decimal(50), "half": Decimal(50), "een derde": Decimal("33.33"),
    "a third": Decimal("33.33"), "one third": Decimal("33.33"), "twee derde": Decimal("66.67"),
    "two thirds": Decimal("66.67"), "een kwart": Decimal(25), "a quarter": Decimal(25),
    "one quarter": Decimal(25), "driekwart": Decimal(75), "three quarters": Decimal(75),
    "all of it": Decimal(100), "all of that": Decimal(100), "alles": Decimal(100),
    "volledig": Decimal(100), "helemaal": Decimal(100), "50/50": Decimal(50),
    "fifty-fifty": Decimal(50), "fifty fifty": Decimal(50), "half om half": Decimal(50),
    "half-half": Decimal(50), "een vijfde": Decimal(20), "a fifth": Decimal(20),
    "one fifth": Decimal(20), "een tiende": Decimal(10), "a tenth": Decimal(10),
    "one tenth": Decimal(10),
}  # fmt: skip
"""Shares written as words; a third is taken as 33.33 % (rounded down, the conservative side).
A whole ("all of it", "volledig") counts only next to an attribution cue."""
_WHOLE = frozenset({"all of it", "all of that", "alles", "volledig", "helemaal"})
_FRACTION = re.compile(
    r"(?<![\w-])(?:"
    + "|".join(re.escape(k) for k in sorted(_FRACTIONS, key=len, reverse=True))
    + r")(?![\w-])"
    r"(?!\s+(?:an?\s+|een\s+)?(?:day|dag|hour|uur|week|month|maand|year|jaar)\b)"
    r"(?!\s+(?:of|van)\s+(?:(?:all|al|our|onze|ons|the|de|het|those|these|die|deze)\s+)*\d)",
    re.I,
)
"""Not a duration: "half a day", "a quarter of an hour" is read as minutes before this; not a
part of a count: "Half of our 80 pickers took it" counts the participants."""
_SHARE_OF = re.compile(
    r"\s*(?:(?:van|of)\s+(?:de|het|the|that|die|dat|this|deze|dit|it|this|onze|our)\b|"
    r"(?:daar|er|hier)van\b)",
    re.I,
)
_SAME = re.compile(r"\b(?:ook|eveneens|wederom|also|again|likewise|too)\s*$", re.IGNORECASE)
"""Before a share with no cue of its own left: it has the role of the share before it."""
_AS_BEFORE = "as before"
_POINTS = re.compile(r"procentpunt|percentage point", re.IGNORECASE)
"""A difference of two percentages: after a change expected anyway, the change net of it."""
CUES = (
    "attribution", "confidence", "decrease", "increase", "margin", "adjustment", "prorate",
    "not_roi", "anyway",
)  # fmt: skip
ROLES = {"decrease": "change", "increase": "change"}


@dataclass(frozen=True)
class Share:
    """A percentage (or a share in words) and the role its cue gave it."""

    value: Decimal
    start: int
    end: int
    text: str
    role: str | None
    ranged: bool = False


def shares(message: Message, language: Language) -> list[Share]:
    """Every share with its role. Each cue serves one percentage: in "The RMs estimated 30%, and
    they were 60% confident" the 60 takes "confident" and the 30 the attribution question
    before it."""
    mentions = _mentions(message.text, language)
    options = [_options(message, found) for found in mentions]
    claimed: set[int] = set()
    roles: dict[int, str | None] = {}
    spent = _anyway_of_a_change(message, mentions, options)
    order = sorted(range(len(mentions)), key=lambda i: _rank(options[i], mentions[i]))
    for index in order:
        found, cues = mentions[index], options[index]
        clause = message.clause_at(found.start)
        for kind in ("prorate", "anyway"):
            if any(
                c.kind == kind and clause.start <= c.start < clause.end and c.start not in spent
                for c in cues
            ):
                if kind == "anyway" and _a_change_itself(found, cues):
                    break  # "the forecast expected a 3% drop anyway": that change, no share
                roles[index] = kind  # "10 procent van het gebruik is voor dit programma",
                break  # "30% van die daling zat er al aan te komen"
        if index in roles:
            continue
        if _POINTS.search(found.text) and any(
            message.clause_at(c).sentence == clause.sentence and c < found.start for c in spent
        ):  # "projected a 5% drop anyway, so only the remaining 9 percentage points are the
            roles[index] = "not_roi"  # training's": the change net of it, said again
            continue
        if any(
            c.kind == "margin" and distance(c, found.start, found.end) <= 3
            and clause.start <= c.start < clause.end
            for c in cues
        ):  # fmt: skip
            roles[index] = "margin"  # "we keep about 60% of that": the margin, not a share of
            continue  # the change
        if _of_a_bill(message, found):
            roles[index] = "prorate"  # "Reken 80% van zijn factuur aan deze training toe"
            continue
        if _is_share_of(message.text, found, cues):
            roles[index] = "prorate" if _of_a_cost(message, found) else "attribution"
            continue
        free = [c for c in cues if c.start not in claimed]
        if not free and _SAME.search(message.text, max(0, found.start - 12), found.start):
            roles[index] = _AS_BEFORE  # "Verloop: ook 50%, maar zekerheid 60%"
            continue
        pick = next(iter(free or cues), None)
        if pick is not None and pick.kind in ROLES and pick.start - found.end > 40:
            pick = None  # "60% of clients said the call was why they turned up": no change
        if pick is not None:
            claimed.add(pick.start)
        roles[index] = None if pick is None else ROLES.get(pick.kind, pick.kind)
    for index in range(len(mentions)):  # "ook 50%": a role said before, not one of its sentence
        if roles[index] == _AS_BEFORE:
            sentence = message.clause_at(mentions[index].start).sentence
            own = {
                roles[i] for i, p in enumerate(mentions)
                if i != index and message.clause_at(p.start).sentence == sentence
            }  # fmt: skip
            earlier = [roles[i] for i in range(index) if roles[i] not in (None, _AS_BEFORE)]
            fresh = [role for role in earlier if role not in own]
            roles[index] = (fresh or earlier or [None])[-1]
    for index in range(1, len(mentions)):  # "Zekerheid: 90% op de transport, 60% op de tijdwinst"
        if (
            roles[index] in (None, "change")
            and roles[index - 1] in ("attribution", "confidence")
            and _parallel(message.text, mentions[index - 1], mentions[index])
        ):
            roles[index] = roles[index - 1]
    for index, mention in enumerate(mentions):  # "de managers schatten 30%, zekerheid 70%"
        others = [i for i, role in roles.items() if role == "confidence" and i != index]
        sentence = message.clause_at(mention.start).sentence
        beside = [i for i in others if message.clause_at(mentions[i].start).sentence == sentence]
        if (
            roles[index] == "confidence" and others or roles[index] in ("change", None) and beside
        ) and _ESTIMATED.search(
            message.text, max(0, mention.start - 40), mention.start
        ):  # "For that one they say 40%, with 50% confidence": no change of 40%
            roles[index] = "attribution"
    attributed = [i for i, role in roles.items() if role == "attribution"]
    one_sentence = len({message.clause_at(mentions[i].start).sentence for i in attributed}) == 1
    if len(attributed) == 2 and one_sentence and sum(mentions[i].low for i in attributed) == 100:
        ours = [i for i in attributed if _OURS.match(message.text, mentions[i].end,
                                                     mentions[i].end + 40)]  # fmt: skip
        if len(ours) == 1:  # "45% of that growth from the marketing campaign, so 55% is the
            roles[next(i for i in attributed if i not in ours)] = "anyway"  # training"
    found_shares = [
        Share(p.low, p.start, p.end, p.text, roles[i], p.high is not None)
        for i, p in enumerate(mentions)
    ]
    return [
        s for s in found_shares
        if not (s.text.lower() in _WHOLE and (s.role != "attribution" or _NOT.search(
            message.text, max(0, s.start - 12), s.start
        )))
    ]  # fmt: skip


_OURS = re.compile(
    r"[^.;%\d]*?\b(?:training|trainingen|course|programme|program|programma|cursus|opleiding|"
    r"coaching|workshops?|bootcamp|leertraject|traject|e-learning)\b",
    re.IGNORECASE,
)
"""After a share: it is the programme's ("so 55% is the training", "55% door de training")."""
_ESTIMATED = re.compile(
    r"\b(?:schat|schatten|schatte|schatten|schatting|estimates?|estimated|reckons?|reckoned|"
    r"think|thinks|denken|denkt|believe|believes|geloven|gelooft|say|says|zeggen|zegt)\s+"
    r"(?:(?:ze|zij|we|wij|hij|they|he|she)\s+|(?:de|het|onze|ons|our|the|their|hun)\s+[\w-]+\s+)?"
    r"(?:(?:maar|only|just|slechts)\s+)?"
    r"(?:dat\s+|that\s+|it's\s+|it\s+is\s+|het\s+is\s+)?"
    r"(?:(?:ongeveer|about|around|roughly|zo'n|circa|ca\.?|some)\s+)?$",
    re.IGNORECASE,
)
"""An estimator's figure right after the verb: with a confidence said beside it, the share it
estimates ("schatten 30%, zekerheid 70%"), not a second confidence."""
_NOT = re.compile(r"\b(?:niet|not|nooit|never|hardly|nauwelijks)\s+$", re.IGNORECASE)
"""Before a whole: "niet alles komt door de training" says the share is less, not 100 %."""


_OF_WHAT = re.compile(
    r"\s*(?P<prep>op|voor|bij|for|on|at)\s+[^\d%;.]{1,40}?(?:,|;|\ben\b|\band\b)\s*$", re.I
)
_PREP = re.compile(r"\s*(?P<prep>op|voor|bij|for|on|at)\b", re.IGNORECASE)


def _parallel(text: str, first: Percentage, second: Percentage) -> bool:
    """Two percentages each followed by the same preposition, in a list ("90% op de
    transportkosten, 60% op de tijdwinst", "80% for scrap and 70% for rework"): the second is
    a share of the same kind as the first."""
    between = _OF_WHAT.fullmatch(text, first.end, second.start)
    after = _PREP.match(text, second.end)
    return bool(between and after and between["prep"].lower() == after["prep"].lower())


def fraction_values(text: str) -> set[Decimal]:
    """The percentages the shares written as words in ``text`` stand for ("de helft": 50)."""
    return {_FRACTIONS[m.group().lower()] for m in _FRACTION.finditer(text)}


_LABELLED = re.compile(
    r"\b(?:toeschrijving|toeschr|attributie|attribution|zekerheid|confidence|betrouwbaarheid)"
    r"\.?\s*[:=]?\s*(?P<num>\d{1,3})(?![\d.,]?\d|\s*(?:%|procent|percent|pct))"
    r"(?!\s*(?:jaar|jaren|maand|maanden|weken|week|dagen|dag|uur|uren|years?|months?|weeks?|days?|"
    r"hours?|keer|times|x)\b)",
    re.IGNORECASE,
)
"""A share's label and a bare number ("toeschr 30 zekerheid 60"): a percentage."""


_SPLIT_WORD = r"(?:split|verdeling|verdeeld|basis|verhouding)"
_SPLIT = re.compile(
    rf"(?:\b{_SPLIT_WORD}\s+(?:van\s+|of\s+)?)?(?P<a>(?<![\d.,/])\d{{1,2}})\s?/\s?"
    rf"(?P<b>\d{{1,2}})(?![\d.,/])(?P<after>(?=[^.;!?]{{0,15}}\b{_SPLIT_WORD}\b))?",
    re.IGNORECASE,
)
_OUR_PART = re.compile(
    r"\b(?:we|wij|ons|our)\s+(?:carry|pay|take|bear|cover|dragen|betalen|nemen|part is|share is|"
    r"deel is)\s+(?:the\s+|de\s+|het\s+)?(?P<n>\d{1,2})\b(?!\s*(?:%|procent|percent))",
    re.IGNORECASE,
)
"""A split of a shared cost and the part that is ours ("we agreed a 60/40 split and we carry the
60", "verdeling 70/30, wij dragen de 70"): that part is a percentage."""


def _our_part_of_a_split(text: str) -> list[Percentage]:
    splits = {
        (int(m["a"]), int(m["b"]))
        for m in _SPLIT.finditer(text)
        if m.start() < m.start("a") or m["after"] is not None
    }  # a split word before or after the two parts
    return [
        Percentage(Decimal(m["n"]), None, m.start("n"), m.end("n"), m["n"])
        for m in _OUR_PART.finditer(text)
        if any(a + b == 100 and int(m["n"]) in (a, b) for a, b in splits)
    ]


def _mentions(text: str, language: Language) -> list[Percentage]:
    found = find_percentages(text, language=language) + _our_part_of_a_split(text)
    for m in _LABELLED.finditer(text):
        value = Decimal(m["num"])
        if 0 < value <= 100 and not any(p.start <= m.start("num") < p.end for p in found):
            found.append(Percentage(value, None, m.start("num"), m.end("num"), m["num"]))
    money = [(m.start, m.end) for m in find_money(text, language=language)]
    for m in _FRACTION.finditer(text):
        if any(start <= m.start() < end for start, end in money):
            continue  # "three and a half thousand pounds": an amount, no share
        value = _FRACTIONS[m.group().lower()]
        found.append(Percentage(value, None, m.start(), m.end(), m.group()))
    return sorted(found, key=lambda p: p.start)


def _options(message: Message, found: Percentage) -> list[Cue]:
    """The cues a percentage may take, best first: in a remark right after its sentence that
    says what it is ("We'll use that as the programme's share"), in its clause, then in its
    sentence, then in the sentence before when that one has no percentage of its own ("Hoe
    zeker? Zeg maar 75%")."""
    text = message.text
    clause = message.clause_at(found.start)
    near = sorted(_cues(text, found, clause.start, clause.end), key=lambda c: _closeness(c, found))
    sentence = [
        c for c in _cues(text, found, *message.sentences[clause.sentence])
        if not clause.start <= c.start < clause.end
    ]  # fmt: skip
    options = near + sorted(sentence, key=lambda c: _closeness(c, found))
    if clause.sentence > 0:
        start, end = message.sentences[clause.sentence - 1]
        if not find_percentages(text[start:end]):
            options += sorted(_cues(text, found, start, end), key=lambda c: -c.start)
    if message.remark_on(clause.sentence) is not None:  # "40-45% pointed to the agent. We'll
        start, end = message.sentences[clause.sentence + 1]  # use that as the programme's share."
        options = sorted(_cues(text, found, start, end), key=lambda c: c.start) + options
    return options


def _rank(cues: list[Cue], found: Percentage) -> int:
    """Percentages with a cue close by choose first."""
    return distance(cues[0], found.start, found.end) if cues else 10_000


_BY = re.compile(r"\b(?:by|met)\s+$", re.IGNORECASE)


def _is_share_of(text: str, found: Percentage, cues: list[Cue]) -> bool:
    """ "40 % daarvan", "60% of that rise": a share of the improvement, i.e. attribution."""
    if not _SHARE_OF.match(text, found.end):
        return False
    if _BY.search(text, max(0, found.start - 8), found.start) and find_cues(
        text, "decrease", "increase", start=max(0, found.start - 40), end=found.start
    ):
        return False  # "fell by 0.6% of our turnover": a change of the turnover
    return not any(c.kind == "confidence" and distance(c, found.start, found.end) < 3 for c in cues)


_OF_WHOSE = re.compile(
    r"\s+(?:van|of)\s+(?:(?:de|het|zijn|haar|hun|the|his|her|their|its|our|onze|ons|that|die|dat"
    r"|this|deze|dit|those)\s+)?",
    re.IGNORECASE,
)


def _of_a_bill(message: Message, found: Percentage) -> bool:
    """ "80% van zijn factuur", "a quarter of their fee": a share of a cost named right after
    it, in a sentence that speaks of no gain or change, is the part charged to this programme."""
    after = _OF_WHOSE.match(message.text, found.end)
    if after is None:
        return False
    named = find_cues(message.text, "cost_nouns", start=after.end(), end=after.end() + 24)
    if not named or named[0].start != after.end():
        return False
    start, end = message.sentences[message.clause_at(found.start).sentence]
    return not find_cues(message.text, *_GAINS, start=start, end=end)


_GAINS = ("attribution", "decrease", "increase", "benefit_verbs", "benefit_nouns", "value_words")


def _of_a_cost(message: Message, found: Percentage) -> bool:
    """ "a £16,000 annual retainer, and spent about a quarter of it designing the workshop": a
    share of an amount in a sentence that speaks of no gain, change or attribution is the part
    of a cost this programme is charged. So is a share of a cost said before in a message that
    speaks of no gain or change at all ("gekocht voor € 24.000. Die gebruiken we ook voor de
    onderhoudsplanning. Reken 25% ervan toe aan de training"): charged to the training."""
    start, end = message.sentences[message.clause_at(found.start).sentence]
    text = message.text
    if find_money(text[start : found.start]):
        return not find_cues(text, *_GAINS, start=start, end=end)
    earlier = find_money(text[:start])
    if not earlier:
        return False
    said = message.sentences[message.clause_at(earlier[-1].start).sentence]
    return bool(find_cues(text, "cost_verbs", "cost_nouns", start=said[0], end=said[1])) and (
        not find_cues(text, *_GAINS[1:], start=0, end=end)
    )


def _cues(text: str, found: Percentage, start: int, end: int) -> list[Cue]:
    """The cues beside the percentage, and those around it ("namen met 7,5% af")."""
    return [
        c for c in find_cues(text, *CUES, start=start, end=end)
        if not (c.start < found.end and found.start < c.end)
        or (c.start < found.start and found.end < c.end)
    ]  # fmt: skip


def _closeness(cue: Cue, found: Percentage) -> tuple[int, bool]:
    """Nearest first; at equal distance a cue before the percentage ("Toeschrijving 60%")."""
    return distance(cue, found.start, found.end), cue.start > found.end


def _anyway_of_a_change(
    message: Message, mentions: list[Percentage], options: list[list[Cue]]
) -> set[int]:
    """The "anyway" cues a change itself takes ("projected a 5% drop anyway, so only the
    remaining 9 points are the training's"): no other percentage of the clause would have come
    anyway."""
    spent: set[int] = set()
    for found, cues in zip(mentions, options, strict=True):
        clause = message.clause_at(found.start)
        if _a_change_itself(found, cues):
            spent |= {
                c.start for c in cues
                if c.kind == "anyway" and clause.start <= c.start < clause.end
            }  # fmt: skip
    return spent


def _a_change_itself(found: Percentage, cues: list[Cue]) -> bool:
    """A percentage that a change word follows ("a 3% drop", "3% daling"): a change of the KPI,
    not a share of another change ("30% of that drop would have come anyway")."""
    return any(c.kind in ("decrease", "increase") and 0 <= c.start - found.end <= 2 for c in cues)


def file_share(share: Share, reading: Reading) -> None:
    """Attribution, confidence, margin or a cut into the reading; a change and a cost's share
    are filed with their amount (``products``, ``reader``), a share that would have come anyway
    by ``complement``; a share without a cue is asked about."""
    if share.role in ("change", "prorate", "not_roi", "anyway"):
        return  # "92% finished on time": a completion rate, no ROI figure
    target = {
        "attribution": reading.attribution,
        "confidence": reading.confidence,
        "margin": reading.margin,
        "adjustment": reading.adjustments,
    }.get(share.role or "")
    if target is None:
        reading.loose_percentages.append(share.text)
        return
    if share.value not in target:
        target.append(share.value)
    if share.ranged:
        reading.ranges.append(share.text)


def said_twice(shares: list[Share], reading: Reading) -> None:
    """A percentage with no role of its own that equals one with a role in the same message is
    that figure said twice ("60% of clients said the call was why, so credit the course with
    60%"), not another one to ask about."""
    given = {s.value for s in shares if s.role not in (None, "change")}
    loose = {s.text for s in shares if s.role is None and s.value in given}
    reading.loose_percentages = [t for t in reading.loose_percentages if t not in loose]


def complement(shares: list[Share], reading: Reading) -> None:
    """ "Ongeveer 30% van die daling zat er al aan te komen": the programme's share is the rest,
    unless the message gives that share itself ("..., dus 70% rekenen we aan de training toe")."""
    anyway = [share for share in shares if share.role == "anyway"]
    if anyway and not reading.attribution:
        reading.attribution.append(Decimal(100) - anyway[0].value)
