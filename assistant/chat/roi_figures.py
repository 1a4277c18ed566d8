"""ROI figures across a conversation: one message's reading (``assistant.figures``) adapted to
the chat, self-corrections, contradictions, and merging into the figures gathered so far.

Nothing is guessed: an amount whose role is unclear, a benefit without a period, a percentage
without a cue, or two different values for the same thing in one message become questions.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal

from pydantic import ValidationError

from assistant.chat.models import RoiFigures
from assistant.figures import Reading, Scope, read, scope_of
from assistant.figures.cues import find_cues
from assistant.figures.participants import GROUP_UNITS
from assistant.figures.products import (
    PER_THING,
    count_moves,
    counted_as,
    moves_of_a_count,
    projected_levels,
)
from assistant.planning.time_savings import unit_of
from assistant.roi import (
    Adjustment,
    BenefitLine,
    CostCategory,
    CostLine,
    RespondentEstimate,
    Respondents,
    RoiInput,
)
from assistant.roi.models import ESTIMATE_METHODS
from assistant.text.language import Language
from assistant.text.lexicon import function_words
from assistant.text.measures import is_measure_unit
from assistant.text.money import currency_codes, find_money
from assistant.text.numbers import SPACE_GROUPED, find_numbers, normal, parse_number, scale_of
from assistant.text.people import find_people, is_people
from assistant.text.percent import find_percentages
from assistant.text.periods import find_durations
from assistant.text.sentences import split_sentences

__all__ = ["Reading", "Scope", "read_figures", "scope_of"]


_ALSO = re.compile(
    r"\b(?:ook|bovendien|nog|daarnaast|vergeten|also|another|additionally|as well|forgot\w*|"
    r"on top|tweede|second|secondly|verder|one more)\b|"
    r"\b(?:opbrengst|baat|benefit|result\w*) (?:2|3|two)\b"
    r"|^\s*(?:en|and|plus)\b"
    r"(?!.*\b(?:eigenlijk|actually|toch|rather|instead|moet zijn|should be)\b)",
    re.IGNORECASE | re.DOTALL,
)
"""A message that adds figures: "ook", "also", or one that opens with "En eenmalig: ..." (not
"And the saving is actually €40k", a correction)."""

# A speaker correcting themselves mid-message: what follows replaces the same kind of figure.
_CORRECTION = re.compile(
    r"\b(?:nee,?\s+wacht|wacht\s+even|ik\s+bedoel(?:de)?|oeps|no,?\s+wait|i\s+mean[t]?|oops|"
    r"scratch\s+that)\b|\b(?:correctie|correction)\s*:",
    re.IGNORECASE,
)


_CORRECTS = re.compile(
    r"\b(?:eigenlijk|actually|toch|instead|rather|should be|moet zijn|moest zijn|not|niet|sorry|"
    r"wrong|fout|verkeerd|correct\w*|i mean|ik bedoel|wait|wacht|oops|oeps|in plaats van|"
    r"i\.p\.v\.|change|verander\w*|make that|maak (?:er|daar))\b",
    re.IGNORECASE,
)
"""Words that say a message corrects what was said before."""


def read_figures(
    text: str,
    language: Language,
    *,
    group: str | None = None,
    units: Mapping[str, int] | None = None,
    known: int | None = None,
) -> Reading:
    """Every ROI figure in one message (``known``: the participants counted so far). After a
    self-correction ("nee wacht", "I mean") the figures that follow replace those of the same
    kind before it. An amount stated only as a total is the programme's cost."""
    corrections = list(_CORRECTION.finditer(text))
    if corrections:
        cut = corrections[-1]
        before = read_figures(text[: cut.start()], language, group=group, units=units, known=known)
        after = read_figures(text[cut.end() :], language, group=group, units=units, known=known)
        reading = _corrected(before, after)
        reading.also, reading.corrects = bool(_ALSO.search(text)), True
        return reading
    reading = read(text, language, group=group, units=units, known=known)
    reading.also = bool(_ALSO.search(text))
    reading.corrects = bool(_CORRECTS.search(text))
    if reading.totals and not reading.costs:
        reading.costs = [CostLine(category="other", description=text.strip()[:80] or "-",
                                  amount=reading.totals[0])]  # fmt: skip
        reading.totals = reading.totals[1:]
    return reading


def _corrected(before: Reading, after: Reading) -> Reading:
    return Reading(
        participants=after.participants or before.participants,
        group=after.group or before.group,
        units={**before.units, **after.units},
        costs=_merge_costs(before.costs, after.costs, adding=False),
        benefits=after.benefits or before.benefits,
        totals=after.totals or before.totals,
        attribution=after.attribution or before.attribution,
        confidence=after.confidence or before.confidence,
        per_benefit=after.per_benefit or before.per_benefit,
        shares_of=after.shares_of if after.attribution or after.confidence else before.shares_of,
        shares_for_all=after.shares_for_all or before.shares_for_all,
        item_shares=before.item_shares + after.item_shares,
        adjustments=after.adjustments or before.adjustments,
        recounts=after.recounts or before.recounts,
        margin=after.margin or before.margin,
        loose_percentages=before.loose_percentages + after.loose_percentages,
        isolation=after.isolation or before.isolation,
        isolation_guessed=(after if after.isolation else before).isolation_guessed,
        unclear=before.unclear + after.unclear,
        without_period=before.without_period + after.without_period,
        without_value=before.without_value + after.without_value,
        expected_changes=before.expected_changes + after.expected_changes,
        currencies=list(dict.fromkeys(before.currencies + after.currencies)),
        needs_rate=before.needs_rate + after.needs_rate,
        ranges=before.ranges + after.ranges,
        money_ranges=before.money_ranges + after.money_ranges,
        scope=after.scope or before.scope,
        context={**before.context, **after.context},
    )


_BARE = re.compile(
    rf"(?<![\w.,€$£])(?P<num>\d{{1,3}}(?:[.,]\d{{3}})+|{SPACE_GROUPED}|\d{{3,7}}|"
    r"\d+(?:[.,]\d+)?\s?(?:k|grand)\b|"  # above: "28 000", thousands grouped by a space
    r"\d{2,3}(?:[.,]\d{2})?(?=\s?(?:p\.p\.|pp\b|per\s+(?:persoon|deelnemer|participant|person|"
    r"head|hoofd)\b))|"  # "lesmateriaal 45 p.p.": a price each, however small
    r"\d{1,4}[.,]\d{2}(?![\d.,])(?=\s?(?:per\s+|an?\s+|/\s?)(?:uur|hour|hr|stuk|piece|item|dag|"
    r"day|liter|litre|kg|kilo|km|kwh|gallon)\b)|"  # "tegen 17,80 per uur", "2,10 per stuk",
    # "diesel kost ons 1,62 per liter": a price in cents, however small
    r"\d+(?:[.,]\d+)?(?:\s?(?:mln|mio|miljoen|million|lakhs?|crores?|bn|billion|miljard)|m)\b|"
    r"\d+(?:[.,]\d+)?\s?(?P<ton>ton)\b)"
    r"(?![\w.,]*\s?(?:%|procent|percent))(?![-–]\w)"
    r"(?![^\S\n]?(?:EUR|USD|GBP|€|euro|dollar|deelnemer|participant|medewerker|employee|mensen|people|"
    r"uur|uren|hours?|minut\w*|dag\w*|days?|we{1,2}k\w*|maand\w*|months?|ja(?:ar|ren)|years?|"
    r"groep\w*|groups?|sessie\w*|sessions?|keer|times|stuks?|items?|km|[a-z]*ers\b|"
    r"graden|degrees?|feedback|°))",  # "a 360 feedback tool": a name
    re.IGNORECASE,
)
_YEAR = re.compile(r"^(?:19|20)\d\d$")
_BY = re.compile(r"\s+(?:met|by)\s+(?:(?:zo'n|about|ongeveer|around)\s+)?$", re.IGNORECASE)


def _changed_by(text: str, at: int, end: int) -> bool:
    """ "daalde met 200", "down by 210", "is met 180 per jaar gedaald": the number is the size
    of a change (the change words of ``roles.yaml``), a count, not money."""
    start = max(0, at - 25)
    if not _BY.search(text, start, at) or _of_money_before(text, at):
        return False  # "de faalkosten zijn met 12000 gedaald", "repair costs fell by 90k": money
    cues = find_cues(text, "decrease", "increase", start=start, end=at)
    if any(_BY.fullmatch(text[cue.end : at]) for cue in cues):
        return True
    later = find_cues(text, "decrease", "increase", start=end, end=min(len(text), end + 25))
    return any(_THEN_CHANGED.fullmatch(text[end : cue.start]) for cue in later)


def _of_money_before(text: str, at: int) -> bool:
    """The sentence names money before the number ("de herstelkosten daalden met 90k"), not as
    a label ("Baten: het aantal klachten daalde met 200") nor as what a count is of ("the number
    of cost claims fell by 40"), and prices nothing else ("refunds fell by 420 a year, average
    refund $95": a count of refunds at that value)."""
    begins = max(text.rfind(mark, 0, at) for mark in ".!?\n") + 1
    if _NUMBER_OF.search(text, begins, at) or find_money(_sentence_around(text, at, at)):
        return False
    cues = find_cues(text, *_OF_MONEY, start=begins, end=at)
    return any(not re.match(r"\s*:", text[cue.end : cue.end + 3]) for cue in cues)


_NUMBER_OF = re.compile(r"\b(?:aantal|number\s+of|count\s+of)\b", re.IGNORECASE)


_THEN_CHANGED = re.compile(
    r"\s*(?:(?:per|a|an|each|elk|ieder)\s+[^\W\d_]+\s*)?(?:[^\W\d_]+\s+)?", re.IGNORECASE
)
"""Between "met 180" and the change word after it: a period at most ("per jaar gedaald")."""


_COUNTED = re.compile(r"\s*[^\W\d_][\w-]*\s+")


def _fewer_of(text: str, at: int) -> bool:
    """ "320 verzuimdagen minder", "45 complaints fewer": the number counts the word after it, and
    the change word right after that says the count changed."""
    counted = _COUNTED.match(text, at)
    if counted is None:
        return False
    cues = find_cues(text, "decrease", "increase", start=counted.end(), end=counted.end() + 12)
    return any(cue.start == counted.end() for cue in cues)


_CROWNS = frozenset({"SEK", "NOK", "DKK", "ISK"})
"""Crowns written "kr" are the conversation's own (Swedish, Norwegian, Danish, Icelandic)."""
_KR_AFTER = re.compile(r"(?<![\w.,])(?P<num>\d[\d., \u00a0]*\d|\d)\s?(?:kr|:-)(?![\w])")
_KR_BEFORE = re.compile(r"(?<![\w])kr\.?\s?(?=\d)")


def _moves_from_a_small_count(text: str) -> list[tuple[int, int]]:
    """A move one of whose ends is a bare number under 100 ("membership sales rose from about 95
    to 120 a month"): a count, whose other end is no amount of money either."""
    spans = []
    for m in count_moves(text):
        ends = [m[name] for name in ("a", "b") if m[name] is not None]
        if any(end.isdigit() and len(end) <= 2 for end in ends) and not find_money(m.group()):
            spans.append(m.span())
    return spans


def with_currency(text: str, currency: str, asked: tuple[str, ...] = ()) -> str:
    """Bare amounts of three digits or more in an ROI conversation ("the trainer fee is 15,000",
    "de catering was 750"), and smaller ones per person ("lesmateriaal 45 p.p."), get the
    session's currency, so they read as money; years, people counts, counts that moved,
    durations and the counts the conversation asks about ("the 210 is a monthly figure"
    answering a question about "210") are left alone (an amount whose role stays unclear is
    asked about)."""
    if currency in _CROWNS:  # "165.000 kr", "kr 2.400": the session's crowns
        text = _KR_AFTER.sub(rf"{currency} \g<num>", _KR_BEFORE.sub(rf"{currency} ", text))
    counts = {
        n for shown in asked for n in re.findall(r"\d[\d.,]*", shown) if not find_money(shown)
    }
    kept = [(m.start, m.end) for m in find_money(text)]
    # "120 branch advisers", "24 cooks took part": counts of people
    kept += [(p.start, p.end) for p in find_people(text)]
    moved = moves_of_a_count(text)  # "escalations fell from 2,400 a year to 1,500"
    moved += _moves_from_a_small_count(text)  # "sales rose from about 95 to 120 a month"
    moved += projected_levels(text)  # "... without the course they projected 202"
    kept += moved  # and those counts said again: "so I'd count 2,120 minus 1,650"
    counts |= {n for start, end in moved for n in re.findall(r"\d[\d.,]*\d|\d", text[start:end])}
    # "Reken met 210 werkdagen per jaar", "220 working days": durations, not money
    kept += [(d.start, d.end) for d in find_durations(text)]

    def add(m: re.Match[str]) -> str:
        if _YEAR.match(m["num"]) or any(s <= m.start() < e for s, e in kept):
            return m.group()
        if m["num"] in counts:
            return m.group()
        if m["ton"]:  # "2 ton afval": tonnes; "3 ton extra omzet", "daalden met 1,5 ton"
            money = find_cues(_sentence_around(text, m.start(), m.end()), *_OF_MONEY)
            return f"{currency} {m['num']}" if money else m.group()
        following = re.match(r"[^\S\n]*([\w-]+)", text[m.end() :])  # on its own line
        if following is not None and (
            is_people(following[1])
            or is_measure_unit(following[1])
            or _counted(following[1])
            or _said_per_one(text, following[1])
        ):
            return m.group()  # "150 operators", "1,150 litres of diesel", "300 claims a year"
        second = _SECOND_WORD.match(text, m.end())
        if (
            second is not None
            and second["first"] not in function_words() | _AFTER_A_PRICE | _LINKS
            and _counted(second[2])
            and not find_cues(second[2], *_OF_MONEY)
        ):
            return m.group()  # "1,400 old cases", "300 open claims": things counted
        if _WORD_THEN_TIME.match(text, m.end()):
            return m.group()  # "2,900 translator hours", "704 machine-uren": time, not money
        if _NAMED_PRODUCT.search(text, 0, m.start()) and (
            following is not None and following[1].lower() not in function_words()
        ):
            return m.group()  # "the Office 365 training": a name's number ("paid Acme 4500 for")
        if _GROUP_OF.search(text, 0, m.start()):
            return m.group()  # "the whole department of 120", "een ploeg van 14": people
        if _HANDLED.search(text, max(0, m.start() - 40), m.start()):
            return m.group()  # "we handle about 9,000 a year": things done, not money
        if _OF_A_RATE.search(text, 0, m.start()):
            return m.group()  # "went from 3% to 2% of the 200,000 orders": the rate's base
        if _TIMES_A_PRICE.match(text, m.end()) or _A_PRICE_TIMES.search(text, 0, m.start()):
            return m.group()  # "licenties: 150 x € 18", "€ 35 x 40": a count
        if _changed_by(text, m.start(), m.end()) or _fewer_of(text, m.end()):
            return m.group()  # "daalde met 200 per jaar", "320 verzuimdagen minder": counts
        return f"{currency} {m['num']}"

    return _BARE.sub(add, _thousands_in_digits(_TON_IN_WORDS.sub(_ton_in_digits, text)))


def _thousands_in_digits(text: str) -> str:
    """Thousands said in words ("two and a half thousand", "twaalfhonderd") in digits ("2500"),
    so they read as the session's money like "2,500" does; not those that count people or
    things ("two thousand leaflets")."""
    for n in reversed(find_numbers(text)):
        if not n.in_words or n.value < 1000 or find_money(text[n.start : n.end + 12]):
            continue  # "twaalfhonderd euro": money already
        if scale_of(n.text) is not None or re.search(r"\d\s*$", text[: n.start]):
            continue  # "R410 million": the scale of digits before it
        following = re.match(r"\s*([\w-]+)", text[n.end :])
        if following is not None and (is_people(following[1]) or _counted(following[1])):
            continue
        text = f"{text[: n.start]}{normal(n.value)}{text[n.end :]}"
    return text


_LINKS = frozenset(
    {"voor", "for", "aan", "on", "op", "per", "met", "with", "in", "van", "of", "incl", "excl",
     "into", "naar", "to", "from", "uit", "via", "over", "bij", "at"}
)  # fmt: skip
"""Words that join an amount to what it paid for ("2000 voor workshops"), not an adjective."""
_SECOND_WORD = re.compile(r"[^\S\n]*(?P<first>(?-i:[a-z]+))[^\S\n]+([^\W\d_][\w-]*)")
"""The word after a lower-case word after a number ("1,400 old cases")."""
_WORD_THEN_TIME = re.compile(
    r"[^\S\n]*(?!(?:per|a|an|each|every|elke?|iedere?|for|voor|in|the|de|het|een|of|van|and|en)\b)"
    r"[^\W\d_][\w-]*\s+(?:hours?|hrs?|uren|uur|days?|dagen|minutes|minuten|weeks?|weken)\b",
    re.IGNORECASE,
)


_TON_IN_WORDS = re.compile(r"(?<![\w.,])(?P<word>[^\W\d_]+)\s+ton\b", re.IGNORECASE)


def _ton_in_digits(m: re.Match[str]) -> str:
    """ "anderhalve ton", "twee ton": the count in digits ("1,5 ton"), so a sentence of money
    reads it as 150.000 like "1,5 ton" (not "een ton": one tonne as often as 100.000)."""
    if m["word"].lower() in ("een", "één", "eén", "a", "one"):
        return m.group()
    try:
        value = parse_number(m["word"])
    except ValueError:
        return m.group()
    return f"{format(value.normalize(), 'f').replace('.', ',')} ton"


_OF_A_RATE = re.compile(
    r"%\s+(?:of|van)\s+(?:the\s+|de\s+|het\s+|our\s+|onze\s+|all\s+|alle\s+)?"
    r"(?:(?:roughly|about|around|approximately|some|ongeveer|circa|zo'n|ca\.?)\s+)?$",
    re.IGNORECASE,
)


_OF_MONEY = (
    "cost_verbs", "cost_nouns", "cost_compounds", "benefit_verbs", "benefit_nouns",
    "revenue_nouns", "margin",
)  # fmt: skip
"""What a sentence that speaks of money names: "3 ton" in it is three hundred thousand."""


def _sentence_around(text: str, start: int, end: int) -> str:
    start = max(text.rfind(mark, 0, start) for mark in ".!?\n") + 1
    ends = [e for e in (text.find(mark, end) for mark in ".!?\n") if e >= 0]
    return text[start : min(ends, default=len(text))]


_NAMED_PRODUCT = re.compile(r"(?<![.!?:\n]\s)(?<![.!?:\n])(?<!^)\b[A-Z][A-Za-z]+\s$")
"""A capitalised word inside a sentence right before a number: a product's name ("Office 365",
"Windows 11", "ISO 9001"), not a label at the start of a line ("Budget 5000")."""
_GROUP_OF = re.compile(rf"\b{GROUP_UNITS}\s+(?:of|van)\s+(?:about\s+|ruim\s+|some\s+)?$", re.I)
_HANDLED = re.compile(
    r"\b(?:we|wij|they|ze|zij|the team|het team)\s+(?:handle|handles|handled|process|processed|"
    r"do|did|deal with|receive|get|serve|verwerken|verwerkten|doen|deden|behandelen|"
    r"behandelden|krijgen|kregen|ontvangen)\s+(?:er\s+)?"
    r"(?:(?:about|around|roughly|some|ongeveer|zo'n|circa|gemiddeld|on average)\s+)?[~±≈]?\s*$",
    re.IGNORECASE,
)
"""Before a bare number: how many things a team handles ("we handle about 9,000 a year", "we
verwerken er zo'n 300 per week"), a count."""
_TIMES_A_PRICE = re.compile(r"\s*[x×*]\s*(?:EUR|USD|GBP|[A-Z]{3}\s?|[€$£])", re.IGNORECASE)
_A_PRICE_TIMES = re.compile(r"(?:\d|€|\$|£|\b[A-Z]{3})\s*[x×*]\s*$")
_AFTER_A_PRICE = frozenset({"plus", "minus", "bonus", "excl", "incl", "totaal", "total"})


def _counted(word: str) -> bool:
    """A plural noun of things after a bare number: "300 claims", "420 refunds", "18
    afwijkingen" are counts. Only the plurals that are not also verb forms: English "-s" (not
    "-ss", "-us", "-is") and Dutch "-ingen" (a Dutch "-en" is as often "uitgegeven")."""
    lowered = word.lower()
    if len(lowered) < 4 or lowered in _AFTER_A_PRICE or lowered in function_words():
        return False
    english = lowered.endswith("s") and not lowered.endswith(("ss", "us", "is"))
    return english or lowered.endswith("ingen")


def _said_per_one(text: str, word: str) -> bool:
    """Whether ``word`` names a thing the message says a figure per one of ("per uitvaart ...
    1.300 uitvaarten per jaar", "per gesprek ... 400 gesprekken"): a count of them."""
    return any(
        len(m["thing"]) >= 3 and re.fullmatch(counted_as(m["thing"]), word, re.IGNORECASE)
        for m in PER_THING.finditer(text)
    )


@dataclass(frozen=True)
class Conflict:
    """Two different values for one thing: the key names it, ``values`` as the user wrote them."""

    key: str
    values: tuple[Decimal, ...]
    lines: tuple[CostLine, ...] = ()
    """The cost lines of the values, shown with the factors the user wrote ("3 uur × € 19")."""


def per_benefit(figures: RoiFigures, reading: Reading) -> RoiFigures:
    """Attribution and confidence said per named benefit ("Verzuim: 50%, zekerheid 70%.
    Verloop: ook 50%, zekerheid 60%") written into the one benefit line each name matches, of
    the figures so far or of this message; a name matching no line or several is given back to
    the message's shares, where two values for one share become a question."""
    _of_one_earlier(figures, reading)
    earlier, new = list(figures.benefits), list(reading.benefits)
    matches = {
        name: [(lines, n) for lines in (earlier, new) for n, line in enumerate(lines)
               if _names(name, line.description)]
        for name, _, _ in reading.per_benefit
    }  # fmt: skip
    _by_elimination(matches, [(lines, n) for lines in (earlier, new) for n in range(len(lines))])
    written: set[tuple[int, int, str]] = set()
    for name, attribution, confidence in reading.per_benefit:
        found = matches[name]
        if len(found) != 1:
            reading.attribution += [attribution] if attribution is not None else []
            reading.confidence += [confidence] if confidence is not None else []
            continue
        lines, n = found[0]
        update: dict[str, object] = {
            "isolation_method": reading.isolation or figures.isolation_method
        }
        if attribution is not None:
            update["attribution_pct"] = attribution
        if confidence is not None:
            update["confidence_pct"] = confidence
        lines[n] = lines[n].model_copy(update={k: v for k, v in update.items() if v is not None})
        written.update((id(lines), n, f) for f, v in update.items() if v is not None)
    reading.per_benefit = []
    reading.benefits = new
    # a share the conversation holds for all lines stays on the lines not named now
    held = {
        field: value
        for field in ("attribution_pct", "confidence_pct")
        if (value := getattr(figures, field)) is not None and any(f == field for _, _, f in written)
    }
    for lines in (earlier, new):
        for n, line in enumerate(lines):
            keep = {f: v for f, v in held.items() if (id(lines), n, f) not in written}
            lines[n] = line.model_copy(update=keep)
    return figures.model_copy(update={"benefits": earlier, **dict.fromkeys(held)})


def _of_one_earlier(figures: RoiFigures, reading: Reading) -> None:
    """The shares of a message without a benefit that name what they are of, with two or more
    benefits so far ("The shrinkage figure is 50% due to the course" after the shrinkage and
    the new hires): said per benefit, for the one line the name matches."""
    if reading.shares_of is None or reading.benefits or len(figures.benefits) < 2:
        return
    if not any(_names(reading.shares_of, line.description) for line in figures.benefits):
        return  # names none of them: the message's, as before
    attribution, confidence = reading.attribution, reading.confidence
    reading.per_benefit = [
        (reading.shares_of, next(iter(attribution), None), next(iter(confidence), None))
    ]
    reading.attribution, reading.confidence = [], []


def known_items(figures: RoiFigures, reading: Reading) -> None:
    """An amount the message gives no role that names one cost item said before ("Sorry - the
    tailoring was €5,500, not €5,000" after "€5,000 for tailoring the content") is that item's
    new amount, not a question; an item naming several lines, or a benefit too, stays asked."""
    for shown in list(reading.unclear):
        amount = _amount_of(shown)
        words = set(item_words(reading.context.get(shown, "")))
        costs = [c for c in figures.costs if words & set(item_words(c.description))]
        benefits = [b for b in figures.benefits if words & set(item_words(b.description))]
        if amount is None or amount <= 0 or len(costs) != 1 or benefits:
            continue
        reading.unclear.remove(shown)
        reading.costs.append(costs[0].model_copy(update={"amount": amount}))


def shared_items(figures: RoiFigures, reading: Reading) -> None:
    """A share to charge of one cost item said before ("Het simulatiespel gebruiken we ook voor
    3 andere groepen, dus reken daar maar een kwart van"): that item, prorated; a share of a bill
    that names no item ("Reken 80% van zijn factuur aan deze training toe") is of the one who
    delivered it; a share naming no item or several stays asked."""
    for shown, pct in reading.item_shares:
        if shown not in reading.loose_percentages:
            continue
        words = set(item_words(reading.context.get(shown, "")))
        costs = [c for c in figures.costs if words & set(item_words(c.description))]
        if len(costs) != 1 and find_cues(reading.context.get(shown, ""), "bills"):
            costs = [c for c in figures.costs if c.category is CostCategory.DELIVERY]
        if len(costs) != 1:
            continue
        reading.loose_percentages.remove(shown)
        reading.costs.append(costs[0].model_copy(update={"prorate_pct": pct}))


def dropped_items(figures: RoiFigures, text: str, language: Language) -> RoiFigures:
    """A cost item said before that a later message puts in another project ("De server is een
    ander project en hoort er niet bij", "The new LMS is a separate budget"): dropped, when its
    sentence names no amount and one item only (by a word of its name, or the tail of a
    compound: "server" names the "vertaalgeheugenserver")."""
    costs = list(figures.costs)
    for sentence in split_sentences(text, language):
        cues = find_cues(sentence, "other_project")
        if not cues or find_money(sentence) or find_percentages(sentence):
            continue
        for cue in cues:
            sentence = sentence[: cue.start] + " " * (cue.end - cue.start) + sentence[cue.end :]
        said = set(item_words(sentence))
        named = [
            c for c in costs
            if any(_names_item(word, item) for word in said for item in item_words(c.description))
        ]  # fmt: skip
        if len(named) == 1:
            costs.remove(named[0])
    if len(costs) == len(figures.costs):
        return figures
    return figures.model_copy(update={"costs": costs})


def _names_item(word: str, item: str) -> bool:
    """Whether ``word`` names ``item``: the same word, or the tail of a compound of 4+ letters."""
    return word == item or (len(word) >= 4 and item.endswith(word))


def known_benefits(figures: RoiFigures, reading: Reading) -> None:
    """A corrected amount that names one benefit said before ("O wacht: de kasverschillen
    daalden met € 8.000, niet 9") is that benefit's new amount; it keeps its period and shares
    rather than being asked about as a new benefit without a period."""
    if not reading.corrects:
        return
    for shown in list(reading.without_period):
        amount = _amount_of(shown)
        words = set(item_words(reading.context.get(shown, "")))
        named = [
            n for n, b in enumerate(figures.benefits)
            if b.amount is not None and words & set(item_words(b.description))
        ]  # fmt: skip
        if amount is None or amount <= 0 or len(named) != 1:
            continue
        reading.without_period.remove(shown)
        line = figures.benefits[named[0]]
        figures.benefits[named[0]] = line.model_copy(update={"amount": amount})


def netted_off(figures: RoiFigures, reading: Reading) -> None:
    """A change the KPI would have made anyway, said after the change itself ("The trend line
    projected a 5% drop anyway", "in de vergelijkingsgroep daalde het 4%"), is netted off the
    one KPI change said before (14% of $610,000 becomes 9%), as within one message; with no
    such change, or more than one, it stays a question."""
    changes = [
        (n, b.quantity) for n, b in enumerate(figures.benefits)
        if b.quantity is not None and b.quantity < 1 and b.unit_value is not None
        and b.description.endswith("%)")
    ]  # fmt: skip
    if len(changes) != 1:
        return
    [(index, change)] = changes
    for shown, size in reading.expected_changes:
        if shown not in reading.without_value or size / 100 >= change:
            continue
        reading.without_value.remove(shown)
        line = figures.benefits[index]
        figures.benefits[index] = line.model_copy(
            update={
                "quantity": change - size / 100,
                "description": f"{line.description.removesuffix(')')} − {shown})"[:500],
            }
        )
        return


_POINTS_BACK = re.compile(
    r"\b(?:het|dat|die|deze|dit|the|that|this|those|these)\s+(?:[^\W\d_][\w-]*\s+){0,2}"
    r"(?:(?:van|of)\s+)?$",
    re.IGNORECASE,
)


_THAT_ONE = re.compile(r"\b(?:die|deze|dat|dit|that|this|those|these)\s*$", re.IGNORECASE)
_THE_ONE = re.compile(r"\b(?:die|deze|dat|dit|de|het|that|this|the)\s*$", re.IGNORECASE)


def restated(figures: RoiFigures, reading: Reading, text: str, language: Language) -> None:
    """An amount the message gives no role that points back at a figure already given ("het
    bedrag van € 2.750 per fout is een gemiddelde uit 2022") is that figure said again, not a
    new one to ask about; so is a cost said right after "the" that is a figure already given
    ("the CHF 24,000 was excluding materials - the plates were another CHF 2,150", "the CA$18
    million already includes their files")."""
    known = {c.amount for c in figures.costs} | {
        value for b in figures.benefits for value in (b.amount, b.unit_value) if value is not None
    }
    for shown in list(reading.unclear):
        context = reading.context.get(shown, "")
        at = context.find(shown)
        if _amount_of(shown) in known and at >= 0 and _POINTS_BACK.search(context[:at]):
            reading.unclear.remove(shown)
    for money in find_money(text, language=language):
        if money.amount not in known or not _THE_ONE.search(text, 0, money.start):
            continue
        again = [c for c in reading.costs if c.amount == money.amount and not c.per_participant]
        if again:
            reading.costs.remove(again[0])


def restated_change(figures: RoiFigures, reading: Reading, text: str, language: Language) -> None:
    """A percentage that points back at a KPI change already given ("Die 6% is al het verschil
    met de controlegroep, dus toeschrijving helemaal aan de training") is that change said
    again, not an attribution or a confidence of its own."""
    changes = {
        b.quantity * 100 for b in figures.benefits
        if b.quantity is not None and b.unit_value is not None and b.description.endswith("%)")
    }  # fmt: skip
    for found in find_percentages(text, language=language):
        if found.low not in changes or not _THAT_ONE.search(text, 0, found.start):
            continue
        for said in (reading.attribution, reading.confidence):
            if found.low in said:
                said.remove(found.low)
        if found.text in reading.loose_percentages:
            reading.loose_percentages.remove(found.text)


def revised_share(figures: RoiFigures, reading: Reading, text: str, language: Language) -> None:
    """A share said beside the attribution or confidence it replaces ("the sales managers
    revised it to 20%, they felt 25 was too generous", "maak er 50% van, 60 was te hoog") is
    the new value of that share, not a percentage to ask about."""
    loose = [(shown, reading.loose_percentages) for shown in reading.loose_percentages]
    loose += [(shown, reading.without_value) for shown in reading.without_value]
    shares = (("attribution_pct", reading.attribution), ("confidence_pct", reading.confidence))
    olds = {getattr(figures, key) for key, _ in shares} - {None}
    if len(loose) == 2:  # "I said 40% - they actually gave a range of 35 to 40%": the 40% is
        said_before = [  # the share said before, named; the range replaces it
            (shown, held) for shown, held in loose
            if any(
                [(p.low, p.high) for p in find_percentages(shown, language=language)]
                == [(old, None)]
                for old in olds
            )
        ]  # fmt: skip
        if len(said_before) == 1:
            said_before[0][1].remove(said_before[0][0])
            loose.remove(said_before[0])
    if len(loose) != 1:  # also a change without its value: "they lowered it to 30%"
        return
    shown, held = loose[0]
    new = find_percentages(shown, language=language)
    said = find_numbers(text.replace(shown, " ", 1), language=language)
    if len(new) != 1:
        return
    for key, into in shares:
        old = getattr(figures, key)
        if old is not None and old != new[0].low and any(n.value == old for n in said):
            into.append(new[0].low)
            held.remove(shown)
            if new[0].high is not None:  # "a range of 35 to 40%": the conservative end
                reading.ranges.append(shown)
            return


def _by_elimination(
    matches: dict[str, list[tuple[list[BenefitLine], int]]],
    lines: list[tuple[list[BenefitLine], int]],
) -> None:
    """The one name that matches no line goes to the one line no other name matched ("70% of
    the incident drop; the insurance saving is 100% due to it" with an incidents line and "our
    cyber insurer waived ... €8,000")."""
    unmatched = [name for name, found in matches.items() if not found]
    taken = {(id(found[0][0]), found[0][1]) for found in matches.values() if len(found) == 1}
    if len(unmatched) != 1 or len(taken) != len(matches) - 1:
        return
    left = [(group, n) for group, n in lines if (id(group), n) not in taken]
    if len(left) == 1:
        matches[unmatched[0]] = left


def _names(name: str, description: str) -> bool:
    """Whether a benefit's description names it ("Verzuim" ~ "verzuimkosten in de teams")."""
    said = re.findall(r"[^\W\d_]{4,}", description.lower())
    return any(
        any(word.startswith(part[:6]) or part.startswith(word[:6]) for word in said)
        for part in re.findall(r"[^\W\d_]{4,}", name.lower())
    )  # not ``item_words``: it drops "verzuim", a name a benefit goes by


def conflicts(reading: Reading) -> list[Conflict]:
    """Contradictions inside one message: these get a question, never a pick. Two costs are
    one item said twice when they share an item word and a category ("our legal team adapting
    the content" and "the evaluation study by our analytics team" are two items)."""
    found = []
    if len(reading.participants) > 1:
        found.append(Conflict("participants", tuple(Decimal(n) for n in reading.participants)))
    for key, values in (("attribution", reading.attribution), ("confidence", reading.confidence)):
        if len(values) > 1:
            found.append(Conflict(key, tuple(values)))
    costs = reading.costs
    for index, line in enumerate(costs):
        twin = next((other for other in costs[index + 1 :] if other.amount != line.amount
                     and other.category == line.category
                     and other.per_participant == line.per_participant
                     and _same_item(_named(other.description), _named(line.description))),
                    None)  # fmt: skip
        if twin is not None:
            both = (line, twin)
            found.append(Conflict("cost", tuple(sorted((line.amount, twin.amount))), both))
            break
    if reading.totals:
        lines = sum((line.amount for line in reading.costs if not line.per_participant), Decimal(0))
        if any(total != lines for total in reading.totals):
            amounts = (*reading.totals, *[c.amount for c in reading.costs])
            found.append(Conflict("total", amounts, tuple(reading.costs)))
    return found


def without_conflicts(reading: Reading, found: list[Conflict]) -> Reading:
    """The reading with every contradicted figure left out (kept: the undisputed rest, the other
    cost lines of a message among them, so an answer that moves on loses none of them)."""
    keys = {conflict.key.split(":")[0] for conflict in found}
    disputed = {value for c in found if c.key == "cost" for value in c.values}
    return replace(
        reading,
        participants=[] if "participants" in keys else reading.participants,
        costs=[line for line in reading.costs if line.amount not in disputed],
        totals=[],
        attribution=[] if "attribution" in keys else reading.attribution,
        confidence=[] if "confidence" in keys else reading.confidence,
    )


_TOTAL_WORD = re.compile(r"\b(?:totaal|total|totale)\b", re.IGNORECASE)
_ITEMS_WORD = re.compile(r"\b(?:posten|items|losse|regels|lines|bedragen per post|details)\b", re.I)


def settle_total(figures: RoiFigures, reading: Reading, text: str) -> None:
    """After "the total and the items do not add up": the answer picks the total ("het totaal
    klopt") or the items ("de losse posten"), or corrects the items until they add up; an amount
    equal to the stated total is that total mentioned again, not a new figure."""
    total = figures.stated_total
    if total is None:
        return
    reading.unclear = [a for a in reading.unclear if _amount_of(a) != total]
    reading.costs = [line for line in reading.costs if line.amount != total]
    said_total = _TOTAL_WORD.search(text) and not _ITEMS_WORD.search(text)
    if said_total and not reading.costs:
        figures.costs = [CostLine(category="other", description=_TOTAL_LINE, amount=total)]
        figures.stated_total = None
    elif _ITEMS_WORD.search(text) or reading.costs:
        figures.stated_total = None


_TOTAL_LINE = "Total"


def _amount_of(text: str) -> Decimal | None:
    found = find_money(text)
    return found[0].amount if found else None


_OTHER_DOLLARS = frozenset({"AUD", "CAD", "NZD", "SGD", "HKD"})
"""Dollars a conversation may name once ("A$5,500", "C$9,800") and then write as "$"."""


def merge(figures: RoiFigures, reading: Reading) -> RoiFigures:
    """Later statements replace earlier ones of the same kind; new cost categories are added."""
    update: dict[str, object] = {}
    if reading.participants:
        update["participants"] = reading.participants[-1]
    if reading.group:
        update["participant_group"] = reading.group
    if reading.units:
        update["units"] = {**figures.units, **reading.units}
    if reading.time_rate:
        update["time_rate"] = reading.time_rate
    if reading.responses:  # a table pasted again replaces the one before
        update["responses"] = [
            RespondentEstimate(
                annual_value=row.annual_value,
                attribution_pct=row.attribution,
                confidence_pct=row.confidence,
            )
            for row in reading.responses
        ]
        update["response_labels"] = [row.label for row in reading.responses]
    if reading.currencies and not (
        reading.currencies == ["USD"] and figures.currency in _OTHER_DOLLARS
    ):  # "$12k" after "A$5,500": the same Australian dollars
        update["currency"] = reading.currencies[0]
    if reading.costs:
        update["costs"] = _merge_costs(
            figures.costs,
            reading.costs,
            adding=reading.also or not reading.corrects,
            said_not=reading.said_not,
        )
    waiting = any(figure.shares is not None for figure in figures.open)
    if (
        _beside(figures.benefits, reading)
        and (figures.benefits or waiting)
        and (reading.attribution or reading.confidence or reading.isolation)
        and not reading.shares_for_all
    ):
        # a further benefit with its own share ("Opbrengst 2: ... de helft komt door de
        # training", "We lost 14 new hires ...; we're 60% confident on that one"): the earlier
        # lines keep what was said of them, the new ones get theirs
        kept = [
            line for line in _merge_benefits(figures.benefits, reading) if line in figures.benefits
        ]
        update["benefits"] = [
            *(settled(line, figures) for line in kept),
            *(settled(line, _own(reading)) for line in reading.benefits),
        ]
        return figures.model_copy(
            update={
                **update,
                **_rest(figures, reading),
                "attribution_pct": None,
                "confidence_pct": None,
                "isolation_method": None,
            }  # fmt: skip
        )
    if reading.benefits:
        update["benefits"] = _merge_benefits(figures.benefits, reading)
    elif reading.recounts:
        recounted = _recount(figures.benefits, reading.recounts[-1][0])
        if recounted is not None:
            update["benefits"] = recounted
    if reading.margin:
        update["profit_margin_pct"] = reading.margin[-1]
    if reading.adjustments:
        update["cut_pct"] = reading.adjustments[-1]
    if reading.attribution:
        update["attribution_pct"] = reading.attribution[-1]
    if reading.confidence:
        update["confidence_pct"] = reading.confidence[-1]
    if reading.isolation is not None and not _an_opinion(figures, reading):
        update["isolation_method"] = reading.isolation
    if reading.scope is not None:
        _rescope(figures, reading.scope, update)
    return figures.model_copy(update=update)


def _an_opinion(figures: RoiFigures, reading: Reading) -> bool:
    """Someone's view without a figure after a method was given ("(Our plant director still
    thinks it's all the new jigs, but there you go.)" after a trend line): a remark, not the
    isolation; a correction or an estimate with its share replaces the method. Nor does the
    model's guess from a message without a benefit or a share ("make that 36 participants - two
    supervisors resigned (neither was from the remote sites)") replace a method given."""
    if figures.isolation_method in (None, reading.isolation):
        return False
    shares = reading.attribution or reading.confidence
    if reading.isolation_guessed and not (shares or reading.benefits):
        return True
    return reading.isolation in ESTIMATE_METHODS and not (shares or reading.corrects)


def keep_for_the_waiting(figures: RoiFigures, reading: Reading) -> RoiFigures:
    """A new benefit with shares of its own while an earlier one still waits on an answer
    ("over which period?"): the shares said so far are that earlier benefit's. They move onto
    its open figure (for its line once answered), and the new benefit keeps its own."""
    waiting = next((f for f in figures.open if f.kind in ("period", "rate", "count")), None)
    own = reading.attribution or reading.confidence or reading.isolation
    said = (figures.attribution_pct, figures.confidence_pct, figures.isolation_method)
    if waiting is None or figures.benefits or not (reading.benefits and own) or said == (None,) * 3:
        return figures
    waiting.shares = RoiFigures(
        attribution_pct=figures.attribution_pct,
        confidence_pct=figures.confidence_pct,
        isolation_method=figures.isolation_method,
    )
    reading.also = True
    return figures.model_copy(
        update={"attribution_pct": None, "confidence_pct": None, "isolation_method": None}
    )


def settle_waiting(reading: Reading, shares: RoiFigures | None) -> None:
    """The lines an answer completed, with the shares said of them while they waited."""
    if shares is not None:
        reading.benefits = [settled(line, shares) for line in reading.benefits]


def _own(reading: Reading) -> RoiFigures:
    """A reading's shares as figures, to settle its own lines with."""
    return RoiFigures(
        attribution_pct=reading.attribution[-1] if reading.attribution else None,
        confidence_pct=reading.confidence[-1] if reading.confidence else None,
        isolation_method=reading.isolation,
    )


def settled(line: BenefitLine, figures: RoiFigures) -> BenefitLine:
    """The line with the conversation's attribution, confidence and isolation written into it."""
    update: dict[str, object] = {}
    if figures.attribution_pct is not None:
        update["attribution_pct"] = figures.attribution_pct
    if figures.confidence_pct is not None:
        update["confidence_pct"] = figures.confidence_pct
    if figures.isolation_method is not None:
        update["isolation_method"] = figures.isolation_method
    return line.model_copy(update=update)


def _rest(figures: RoiFigures, reading: Reading) -> dict[str, object]:
    """What else a reading sets besides its benefits and shares."""
    update: dict[str, object] = {}
    if reading.margin:
        update["profit_margin_pct"] = reading.margin[-1]
    if reading.adjustments:
        update["cut_pct"] = reading.adjustments[-1]
    return update


def _rescope(figures: RoiFigures, scope: Scope, update: dict[str, object]) -> None:
    """Set "per participant" on the last line of the kind the correction is about."""
    name = "costs" if scope.line == "cost" else "benefits"
    lines = list(getattr(figures, name))
    if lines:
        lines[-1] = lines[-1].model_copy(update={"per_participant": scope.per_participant})
        update[name] = lines


_FILLER = frozenset(
    {
        "actually",
        "eigenlijk",
        "the",
        "and",
        "for",
        "costs",
        "cost",
        "kost",
        "kosten",
        "bedragen",
        "bedraagt",
        "zijn",
        "are",
        "is",
        "was",
        "voor",
        "van",
        "een",
        "het",
        "der",
        "total",
        "totaal",
        "totale",
        "programme",
        "programma",
        "per",
        "year",
        "jaar",
        "month",
        "maand",
        "expect",
        "expected",
        "verwacht",
        "verwachten",
        "levert",
        "oplevert",
        "brings",
        "about",
        "ongeveer",
        "wait",
        "nee",
        "not",
        "niet",
        "eur",
        "euro",
        "euros",
        "usd",
        "dollar",
        "dollars",
        "gbp",
        "deelnemers",
        "participants",
        "opbrengst",
        "benefit",
        "benefits",
        "rendement",
        "bereken",
        "calculate",
        "wacht",
        "roi",
        "brengt",
        "saves",
        "save",
        "our",
        "onze",
        "ons",
        "aan",
        "hebben",
        "heeft",
        "have",
        "has",
        "had",
        "uitgegeven",
        "spent",
        "paid",
        "betaald",
        "each",
        "elke",
        "deelnemer",
        "participant",
        "time",
        "tijd",
        "hours",
        "uren",
        "training",
        "trainingen",
        "tijdens",
        "during",
        "course",
        "cursus",
        "mln",
        "miljoen",
        "million",
        "miljard",
        "billion",
        "lakh",
        "crore",
    }
)


def item_words(description: str) -> list[str]:
    """The words that say what a line is about ("workshop", "coaching", "extra margin")."""
    words = re.findall(r"[a-zà-ÿ]{3,}", description.lower())
    common, codes = function_words() | _FILLER, currency_codes()  # "NOK" names no item
    return [word for word in words if word not in common and word.upper() not in codes]


def _named(description: str) -> str:
    """A line's description without the product it shows ("Participants' time (14 hours × DKK
    410)"): the hours and the rate's words name no item."""
    return re.sub(r"\([^)]*×[^)]*\)", " ", description)


def _same_item(a: str, b: str) -> bool:
    return bool(set(item_words(a)) & set(item_words(b)))


def _merge_costs(
    old: list[CostLine], new: list[CostLine], *, adding: bool, said_not: Sequence[Decimal] = ()
) -> list[CostLine]:
    """A new line replaces the old line about the same item, or - when the message corrects
    rather than adds (``adding`` false: "eigenlijk", "actually", not "ook", "vergeten") - the
    only old line of its category when it is the only new one too; other new lines are added. A
    line the message adds replaces only one of its own category: "Vergeten: de zaal in het
    hotel" does not replace "Reis en hotel". The one old line of an amount ``said_not`` to hold
    ("the kick-off was £2,750, not £2,500, the AV hire came on top") is replaced by the only
    new line, or the new line about the same item."""
    merged = list(old)
    denied = [i for i, c in enumerate(old) if c.amount in said_not]
    for line in new:  # each against the lines before this message, not its own other lines
        if len(denied) == 1 and (
            len(new) == 1 or _same_item(old[denied[0]].description, line.description)
        ):
            merged[denied.pop()] = line
            continue
        same = [i for i, c in enumerate(merged[: len(old)])
                if _same_item(c.description, line.description)
                and not (adding and c.category != line.category)]  # fmt: skip
        if not same and not adding:
            in_category = [
                i for i, c in enumerate(merged[: len(old)]) if c.category == line.category
            ]
            alone = sum(n.category == line.category for n in new) == 1
            same = in_category if len(in_category) == 1 and alone else []
        if same:
            merged[same[0]] = line
        else:
            merged.append(line)
    return merged


def recountable(benefits: list[BenefitLine]) -> bool:
    """Whether exactly one benefit is a count x value that a later count can correct."""
    return _recount(benefits, Decimal(1)) is not None


def _recount(benefits: list[BenefitLine], count: Decimal) -> list[BenefitLine] | None:
    """The one count x value benefit with its count corrected; ``None`` when there is not
    exactly one such line to correct."""
    counted = [
        i for i, line in enumerate(benefits)
        if line.quantity is not None and line.quantity >= 1 and unit_of(line.description) is None
    ]  # fmt: skip
    if len(counted) != 1:
        return None
    lines = list(benefits)
    lines[counted[0]] = lines[counted[0]].model_copy(update={"quantity": count})
    return lines


def _beside(old: list[BenefitLine], reading: Reading) -> bool:
    """The message's benefits are added beside earlier ones that stay ("also", or a benefit
    of its own after another), rather than correcting the only ones there were."""
    if not reading.benefits:
        return False
    if reading.also:
        return True
    merged = _merge_benefits(old, reading)
    return any(line in old for line in merged)


def _merge_benefits(old: list[BenefitLine], reading: Reading) -> list[BenefitLine]:
    """New benefits are added ("ook", "also", or a benefit of its own in a later message: "We
    lost 14 new hires last year and 8 this year" after the shrinkage); each replaces an earlier
    line of the same item ("Sorry, the shrinkage saving is €400" replaces the shrinkage, not
    the new hires), and a correction ("eigenlijk", "actually", "not") that names no earlier
    item replaces them all."""
    if reading.also:
        return [*old, *(line for line in reading.benefits if line not in old)]
    same = [line for line in old if any(_same_benefit(line, new) for new in reading.benefits)]
    if not same and reading.corrects:
        return list(reading.benefits)  # a correction naming no earlier item replaces them
    return [*(line for line in old if line not in same), *reading.benefits]


def _same_benefit(a: BenefitLine, b: BenefitLine) -> bool:
    """Two lines about one benefit: the same item words, or the same figure said again."""
    if _same_item(_named(a.description), _named(b.description)):
        return True
    if not item_words(_named(a.description)) or not item_words(_named(b.description)):
        return True  # a line that names nothing cannot be told apart: the newer one stands
    return (a.amount is not None and a.amount == b.amount) or (
        a.unit_value is not None and a.unit_value == b.unit_value
    )


_OVER_YEARS = re.compile(
    r"\b(?:over|voor|for|across|gedurende|during|met)\s+(?:(?:een\s+periode\s+van|a\s+period\s+of|"
    r"de\s+komende|the\s+next|de\s+eerste|the\s+first)\s+)?(?P<n>\w+)\s+(?:jaar|jaren|years?)\b|"
    r"\b(?P<m>\w+)\s+(?:jaar|jaren|years?)\s+(?:lang\s+)?(?:aanhoudt|aanhouden|houdt|blijft|"
    r"lasts?|last|holds?|of\s+(?:benefits?|savings?|returns?))\b|"
    r"\b(?:aanhoudt|aanhouden|lasts?|last|holds?)\s+(?:for\s+)?(?P<k>\w+)\s+(?:jaar|jaren|years?)\b",
    re.IGNORECASE,
)
_OF_BENEFITS = re.compile(
    r"\b(?:baten|opbrengst\w*|effect\w*|besparing\w*|winst|voordeel|rendement|benefits?|"
    r"savings?|gains?|returns?|impact|effects?|payoff)\b",
    re.IGNORECASE,
)
_COUNT_IT = re.compile(
    r"\b(?:count|counting|take|spread)\s+(?:it|them|that|this)\b|"
    r"\b(?:reken|rekenen|tel|tellen|neem|nemen)\s+(?:het|dat|dit|ze|die)\b",
    re.IGNORECASE,
)
"""Counting it over years, in a sentence that names no cost: the benefits ("We'd like to count
it over 2 years, the technicians are staying"; not "The licence runs for 3 years; count it in
full")."""


def benefit_years(text: str) -> int | None:
    """The years the user asks the benefits to be counted over ("kun je de baten over 3 jaar
    nemen?", "count the benefits over three years", "het effect houdt drie jaar aan"): said in
    a sentence about the benefits or their effect and not about costs (not "a licence for 3
    years", nor an amount's span: "een besparing van € 40.000 over 2 jaar"); 2 to 10."""
    for sentence in re.split(r"(?<=[.!?\n])", text):
        counted = _COUNT_IT.search(sentence) and not find_cues(sentence, "cost_nouns")
        if not (_OF_BENEFITS.search(sentence) or counted) or find_cues(sentence, "cost_verbs"):
            continue  # "de licentie voor 3 jaar kost € 9.000, de besparing ...": the licence's
        for m in _OVER_YEARS.finditer(sentence):
            if re.search(r"\d", sentence[max(0, m.start() - 12) : m.start()]):
                continue  # "€ 40.000 over 2 jaar": an amount's span, not the years to count
            try:
                years = parse_number(m["n"] or m["m"] or m["k"])
            except ValueError:
                continue
            if years == years.to_integral_value() and 2 <= years <= 10:
                return int(years)
    return None


def missing(figures: RoiFigures) -> list[str]:
    """What the calculator still needs, most important first."""
    needs = []
    if not figures.costs:
        needs.append("costs")
    if not figures.benefits and not figures.responses:
        needs.append("benefits")
    if figures.participants is None:
        needs.append("participants")
    return needs


def to_input(
    figures: RoiFigures, *, program: str | None, forecast: bool, cut_reason: str = "extra cut"
) -> RoiInput | None:
    """The ``RoiInput`` the figures describe; ``None`` while something is missing or invalid."""
    if missing(figures):
        return None
    benefits = [settled(line, figures) for line in figures.benefits]
    if figures.profit_margin_pct is not None:
        benefits = _with_margin(benefits, figures.profit_margin_pct)
    if figures.cut_pct is not None and 0 < figures.cut_pct < 100:
        cut = Adjustment(factor=1 - figures.cut_pct / 100, reason=cut_reason)
        benefits = [line.model_copy(update={"adjustments": [*line.adjustments, cut]})
                    for line in benefits]  # fmt: skip
    try:
        return RoiInput(
            program=program[:200] if program else None,
            currency=figures.currency or "EUR",
            participants=figures.participants or 0,
            costs=figures.costs,
            benefits=benefits,
            respondents=_respondents(figures),
            benefit_years=figures.benefit_years or 1,
            label="forecast" if forecast else "actual",
        )
    except ValidationError:
        return None


def _respondents(figures: RoiFigures) -> Respondents | None:
    """The pasted estimates, of all who took part: those who did not answer count as zero."""
    if not figures.responses:
        return None
    population = max(figures.participants or 0, len(figures.responses))
    return Respondents(population=population, responses=figures.responses)


def excluded_responses(figures: RoiFigures, text: str, language: Language) -> RoiFigures:
    """A respondent the message leaves out by the table's name for them ("G's estimate isn't
    realistic ... Please leave hers out", "Jakub's number is clearly unrealistic ... Please
    exclude his answer"): kept in the list with the message's words as the reason, so the
    calculator shows it left out."""
    if not figures.responses:
        return figures
    sentences = split_sentences(text, language)
    if not any(find_cues(s, "left_out") or _EXCLUDE.search(s) for s in sentences):
        return figures
    updated = list(figures.responses)
    for index, label in enumerate(figures.response_labels):
        named = named_respondent(label)
        said = [s for s in sentences if named.search(s)]
        if said and updated[index].exclude_reason is None:
            reason = " ".join(said)[:500]
            updated[index] = updated[index].model_copy(update={"exclude_reason": reason})
    return figures.model_copy(update={"responses": updated})


_EXCLUDE = re.compile(
    r"\b(?:exclude|excluded|leave (?:\w+ )?out|drop|ignore|uitsluiten|weglaten|laat \w+ weg|"
    r"niet meetellen|schrap)\w*",
    re.IGNORECASE,
)


def named_respondent(label: str) -> re.Pattern[str]:
    """A respondent's label as a word of its own ("G", "G's", "Jakub's"); a one-letter label
    only in capitals, as written."""
    flags = 0 if len(label) == 1 else re.IGNORECASE
    return re.compile(rf"(?<![\w'’]){re.escape(label)}(?:['’]s)?(?![\w'’])", flags)


def _with_margin(lines: list[BenefitLine], margin: Decimal) -> list[BenefitLine]:
    """A margin the user states applies to the benefits (revenue, billed hours); beside a saving
    ("fewer refunds, ... extra bookings; our margin on rooms is 40%") only to the revenue, as
    Phillips converts extra output at its margin and a saving at its full value."""
    revenue = [bool(find_cues(line.description, "revenue_nouns")) for line in lines]
    some = any(revenue) and not all(revenue)
    return [
        line.model_copy(update={"profit_margin_pct": margin}) if is_revenue or not some else line
        for line, is_revenue in zip(lines, revenue, strict=True)
    ]
