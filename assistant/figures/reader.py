"""Every ROI figure in one message, each with the role its sentence gives it.

The numbers themselves are read by ``assistant.text`` (money, percentages, people, rates,
sentences); the domain rules on top live beside this module:

- ``shares``: a percentage takes the nearest cue (attribution, confidence, a change, a margin,
  a conservative cut);
- ``products``: a change next to an amount is a benefit of quantity x value, time saved next to
  a rate one of quantity x rate;
- ``amounts``: any other amount is a cost, a benefit or a total by what governs it, or a
  question;
- here: participants, the isolation method, and what is left to ask.
"""

from __future__ import annotations

import re
from decimal import Decimal

from assistant.figures.amounts import (
    PRODUCT,
    Amount,
    amounts,
    each_of_a_group,
    names_every_person,
    per_member_of,
    same_group,
    states_its_product,
    time_cost,
)
from assistant.figures.clause_model import ClauseModel
from assistant.figures.clauses import Clause, Message, key_of
from assistant.figures.cost_model import cost_model
from assistant.figures.cues import distance, find_cues
from assistant.figures.isolation_model import isolation_model
from assistant.figures.products import count_changes, kpi_changes, level_changes, time_savings
from assistant.figures.reading import Reading
from assistant.figures.scope import scope_of
from assistant.figures.shares import Share, complement, file_share, said_twice, shares
from assistant.planning.money_lines import category_near, cost_category
from assistant.roi import BenefitLine, CostCategory, CostLine, IsolationMethod, Period
from assistant.text.language import Language
from assistant.text.money import find_money
from assistant.text.numbers import DIGITS
from assistant.text.people import find_people
from assistant.text.sentences import split_sentences

UNSURE = 0.5
"""Below this probability the category of a clause is also read with the clause before it."""
SURE_ISOLATION = 0.4
"""The isolation model's probability from which its method is taken (chosen on 5-fold CV over
its examples, ``benchmarks/isolation_eval.py --set train-cv``)."""
_NEGATED = re.compile(
    rf"\b(?:niet|not|geen|no longer|in plaats van|instead of|i\.p\.v\.|ipv)\s+"
    rf"(?:EUR|USD|GBP|€|\$|£)?\s?(?:{DIGITS})(?:\s?(?:euro|eur|k|€|%|procent|percent))?"
    r"(?![\d.,]*\s?[-–]\s?\d)",  # "niet 20-25%" is a range, not a replaced 20
    re.IGNORECASE,
)
_QUARTER_MINUTES = {
    "een kwartier": "15 minuten", "kwartier": "15 minuten", "een half uur": "30 minuten",
    "half uur": "30 minuten", "a quarter of an hour": "15 minutes",
    "quarter of an hour": "15 minutes", "half an hour": "30 minutes",
}  # fmt: skip
_QUARTERS = re.compile("|".join(sorted(map(re.escape, _QUARTER_MINUTES), key=len, reverse=True)),
                       re.IGNORECASE)  # fmt: skip
"""Time in words ("een kwartier per dag") as the minutes the time reader counts."""
_AT = re.compile(r"(?:\bà|\bat|\btegen|\bx|×|\d+\s+[\w-]+\s+(?:van|of))\s*$", re.IGNORECASE)
_FACULTY = re.compile(
    r"trainer|facilitator|instruct|spreker|speaker|begeleider|\bcoach(?:es)?\b", re.I
)
_ESTIMATORS: tuple[tuple[IsolationMethod, str], ...] = (
    (IsolationMethod.PARTICIPANT_ESTIMATE, r"(?:de|the) \w+ (?:zelf|themselves)|zelf|themselves"),
    (IsolationMethod.MANAGEMENT_ESTIMATE, r"management\w*|directie\w*|directors?|director's|"
     r"directeur\w*|\bmt\b|bestuur\w*|board"),
    (IsolationMethod.SUPERVISOR_ESTIMATE, r"leidinggevende\w*|teamleider\w*|managers?|"
     r"supervisors?|team ?leads?|shift ?leads?|team leaders?|bedrijfsleider\w*|"
     r"their (?:team )?leader|hun (?:team)?leider"),
    (IsolationMethod.PARTICIPANT_ESTIMATE, r"deelnemers|participants|learners|cursisten"),
    (IsolationMethod.EXPERT_ESTIMATE, r"\w*deskundige\w*|\w*experts?|consultants?|auditors?|"
     r"specialists?|specialisten"),
)  # fmt: skip
_ESTIMATE = re.compile(
    r"\b(?:schat\w*|geschat|ingeschat|inschatting\w*|denk\w*|verwacht\w*|estimat\w*|reckon\w*|"
    r"think|put|puts|zetten|zet|"
    r"thinks|believe\w*|judge\w*|say|says|zeggen|zegt|volgens|according|attribute|attributes|"
    r"asked|vroegen|gevraagd)\b",
    re.IGNORECASE,
)
_BASELINE = re.compile(
    r"\b(?:used to|previously|before|vroeger|voorheen|eerder|was|were|waren|now|nu|"
    r"inmiddels|currently|from .{1,30} to|van .{1,30} naar)\b",
    re.IGNORECASE,
)
_METHODS = (
    IsolationMethod.CONTROL_GROUP,
    IsolationMethod.TREND_LINE,
    IsolationMethod.SUPERVISOR_ESTIMATE,
    IsolationMethod.PARTICIPANT_ESTIMATE,
    IsolationMethod.CUSTOMER_INPUT,
    IsolationMethod.EXPERT_ESTIMATE,
)


def read(text: str, language: Language, *, group: str | None = None) -> Reading:
    """Every ROI figure in ``text``; amounts after "niet"/"not"/"geen" are the replaced ones.
    ``group`` names the participants as the conversation did ("associates"), so "each associate
    reckons ..." is the participants' own estimate."""
    text = _NEGATED.sub(lambda m: " " * len(m.group()), text)
    text = _QUARTERS.sub(lambda m: _QUARTER_MINUTES[m.group().lower()], text)
    message = Message.of(text, language)
    reading = Reading()
    money = find_money(text, language=language)
    reading.currencies = list(dict.fromkeys(m.currency for m in money))
    people = [
        p for p in find_people(text, language=language)
        if not _FACULTY.search(p.group) and not _changed(message, p.start, p.end)
    ]  # fmt: skip
    if group and len({p.count for p in people}) > 1:  # "het waren 16 inkopers; er sloten twee
        ours = [p for p in people if same_group(p.group, group)]  # collega's aan"
        people = ours if len({p.count for p in ours}) == 1 else people
    reading.participants = list(dict.fromkeys(p.count for p in people))
    reading.group = people[-1].group if people else None
    found_shares = shares(message, language)
    members = group or reading.group
    found = [per_member_of(a, members) for a in amounts(message, money)] if money else []
    used = {a.money.start for a in found if a.money.amount <= 0}  # never a value or a rate
    used |= _left_out(message, found)
    level_changes(message, found, used, reading)
    kpi_changes(message, found_shares, found, used, reading)
    count_changes(message, found_shares, found, used, reading, language)
    time_savings(message, found, used, reading, language)
    for amount in found:
        if amount.money.amount <= 0:
            reading.unclear.append(amount.money.text)  # a negative amount: asked, never guessed
        elif amount.money.start not in used:
            _file(message, amount, found, reading)
    _prorate(message, found_shares, reading)
    named = _per_benefit(message, found_shares)
    if named:
        reading.per_benefit = named
        found_shares = [s for s in found_shares if s.role not in _PER_BENEFIT]
    for share in found_shares:
        file_share(share, reading)
    complement(found_shares, reading)
    said_twice(found_shares, reading)
    _unasked_baselines(message, found, reading)
    _periods_in_a_year(text, reading)
    reading.isolation = isolation_of(
        text, group or next((p.group for p in people), None), language=language
    )
    for _, shown in reading.questions():
        at = text.find(shown)
        if at >= 0:
            sentence = message.sentence_text(message.clause_at(at).sentence)
            reading.context.setdefault(shown, sentence)  # a product may have set both sentences
    if not money:
        reading.scope = scope_of(text)
    return reading


_PER_BENEFIT = ("attribution", "confidence")
_LABEL = re.compile(r"\s*(?:[-*•]\s*)?(?P<name>[^\W\d][\w'/ -]{1,40}?)\s*:\s")


def _per_benefit(
    message: Message, found: list[Share]
) -> list[tuple[str, Decimal | None, Decimal | None]]:
    """Attribution and confidence under two or more names, one per sentence ("Verzuim: 50%
    door het traject, zekerheid 70%. Verloop: ook 50%, zekerheid 60%."): each name's own
    figures; empty unless every such share stands under a name."""
    named: dict[str, list[Decimal | None]] = {}
    for share in (s for s in found if s.role in _PER_BENEFIT):
        start, _ = message.sentences[message.clause_at(share.start).sentence]
        label = _LABEL.match(message.text, start)
        if label is None or label.end() > share.start:
            return []
        pair = named.setdefault(label["name"].strip(), [None, None])
        slot = _PER_BENEFIT.index(share.role or "")
        if pair[slot] is not None:
            return []  # two attributions under one name: the conflict question asks
        pair[slot] = share.value
    if len(named) < 2:
        return []
    return [(name, pair[0], pair[1]) for name, pair in named.items()]


def _left_out(message: Message, found: list[Amount]) -> set[int]:
    """The amounts the user says not to count: those of a sentence saying so ("de koffie € 90
    tellen we niet mee"), or, when it names none, of the sentence before ("It was only about
    £90. Actually, leave that out")."""
    left: set[int] = set()
    for cue in find_cues(message.text, "left_out"):
        sentence = message.clause_at(cue.start).sentence
        own = [a for a in found if a.clause.sentence == sentence]
        before = [a for a in found if a.clause.sentence == sentence - 1]
        left |= {a.money.start for a in own or before}
    return left


_DENIED = re.compile(
    r"\b(?:niet|geen|no|not|didn'?t|did not|don'?t|never|nooit|without|zonder)\b", re.IGNORECASE
)


_DENIED_AFTER = re.compile(
    r"[\w-]*\s+(?:hadden|hebben|had|was|waren|is)\s+(?:we|wij|er)\s+(?:\w+\s+)?(?:niet|geen)\b",
    re.IGNORECASE,
)


_RELATIVE = re.compile(r"\b(?:that|which|who|die|dat|wie)\b", re.IGNORECASE)


def _denied(text: str, at: int) -> bool:
    """Whether the words just around ``at`` say there was none ("We didn't have a control
    group", "zonder controlegroep", "Een controlegroep hadden we niet"); not a negation
    further on ("a group that did not get the training", "regio's zonder training") or in a
    relative clause before it ("winkels die nog niet meededen (controlegroep)")."""
    start = max(max(text.rfind(mark, 0, at) for mark in ".;:!?\n") + 1, at - 30)
    before = list(_DENIED.finditer(text, start, at))
    if before and not _RELATIVE.search(text, start, before[-1].start()):
        return True  # not "winkels die nog niet meededen (controlegroep)"
    return bool(_DENIED_AFTER.match(text, at))


def _changed(message: Message, start: int, end: int) -> bool:
    """ "11 fewer leavers", "3 extra donors a month": a count that changed, not participants."""
    clause = message.clause_at(start)
    cues = find_cues(message.text, "decrease", "increase", start=clause.start, end=clause.end)
    return any(distance(cue, start, end) <= 12 for cue in cues)


def _file(message: Message, amount: Amount, found: list[Amount], reading: Reading) -> None:
    """One amount into the reading as a cost, a benefit, a total or a question."""
    money = amount.money
    if amount.role == "total":
        reading.totals.append(money.amount)
    elif amount.role == "cost":
        _file_cost(message, amount, found, reading)
    elif amount.role == "benefit":
        if amount.period is None:
            reading.without_period.append(money.text)
            return
        reading.benefits.append(
            BenefitLine(
                description=amount.description,
                amount=money.amount,
                period=amount.period,
                per_participant=amount.per_participant,
                isolation_method=IsolationMethod.NONE,
            )
        )
    elif not _repeated(amount, found):
        reading.unclear.append(money.text)


def _file_cost(message: Message, amount: Amount, found: list[Amount], reading: Reading) -> None:
    """A cost line; a rate per hour or day is the factor of a cost ("4 uur à € 46 per uur"),
    and a rate per anything else ("€ 250 per verzuimdag") is a value to ask about."""
    money, rate = amount.money, amount.rate
    if _factor_of_a_product(message, amount, found):
        return  # "8 uur pp à 16 euro, dus 128 euro pp": the 128 is the cost
    category = _category(message, amount, found)
    if amount.time_rate:
        start, end = message.sentences[amount.clause.sentence]
        product = time_cost(message.text, amount, start, end)
        if product is None:
            if not states_its_product(message.text, amount):
                reading.unclear.append(money.text)  # a rate without a duration: asked
            return  # else the sentence states the product itself ("so $96 per agent")
        value, shown = product
        before = message.text[_after_the_previous_amount(amount, found, start) : money.start]
        # "een instructeur: € 2.750 per dag" is the delivery, "room hire £150 a day" the
        # facilities; other time is the participants'
        people = not _FACULTY.search(before) and category not in _THINGS
        said = message.text[start : money.start]
        each = people and bool(
            amount.per_participant
            or names_every_person(said)
            or each_of_a_group(before)  # "officer time, 5 hours each at £30"
            or (_TIME_OF_PEOPLE.search(said) and not find_cues(said, "total"))
        )  # "de deelnemers zaten elk 4 uur", "Managers' time: one full day of 7 hours"
        reading.costs.append(
            CostLine(
                category=CostCategory.PARTICIPANT_TIME if people else category,
                description=f"{amount.description} ({shown})"[:500],
                amount=value,
                per_participant=each,
            )
        )
        return
    if rate is not None and rate.per is not None and not rate.per_person:
        if not _repeated(amount, found):
            reading.unclear.append(money.text)
        return
    if any(line.amount == money.amount for line in reading.costs) and _repeated(amount, found):
        return  # "£8,000 plus VAT ... so count just £8,000": said twice, counted once
    reading.costs.append(
        CostLine(
            category=category,
            description=amount.description,
            amount=money.amount,
            per_participant=amount.per_participant,
        )
    )


def _after_the_previous_amount(amount: Amount, found: list[Amount], start: int) -> int:
    """Where the words about ``amount`` begin: after the amount before it in its sentence."""
    ends = [a.money.end for a in found if start <= a.money.end <= amount.money.start]
    return max(ends, default=start)


def _category(message: Message, amount: Amount, found: list[Amount]) -> CostCategory:
    """Acquisition for a programme bought in and evaluation for the evaluation itself (domain
    rules on the words since the amount before), else the category a label names
    ("ontwikkeling e-learningmodule: €6.200"), else the learned model's reading of the clause;
    where the model is unsure, a category word of the clause, else the surer of the model's
    readings of the clause alone and with the clause before it.

    On 5-fold CV over the model's examples the keyword rules (the nearest category word) were
    right for 0.45, the model for 0.87, and the rules first with the model for "other" 0.74
    (``benchmarks/cost_category_eval.py``)."""
    clause, text = amount.clause, message.text
    start = message.sentences[clause.sentence][0]
    said = text[_after_the_previous_amount(amount, found, start) : clause.end]
    booked = _BOOK_AS.search(message.sentence_text(clause.sentence))
    if booked and cost_category(booked["as"]) is not CostCategory.OTHER:
        return cost_category(booked["as"])  # "I don't have a split, so book it all as delivery"
    if _BOUGHT_PROGRAMME.search(said) and find_cues(said, "purchase_verbs"):
        return CostCategory.ACQUISITION  # "bought places on the course", "training ingekocht"
    if _BOUGHT_PROGRAMME.search(said) and find_cues(said, "make_verbs"):
        return CostCategory.DESIGN_DEVELOPMENT  # "heeft de trainingsmodules opgezet"
    if _EVALUATION.search(said):
        return CostCategory.EVALUATION  # "de evaluatie zelf (vragenlijst en analyse) kostte"
    if _OTHER.search(said):
        return CostCategory.OTHER  # "nog € 650 aan overige kleine kosten"
    key = key_of(text, clause)
    for named in (_head(key), key) if key is not None else ():
        if cost_category(named) is not CostCategory.OTHER:
            return cost_category(named)  # "ontwikkeling e-learningmodule: €6.200"
    own_text = text[clause.start : clause.end]
    own = cost_model().guess(own_text)
    names_an_item = _names_an_item(own_text)
    if own.probability >= UNSURE and names_an_item:
        return own.label
    rule = category_near(own_text, amount.money.start - clause.start)
    if rule is not CostCategory.OTHER:
        return rule  # "deelnemerstijd € 180 per deelnemer": a category word the model is unsure of
    if not names_an_item:  # "€ 950 per dagdeel, 6 dagdelen, dus € 5.700": the item said last
        return cost_model().guess(text[_item_said_last(message, clause) : clause.end]).label
    index = message.parts.index(clause)
    before = message.parts[index - 1] if index else None
    if before is None or before.sentence != clause.sentence:
        return own.label
    # "plus the advisors' time off the phones, about £210 each", "agent time 3 hours at €28, so
    # €84 each": the item is named in the clause before; the reading the model is surer of wins.
    with_before = cost_model().guess(text[before.start : clause.end])
    return max(own, with_before, key=lambda guess: guess.probability).label


def _item_said_last(message: Message, clause: Clause) -> int:
    """Where the nearest clause before ``clause`` in its sentence that names an item starts
    (else the sentence's start)."""
    index = message.parts.index(clause)
    for before in reversed(message.parts[:index]):
        if before.sentence != clause.sentence:
            break
        if _names_an_item(message.text[before.start : before.end]):
            return before.start
    return message.sentences[clause.sentence][0]


def _names_an_item(text: str) -> bool:
    return bool(set(re.findall(r"[^\W\d_]{2,}", text.lower())) - _FILLERS)


_FILLERS = frozenset(
    {
        "dus", "so", "thus", "that", "makes", "is", "was", "totaal", "total", "in", "all",
        "samen", "together", "comes", "to", "dat", "maakt", "komt", "op", "neer", "een", "the",
        "and", "en", "of", "van", "which", "wat", "bij", "elkaar", "ongeveer", "about", "roughly",
        "around", "circa", "ca", "eur", "euro", "usd", "gbp", "per", "uur", "uren", "hour",
        "hours", "hrs", "dag", "dagen", "day", "days", "dagdeel", "dagdelen", "week", "weken",
        "weeks", "maand", "maanden", "month", "months", "keer", "times",
    }
)  # fmt: skip
"""Words of a clause that name no item ("dus € 5.700", "so $1,200 in all", "6 dagdelen")."""


def _head(phrase: str) -> str:
    """The item a phrase names, before what it is of or for ("de algemene kosten van de afdeling
    HR-ontwikkeling": overhead, not development)."""
    return re.split(r"\s(?:van|of|voor|for)\s", phrase, maxsplit=1)[0]


_BOUGHT_PROGRAMME = re.compile(
    r"\b(?:training\w*|cursus\w*|course\w*|opleiding\w*|programm\w*|program|workshop\w*|"
    r"leergang\w*|places|seats|plaatsen|e-learning\w*|module\w*|certificat\w*|certificering\w*)\b",
    re.IGNORECASE,
)
"""What a bought-in programme is called: bought, it is an acquisition cost (Phillips), not its
delivery; bought kits or books stay materials."""
_THINGS = frozenset({CostCategory.FACILITIES, CostCategory.TRAVEL_LODGING,
                     CostCategory.MATERIALS, CostCategory.ACQUISITION})  # fmt: skip
"""Costs of things, not people: a rate per day of these is no one's time."""
_TIME_OF_PEOPLE = re.compile(
    r"\b(?:their|hun|(?:the\s+)?participants'?|[\w-]+s'|[\w-]+'s)\s+(?:own\s+)?time\b|"
    r"\bhun\s+(?:eigen\s+)?(?:tijd|uren)\b|"
    r"\b(?:tijd|uren)\s+(?:van\s+)?(?:de\s+)?(?:deelnemers|cursisten|medewerkers|[\w-]+ers)\b|"
    r"\b(?:deelnemers|cursisten)tijd\b|"
    r"\b(?:ze|zij|they)\s+(?:zaten|waren|besteedden|spent|sat|were)\b",
    re.IGNORECASE,
)
"""The participants' time as a label ("Tijd deelnemers: 6 dagen van 8 uur") or as what they did
("ze zaten 16 uur in de training"): per person."""
_BOOK_AS = re.compile(
    r"\b(?:book|count|log|treat|put|class|boek|tel|zet|reken|noteer)\w*\s+"
    r"(?:(?:it|this|that|them|het|dit|dat|die|alles|all|of it|maar)\s+){0,3}"
    r"(?:as|als|under|onder)\s+(?P<as>[\w-]+(?:\s+[\w-]+)?)",
    re.IGNORECASE,
)
"""The user naming the category ("so book it all as delivery", "boek het maar als uitvoering")."""
_EVALUATION = re.compile(r"\b(?:de |het |the |our |onze )?evaluat(?:ie|ion)\b", re.IGNORECASE)
_OTHER = re.compile(
    r"\b(?:overige|diverse|diversen|misc\w*|other costs?|other expenses|sundr\w*|"
    r"allerlei|bijkomende)\b",
    re.IGNORECASE,
)
"""What the user files as other costs ("€ 650 aan overige kleine kosten", "misc $350")."""


def _factor_of_a_product(message: Message, amount: Amount, found: list[Amount]) -> bool:
    """An amount the same sentence goes on to multiply out ("... at $32 an hour, so $96 per
    agent"): a factor, not a cost of its own."""
    later = [
        a for a in found
        if a.clause.sentence == amount.clause.sentence and a.money.start > amount.money.start
    ]  # fmt: skip
    if not later:
        return False
    between = message.text[amount.money.end : later[0].money.start]
    before = message.text[max(0, amount.money.start - 25) : amount.money.start]
    unit_price = amount.time_rate or amount.rate is not None or bool(_AT.search(before))
    return unit_price and bool(PRODUCT.search(between)) and len(between) <= 80


def _prorate(message: Message, shares: list[Share], reading: Reading) -> None:
    """ "The LMS licence is €12,000 a year, but only a quarter of its use is for this academy":
    the programme is charged its share of the cost line in the same sentence."""
    for share in (s for s in shares if s.role == "prorate"):
        sentence = message.clause_at(share.start).sentence
        start, end = message.sentences[sentence]
        index = next(
            (i for i, line in reversed(list(enumerate(reading.costs)))
             if any(m.amount == line.amount for m in find_money(message.text[start:end]))),
            None,
        )  # fmt: skip
        if index is None:
            reading.loose_percentages.append(share.text)
            continue
        line = reading.costs[index]
        reading.costs[index] = line.model_copy(update={"prorate_pct": share.value})


_IN_A_YEAR = re.compile(
    r"\b(?P<n>\d{1,3})\s+(?:[\w-]+\s+)?(?:werk|work)?(?:(?P<week>weken|weeks)|(?P<day>dagen|days)|"
    r"(?P<month>maanden|months))\s+(?:per|a|an|in een|in a)\s+(?:jaar|year)\b",
    re.IGNORECASE,
)


def _periods_in_a_year(text: str, reading: Reading) -> None:
    """ "Reken met 46 werkweken per jaar", "use 45 working weeks a year": a weekly (daily,
    monthly) benefit of this message recurs that many times a year, not 52 (260, 12)."""
    for m in _IN_A_YEAR.finditer(text):
        period = Period(next(name for name in ("week", "day", "month") if m[name]))
        reading.benefits = [
            line.model_copy(update={"periods_per_year": Decimal(m["n"])})
            if line.period is period
            else line
            for line in reading.benefits
        ]


def _repeated(amount: Amount, found: list[Amount]) -> bool:
    """The same amount said earlier in the message."""
    return any(
        a.money.amount == amount.money.amount and a.money.start < amount.money.start for a in found
    )


def _unasked_baselines(message: Message, found: list[Amount], reading: Reading) -> None:
    """ "We used to lose € 4.500 a month, now € 3.000, so we save € 1.500": the before and after
    figures of a stated saving describe it; they are not asked about."""
    with_benefit = {
        a.clause.sentence for a in found if a.role == "benefit" and a.period is not None
    }
    keep = []
    for shown in reading.unclear:
        amount = next((a for a in found if a.money.text == shown), None)
        sentence = None if amount is None else amount.clause.sentence
        if sentence in with_benefit and _BASELINE.search(message.sentence_text(sentence or 0)):
            continue
        keep.append(shown)
    reading.unclear = keep


def isolation_of(
    text: str,
    group: str | None,
    model: ClauseModel[IsolationMethod] | None = None,
    language: Language = Language.NL,
) -> IsolationMethod | None:
    """The method the cue words name, else the learned model's reading of the sentence it is
    surest names a method, when it is sure enough ("the stores that did not take part", "our
    finance model predicted 410 claims without the course"). Not a method the cue words found
    denied ("Een controlegroep hadden we niet")."""
    named = isolation_named(text, group)
    if named is not None or any(_denied(text, c.start) for c in find_cues(text, "isolating")):
        return named  # "Isolatie hebben we niet gedaan": no method to look for
    model = model or isolation_model()
    denied = {method for method in _METHODS for cue in find_cues(text, method.value)}
    guesses = [model.guess(sentence) for sentence in split_sentences(text, language)]
    methods = [g for g in guesses if g.label not in denied | {IsolationMethod.NONE}]
    best = max(methods, key=lambda guess: guess.probability, default=None)
    return best.label if best is not None and best.probability >= SURE_ISOLATION else None


def isolation_named(text: str, group: str | None) -> IsolationMethod | None:
    """The method named ("controlegroep", "trend line"), or whose estimate it is: the managers,
    the participants themselves (also by the name the conversation gave them), an expert."""
    for method in _METHODS:
        if any(not _denied(text, cue.start) for cue in find_cues(text, method.value)):
            return method  # not "We didn't have a control group"
    head = group.split()[-1].lower().rstrip("s") if group else None
    for clause in re.split(r"[.;!?\n]", text):
        if not _ESTIMATE.search(clause):
            continue
        if head and len(head) >= 3 and re.search(rf"\b{re.escape(head)}\w*\b", clause, re.I):
            return IsolationMethod.PARTICIPANT_ESTIMATE  # "each associate reckons"
        for method, who in _ESTIMATORS:
            if re.search(rf"\b(?:{who})\b", clause, re.IGNORECASE):
                return method
    return None
