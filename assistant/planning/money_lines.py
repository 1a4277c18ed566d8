"""Amounts of money in a brief become cost lines or expected-benefit lines, or a question.

An amount is a programme cost when its part of the sentence names a cost ("kosten", "budget",
"trainer", "licentie"), an expected benefit when it names a gain ("besparing", "savings") and
states a period; anything else is asked about rather than guessed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal

from assistant.planning.lines import BenefitLine, CostCategory, CostLine, IsolationMethod, Period
from assistant.planning.time_savings import (
    TimeSaved,
    TimeUnit,
    in_rate_unit,
    per_person,
    rate_unit,
    saving_line,
    times_saved,
)
from assistant.text.language import Language, detect_language
from assistant.text.money import Money, find_money

_CATEGORIES: tuple[tuple[CostCategory, str], ...] = (
    (CostCategory.NEEDS_ASSESSMENT, r"behoefteanalyse|behoefte(?:peiling|meting|onderzoek)\w*|"
     r"intake|needs? (?:assessment|analysis|survey|study|review)|"
     r"assessments?|\b360\b"),
    (CostCategory.DESIGN_DEVELOPMENT, r"ontwerp|ontwikkel\w*|design|development|maatwerk|"
     r"inricht\w*"),
    (CostCategory.ACQUISITION, r"licentie\w*|licen[cs]e\w*|aanschaf|inkoop|acquisition|platform|"
     r"\blms\b"),
    (CostCategory.OVERHEAD, r"overhead|administrat\w+|\bintern\w*|internal|in-house|"
     r"algemene kosten|general (?:costs?|expenses)|afdelingskosten|department(?:al)? costs|"
     r"projectleid\w*|project manag\w*|implementat\w*"),
    (CostCategory.PARTICIPANT_TIME, r"loonkosten|salaris\w*|tijd van (?:de )?deelnemers|"
     r"participant time|salar(?:y|ies)|wages|uren van|\w*tijd\b|\btime\b|\b(?:werk|les|"
     r"training|studie|man|mens)?uren\b|"
     r"\bhours\b|productieverlies|lost production|doorbetaald|vervanging|replacement|"
     r"off the phones?|away from|non-billable|loon\w*|backfill|cover while|productiviteit|"
     r"productivity"),
    # a venue at a hotel is the venue ("Venue at the Pune hotel: ₹1,20,000")
    (CostCategory.FACILITIES, r"\bvenue|zaalhuur|vergaderzaal\w*|(?:meeting|conference) rooms?"),
    (CostCategory.TRAVEL_LODGING, r"reis\w*|hotel\w*|overnachting\w*|travel|lodging|"
     r"accommodation|flights?|vlucht\w*"),
    (CostCategory.FACILITIES, r"locatie|zaalhuur|zaal|accommodatie|venue|"
     r"facilit(?:y|ies|eiten)|room|\blabs?\b|training ground|"
     r"\bhuur\w*|\w+huur\b|\bhuren\b|gehuurd|\bhire\b|rental|catering|lunch\w*"),
    (CostCategory.MATERIALS, r"materia\w+|boeken|\bboek\b|books?|handouts?|werkboek\w*|"
     r"guides?\b|pocket\w*|drukwerk|printed|hesjes|manuals?\b|handleiding\w*|syllab\w*|"
     r"workbooks?|readers?|certificat\w*|certificering\w*|examen\w*|exams?|pakket\w*|kits?|"
     r"hulpmiddel\w*|equipment|apparatuur|gereedschap"),
    (CostCategory.EVALUATION, r"evaluat\w*|evaluation|meting|measurement"),
    (CostCategory.DELIVERY, r"trainer\w*|facilitat\w+|coach\w*|uitvoering|delivery|training\w*|"
     r"docent\w*|workshop\w*|e-learning|vendor|leverancier\w*|\w*bureau\b|agency|firm|"
     r"\w*school\b|instituut|instituten|institute|aanbieder|provider|opleider|consultan\w*|"
     r"instructor|instructeur|course fee|cursusgeld|supplier|fee\b|\bcourse\b|\bcursus\b"),
)  # fmt: skip
_COST_CUE = re.compile(
    r"\b(?:kost\w*|budget\w*|investering|prijs|tarief|fee|fees|cost|costs|price|investment|"
    r"spend|uitgaven|begroting)\b|" + "|".join(f"(?:{p})" for _, p in _CATEGORIES),
    re.IGNORECASE,
)
_PROGRAMME = re.compile(
    r"\b(?:programma\w*|training\w*|traject\w*|opleiding\w*|leergang|budget\w*|investering|"
    r"programme\w*|program|course|investment|kosten|costs)\b",
    re.IGNORECASE,
)
_BENEFIT_CUE = re.compile(
    r"\b(?:bespa\w*|opbrengst\w*|baten|oplevert|oplevering|winst|meeromzet|extra omzet|"
    r"savings?|saves?|benefits?|revenue|gains?|returns?|worth|waard|levert\w*)\b",
    re.IGNORECASE,
)
_PERIODS: tuple[tuple[Period, str], ...] = (
    (Period.YEAR, r"per jaar|jaarlijks|per year|a year|annually|per annum|/\s?jaar|/\s?year"),
    (Period.MONTH, r"per maand|maandelijks|per month|a month|monthly|/\s?maand|/\s?month"),
    (Period.WEEK, r"per week|wekelijks|a week|weekly"),
    (Period.DAY, r"per dag|dagelijks|per day|a day|daily"),
    (Period.ONCE, r"eenmalig|one-off|one-time|once"),
)
_PER_PARTICIPANT = re.compile(
    r"^\W{0,3}(?:per|/)\s?(?:deelnemer|participant|persoon|person|head|medewerker|employee)|"
    r"^\W{0,3}p\.p\.",
    re.IGNORECASE,
)
_LEAD = re.compile(
    r"^[\s,;:(–-]*(?:en |and |plus )?(?:(?:de |het |the )?(?:totale |total )?"
    r"(?:kosten|costs|budget)(?: (?:zijn|bedragen|is|are|of|van))?)?\s*:?\s*",
    re.IGNORECASE,
)


@dataclass
class MoneyFindings:
    costs: list[CostLine] = field(default_factory=list)
    benefits: list[BenefitLine] = field(default_factory=list)
    benefits_without_period: list[str] = field(default_factory=list)
    unclear: list[str] = field(default_factory=list)
    currencies: list[str] = field(default_factory=list)
    needs_rate: list[tuple[str, TimeUnit]] = field(default_factory=list)
    """Time saved ("2 dagen") without a rate in the same unit: what is one such unit worth?"""


@dataclass(frozen=True)
class _Saving:
    saved: TimeSaved
    clause: str
    sentence: int


@dataclass(frozen=True)
class _Rate:
    money: Money
    unit: TimeUnit
    end: int
    clause: str
    sentence: int


def read_money(sentences: list[str], language: Language | None = None) -> MoneyFindings:
    """Sort every amount in ``sentences`` into costs, benefits, or amounts to ask about; time
    saved at a rate ("3 uur per week à EUR 45 per uur") becomes one quantity × rate benefit."""
    language = language or detect_language(" ".join(sentences))
    findings = MoneyFindings()
    savings = [
        _Saving(saved, clause, index)
        for index, sentence in enumerate(sentences)
        for clause in _clauses(sentence)
        for saved in times_saved(clause, language)
    ]
    rates: list[_Rate] = []
    for index, sentence in enumerate(sentences):
        for clause in _clauses(sentence):
            for money in find_money(clause, language=language):
                if money.currency not in findings.currencies:
                    findings.currencies.append(money.currency)
                rate = rate_unit(clause, money)
                in_clause = any(saving.clause == clause for saving in savings)
                time = cost_category(clause) is CostCategory.PARTICIPANT_TIME
                worth = not _is_cost(clause) or time  # "their time is worth EUR 55 per hour"
                if rate is not None and savings and (in_clause or worth):
                    rates.append(_Rate(money, *rate, clause, index))
                    continue
                _sort(findings, money, clause, clause[money.end : money.end + 40], sentence)
    _pair(findings, savings, rates, language)
    return findings


def _pair(
    findings: MoneyFindings, savings: list[_Saving], rates: list[_Rate], language: Language
) -> None:
    """Each saving takes the rate in its clause, else in its sentence, else the message's only
    rate; a rate no saving took is asked about like any unclear amount."""
    used: set[tuple[Decimal, TimeUnit]] = set()
    for saving in savings:
        rate = _rate_for(saving, rates)
        values = None if rate is None else in_rate_unit(saving.saved, rate.money.amount, rate.unit)
        if rate is not None:
            used.add((rate.money.amount, rate.unit))
        if rate is None or values is None:
            findings.needs_rate.append((saving.saved.text, saving.saved.unit))
            continue
        clause = saving.clause
        if rate.clause == clause:  # "EUR 400 a day" names the rate, not the saving's period
            clause = clause[: rate.money.start] + " " + clause[rate.end :]
        period = _first_period(clause)
        if period is None:
            findings.benefits_without_period.append(saving.saved.text)
            continue
        findings.benefits.append(
            saving_line(
                values, period, per_participant=per_person(saving.clause), language=language
            )  # fmt: skip
        )
    findings.unclear.extend(
        rate.money.text for rate in rates if (rate.money.amount, rate.unit) not in used
    )


def _rate_for(saving: _Saving, rates: list[_Rate]) -> _Rate | None:
    in_clause = [rate for rate in rates if rate.clause == saving.clause]
    in_sentence = [rate for rate in rates if rate.sentence == saving.sentence]
    if in_clause or in_sentence:
        return (in_clause or in_sentence)[0]
    distinct = {(rate.money.amount, rate.unit) for rate in rates}
    return rates[0] if len(distinct) == 1 else None


def _clauses(sentence: str) -> list[str]:
    """One clause per amount: split at ", " "; " " plus ", then at " en "/" and " if needed."""
    clauses = []
    for clause in re.split(r"[,;]\s+|\s+plus\s+", sentence):
        if len(find_money(clause)) > 1:
            clauses.extend(re.split(r"\s+(?:en|and)\s+", clause))
        else:
            clauses.append(clause)
    return clauses


def _sort(findings: MoneyFindings, money: Money, context: str, after: str, sentence: str) -> None:
    """File one amount under costs, benefits (with a period) or the amounts to ask about."""
    description = describe_amount(context, money, sentence)
    if _BENEFIT_CUE.search(context):
        period = _period(after) or _period(context)
        if period is None:
            findings.benefits_without_period.append(money.text)
            return
        findings.benefits.append(
            BenefitLine(
                description=description,
                amount=money.amount,
                period=period,
                per_participant=bool(_PER_PARTICIPANT.search(after)) or per_person(context),
                isolation_method=IsolationMethod.NONE,
            )
        )
    elif _is_cost(context) and not _rate(after):
        findings.costs.append(
            CostLine(
                category=cost_category(context),
                description=description,
                amount=money.amount,
                per_participant=bool(_PER_PARTICIPANT.search(after)),
            )
        )
    else:
        findings.unclear.append(money.text)


def _is_cost(context: str) -> bool:
    """A cost of this programme: a cost category named, or a cost word with the programme."""
    if cost_category(context) is not CostCategory.OTHER:
        return True
    return bool(_COST_CUE.search(context) and _PROGRAMME.search(context))


def category_near(context: str, offset: int) -> CostCategory:
    """The cost category whose word stands nearest ``offset`` in ``context``, words before it
    first ("materiaal 15 euro pp en ze kregen de uren doorbetaald": materials, not participants'
    time)."""
    found = [
        (offset - m.end() if m.end() <= offset else m.start() - offset + 20, index, category)
        for index, (category, pattern) in enumerate(_CATEGORIES)
        for m in re.finditer(pattern, context, re.IGNORECASE)
    ]  # the item usually comes before its amount ("trainer € 4.500"): words after it count less
    return min(found)[2] if found else CostCategory.OTHER


def cost_category(context: str) -> CostCategory:
    for category, pattern in _CATEGORIES:
        if re.search(pattern, context, re.IGNORECASE):
            return category
    return CostCategory.OTHER


def _period(text: str) -> Period | None:
    for period, pattern in _PERIODS:
        if re.search(pattern, text, re.IGNORECASE):
            return period
    return None


def _first_period(text: str) -> Period | None:
    """The period named first: "3 uur per week à EUR 45 per uur" is per week."""
    found = [(m.start(), period) for period, pattern in _PERIODS
             for m in [re.search(pattern, text, re.IGNORECASE)] if m]  # fmt: skip
    return min(found, key=lambda item: item[0])[1] if found else None


def _rate(after: str) -> bool:
    """ "EUR 250 per verzuimdag" is a unit value, not a programme cost."""
    m = re.match(r"\W{0,3}(?:per|/)\s?(\w+)", after, re.IGNORECASE)
    return bool(m) and not _PER_PARTICIPANT.search(after)


def describe_amount(context: str, money: Money, sentence: str) -> str:
    """The clause's words around the amount ("Budget" for "budget $85,000"), else the sentence."""
    words = " ".join(context.replace(money.text, " ").split()).strip(" ,;:.-–")
    text = _LEAD.sub("", words).strip(" ,;:.-–")
    if len(text) < 3:
        text = words if len(words) >= 3 else sentence.strip()
    return text[:1].upper() + text[1:500]
