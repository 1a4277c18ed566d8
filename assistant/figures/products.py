"""Benefits of quantity x value: a KPI change of an amount ("de claimlast van € 310.000 per jaar
daalde met 9 %" is 9 % x € 310.000 a year), time saved at a rate ("2 uur per week à € 48 per
uur" is 2 x € 48 a week), and an amount that moved ("gedaald van € 2.300 naar € 1.450 per week"
is € 850 a week)."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from decimal import Decimal
from typing import NamedTuple

from assistant.figures.amounts import (
    EACH_AFTER,
    PERIODS,
    Amount,
    a_part_each,
    describe,
    each_of_a_group,
    is_cost_verb,
    names_every_person,
    period_of,
    same_group,
)
from assistant.figures.clauses import Clause, Message
from assistant.figures.cues import distance, find_cues
from assistant.figures.isolation import untrained_site
from assistant.figures.reading import Reading
from assistant.figures.shares import Share
from assistant.figures.then_and_now import moves_in_time
from assistant.planning.time_savings import (
    TimeSaved,
    TimeUnit,
    in_rate_unit,
    rate_unit,
    saving_line,
    times_saved,
    value_of_one_unit,
)
from assistant.roi import BenefitLine, IsolationMethod, Period
from assistant.text.language import Language
from assistant.text.money import Money, find_money
from assistant.text.numbers import (
    ABOUT,
    DIGITS,
    RANGE_JOIN,
    FoundNumber,
    find_numbers,
    parse_number,
)
from assistant.text.people import is_people, is_person
from assistant.text.periods import find_rates

_FROM = re.compile(
    r"\b(?:van|from)\s+(?:(?:gem\.|gemiddeld|an average of|average|about|ongeveer|circa|ca\.|"
    r"zo'n|around|roughly)\s*)?$",
    re.IGNORECASE,
)
_TO = re.compile(
    r"\s*(?:(?:per|a|an|each|every|vorig|vorige|last|in)\s+\w+\s*)?,?\s*"
    r"(?:(?:down |up |back |omlaag |terug )?"
    r"(?:naar|to|tot)|->|→)\s+(?:(?:gem\.|gemiddeld|about|ongeveer|circa|ca\.|zo'n|around|roughly|"
    r"just|only|slechts|maar)\s*)?",
    re.IGNORECASE,
)


def level_changes(message: Message, found: list[Amount], used: set[int], reading: Reading) -> None:
    """An amount that moved from one level to another ("kasverschillen zijn gedaald van € 2.300
    naar € 1.450 per week", "rework fell from $2,300 to $1,450 a week"): the difference is the
    benefit, per the period either level names. A fall is a benefit unless it is of revenue; a
    rise only of revenue ("de omzet steeg van ... naar ..."); any other move is left to the other
    readers (and asked about)."""
    text = message.text
    for before, after in zip(found, found[1:], strict=False):
        if (
            before.clause.sentence != after.clause.sentence
            or {before.money.start, after.money.start} & used
        ):
            continue
        between = text[before.money.end : after.money.start]
        opening = text[max(0, before.money.start - 40) : before.money.start]
        arrow = "->" in between or "→" in between
        opened = _FROM.search(opening)
        then_now = _LEVEL_BEFORE_AND_NOW.fullmatch(between) or (
            _LAST_PERIOD.search(opening) and _NOW.fullmatch(between)
        )  # "$112k in the season before and $61k this season", "vorig jaar € 46k, nu € 29k"
        then_now = then_now and _NOW_ENDS.match(text, after.money.end)  # not "$3,000 for the ..."
        then_now = then_now or (_WAS.search(opening) and _IS_NOW.fullmatch(between))  # "was
        # €54,000 a season and is now €44,000"
        if not (then_now or (_TO.fullmatch(between) and (opened or arrow))):
            continue
        sentence = message.sentence_text(before.clause.sentence)
        fell = before.money.amount > after.money.amount
        revenue = bool(find_cues(sentence, "revenue_nouns"))
        if before.money.amount == after.money.amount or fell == revenue:
            continue
        used |= {before.money.start, after.money.start}
        difference = abs(before.money.amount - after.money.amount)
        used |= {
            a.money.start
            for a in found
            if a.money.start > after.money.end
            and a.clause.sentence == after.clause.sentence
            and a.money.amount == difference
            and SO_THAT_IS.search(text, after.money.end, a.money.start)
        }  # "went from R4.1m to R5.3m, so up R1.2m a month": the same benefit worked out
        shown = text[before.money.start : after.money.end]
        period = after.period or before.period or period_of(message, after.clause, None)
        if period is None:
            reading.without_period.append(after.money.text)
            reading.context[after.money.text] = sentence
            continue
        moved = Money(
            abs(before.money.amount - after.money.amount),
            after.money.currency,
            before.money.start,
            after.money.end,
            shown,
        )
        start = message.sentences[before.clause.sentence][0]
        end = before.money.start - (len(opened.group()) if opened else 0)
        subject = Clause(start, end, before.clause.sentence, None)
        phrase = describe(text, moved, subject, None) if end - start >= 3 else "-"
        reading.benefits.append(
            BenefitLine(
                description=f"{phrase} ({before.money.text} → {after.money.text})"[:500],
                amount=moved.amount,
                period=period,
                per_participant=False,
                isolation_method=IsolationMethod.NONE,
            )
        )


_LEVEL_BEFORE_AND_NOW = re.compile(
    r"\s*(?:\(?[^\W\d_]+\)?\s+){0,4}?(?:before|earlier|previously|prior|ervoor|daarvoor|"
    r"voorheen|vooraf|voor\s+de\s+\w+)\b[^\d.;]{0,20}?(?:\band\b|\ben\b|\bbut\b|\bmaar\b|,)\s*"
    r"(?:(?:now|nu|only|just|nog|maar|slechts|this\s+\w+|dit\s+\w+|deze\s+\w+)\s+){0,2}",
    re.IGNORECASE,
)
"""Between a level before and one now: " in the season before and ", " daarvoor, en nu "."""
_WAS = re.compile(
    r"\b(?:was|were|waren|bedroeg|bedroegen|lag|lagen)\s+(?:(?:about|around|roughly|ongeveer|"
    r"circa|zo'n|rond)\s+)?$",
    re.IGNORECASE,
)
_IS_NOW = re.compile(
    r"\s*(?:(?:a|an|per|each|every)\s+\w+\s*)?,?\s*(?:and|en|but|maar)\s+(?:is|are|zijn|ligt|"
    r"liggen|bedraagt|bedragen|staat|staan)\s+(?:now|nu)\s+(?:(?:only|just|nog|maar|slechts|"
    r"about|around|ongeveer|zo'n|op)\s+){0,2}",
    re.IGNORECASE,
)
"""A level that was and one that is now: "was €54,000 a season and is now €44,000", "was € 9.000
per maand en is nu nog € 6.500"."""
_LAST_PERIOD = re.compile(
    r"\b(?:last|previous|vorig|vorige|afgelopen)\s+(?:year|season|quarter|month|jaar|seizoen|"
    r"kwartaal|maand)\b[^\d.;]{0,30}$|\b(?:the\s+)?(?:year|season)\s+before\b[^\d.;]{0,30}$",
    re.IGNORECASE,
)
_NOW = re.compile(
    r"\s*[,;]?\s*(?:(?:and|en|but|maar)\s+)?(?:(?:now|nu|this\s+\w+|dit\s+\w+|deze\s+\w+)\s*)"
    r"(?:(?:only|just|nog|maar|slechts|is|was|it's|het|at|op)\s+){0,2}",
    re.IGNORECASE,
)
"""After a level of the last period, the word for now before this one's: ", this year "."""
_NOW_ENDS = re.compile(
    r"\s*(?:now|nu|this\s|dit\s|deze\s|after|na\s|afterwards|since|sindsdien|per\s|a\s|an\s|"
    r"in\s|op\s|\(|[.;,!?]|$)",
    re.IGNORECASE,
)
"""What may follow the level now: a word for now, its period, or the sentence's end."""


SO_THAT_IS = re.compile(
    r"\b(?:dus|so|that's|that is|dat zijn|dat is|which is|which means|oftewel|i\.e\.)\b",
    re.IGNORECASE,
)
"""Words that work out or restate a figure ("dus dat zijn 12 vertrekkers", "so that's $36,000")."""
_WORKED_INTO_A_FIGURE = re.compile(rf"(?:{SO_THAT_IS.pattern})[^.;!?\d]{{0,30}}\d", re.IGNORECASE)


def _worked_out(message: Message, sentence: int) -> bool:
    """Whether the user turned a change of a rate into a figure in the next sentences ("Het
    verloop daalde van 11% naar 8%. Er werken 400 mensen in die teams, dus dat zijn 12
    vertrekkers minder per jaar."): the rate's change is then no figure to ask about."""
    following = range(sentence + 1, min(sentence + 3, len(message.sentences)))
    return any(_WORKED_INTO_A_FIGURE.search(message.sentence_text(i)) for i in following)


def kpi_changes(
    message: Message,
    shares: list[Share],
    found: list[Amount],
    used: set[int],
    reading: Reading,
    language: Language,
) -> None:
    """Each change percentage with the amount it is a change of: the nearest amount in its
    sentence that no cost verb governs (unless it recurs: "kost ons jaarlijks € 2,4 mln"), else
    the nearest recurring amount in the sentences before ("... € 2,4 mln. Dat is met 8%
    gedaald."), else a count with its period said before it, times what one of the things counted
    is worth (``_share_of_a_count``), else the first amount of the next sentence ("Shrinkage fell
    by 0.6% of turnover. Turnover is R410 million a year.")."""
    text = message.text
    changed: BenefitLine | None = None
    moved = _points_moved(message, shares, found, used, reading)
    for share in (s for s in shares if s.role == "change" and s.start not in moved):
        sentence = message.clause_at(share.start).sentence
        if find_cues(message.sentence_text(sentence), "left_out"):
            continue  # "write-offs fell 3% on £1.4m, but ... leave it out of the calculation"

        def usable(a: Amount) -> bool:
            cost = is_cost_verb(text, a.money, a.clause) and a.period is None
            return a.money.start not in used and not cost and not a.per_participant

        here = [a for a in found if a.clause.sentence == sentence and usable(a)]
        before = [a for a in found if a.clause.sentence < sentence and usable(a) and a.period]
        after = [a for a in found if a.clause.sentence == sentence + 1 and usable(a)]
        after = after if find_cues(message.sentence_text(sentence), "decrease", "increase") else []
        pick = here or before[-1:]
        counted = None if pick else _share_of_a_count(message, share, found, used, language)
        if counted is not None:  # "15.000 lege kilometers per week ... met 20% gedaald. Een
            reading.benefits.append(counted)  # lege kilometer kost ons € 0,42"
            changed = counted
            if share.ranged:
                reading.ranges.append(share.text)
            continue
        pick = pick or after[:1]  # "... 2.3% of turnover. Turnover is R410m."
        compared = bool(find_cues(message.sentence_text(sentence), "control_group"))
        compared |= _theirs_compared(message, sentence)  # "a comparison group: ... Their
        # leakage went from 4.0% to 3.8%"
        compared |= untrained_site(text[message.sentences[sentence][0] : share.start])
        compared |= _forecast(message, share)  # "Het voorspelmodel ging uit van 3% daling"
        if not pick and changed is not None and compared:  # "Regio Zuid, de vergelijkingsgroep:
            net = _net_of(changed, share.value / 100, share.text)  # daar daalden de
            # herstelkosten met 4%"
            if net is not None:
                reading.benefits[reading.benefits.index(changed)] = changed = net
                continue
        if not pick:
            if not _worked_out(message, sentence):
                reading.without_value.append(share.text)
                if compared and changed is None:  # netted off a change said before, if any
                    reading.expected_changes.append((share.text, abs(share.value)))
            continue
        value = min(pick, key=lambda a: abs(a.money.start - share.start))
        used.add(value.money.start)
        if value.period is None:
            reading.without_period.append(value.money.text)
            continue
        if share.ranged:
            reading.ranges.append(share.text)
        phrase = describe(text, value.money, value.clause, value.rate, (share.start, share.end))
        changed = BenefitLine(
            description=f"{phrase} ({share.text})"[:500],
            quantity=abs(share.value) / 100,  # "-9 %" and "9 % lager" are the same change
            unit_value=value.money.amount,
            period=value.period,
            per_participant=False,
            isolation_method=IsolationMethod.NONE,
        )
        reading.benefits.append(changed)


def _share_of_a_count(
    message: Message, share: Share, found: list[Amount], used: set[int], language: Language
) -> BenefitLine | None:
    """A change percentage of a count said with its period before it in the sentence, valued by
    what one of the things counted is worth ("Onze auto's reden 15.000 lege kilometers per week
    en dat is met 20% gedaald. Een lege kilometer kost ons € 0,42"): the count times the change,
    times that value. Only when the value names the thing counted."""
    text, sentence = message.text, message.clause_at(share.start).sentence
    start = message.sentences[sentence][0]
    money = [(a.money.start, a.money.end) for a in found]
    numbers = [
        n for n in find_numbers(text[start : share.start], language=language)
        if n.value > 1 and n.value == n.value.to_integral_value()
        and not any(s <= start + n.start < e for s, e in money)
    ]  # fmt: skip
    if len(numbers) != 1:
        return None
    [number] = numbers
    at, end = start + number.start, start + number.end
    clause = message.clause_at(at)
    period = period_of(message, clause, None)
    value = _unit_value(message, found, used, sentence)
    thing = _COUNTED_THING.match(text, end)
    if period is None or value is None or thing is None:
        return None
    named = text[value.clause.start : value.money.start]
    if not any(same_group(word, thing[1]) for word in re.findall(r"[^\W\d_][\w'’-]*", named)):
        return None  # "We handle 2,000 calls a week; complaints fell 10%, each costs €50"
    used.add(value.money.start)
    phrase = describe(text, value.money, value.clause, value.rate, (at, share.end))
    return BenefitLine(
        description=f"{phrase} ({number.text} × {share.text})"[:500],
        quantity=number.value * abs(share.value) / 100,
        unit_value=value.money.amount,
        period=period,
        per_participant=False,
        isolation_method=IsolationMethod.NONE,
    )


_COUNTED_THING = re.compile(r"\s+(?:[^\W\d_][\w'’-]*\s+)?([^\W\d_][\w'’-]*)")
"""The thing a count counts, its last word within two ("15.000 lege kilometers")."""


def _theirs_compared(message: Message, sentence: int) -> bool:
    """Whether ``sentence`` speaks of the comparison group the sentence before it names ("We
    also had a comparison group: 15 adjusters who weren't trained. Their leakage went ...")."""
    if sentence == 0 or not _THEIRS.match(message.sentence_text(sentence)):
        return False
    return bool(find_cues(message.sentence_text(sentence - 1), "control_group"))


_THEIRS = re.compile(
    r"\s*(?:their|hun|there|daar|in that group|in die groep|bij hen|for them|those)\b", re.I
)


_PCT_MOVE = re.compile(
    rf"\b(?:van|from)\s+{ABOUT}(?P<a>\d+(?:[.,]\d+)?)\s?%\s+(?:naar|to)\s+{ABOUT}"
    r"(?P<b>\d+(?:[.,]\d+)?)\s?%",
    re.IGNORECASE,
)
_ONE_POINT = re.compile(
    r"\b(?:[eé]én|een|1|elk|elke|ieder|iedere|per|each|every|one|a)\s+"
    r"(?:procentpunt|percentage\s?point|(?:%|procent|percent)\s?point)\b",
    re.IGNORECASE,
)


def _points_moved(
    message: Message, shares: list[Share], found: list[Amount], used: set[int], reading: Reading
) -> set[int]:
    """A rate that moved between two percentages, valued per percentage point ("het verzuim
    daalde van 7,2% naar 6,4%, en één procentpunt verzuim kost ons € 180.000 per jaar"): one
    line of the points moved (0,8) × the value of one. Returns the shares it used."""
    text, taken = message.text, set()
    for move in _PCT_MOVE.finditer(text):
        sentence = message.clause_at(move.start()).sentence
        point = next(
            (p for p in _ONE_POINT.finditer(text, move.end())
             if message.clause_at(p.start()).sentence in (sentence, sentence + 1)),
            None,
        )  # fmt: skip
        if point is None:
            continue
        said = message.clause_at(point.start()).sentence
        value = next(
            (a for a in found if a.money.start > point.end() and a.money.start not in used
             and a.period is not None and a.clause.sentence == said),
            None,
        )  # fmt: skip
        try:
            points = abs(parse_number(move["a"]) - parse_number(move["b"]))
        except ValueError:
            continue
        if value is None or not points:
            continue
        used.add(value.money.start)
        taken |= {s.start for s in shares if move.start() <= s.start < move.end()}
        phrase = describe(text, value.money, value.clause, value.rate, move.span())
        reading.benefits.append(
            BenefitLine(
                description=f"{phrase} ({move['a']}% → {move['b']}%)"[:500],
                quantity=points,
                unit_value=value.money.amount,
                period=value.period,
                per_participant=False,
                isolation_method=IsolationMethod.NONE,
            )
        )
    return taken


def _forecast(message: Message, share: Share) -> bool:
    """A change a forecast or trend expected without the programme ("Het voorspelmodel ging
    zonder training uit van 3% daling", "the forecast expected a 3% drop anyway"): what the KPI
    would have done anyway, netted off the change measured like a comparison group's."""
    sentence = message.sentence_text(message.clause_at(share.start).sentence)
    return bool(find_cues(sentence, "reference_level"))


def _net_of(changed: BenefitLine, other: Decimal, shown: str | None = None) -> BenefitLine | None:
    """A change net of the comparison group's change in the same KPI, when that one moved less:
    a share ("12,5% gedaald; in de vergelijkingsgroep 4%": 8,5% of the amount, ``shown`` in the
    description) or a count ("from 38 to 22 ... at a comparable centre from 35 to 31": 12)."""
    if changed.quantity is None or abs(other) >= changed.quantity:
        return None
    update: dict[str, object] = {"quantity": changed.quantity - abs(other)}
    if shown is not None:
        update["description"] = f"{changed.description.removesuffix(')')} − {shown})"[:500]
    return changed.model_copy(update=update)


def count_changes(
    message: Message,
    shares: list[Share],
    found: list[Amount],
    used: set[int],
    reading: Reading,
    language: Language,
) -> None:
    """A count that changed, per period ("het aantal bezwaren daalde met 120 per jaar", "incidents
    fell by 90 a year"), times what one of them is worth ("elk bezwaar kost ons € 650", "$6,500
    per incident"): one benefit line of quantity x unit value."""
    text = message.text
    taken = [(a.money.start, a.money.end) for a in found]
    moved = list(_moved_counts(text, taken))  # "dropped from 19 a year to 7 a year": 12
    taken += [(m.also[0], m.also[1]) for m in moved if m.also]  # "... they projected 202"
    moved += _forecast_counts(text, taken)  # "we forecast 10 would leave. Only 4 did.": 6
    taken += [m.span() for m in count_moves(text)]  # not "30" of "(van 30 naar 18)" again
    taken += [(m.start, m.end) for m in moved]
    taken += [(s.start, s.end) for s in shares]  # "50-60% of the drop", "half of that"
    numbers = moved + [
        _Count(n.value, n.start, n.end, n.text) for n in find_numbers(text, language=language)
        if not any(s <= n.start < e for s, e in taken)
    ]  # fmt: skip
    ascribed = [m.span() for m in _ASCRIBED.finditer(text)]  # "the rest they put down to ..."
    said_with_the_change = {
        message.clause_at(n.start).start for n in numbers if _MORE_OR_FEWER.match(text, n.end)
    }
    counted: BenefitLine | None = None
    for number in numbers:
        whole = number.value == number.value.to_integral_value()
        after = text[number.end : number.end + 25]
        if number.value <= 0 or not (whole or number in moved or _MORE_OR_FEWER.match(after)):
            continue  # but "1.5 more vehicles a month", "2 a month ... now 0.5": averages
        clause = message.clause_at(number.start)
        if clause.start in said_with_the_change and not _MORE_OR_FEWER.match(after):
            continue  # "our 14 trained practices booked 31 more dentals": the 31
        if re.match(r"\s?[:)]", after) or (after[:1] == "." and _starts_line(text, number.start)):
            continue  # "Opbrengst 1: ...", "2) ...", "3. ...": a label's number
        if re.match(r"(?:st|nd|rd|th|ste|de|e)\b|-[^\W\d]", after):
            continue  # "2nd line", "3e lijn": an ordinal; "360-degree", "3-day": an adjective
        if _NOT_A_COUNT.match(after) and not _PER.match(after):
            continue  # a percentage, a duration or a group of people
        if _COMPARED_WITH.search(text, max(0, number.start - 30), number.start):
            continue  # "extra omzet tov de 3 vestigingen die niet meededen": what it is against
        if _counts_those_each(text, number.end, clause):
            continue  # "9 inside sales reps each generate $900 more": each one's figure
        cues = find_cues(text, "decrease", "increase", "benefit_verbs", start=clause.start,
                         end=clause.end)  # fmt: skip
        cues = [c for c in cues if not any(s <= c.start < e for s, e in ascribed)]
        change = any(distance(c, number.start, number.end) <= _NEAR_A_CHANGE for c in cues)
        change |= number in moved  # "from 19 to 7" says it changed
        if not change or find_cues(message.sentence_text(clause.sentence), "left_out"):
            continue  # no change, or one the user does not put a value on
        sentence_start = message.sentences[clause.sentence][0]
        compared = find_cues(message.sentence_text(clause.sentence), "control_group")
        moved_too = number in moved or _MORE_OR_FEWER.match(after)  # not "We kept two teams out"
        elsewhere = compared or untrained_site(text[sentence_start : number.start])
        if counted is not None and moved_too and elsewhere:
            net = _net_of(counted, number.value)  # "At a comparable centre that did not get
            if net is not None:  # the training, they went from 35 to 31": 16 - 4
                reading.benefits[reading.benefits.index(counted)] = counted = net
                continue
        if not found:
            reading.recounts.append((number.value, number.text))  # "9 fewer leavers, not 11"
            continue
        period = (
            _period_right_after(text, number.end)  # "Annual sales rose from 95 to 120 a month"
            or period_of(message, clause, None)
            or _period_said_of(message, number.text)
        )
        value = _unit_value(message, found, used, clause.sentence)
        if value is None:
            continue
        used.add(value.money.start)
        if period is None and value.clause.sentence > clause.sentence:
            period = period_of(message, value.clause, None)  # "... Count it as a one-off."
        if period is None:
            reading.without_period.append(number.text)  # "down by 210, each costs $42": per?
            reading.context[number.text] = _both(message, clause.sentence, value.clause.sentence)
            continue
        counted = _count_times_value(text, number, clause, value.money, period)
        reading.benefits.append(counted)
        high = _HIGH_END.match(text, number.end)
        if high is not None:  # "12 à 15 per maand onder die prognose": the low end, said
            reading.money_ranges.append((text[number.start : high.end()], number.text))
        reading.forecast |= isinstance(number, _Count) and number.forecast


_HIGH_END = re.compile(rf"\s?{RANGE_JOIN}\s?\d+(?:[.,]\d+)?(?![\d%])", re.IGNORECASE)
"""After a count, the high end of its range ("12 [à 15]", "20[-25]"): the count is its low end."""


_ASCRIBED = re.compile(
    r"\b(?:put|puts|putting|chalk|chalked|chalks)\s+(?:it\s+|that\s+|this\s+)?down\s+to\b", re.I
)
"""A cause named ("the rest they put down to the new fenders at two quays"): no change."""


_MORE_OR_FEWER = re.compile(r"\s+(?:more|fewer|less|extra|meer|minder)\s+[^\W\d]", re.IGNORECASE)
"""A count said with its change right after it ("1.5 more vehicles", "2,5 minder klachten")."""


_WORDS_AFTER = re.compile(r"(?:\s+[^\W\d][\w-]*){1,3}")


def _counts_those_each(text: str, end: int, clause: Clause) -> bool:
    """A number of people ("9 inside sales reps") in a clause that gives each of them their
    figure: the people the figure is per, not a count of things at that value."""
    words = _WORDS_AFTER.match(text, end)
    return (
        words is not None
        and any(is_people(word) for word in words.group().split())
        and _EACH_LATER.search(text, end, clause.end) is not None
        and names_every_person(text[clause.start : clause.end])
    )  # not "Each fundraiser signs up 3 extra regular donors a month": those are counted


_EACH_LATER = re.compile(r"\b(?:each|elk|ieder)\b", re.IGNORECASE)


_COMPARED_WITH = re.compile(
    r"\b(?:tov|t\.o\.v\.|ten opzichte van|vergeleken met|in vergelijking met|compared (?:with|to)|"
    r"versus|vs\.?|than|dan)\s+(?:(?:de|het|the|our|onze|those|die)\s+)?$",
    re.IGNORECASE,
)
_PER_ITEM_BEFORE = re.compile(r"\b(?:per|each|elke?|iedere?)\s+([^\W\d][\w-]*)", re.IGNORECASE)
_NOUN_AFTER = re.compile(r"\s+[^\W\d][\w-]*(?:\s+[^\W\d][\w-]*)?")


def volume_savings(
    message: Message, found: list[Amount], used: set[int], reading: Reading, language: Language
) -> None:
    """A saving per item ("the average settlement per claim has come down by €85") times the
    items per period the message counts ("Each handler settles around 300 claims a year"): one
    benefit line of quantity x unit value, per participant when every one of them has that
    many."""
    text = message.text
    for amount in found:
        if amount.role != "benefit" or amount.time_rate or amount.money.start in used:
            continue
        item = _item_of(text, amount)
        if item is None:
            continue
        for number in find_numbers(text, language=language):
            if any(a.money.start <= number.start < a.money.end for a in found):
                continue  # "€ 1.400 per kliniek": the saving itself, not so many clinics
            nouns = _NOUN_AFTER.match(text, number.end)
            named = nouns is not None and any(
                same_group(word, item) for word in nouns.group().split()
            )  # "300 claims", "300 open claims"
            whole = number.value == number.value.to_integral_value()
            if not named or not whole or number.value <= 1:
                continue
            clause = message.clause_at(number.start)
            period = period_of(message, clause, None)
            if period is None:
                continue
            used.add(amount.money.start)
            reading.benefits.append(_count_times_value(text, number, clause, amount.money, period))
            break


def _count_times_value(
    text: str, number: _Count | FoundNumber, clause: Clause, value: Money, period: Period
) -> BenefitLine:
    """A benefit of so many items ("300 claims a year") at what one is worth, described by the
    count's clause, per participant when that clause names every one of them."""
    counted = Money(number.value, value.currency, number.start, number.end, number.text)
    said = text[clause.start : clause.end]
    if clause.start <= value.start < clause.end:  # "at €110 each": each of the things counted
        said = said[: value.end - clause.start] + _ITEM_EACH.sub(
            "", said[value.end - clause.start :], 1
        )
    described = describe(text, counted, clause, None)
    if isinstance(number, _Count) and number.also:  # "(202 → 148)": from the projected level
        described = f"{described} ({number.text})"
    return BenefitLine(
        description=described[:500],
        quantity=number.value,
        unit_value=value.amount,
        period=period,
        per_participant=names_every_person(said),
        isolation_method=IsolationMethod.NONE,
    )


_ITEM_EACH = re.compile(r"^\s*(?:each|apiece|a piece|per stuk|per keer|elk|ieder)\b", re.IGNORECASE)
"""Right after what one counted thing is worth: the thing's price, not each person's."""


def _item_of(text: str, amount: Amount) -> str | None:
    """The item an amount is per ("€85 per claim", "de schadelast per claim ... € 85"), not a
    person or a period."""
    if amount.rate is not None and amount.rate.per is not None:
        return None if amount.rate.per_person else amount.rate.per
    before = list(_PER_ITEM_BEFORE.finditer(text, amount.clause.start, amount.money.start))
    if not before:
        return None
    word = before[-1][1]
    if is_person(word) or any(rate.period for rate in find_rates(before[-1].group())):
        return None
    return word


def _starts_line(text: str, at: int) -> bool:
    return not text[text.rfind("\n", 0, at) + 1 : at].strip()


class _Count(NamedTuple):
    """A count as the readers see a number: its value, span and text."""

    value: Decimal
    start: int
    end: int
    text: str
    also: tuple[int, int] | None = None
    """Another number the count was read from: the projected level."""
    forecast: bool = False
    """Read against a forecast ("forecast 14, we had 7"), not an expectation or a budget."""


_MOVED = re.compile(
    rf"\b(?:van|from)\s+{ABOUT}(?P<a>\d[\d.,]*)\s+(?:[^\W\d]+\s+|in\s+(?:19|20)\d\d\s+)?"
    r"(?:(?:last|this|previous|that|vorig|vorige|dit|dat)\s+(?:year|jaar|quarter|kwartaal|"
    r"month|maand)\s+)?"
    r"(?:(?:per|a|an|each|every|in\s+a)\s+\w+\s+)?"
    r"(?:in\s+(?:the|de|het)\s+(?:(?:\d+|twelve|twaalf)\s+)?(?:months?|maanden|year|jaar|"
    r"quarter|kwartaal)\s+(?:before|prior|ervoor|daarvoor)\s+)?"
    r"(?:(?:down |up |back )?(?:naar|to|tot))\s+"
    rf"(?:just\s+|only\s+|slechts\s+)?{ABOUT}(?P<b>\d[\d.,]*)\b",
    re.IGNORECASE,
)
"""A count that moved: "from 19 a year to 7", "from 9 in the 12 months before to 4"."""


_THEN_AND_NOW = re.compile(
    r"\b(?:vorig jaar|vorige jaar|het jaar ervoor|het jaar daarvoor|voorheen|vroeger|used to|"
    r"last year|the year before|previously|before the (?:programme|program|training|course))\b"
    r"[^.;!?\d€$£]{0,60}?(?P<a>\d+(?:[.,]\d+)*)(?![\d%])[^.!?\d€$£]{0,80}?"
    r"\b(?:dit jaar|this year|nu|now|inmiddels|sindsdien|since then|afterwards|na de training|"
    r"na het programma|after the (?:programme|program|training|course)|"
    r"in the (?:\w+ )?months since|in de (?:\w+ )?maanden (?:daarna|erna|sindsdien))\b"
    r"[^.;!?\d€$£]{0,30}?(?P<b>\d+(?:[.,]\d+)*)(?![\d%])",
    re.IGNORECASE,
)
"""A count then and now, apart ("Vorig jaar vertrokken 14 nieuwe mensen binnen de proeftijd, dit
jaar 8", "last year 14 new hires left, this year 8", "we used to rework 40 a month and now 25")."""


_COUNT_THEN_AND_NOW = re.compile(
    r"(?<![\w.,€$£])(?P<a>\d+(?:[.,]\d+)*)(?![\d%])[^.;!?\d€$£]{0,50}?"
    r"\b(?:vorig jaar|vorige jaar|het jaar ervoor|last year|the year before)\b"
    r"[^.;!?\d€$£]{0,20}?(?P<b>\d+(?:[.,]\d+)*)(?![\d%])[^.;!?\d€$£]{0,30}?"
    r"\b(?:dit jaar|this year|nu|now|inmiddels|sindsdien|since then)\b",
    re.IGNORECASE,
)
"""The same, each count before its year ("We lost 14 new hires last year and 8 this year", "9
vertrekkers vorig jaar, 5 dit jaar")."""


LOST_BEFORE = re.compile(
    r"\b(?:losing|lost|lose|loses|verliezen|verloren|verloor|kwijtraken|raakten|cancell?ing|"
    r"churning|churned|opzeggingen van|zegden|zeggen|vertrokken|vertrekken)\s+"
    r"(?:(?:about|around|roughly|some|ongeveer|zo'n|circa|ca\.)\s+)?[~±≈]?$",
    re.IGNORECASE,
)
"""Before a count: people who were lost ("we were losing 210 members a month"), no
participants but a count that may move."""
_COUNT_AND_NOW = re.compile(
    r"(?<![\w.,€$£])(?P<a>\d+(?:[.,]\d+)*)\s+(?P<noun>[^\W\d][\w-]*)(?![\d%])"
    r"[^.;!?\d€$£]{0,30}?,?\s*\b(?:en\s+|and\s+)?(?:nu|now|inmiddels|tegenwoordig|these days)"
    r"(?:\s+(?:it'?s|its|it is|they'?re|is het|zijn het|zijn er|het))?"
    r"\s+(?:nog\s+(?:maar\s+)?|(?:only|just|maar|slechts)\s+)?(?P<b>\d+(?:[.,]\d+)*)(?![\d%])",
    re.IGNORECASE,
)
"""A count of things and what it is now ("50 boekingsfouten per maand, nu nog 20", "90 errors a
month, now just 55"); not of people ("40 deelnemers, nu 38" corrects who took part)."""


_BEFORE_AND_NOW = re.compile(
    r"(?<![\w.,€$£])(?P<a>\d+(?:[.,]\d+)*)(?![\d%])[^.;!?\d€$£]{0,25}?"
    r"\b(?:before|voorheen|vroeger|ervoor|daarvoor)\b,?\s*(?:en\s+|and\s+)?"
    r"(?P<b>\d+(?:[.,]\d+)*)(?![\d%])[^.;!?\d€$£]{0,25}?"
    r"\b(?:now|nu|since|sindsdien|after|erna|daarna|these days|tegenwoordig)\b",
    re.IGNORECASE,
)
"""Each count before its moment ("7 per year before, 3 per year now", "12 per maand voorheen,
nu 5" is the other order)."""


def count_moves(text: str) -> list[re.Match[str]]:
    """Every count said to have moved: "from 19 a year to 7", "vorig jaar 14, dit jaar 8", "in
    2024 310, in 2025 240"."""
    moves = [*_MOVED.finditer(text), *_THEN_AND_NOW.finditer(text), *_BEFORE_AND_NOW.finditer(text)]
    spans = [m.span() for m in moves]
    for m in [
        *_COUNT_THEN_AND_NOW.finditer(text),
        *_COUNT_AND_NOW.finditer(text),
        *moves_in_time(text),  # "2,300 repeat rolls the year before and 1,650 last year"
    ]:
        if (
            "noun" in m.groupdict()
            and is_people(m["noun"])
            and not LOST_BEFORE.search(text, max(0, m.start() - 24), m.start())
        ):  # who took part; not "we were losing 210 members a month, now it's 180"
            continue
        if not any(s < m.end() and m.start() < e for s, e in spans):
            moves.append(m)
            spans.append(m.span())
    return moves


_LABEL = re.compile(r"\s*[^\W\d]+(?:\s+[^\W\d]+)?\s*:")


_NEXT_CLAUSE = re.compile(r"[,;]\s*(?:en|and|maar|but|terwijl|while|whereas|plus)\s+", re.I)


def moves_of_a_count(text: str) -> list[tuple[int, int]]:
    """The spans of "from 2,400 a year to 1,500" whose sentence names no money before them
    ("escalations fell from ..."; not "de schadekosten daalden van 4.000 naar 2.500"): bare
    numbers there are counts, not amounts in the conversation's currency."""
    spans = []
    for m in count_moves(text):
        start = max(text.rfind(mark, 0, m.start()) for mark in ".!?\n") + 1
        joined = list(_NEXT_CLAUSE.finditer(text, start, m.start()))
        start = joined[-1].end() if joined else start  # "..., en de stilstanden gingen van 25"
        label = _LABEL.match(text, start)
        start = label.end() if label else start  # "Opbrengst: het aantal ... ging van 210 naar 150"
        money = ("cost_nouns", "cost_compounds", "revenue_nouns", "benefit_nouns", "value_words")
        if not find_cues(text, *money, start=start, end=m.start()):
            spans.append(m.span())
    return spans


_ACTUAL = re.compile(
    r"\b(?:only|just|actually|actual|in the end|in reality|in practice|but|maar|slechts|"
    r"uiteindelijk|we had|we hadden|het werden er|realisatie|gerealiseerd|in werkelijkheid|"
    r"werkelijk|feitelijk|in de praktijk)\s+(?:[^\W\d]+\s+){0,2}?"
    r"(?P<b>\d+(?:[.,]\d+)*)(?![\d%])",
    re.IGNORECASE,
)


_FIRST_COUNT = re.compile(r"(?<![\w.,])(?P<a>\d+(?:[.,]\d+)*)(?![\d%])")


def _forecast_counts(text: str, taken: list[tuple[int, int]]) -> Iterator[_Count]:
    """A count against its forecast ("we forecast that 10 of them would leave ... Only 4 did",
    "verwacht waren 30 klachten, het werden er maar 18"): the difference, as one count."""
    for cue in find_cues(text, "reference_level"):
        first = _FIRST_COUNT.search(text, cue.end)
        if first is None or first.start() - cue.end > 100:
            continue  # "Our forecast for this year (based on exposure hours ...) was 14"
        if any(s <= first.start() < e for s, e in taken):
            continue  # an amount of money: ``level_changes``
        counted = re.match(r"\s+(?:[^\W\d][\w-]*\s+){0,2}?([^\W\d][\w-]*)", text[first.end() :])
        if counted and is_person(counted[1]):
            continue  # "we expected 20 participants but only 15 came": who took part
        actual = _ACTUAL.search(text, first.end(), min(len(text), first.end() + 120))
        if actual is None or any(s <= actual.start("b") < e for s, e in taken):
            continue
        if re.search(r"\d", text[first.end() : actual.start("b")]):
            continue  # "expected 12 incidents, so ... 4 fewer a year. ... only has 3 data points"
        try:
            before, after = parse_number(first["a"]), parse_number(actual["b"])
        except ValueError:
            continue
        if before != after:
            shown = f"{first['a']} → {actual['b']}"  # the two may stand sentences apart
            forecast = bool(_FORECAST.match(text, cue.start))
            yield _Count(abs(before - after), first.start(), actual.end("b"), shown, None, forecast)


_FORECAST = re.compile(r"forecast|prognos|voorspel|projected|predicted|projection", re.I)


def _moved_counts(text: str, taken: list[tuple[int, int]]) -> Iterator[_Count]:
    """A count that moved from one level to another ("violations dropped from 19 a year to 7 a
    year", "van 30 naar 18 klachten", "vorig jaar 14, dit jaar 8"): the difference, as one count."""
    for m in count_moves(text):
        if any(s <= m.start("a") < e or s <= m.start("b") < e for s, e in taken):
            continue  # amounts of money: ``level_changes``
        try:
            before, after = parse_number(m["a"]), parse_number(m["b"])
        except ValueError:
            continue
        projected = _projected(text, m, before, after, taken)
        if projected is not None:  # "from 212 to 148 ... a trend line projected 202": 54
            level = parse_number(projected["a"])
            shown = f"{projected['a']} → {m['b']}"
            yield _Count(abs(level - after), m.start("a"), m.end("b"), shown, projected.span("a"))
        elif before != after:
            yield _Count(abs(before - after), m.start("a"), m.end("b"), m.group())


def projected_levels(text: str) -> list[tuple[int, int]]:
    """The spans of the levels projected for counts that moved ("without the course they
    projected 202"): counts, not amounts in the conversation's currency."""
    money = [(m.start, m.end) for m in find_money(text)]
    spans = []
    for m in count_moves(text):
        try:
            before, after = parse_number(m["a"]), parse_number(m["b"])
        except ValueError:
            continue
        projected = _projected(text, m, before, after, money)
        if projected is not None:
            spans.append(projected.span("a"))
    return spans


def _projected(
    text: str, move: re.Match[str], before: Decimal, after: Decimal, taken: list[tuple[int, int]]
) -> re.Match[str] | None:
    """The level a trend line or forecast projected for the count without the programme
    ("stage 2 complaints went from 212 to 148 ... without the course they projected 202"): the
    change the programme made is from there. Only a level between the two (the conservative
    reading); not a baseline that is the level before, nor people ("expected 20 participants")."""
    low, high = min(before, after), max(before, after)
    for cue in find_cues(text, "reference_level"):
        if move.start() <= cue.start < move.end():
            continue
        level = _FIRST_COUNT.search(text, cue.end)
        if level is None or level.start() - cue.end > 40:
            continue
        if move.start() <= level.start() < move.end():
            continue
        if any(s <= level.start() < e for s, e in taken):
            continue  # money
        counted = re.match(r"\s+(?:[^\W\d][\w-]*\s+){0,2}?([^\W\d][\w-]*)", text[level.end() :])
        if counted and is_person(counted[1]):
            continue
        try:
            value = parse_number(level["a"])
        except ValueError:
            continue
        if low < value < high:
            return level
    return None


COST_OF_ONE = r"\b(?:cost|kosten|value|waarde)\s+(?:of|van)\s+(?:an?|one|[eé]én|een)\s+[\w-]+"
"""What one item is worth, said as a noun ("the cost of a recordable", "de kosten van een
klacht"): the value of one of a changed count."""
_EACH = re.compile(
    r"\b(?:elk|elke|ieder|iedere|each|every|per)\s+(?:one|stuk|[\w-]+)|"
    rf"{COST_OF_ONE}|"
    r"\b(?:(?:[eé]én|een|one|an?|a single|zo'n|such an?)\s+|(?:someone|somebody|iemand)\s+)"
    r"(?:[\w-]+\s+){0,4}"
    r"(?:kost\w*|costs?|is worth|is waard)|"
    r"\b(?:[eé]én|een|one|an?)\s+(?:[\w-]+\s+){0,4}[\w-]+\s+(?:is|was|averages?|brings in|earns?|"
    r"yields?|levert|brengt)(?:\s+(?:gemiddeld|on average|about|around|ongeveer|zo'n))?\s*"
    r"(?=[€$£¥₹]|[A-Z]{3}\b)|"
    r"\b(?:[eé]én|een|zo'n)\s+(?:[\w-]+\s+){0,4}(?:is|was)\s+(?:ons\s+)?\S+(?:\s\S+){0,2}\s+waard\b|"
    r"\b(?:one|[eé]én)\s+(?:[\w-]+\s+){1,6}(?:worth|waard)\s+(?:about\s+|around\s+|roughly\s+|"
    r"ongeveer\s+|zo'n\s+)?(?=[€$£¥₹]|[A-Z]{3}\b)|"
    r"\b(?:the|de|het|our|ons|onze)\s+(?:average|gemiddelde?|typical)\s+(?:[\w-]+\s+){1,3}"
    r"(?:kost\w*|costs?|is worth|is waard|(?:brings|levert) (?:in|op))|"
    r"\b(?:average|avg\.?|gemiddelde?|gem\.)\s+[^\W\d]+\s*(?:[:=]\s*|(?:of|van)\s+)?"
    r"(?:[€$£¥]|[A-Z]{3}\b)",
    re.IGNORECASE,
)
"""What one item is worth: "elke vervanging kost", "one incident costs", "een dossier is ons € 95
waard", "the average account is worth", "average refund $95", "A dental averages £190",
"Handling one takes admin time worth roughly $65"."""
_NEAR_A_CHANGE = 40
"""Characters between a count and the word saying it changed ("40 medicatiefouten per jaar
minder", "down by 210")."""
_NOT_A_COUNT = re.compile(
    rf"(?:\s?{RANGE_JOIN}\s?\d+(?:[.,]\d+)?)?"  # the low end of "12 à 15 minuten"
    r"\s?(?:(?:extra|more|meer|additional|fewer|minder)\s)?(?:%|procent|percent|\w*uur|hours?|hrs?\b|mins?\b|minut|dag|day|week|maand|month|jaar|year|"
    r"deelnemer|participant)",
    re.IGNORECASE,
)
_PER = re.compile(r"\s?(?:per|a|an|each)\s", re.IGNORECASE)


def _unit_value(
    message: Message, found: list[Amount], used: set[int], sentence: int
) -> Amount | None:
    """The amount one item is worth, in the nearest sentence that states one ("... 44 fewer
    vulnerabilities a year. We kept a control group. Fixing one costs about EUR 2,800.")."""
    near = [a for a in found if a.money.start not in used]
    for amount in sorted(near, key=lambda a: abs(a.clause.sentence - sentence)):
        if amount.time_rate:
            continue  # "average wage $22/hour" prices time, not one of the items
        local = message.text[amount.clause.start : amount.clause.end]
        per_item = amount.rate is not None and amount.rate.per is not None
        per_item = per_item and not amount.per_participant  # "€4,500 per director": a cost
        if _EACH.search(local) or per_item:  # "elke vervanging kost €2.500", "$6,500 per incident"
            return amount
        each_after = EACH_AFTER.match(message.text, amount.money.end)
        if each_after and amount.clause.sentence == sentence:
            return amount  # "went from 48 to 18 a year, at about €1,250 each"
    return None


_FASTER = re.compile(
    r"\b(?:sneller|faster|quicker|bespa\w*|saves?|saved|tijdwinst|minder tijd|less time)\b",
    re.IGNORECASE,
)
"""Time saved said in the clause before its hours ("controlewerk gaat sneller, gemiddeld 1,5 uur
per week")."""


_SO = re.compile(
    r"[\s,;:(–-]*(?:so|thus|that'?s|that is|which is|i\.e\.|dus|dat is|oftewel|ofwel|=)\s*"
    r"(?:(?:about|around|roughly|some|ongeveer|zo'n|circa|ca\.)\s*)?[~±≈]?\s*(?=\d)",
    re.IGNORECASE,
)
"""A clause that states the product of what its sentence said before ("so ~3,000 hours"), a
number right after its "so" (not "so use 44 working weeks a year")."""


def time_savings(
    message: Message,
    found: list[Amount],
    used: set[int],
    reading: Reading,
    language: Language,
    members: str | None = None,
    participants: int | None = None,
) -> None:
    """Time saved ("2 uur per week") at a rate ("à EUR 48 per uur"): quantity x rate, per the
    period the saving names, per participant when every one of them saves it; times a counted
    part of the ``participants`` the conversation knows when only they save it."""
    text = message.text
    savings: list[tuple[TimeSaved, Clause]] = []
    for index, clause in enumerate(message.parts):
        saved_here = times_saved(text[clause.start : clause.end], language)
        before = message.parts[index - 1] if index else None
        faster_before = (  # "het controlewerk gaat sneller, gemiddeld 1,5 uur per week"
            before is not None
            and before.sentence == clause.sentence
            and _FASTER.search(text, before.start, before.end) is not None
            and not times_saved(text[before.start : before.end], language)
        )  # not "bespaart 20 minuten per dag, en we rekenen met 220 werkdagen"
        if not saved_here and before is not None and faster_before:
            saved_here = [
                s for s in times_saved(text[before.start : clause.end], language)
                if s.start >= clause.start - before.start
            ]  # fmt: skip
        near = (clause.sentence - 1, clause.sentence)
        if _SO.match(text, clause.start) and any(c.sentence in near for _, c in savings):
            # "went from 25 to 15 minutes, we do ~18,000 a year, so ~3,000 staff hours a year",
            # "ging van 95 naar 60 minuten. We doen 6 wissels per week, dus 3,5 uur minder
            # stilstand per week": the total said, not the time per task too
            said = text[clause.start : clause.end]
            saved_here = saved_here or times_saved(said, language, said_saved=True)
            if saved_here:
                savings = [(s, c) for s, c in savings if c.sentence not in near]
        savings += [(saved, clause) for saved in saved_here]
    if not savings:
        return
    rates: list[tuple[Money, TimeUnit, Clause, bool]] = []
    their_time = {a.money.start for a in found if a.paid_hours}
    for a in found:
        start = _rate_named_from(message, a.clause)
        local = text[start : a.clause.end]
        m = a.money
        shifted = Money(m.amount, m.currency, m.start - start, m.end - start, m.text)
        per = rate_unit(local, shifted)
        one = value_of_one_unit(local, shifted)
        if per is not None:  # "à € 48 per uur", "their hourly cost is €38"; "elk storingsuur
            rates.append((m, per[0], a.clause, one is per[0]))  # kost ons € 420" values one
        elif one is not None:
            rates.append((m, one, a.clause, True))  # "Een uur stilstand kost ons € 2.900"
        elif _THE_SAME.search(local, 0, shifted.start):  # "at the same AUD 46": the rate of
            here = [s for s, c in savings if c.sentence == a.clause.sentence]  # the saving
            here = here or [s for s, c in savings if c.sentence < a.clause.sentence]
            if len(here) == 1:  # its sentence names, or the one saving said before it
                rates.append((m, here[0].unit, a.clause, False))
    for saved, clause in savings:
        same = [r for r in rates if r[2].sentence == clause.sentence and r[0].start not in used]
        # a rate in a cost sentence is the participants' time, unless it values one unit
        elsewhere = [
            r for r in rates
            if r[3] or not (is_cost_verb(text, r[0], r[2]) or r[0].start in their_time)
        ]  # fmt: skip
        only = len({(r[0].amount, r[1]) for r in elsewhere}) == 1
        pick = same or (elsewhere if only else [])  # the same rate said twice: the nearest
        if not pick:
            reading.needs_rate.append((saved.text, saved.unit))
            continue
        rate, unit, rate_clause, _ = min(pick, key=lambda r: _apart(r[0], clause))
        values = in_rate_unit(saved, rate.amount, unit)
        used.add(rate.start)
        if values is None:
            reading.needs_rate.append((saved.text, saved.unit))
            continue
        last = message.clause_at(message.sentences[max(clause.sentence, rate_clause.sentence)][0])
        period = (
            _saving_period(message, clause, saved)
            or _period_said_of(message, saved.text)
            or (period_of(message, last, None) if last.sentence != clause.sentence else None)
        )
        said = text[clause.start : clause.end]
        each = names_every_person(said) or each_of_a_group(said)  # "Ze besparen elk 1 uur"
        things = _things_each_saving(message, clause, language) if not each else None
        if period is None and things is not None:  # "1,5 uur per uitvaart ... 1.300
            period = things.period  # uitvaarten per jaar": the count's period
        if period is None:
            reading.without_period.append(saved.text)
            reading.context[saved.text] = _both(message, clause.sentence, rate_clause.sentence)
            continue
        shown = None
        if things is not None:  # "We winnen per OK per dag 12 minuten, ... 9 OK's": 108, for
            values = (values[0] * things.number, *values[1:])  # the OK's, not each participant
            shown = f"{saved.text} × {things.said}"
        else:
            remark = message.remark_on(max(clause.sentence, rate_clause.sentence)) or ""
            each = each or _every_member(said, members)  # "Each admin saves", 18 admins took part
            each = each or names_every_person(remark)  # "Dat is een eenmalige winst, per starter."
            each = each or _participants_on_average(said, members)
        part = a_part_each(said, language, participants)
        if part is not None:  # "the 42 auditors each save 2 hours a week", 50 took part
            values, each = (values[0] * part.count, *values[1:]), False
        reading.benefits.append(
            saving_line(values, period, per_participant=each, language=language, shown=shown)
        )
        if saved.low_of is not None:  # "12 à 15 minuten": the low end, said in the listing
            reading.money_ranges.append(saved.low_of)


PER_THING = re.compile(r"\b(?:per|each|every|elke?|iedere?)\s+(?P<thing>[^\W\d_][\w-]*)", re.I)
"""A figure said per one thing: "per uitvaart", "per OK", "each order"."""


def counted_as(thing: str) -> str:
    """A pattern for ``thing`` or its plural as a word ("OK's", "uitvaarten", "gesprekken",
    "orders")."""
    doubled = re.escape(thing[-1:])
    return rf"{re.escape(thing)}(?:{doubled}en|'s|s|en|'en|es|n)?\b"


_NOT_A_THING = re.compile(
    r"(?:minuut|minuten|minutes?|uur|uren|hours?|dag|dagen|days?|week|weken|weeks?|maand|"
    r"maanden|months?|jaar|jaren|years?|dienst|shift|keer|time|times|stuk|piece|unit|eenheid)$",
    re.IGNORECASE,
)


class _Things(NamedTuple):
    number: int
    period: Period | None
    said: str


def _things_each_saving(message: Message, clause: Clause, language: Language) -> _Things | None:
    """The count of the things a saving is said per ("We winnen per OK per dag 12 minuten, en
    we hebben 9 OK's", "3 hours per store a week across our 12 stores"), counted in its
    sentence, else once in the message ("1,5 uur per uitvaart ... Samen verzorgen ze zo'n 1.300
    uitvaarten per jaar"), with the period said right after the count; not a period, a person
    or a count said nowhere."""
    said = message.text[clause.start : clause.end]
    own = message.sentence_text(clause.sentence)
    for per in itertools.chain(PER_THING.finditer(said), _A_THING.finditer(said)):
        thing = per["thing"]
        if _NOT_A_THING.search(thing) or is_people(thing) or is_person(thing):
            continue
        counted = re.compile(rf"\s+{counted_as(thing)}", re.IGNORECASE)
        for where in (own, message.text):
            counts = [
                (n, named)
                for n in find_numbers(where, language=language)
                if n.value > 1
                and n.value == int(n.value)
                and (named := counted.match(where, n.end)) is not None
            ]
            if len({n.value for n, _ in counts}) == 1:
                n, named = counts[0]
                rates = find_rates(where[named.end() : named.end() + 20])
                said_after = rates[0].period if rates and rates[0].start <= 1 else None
                period = PERIODS.get(said_after) if said_after is not None else None
                return _Things(int(n.value), period, where[n.start : named.end()])
            if counts:
                break
        else:
            bare = _counted_per_period(message, clause.sentence, language)
            if bare is not None:  # "10 minutes shorter per claim. We handle 300 a week"
                return bare
    return None


_A_THING = re.compile(r"\b(?:an?|een|[eé]én)\s+(?P<thing>[^\W\d_][\w-]*)", re.IGNORECASE)
"""The one thing a task's time is said of ("processing a claim went from 40 to 28 minutes")."""
_BARE_COUNT = re.compile(
    rf"(?<![\w.,€$£])[~±≈]?(?P<num>{DIGITS})\s+"
    r"(?P<period>(?:a|an|per|each|every|/|in een|in a)\s*(?:jaar|year|maand|month|week|dag|day))\b",
    re.IGNORECASE,
)
"""A count said with its period and no noun ("we handle 300 a week", "we doen er 40 per dag")."""


def _counted_per_period(message: Message, sentence: int, language: Language) -> _Things | None:
    """The one count with a period and no noun in a saving's sentence or the next one: the
    things the saving is said per."""
    for index in (sentence, sentence + 1):
        if index >= len(message.sentences):
            break
        start, end = message.sentences[index]
        found = list(_BARE_COUNT.finditer(message.text, start, end))
        if len(found) > 1:
            return None
        if found:
            try:
                n = parse_number(found[0]["num"], language=language)
            except ValueError:
                return None
            rates = find_rates(found[0]["period"])
            period = PERIODS.get(rates[0].period) if rates and rates[0].period else None
            if n <= 1 or n != int(n) or period is None:
                return None
            return _Things(int(n), period, found[0].group().strip("~±≈ "))
    return None


_EVERY = re.compile(r"\b(?:each|every|elke?|iedere?)\s+([^\W\d][\w-]*)", re.IGNORECASE)
_THE_SAME = re.compile(
    r"\b(?:the same|same|hetzelfde|zelfde|dezelfde)\s*(?:rate\s+|tarief\s+)?(?:of\s+|van\s+)?$|"
    r"\b(?:tegen|at|à|@)\s+(?:die|dat|deze|that|this)\s*$",
    re.IGNORECASE,
)
"""Right before an amount, a rate said again ("at the same AUD 46", "tegen die € 240")."""


def _rate_named_from(message: Message, clause: Clause) -> int:
    """Where the words naming an amount's rate may start: its clause, or the clause before
    in its sentence when that one holds no number ("Zelfde uurtarief, € 41")."""
    before = [c for c in message.parts if c.sentence == clause.sentence and c.end <= clause.start]
    if before and not re.search(r"\d", message.text[before[-1].start : clause.start]):
        return before[-1].start
    return clause.start


def _apart(money: Money, clause: Clause) -> int:
    """How far an amount is from a clause: 0 inside it, else the characters in between."""
    return max(clause.start - money.end, money.start - clause.end, 0)


_ON_AVERAGE = re.compile(r"\b(?:gemiddeld|on average|average|gemiddelde)\b", re.IGNORECASE)
_THE_PARTICIPANTS = re.compile(
    r"\b(?:deelnemers|participants|cursisten|trainees|attendees|learners|people|mensen)\b",
    re.IGNORECASE,
)


def _participants_on_average(clause: str, members: str | None) -> bool:
    """ "De deelnemers besteden gemiddeld 2 uur per week minder", "people say they save on
    average 2 hours a week": an average over the people who took part is each one's figure."""
    if not _ON_AVERAGE.search(clause):
        return False
    named = [m.group() for m in re.finditer(r"[^\W\d][\w-]*", clause)]
    return bool(_THE_PARTICIPANTS.search(clause)) or (
        members is not None and any(same_group(word, members) for word in named)
    )


def _every_member(clause: str, members: str | None) -> bool:
    """ "Each admin", when the admins are the ones who took part."""
    return members is not None and any(same_group(m[1], members) for m in _EVERY.finditer(clause))


def _both(message: Message, first: int, second: int) -> str:
    """The sentences a product was read from, in order, for reading the answer to its question
    with them ("96 uur gedaald. Een uur kost € 2.900." + "Die 96 uur is over een heel jaar.")."""
    return " ".join(message.sentence_text(i) for i in sorted({first, second}))


def _period_right_after(text: str, end: int) -> Period | None:
    """The period said right after a count ("to 120 a month", "naar 7 per jaar")."""
    for rate in find_rates(text[end : end + 25]):
        if rate.start <= 2 and rate.period in PERIODS:
            return PERIODS[rate.period]
    return None


def _period_said_of(message: Message, figure: str) -> Period | None:
    """The period a later sentence gives the same figure ("Die 96 uur is de daling over een
    heel jaar")."""
    pattern = re.compile(rf"(?<![\w.,]){re.escape(figure)}(?![\w])", re.IGNORECASE)
    sentences = [
        i for i in range(len(message.sentences)) if pattern.search(message.sentence_text(i))
    ]
    for index in sentences[1:]:
        start, end = message.sentences[index]
        period = period_of(message, message.clause_at(start), None)
        if period is not None:
            return period
    return None


def _saving_period(message: Message, clause: Clause, saved: TimeSaved) -> Period | None:
    """The first period the sentence names that is not a rate's own unit ("per uur"), nor the
    time saved itself ("saves an hour a week": a week)."""
    sentence = message.sentence_text(clause.sentence).replace(saved.text, " " * len(saved.text), 1)
    for found in find_rates(sentence):
        if found.period in PERIODS:
            return PERIODS[found.period]
    return period_of(message, clause, None)
