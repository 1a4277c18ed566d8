"""Amounts of money in a brief become cost lines or expected-benefit lines, or a question.

An amount is a programme cost when its part of the sentence names a cost ("kosten", "budget",
"trainer", "licentie"), an expected benefit when it names a gain ("besparing", "savings") and
states a period; anything else is asked about rather than guessed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from assistant.planning.lines import BenefitLine, CostCategory, CostLine, IsolationMethod, Period
from assistant.planning.numbers import Money, find_money

_CATEGORIES: tuple[tuple[CostCategory, str], ...] = (
    (CostCategory.NEEDS_ASSESSMENT, r"behoefteanalyse|intake|needs? (?:assessment|analysis)"),
    (CostCategory.DESIGN_DEVELOPMENT, r"ontwerp|ontwikkel\w*|design|development|maatwerk"),
    (CostCategory.ACQUISITION, r"licentie\w*|licen[cs]e\w*|aanschaf|inkoop|acquisition|platform"),
    (CostCategory.PARTICIPANT_TIME, r"loonkosten|salaris\w*|tijd van (?:de )?deelnemers|"
     r"participant time|salar(?:y|ies)|wages|uren van"),
    (CostCategory.TRAVEL_LODGING, r"reis\w*|hotel\w*|overnachting\w*|travel|lodging|accommodation"),
    (CostCategory.FACILITIES, r"locatie|zaalhuur|zaal|accommodatie|venue|facilit\w+|room hire"),
    (CostCategory.MATERIALS, r"materia\w+|boeken|books|handouts?|werkboek\w*"),
    (CostCategory.EVALUATION, r"evaluatie\w*|evaluation|meting|measurement"),
    (CostCategory.OVERHEAD, r"overhead|administrat\w+"),
    (CostCategory.DELIVERY, r"trainer\w*|facilitat\w+|coach\w*|uitvoering|delivery|training\w*|"
     r"docent\w*|workshop\w*|e-learning"),
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


def read_money(sentences: list[str]) -> MoneyFindings:
    """Sort every amount in ``sentences`` into costs, benefits, or amounts to ask about."""
    findings = MoneyFindings()
    for sentence in sentences:
        for clause in _clauses(sentence):
            for money in find_money(clause):
                if money.currency not in findings.currencies:
                    findings.currencies.append(money.currency)
                _sort(findings, money, clause, clause[money.end : money.end + 40], sentence)
    return findings


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
    description = _describe(context, money, sentence)
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
                per_participant=bool(_PER_PARTICIPANT.search(after)),
                isolation_method=IsolationMethod.NONE,
            )
        )
    elif _is_cost(context) and not _rate(after):
        findings.costs.append(
            CostLine(
                category=_category(context),
                description=description,
                amount=money.amount,
                per_participant=bool(_PER_PARTICIPANT.search(after)),
            )
        )
    else:
        findings.unclear.append(money.text)


def _is_cost(context: str) -> bool:
    """A cost of this programme: a cost category named, or a cost word with the programme."""
    if _category(context) is not CostCategory.OTHER:
        return True
    return bool(_COST_CUE.search(context) and _PROGRAMME.search(context))


def _category(context: str) -> CostCategory:
    for category, pattern in _CATEGORIES:
        if re.search(pattern, context, re.IGNORECASE):
            return category
    return CostCategory.OTHER


def _period(text: str) -> Period | None:
    for period, pattern in _PERIODS:
        if re.search(pattern, text, re.IGNORECASE):
            return period
    return None


def _rate(after: str) -> bool:
    """ "EUR 250 per verzuimdag" is a unit value, not a programme cost."""
    m = re.match(r"\W{0,3}(?:per|/)\s?(\w+)", after, re.IGNORECASE)
    return bool(m) and not _PER_PARTICIPANT.search(after)


def _describe(context: str, money: Money, sentence: str) -> str:
    """The clause's words around the amount ("Budget" for "budget $85,000"), else the sentence."""
    words = " ".join(context.replace(money.text, " ").split()).strip(" ,;:.-–")
    text = _LEAD.sub("", words).strip(" ,;:.-–")
    if len(text) < 3:
        text = words if len(words) >= 3 else sentence.strip()
    return text[:1].upper() + text[1:500]
