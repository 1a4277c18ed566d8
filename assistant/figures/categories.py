"""The cost category of an amount: the user's own booking, then domain rules on the words
since the amount before (a programme bought in, made, the evaluation itself, other costs), the
learned model (``cost_model``) where it is sure, the category a label names, the model where it
is not unsure, a category word, and the item of the clauses before."""

from __future__ import annotations

import re
from functools import cache

from assistant.figures.amounts import FACULTY, Amount, lost_output, same_group
from assistant.figures.clauses import Clause, Message, key_of
from assistant.figures.cost_model import cost_model
from assistant.figures.cues import find_cues
from assistant.planning.money_lines import category_near, cost_category
from assistant.roi import CostCategory
from assistant.text.lexicon import function_words
from assistant.text.money import currency_codes

TIME_OF_PEOPLE = re.compile(
    r"\b(?:their|hun|(?:the\s+)?participants'?|[\w-]+s')\s+(?:own\s+)?time\b|"
    r"\bhun\s+(?:eigen\s+)?(?:tijd|uren)\b|"
    r"\b(?:tijd|uren)\s+(?:van\s+)?(?:de\s+)?(?:deelnemers|cursisten|medewerkers|[\w-]+ers)\b|"
    r"\b(?:deelnemers|cursisten)tijd\b|"
    r"\b(?:ze|zij|they|(?:de\s+|the\s+)?(?:deelnemers|cursisten|participants|learners|trainees))"
    r"\s+(?:zaten|waren|besteedden|spent|sat|were)\b",
    re.IGNORECASE,
)
"""The participants' time as a label ("Tijd deelnemers: 6 dagen van 8 uur") or as what they did
("ze zaten 16 uur in de training", "de deelnemers waren 5 dagen weg"): per person. Not one
person's ("the educator's time")."""


_ONES_TIME = re.compile(
    r"\b(?:her|his|haar|zijn)\s+(?:own\s+|eigen\s+)?(?:time|tijd|uren|hours)\b", re.IGNORECASE
)
"""One person's time: with a trainer named before it, the trainer's, not the participants'."""
_DELIVERED = re.compile(
    r"\b(?:delivered|ran|run|gave|led|taught|facilitated)\s+(?:it|them|(?:[\w-]+\s+){0,3}?"
    r"(?:sessions?|training|trainings|workshops?|courses?|classes|lessons|modules?|practical|"
    r"huddles?|labs?|refreshers?|webinars?|bootcamps?|masterclass(?:es)?))\b|"
    r"\b(?:gaven|gaf|leidden|leidde|verzorgden|verzorgde)\s+(?:daar\s+)?(?:zelf\s+)?(?:de|het|alle)"
    r"\s+(?:sessies?|training|trainingen|workshops?|cursus(?:sen)?|lessen|les|praktijkdeel)\b|"
    r"\b(?:de|het|alle)\s+(?:sessies?|training|trainingen|workshops?|cursus(?:sen)?|lessen)\s+"
    r"(?:(?:werden|worden|werd|wordt|zijn|is)\s+)?(?:zelf\s+)?(?:gegeven|verzorgd|geleid)\b|"
    r"\b(?:the\s+)?(?:sessions?|training|workshops?|courses?|classes|lessons)\s+"
    r"(?:were|was|are|is|got)\s+(?:delivered|run|given|taught|led|facilitated)\b|"
    r"\b(?:sessies?|trainingen|training|workshops?|lessen|colleges|sessions?|workshops?|classes|"
    r"lessons)(?:[\s-](?:days?|dagen|dag))?\s+"
    r"(?:(?:werden\s+|were\s+)?(?:gegeven|verzorgd|geleid|given|run|led|delivered)\s+)?"
    r"(?:door|by)\s+(?:de|het|onze|ons|een|the|our|an?|\d+|twee|drie|two|three)\b|"
    r"(?:^|\n)\s*(?:[-*•]\s*)?(?:delivery|uitvoering|facilitation|facilitering)\s*(?::|[–—-])|"
    r"\b(?:onder (?:de )?leiding van|led by|facilitated by|taught by)\s+(?:de|het|onze|ons|een|"
    r"the|our|an?)\b",
    re.IGNORECASE,
)
"""Whoever the sentence says delivered the programme ("our team leads ran the sessions", "de
teamleiders gaven daar zelf de sessies", "hebben de sessies zelf gegeven", "onder leiding van
onze QA-manager"), or a line labelled as its delivery ("Delivery - 4 days @ $2,250/day"):
their time or pay is its delivery, not the participants' time."""


def delivered(text: str) -> bool:
    """Whether ``text`` says someone ran the programme ("she also delivered it", "de lessen
    werden gegeven door", "klassikale sessies door de applicatiespecialist"): their time is its
    delivery."""
    return bool(_DELIVERED.search(text))


def others_work(text: str) -> bool:
    """Whether hours at a rate in ``text`` are someone's work on the programme rather than the
    participants' time: its delivery, or the evaluation ("de kwaliteitsfunctionaris heeft 20
    uur besteed aan de evaluatie, à € 52")."""
    return delivered(text) or bool(_EVALUATION.search(text))


_SAT = re.compile(r"(?:zaten|waren|besteedden|spent|sat|were)$", re.IGNORECASE)
"""What the people did, in ``TIME_OF_PEOPLE``: it names the amount after it, not one before."""

UNSURE = 0.5
"""Below this probability the category of a clause is also read with the clause before it."""
SURE = 0.8
"""From this probability the model's reading of a clause wins over the label or heading it
stands under: a heading names the whole list ("Kosten trainingsprogramma magazijnmedewerkers:",
"For our development NGO:"), not each item. On the cost messages dev set the label first was
right for 0.875 of the items, the model first from 0.6-0.8 for 0.900 (0.892 from 0.9)."""


def after_the_previous_amount(amount: Amount, found: list[Amount], start: int) -> int:
    """Where the words about ``amount`` begin: after the amount before it in its sentence."""
    ends = [a.money.end for a in found if start <= a.money.end <= amount.money.start]
    return max(ends, default=start)


def category_of(
    message: Message, amount: Amount, found: list[Amount], members: str | None = None
) -> CostCategory:
    """The category the user books it under; else domain rules on the words since the amount
    before: a programme bought in (or places on one) is acquisition, one built design and
    development, the evaluation itself evaluation, "overige" costs other, the participants' own
    time their time (at whatever rate, "internal" or not), and so their lost production or the
    time or pay of the people ``members`` names ("productieverlies van de monteurs", "agent
    time"); else the learned model's reading of the clause where it is ``SURE``; else the
    category a label's head names ("ontwikkeling e-learningmodule: €6.200"); else the model's
    reading where it is not unsure; else a category word of the clause,
    else (a clause naming nothing: "dus € 5.700") the item said last before it, else the surer
    of the model's readings of the clause alone and with the clause before it.

    On 5-fold CV over the model's examples the keyword rules (the nearest category word) were
    right for 0.45, the model for 0.87, and the rules first with the model for "other" 0.74
    (on the first 1,000 examples; on all 2,521: rules 0.40, model 0.92, rules first 0.67)
    (``benchmarks/cost_category_eval.py``)."""
    clause, text = amount.clause, message.text
    start = message.sentences[clause.sentence][0]
    said_from = _after(message, amount, found, start, rates=True)
    if (
        said_from < clause.start
        and said_from == after_the_previous_amount(amount, found, start) > start
        and _names_an_item(text[amount.money.end : clause.end])
    ):  # "£4,000 for the evaluation and £2,500 of allocated overhead": those words are the £4,000's
        said_from = clause.start
    said = text[said_from : clause.end]
    booked = _BOOK_AS.search(message.sentence_text(clause.sentence))
    if booked and cost_category(booked["as"]) is not CostCategory.OTHER:
        return cost_category(booked["as"])  # "I don't have a split, so book it all as delivery"
    if SHARED_SYSTEM.search(said) and find_cues(said, "prorate"):
        return CostCategory.OVERHEAD  # "our share of the LMS hosting 1,800"
    after = _named_after(text, amount, found)
    if after is not CostCategory.OTHER:
        return after  # "We also book €2,000 overhead", "€ 1.200 reiskosten"
    if _BOUGHT_PROGRAMME.search(said) and find_cues(said, "purchase_verbs"):
        return CostCategory.ACQUISITION  # "bought places on the course", "training ingekocht"
    if _BOUGHT_PROGRAMME.search(said) and find_cues(said, "make_verbs"):
        return CostCategory.DESIGN_DEVELOPMENT  # "heeft de trainingsmodules opgezet"
    in_clause = text[max(said_from, clause.start) : clause.end]
    if _BOUGHT_PROGRAMME.search(in_clause) and _PLACES.search(in_clause):
        return CostCategory.ACQUISITION  # "plaatsen op een open training", "cursusgeld per plek"
    if lost_output(message, clause):
        return CostCategory.PARTICIPANT_TIME  # "lost revenue while they were away"
    if _EVALUATION.search(said):
        return CostCategory.EVALUATION  # "de evaluatie zelf (vragenlijst en analyse) kostte"
    if _OTHER.search(said):
        return CostCategory.OTHER  # "nog € 650 aan overige kleine kosten"
    said_start = clause.end - len(said)
    own_time = TIME_OF_PEOPLE.search(said)
    if (
        own_time
        and _SAT.search(own_time.group())
        and said_start + own_time.start() > amount.money.start
    ):
        own_time = None  # "kostte € 2.250,- en de deelnemers zaten 2 dagdelen": the next item
    theirs = own_time is not None and own_time.group().lower().startswith(("their", "hun"))
    ran_it = _DELIVERED.search(text, start, amount.money.start)
    if ran_it and (theirs or (own_time is None and _WORK.search(said))):
        return CostCategory.DELIVERY  # "Our team leads ran the sessions; their time was £3,250"
    ones = _ONES_TIME.search(said)  # "... by our security architect, her time incl. prep"
    faculty_before = (theirs or ones) and FACULTY.search(text, start, amount.money.start)
    if own_time and not FACULTY.search(said) and not faculty_before:
        return CostCategory.PARTICIPANT_TIME  # "Internal cost of their time: €130 per person"
    if faculty_before:
        return CostCategory.DELIVERY  # "Our internal trainers delivered it; their time is ..."
    named = text[_after(message, amount, found, start, rates=False) : amount.money.start]
    if _their_work(named, members) and not FACULTY.search(named):
        return CostCategory.PARTICIPANT_TIME  # "De docenten kregen taakuren, € 900 per docent"
    own_text = text[clause.start : clause.end]
    own = cost_model().guess(own_text)
    names_an_item = _names_an_item(own_text)
    if own.probability >= SURE and names_an_item:
        return own.label  # "Vervangend personeel via uitzendbureau – € 6.100" under a heading
    key = key_of(text, clause)
    if key is not None and find_cues(text, "cost_verbs", start=clause.start, end=clause.end):
        key = None  # "ivm de Excel-training: we hebben € 990 betaald voor een jaarabonnement"
    for named in (_head(key), key) if key is not None else ():
        if cost_category(named) is not CostCategory.OTHER:
            return cost_category(named)  # "ontwikkeling e-learningmodule: €6.200"
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
    # Not the words of an amount before ("... kostte € 2.250 en de deelnemers zaten 2 dagdelen;
    # dat rekenen we als € 140 per deelnemer": the deelnemers' time, not the development).
    since = max(before.start, after_the_previous_amount(amount, found, start))
    with_before = cost_model().guess(text[since : clause.end])
    return max(own, with_before, key=lambda guess: guess.probability).label


_NAMED_AFTER = re.compile(r"[ \t]*(?P<name>[^\W\d_][\w-]*(?:[ \t]+[^\W\d_][\w-]*)?)")
_LINKING = frozenset({
    "en", "and", "or", "of", "maar", "but", "also", "ook", "nog", "then", "dan", "verder",
    "per", "pp", "each", "elk", "elke", "a", "an", "in", "for", "voor", "aan", "van", "on",
    "op", "to", "naar", "at", "bij", "with", "met", "plus", "excl", "incl", "ex", "all",
    "exclusief", "inclusief", "total", "totaal",
})  # fmt: skip


def _named_after(text: str, amount: Amount, found: list[Amount]) -> CostCategory:
    """The category a word right after the amount names ("€2,000 overhead", "€ 1.200
    reiskosten", "€ 95 per licentie"); not through a linking word ("€14,000 in staff time",
    "€ 900 voor de zaal"), nor the name of the next item ("trainer € 12.000 locatie € 5.000")."""
    named = _NAMED_AFTER.match(text, amount.money.end)
    first = named["name"].split()[0].lower() if named else ""
    priced = _PRICED_PER.match(text, amount.money.end)
    if priced and cost_category(priced["unit"]) in _BOUGHT_PER_UNIT:
        return cost_category(priced["unit"])  # "€ 95 per licentie", "$18 per workbook"
    if named is None or first in _LINKING or first in function_words():
        return CostCategory.OTHER  # "locatie € 5.000 en werkboeken € 2.000": the next item
    if any(0 <= a.money.start - named.end() <= 4 for a in found):
        return CostCategory.OTHER
    if _COSTED_AS.match(named["name"]):
        return CostCategory.OTHER  # "designed the course material, ₹2.4 lakh internal cost"
    return cost_category(named["name"])


_PRICED_PER = re.compile(r"[ \t]*(?:per|each|a|an|/)[ \t]*(?P<unit>[^\W\d_][\w-]*)", re.IGNORECASE)
_BOUGHT_PER_UNIT = frozenset({CostCategory.ACQUISITION, CostCategory.MATERIALS})
"""The unit an amount is the price of, when it is something bought: a licence, a workbook."""
_COSTED_AS = re.compile(
    r"(?:internal|intern|interne|in-house|external|extern|externe)(?:\s+(?:costs?|kosten))?$",
    re.IGNORECASE,
)
"""How an amount was costed, not what it bought: "₹2.4 lakh internal cost" names no category."""


def _after(
    message: Message, amount: Amount, found: list[Amount], start: int, *, rates: bool
) -> int:
    """Where the words about ``amount`` begin: after the amount before it in its sentence (with
    ``rates`` false, not after a rate per hour or day whose product it is: in "agent time 3 hours
    at €28, so €84 each" the €84 is named before the rate), and after a semicolon ("they sat 3
    hours each; the venue cost £900")."""
    ends = [
        a.money.end
        for a in found
        if start <= a.money.end <= amount.money.start
        and (
            rates
            or not a.time_rate
            or _names_an_item(message.text[a.money.end : amount.money.start])
        )
    ]
    semicolon = message.text.rfind(";", start, amount.money.start)
    return max([*ends, semicolon + 1, start])


def _their_work(said: str, members: str | None) -> bool:
    """Whether ``said`` is the participants' lost work: lost production, or the time or pay of
    the people ``members`` names."""
    if _LOST_WORK.search(said):
        return True
    if not members or not _WORK.search(said):
        return False
    return any(same_group(word, members) for word in re.findall(r"[^\W\d_][\w'’-]*", said))


_LOST_WORK = re.compile(
    r"\b(?:productie|productiviteits|omzet)?verlies\b(?=.{0,40}\b(?:deelnemers|medewerkers|"
    r"cursisten|[\w-]+ers)\b)|\bproductie(?:verlies|uitval)|\bproductiviteitsverlies|"
    r"\blost\s+(?:production|productivity|output)|\b(?:production|productivity|output)\s+loss|"
    r"\btime\s+(?:off|away\s+from)\s+(?:the\s+)?(?:job|work|floor|line|phones?)",
    re.IGNORECASE,
)
_WORK = re.compile(
    r"\b(?:tijd|uren|uur|taakuren|werkuren|dagen|dag|hours?|hrs|time|days?|salar\w*|lonen|loon\w*|"
    r"wages?|pay)\b",
    re.IGNORECASE,
)


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
    return bool(set(re.findall(r"[^\W\d_]{2,}", text.lower())) - _FILLERS - _currencies())


@cache
def _currencies() -> frozenset[str]:
    """ "SEK 1,150 each on average" names no item: an ISO code is no word of one."""
    return frozenset(code.lower() for code in currency_codes())


_FILLERS = frozenset(
    {
        "dus", "so", "thus", "that", "makes", "is", "was", "totaal", "total", "in", "all",
        "samen", "together", "comes", "to", "dat", "maakt", "komt", "op", "neer", "een", "the",
        "and", "en", "of", "van", "which", "wat", "bij", "elkaar", "ongeveer", "about", "roughly",
        "around", "circa", "ca", "eur", "euro", "usd", "gbp", "per", "uur", "uren", "hour",
        "hours", "hrs", "dag", "dagen", "day", "days", "dagdeel", "dagdelen", "week", "weken",
        "weeks", "maand", "maanden", "month", "months", "keer", "times", "each", "elk", "elke",
        "ieder", "iedere", "apiece", "an", "hier", "here", "it", "this", "dit", "ook", "also",
        "pp", "x", "at", "à", "a", "on", "average", "gemiddeld", "avg",
    }
)  # fmt: skip
"""Words of a clause that name no item ("dus € 5.700", "so $1,200 in all", "6 dagdelen")."""


def _head(phrase: str) -> str:
    """The item a phrase names, before what it is of or for ("de algemene kosten van de afdeling
    HR-ontwikkeling": overhead, not development), before what explains it ("Kosten uitvoering
    (interne trainers, doorbelast)": delivery, not overhead)."""
    return re.split(r"\s(?:van|of|voor|for)\s|\s*\(", phrase, maxsplit=1)[0]


SHARED_SYSTEM = re.compile(
    r"\b(?:lms|lxp|elo|learning management system|leer(?:management)?systeem|"
    r"(?:digitale |elektronische |online )?(?:leer|les)omgeving|"
    r"(?:digital |online |virtual )?learning environment|intranet|hris)\w*",
    re.IGNORECASE,
)
"""A general learning system the organisation runs for more than this programme (its LMS, a
school's digital learning environment), not a course's content. Bought for the programme it is
an acquisition; a share of it charged to the programme is "a share of general facilities or
systems not specific to this programme": overhead (``datasets/roi_costs/definitions.md``). A
shared content licence ("de licentie e-learning, gedeeld met locatie Noord") stays an
acquisition."""


_BOUGHT_PROGRAMME = re.compile(
    r"\b(?:training\w*|cursus\w*|course\w*|opleiding\w*|programm\w*|program|workshop\w*|"
    r"leergang\w*|places|seats|plaatsen|e-learning\w*|module\w*|certificat\w*|certificering\w*)\b",
    re.IGNORECASE,
)
"""What a bought-in programme is called: bought, it is an acquisition cost (Phillips), not its
delivery; bought kits or books stay materials."""


_PLACES = re.compile(
    r"\b(?:places?|seats?|plaatsen|plaats|plekken|plek|package|pakket)\b",
    re.IGNORECASE,
)
"""Places on a course, or its price as a provider's package: bought in, an acquisition
(``datasets/roi_costs/definitions.md``); a provider's fee per day or session is delivery. A
"course fee per engineer" is left to the model: the sets written from other briefs disagree on
it (chat_dev3 f12 delivery, the cost messages acquisition)."""


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
