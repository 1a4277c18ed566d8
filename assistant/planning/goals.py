"""Reading a KPI goal out of one sentence: indicator, baseline, target or change, unit, deadline.

"verzuim van 6% naar 4,5% binnen 12 maanden", "reduce turnover by 10% by Q3 2027", "increase NPS
from 32 to 40", "klanttevredenheid (nu 20%, doel 90%)". Used by brief extraction and by the
SMART checker, so both read goals alike.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from assistant.planning.dates import DateRef, FoundDate, find_dates
from assistant.planning.lexicon import KPIS, words
from assistant.text.dates import is_month_name
from assistant.text.language import Language
from assistant.text.money import find_money
from assistant.text.numbers import DIGITS, parse_number
from assistant.text.people import is_people
from assistant.text.percent import find_percentages

_VALUE = (
    r"(?:(?:EUR|USD|GBP|€|\$|£)\s?)?(?<![\w.,]){num}"
    r"(?:\s?(?:%|procent\b|percent\b|(?:euros?|dollars?)\b))?"
)
_FROM_TO = {
    Language.NL: r"\bvan\s+(?:gemiddeld\s+)?(?P<base>{v})\s+(?:naar|tot)\s+(?P<target>{v})",
    Language.EN: r"\bfrom\s+(?:an average of\s+)?(?P<base>{v})\s+(?:down |up )?to\s+"
    r"(?P<target>{v})",
}
_CHANGE = {
    Language.NL: r"\bmet\s+(?P<change>{v})",
    Language.EN: r"\bby\s+(?P<change>{v})",
}
_TARGET = {
    Language.NL: r"\b(?:naar|tot|minimaal|ten minste|tenminste|maximaal|hooguit|hoogstens|"
    r"minder dan|meer dan|onder|boven|op)\s+(?:een\s+|gemiddeld\s+)?(?P<target>{v})",
    Language.EN: r"\b(?:to|at least|at most|no more than|less than|more than|below|under|above|"
    r"of)\s+(?:an average of\s+|a\s+)?(?P<target>{v})",
}
# "(nu 20%, doel 90%)", "baseline: 20% - target 90%", "streefwaarde 90% (huidig 20%)": a figure
# named by its role. Both languages' labels are read in either, as briefs mix them.
_LABEL_GAP = (
    r"\s*(?:[:=]\s*|(?:is|ligt op|zit op|op|at|of|was)\s+|-\s+)?"
    r"(?:(?:ca\.?|circa|about|around|ongeveer|rond)\s+)?"
)
_BASE_LABEL = (
    r"nu|momenteel|thans|op dit moment|vandaag|huidig(?:e)?(?:\s+waarde|\s+stand)?|"
    r"nulmeting|uitgangswaarde|beginwaarde|startwaarde|baseline|"
    r"now|current(?:ly)?(?:\s+(?:value|level|rate|score))?|today|at present"
)
_TARGET_LABEL = (
    r"doel(?:waarde|stelling)?|streefwaarde|streefcijfer|streven|norm|"
    r"target(?:\s+(?:value|level|rate|score))?|goal|aim"
)
_LABELLED = r"\b(?:{labels}){gap}(?P<{name}>{v})"
CHANGE_VERBS = {
    Language.NL: words(
        "verlagen verlaag verlaagd dalen daalt daling verhogen verhoog verhoogd stijgen stijgt "
        "stijging terugdringen terugbrengen verminderen vermindert reduceren toenemen neemt "
        "afnemen groeien groeit verbeteren verbetert verbeterd brengen omlaag omhoog halveren"
    ),
    Language.EN: words(
        "reduce reduces reduced cut cuts lower lowers increase increases increased raise raises "
        "improve improves improved decrease decreases grow grows drop drops fall falls rise "
        "rises boost boosts halve bring brings decline declines lift lifts"
    ),
}
_FILLER = words(
    "de het een onze ons we wij willen moet moeten gaat gaan zal zullen is wordt worden dat om "
    "te en van naar met binnen doel doelstelling zodat bij the a an our we want wants to should "
    "must will is are be goal aim target objective of that so and by with within at get goes "
    "go need needs us their hun deze this achieve achieves reach reaches attain hit deliver "
    "halen behalen bereiken realiseren realise realize"
)
_PREPOSITIONS = words(
    "van voor bij onder in op met binnen naar of for among at in on with within across by "
    "tot to from per"
)
_UNIT_STOP = _FILLER | words(
    "in per voor op tot before after na over en and or of eind einde end ultimo uiterlijk "
    "medio begin start q1 q2 q3 q4"
)


_WORD = re.compile(r"[\w'-]+")


@dataclass(frozen=True)
class GoalReading:
    """What one sentence says about a KPI goal; ``None`` fields were not in the sentence."""

    kpi: str | None = None
    baseline: Decimal | None = None
    target: Decimal | None = None
    change: Decimal | None = None
    unit: str | None = None
    deadline: DateRef | None = None

    @property
    def has_figures(self) -> bool:
        return any(v is not None for v in (self.baseline, self.target, self.change))


def read_goal(sentence: str, language: Language) -> GoalReading:
    """Read the KPI, figures and deadline of a goal sentence; fields not present stay ``None``."""
    dates = find_dates(sentence)
    deadline = next((d.ref for d in dates if not d.is_start), None)
    value = _VALUE.format(num=f"(?:{DIGITS})")
    labelled = _labelled(sentence, language, value, dates, deadline)
    if labelled is not None:
        return labelled
    for kind, template in (
        ("from_to", _FROM_TO[language]),
        ("change", _CHANGE[language]),
        ("target", _TARGET[language]),
    ):
        for m in re.finditer(template.format(v=value), sentence, re.IGNORECASE):
            if _inside_dates(m, dates):
                continue
            if kind == "change" and not _has_change_verb(sentence, language):
                continue
            reading = _reading(sentence, m, language, deadline)
            if reading is not None:
                return reading
    percent = find_percentages(sentence, language=language)
    if percent:
        kpi = _kpi_after(sentence[percent[0].end :], language) or _kpi_word(sentence)
        return GoalReading(kpi=kpi, target=percent[0].low, unit="%", deadline=deadline)
    return GoalReading(kpi=_kpi_word(sentence), deadline=deadline)


def _labelled(
    sentence: str, language: Language, value: str, dates: list[FoundDate], deadline: DateRef | None
) -> GoalReading | None:
    """A target named as such ("doel 90%", "target: 90%"), with its baseline when one is named."""
    found: dict[str, re.Match[str]] = {}
    for name, labels in (("target", _TARGET_LABEL), ("base", _BASE_LABEL)):
        pattern = _LABELLED.format(labels=labels, gap=_LABEL_GAP, name=name, v=value)
        for m in re.finditer(pattern, sentence, re.IGNORECASE):
            if not _inside_dates(m, dates):
                found[name] = m
                break
    if "target" not in found:
        return None
    figures: dict[str, Decimal] = {}
    units: list[str] = []
    for name, m in found.items():
        amount, unit = _figure(m.group(name), language, sentence[m.end(name) :])
        if unit and _is_people(unit):
            return None
        figures[name] = amount
        if unit:
            units.append(unit)
    start = min(m.start() for m in found.values())
    before = _without_dates(sentence, dates)[:start].rstrip(" ([{-:;,")
    return GoalReading(
        kpi=_kpi_before(before, language) or _kpi_word(sentence),
        baseline=figures.get("base"),
        target=figures["target"],
        unit=units[0] if units else None,
        deadline=deadline,
    )


def _without_dates(sentence: str, dates: list[FoundDate]) -> str:
    """The sentence with its dates blanked out (same length), so no date reads as the KPI."""
    for d in dates:
        sentence = sentence[: d.start] + " " * (d.end - d.start) + sentence[d.end :]
    return sentence


def _reading(
    sentence: str, m: re.Match[str], language: Language, deadline: DateRef | None
) -> GoalReading | None:
    groups = m.groupdict()
    figures: dict[str, Decimal] = {}
    units: list[str] = []
    for name in ("base", "target", "change"):
        if groups.get(name):
            amount, unit = _figure(groups[name], language, sentence[m.end(name) :])
            figures[name] = amount
            if unit and _is_people(unit):
                return None
            if unit:
                units.append(unit)
    kpi = _kpi_before(sentence[: m.start()], language) or _kpi_word(sentence)
    return GoalReading(
        kpi=kpi,
        baseline=figures.get("base"),
        target=figures.get("target"),
        change=figures.get("change"),
        unit=units[-1] if units else None,
        deadline=deadline,
    )


def _figure(text: str, language: Language, after: str) -> tuple[Decimal, str | None]:
    money = find_money(text, language=language)
    if money:
        return money[0].amount, money[0].currency
    percent = find_percentages(text, language=language)
    if percent:
        return percent[0].low, "%"
    return parse_number(text.strip(), language=language), _unit_word(after)


def _unit_word(after: str) -> str | None:
    per = re.match(r"\s+((?:per|a|an)\s+(?:jaar|maand|week|dag|year|month|week|day))\b", after)
    if per:
        return per.group(1)
    m = re.match(r"\s+([^\W\d_][\w'-]*)(\s+per\s+[^\W\d_]+)?", after)
    if not m or m.group(1).lower() in _UNIT_STOP or _looks_like_date(m.group(1)):
        return None
    return (m.group(1) + (m.group(2) or "")).strip()


def _is_people(word: str) -> bool:
    return is_people(word.split()[0])


def _looks_like_date(word: str) -> bool:
    return is_month_name(word)


def _kpi_before(before: str, language: Language) -> str | None:
    """The indicator named before the figures: after a leading verb, before a preposition."""
    clause = re.split(r"[.;:,!?]|\b(?:dat|zodat|so that|that|en|and|om|to)\b", before)[-1]
    tokens = clause.split()
    verbs = CHANGE_VERBS[language]
    verb_at = [i for i, token in enumerate(tokens) if _plain(token) in verbs]
    if verb_at and verb_at[-1] < len(tokens) - 1:
        tokens = tokens[verb_at[-1] + 1 :]
    return _trim(tokens, verbs)


def _kpi_after(after: str, language: Language) -> str | None:
    return _trim(after.split()[:4], CHANGE_VERBS[language])


def _trim(tokens: list[str], verbs: frozenset[str]) -> str | None:
    kept: list[str] = []
    for token in tokens:
        word = _plain(token)
        if kept and (word in _PREPOSITIONS or word in verbs):
            break
        if kept or (word not in _FILLER and word not in verbs and not _has_digit(word)):
            kept.append(token)
    while kept and (_plain(kept[-1]) in _FILLER or _plain(kept[-1]) in verbs):
        kept.pop()
    kpi = " ".join(kept).strip(" -.,;:")
    return kpi or None


def _has_digit(word: str) -> bool:
    return any(char.isdigit() for char in word)


def _kpi_word(sentence: str) -> str | None:
    for match in _WORD.finditer(sentence):
        token = match.group()
        if token.lower() in KPIS and token.lower() not in {"aantal", "number", "time"}:
            return token
    return None


def _plain(token: str) -> str:
    return token.lower().strip("()[]'\"")


def _has_change_verb(sentence: str, language: Language) -> bool:
    return any(_plain(t) in CHANGE_VERBS[language] for t in sentence.split())


def _inside_dates(m: re.Match[str], dates: list[FoundDate]) -> bool:
    for name in ("base", "target", "change"):
        if not m.groupdict().get(name):
            continue
        start, end = m.span(name)
        if re.fullmatch(r"(?:19|20)\d{2}", m.group(name).strip()):
            return True
        if any(start < d.end and d.start < end for d in dates):
            return True
    return False
