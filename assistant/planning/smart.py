"""The SMART checker: is an objective Specific, Measurable, Acceptable/Achievable, Realistic/
Relevant and Time-bound? Deterministic rules over named signals, so every verdict explains itself.

Dutch practice reads SMART as Specifiek, Meetbaar, Acceptabel, Realistisch, Tijdgebonden; English
as Specific, Measurable, Achievable, Relevant, Time-bound. The checker uses the objective's own
language and its criteria.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from enum import StrEnum
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

from assistant.planning.smart_signals import SmartSignals, read_signals
from assistant.planning.smart_texts import TEXTS
from assistant.text.formatting import format_figure, format_percent
from assistant.text.language import Language, detect_language

MAX_PLAUSIBLE_CHANGE_PCT = Decimal(50)
"""A change larger than this share of the baseline needs evidence before it counts as realistic."""


class SmartCriterion(StrEnum):
    SPECIFIC = "specific"
    MEASURABLE = "measurable"
    ACCEPTABLE = "acceptable"
    REALISTIC = "realistic"
    ACHIEVABLE = "achievable"
    RELEVANT = "relevant"
    TIME_BOUND = "time_bound"


LABELS: dict[Language, dict[SmartCriterion, str]] = {
    Language.NL: {
        SmartCriterion.SPECIFIC: "Specifiek",
        SmartCriterion.MEASURABLE: "Meetbaar",
        SmartCriterion.ACCEPTABLE: "Acceptabel",
        SmartCriterion.REALISTIC: "Realistisch",
        SmartCriterion.TIME_BOUND: "Tijdgebonden",
    },
    Language.EN: {
        SmartCriterion.SPECIFIC: "Specific",
        SmartCriterion.MEASURABLE: "Measurable",
        SmartCriterion.ACHIEVABLE: "Achievable",
        SmartCriterion.RELEVANT: "Relevant",
        SmartCriterion.TIME_BOUND: "Time-bound",
    },
}


class CriterionVerdict(BaseModel):
    """One letter of SMART: passed or not, why, and what to write instead."""

    model_config = ConfigDict(frozen=True)

    criterion: SmartCriterion
    label: str
    passed: bool
    reason: str
    suggestion: str | None = None


class SmartVerdict(BaseModel):
    """The verdict on one objective: five criteria in the language's order, and the signals."""

    model_config = ConfigDict(frozen=True)

    text: str
    language: Language
    passed: bool
    score: Annotated[int, Field(ge=0, le=5)]
    criteria: list[CriterionVerdict]
    signals: SmartSignals


def check_objective(text: str, language: Language | None = None) -> SmartVerdict:
    """Judge ``text`` on the five SMART criteria of its language (detected when not given)."""
    language = language or detect_language(text)
    signals = read_signals(text, language)
    criteria = [_verdict(criterion, language, signals) for criterion in LABELS[language]]
    return SmartVerdict(
        text=text,
        language=language,
        passed=all(c.passed for c in criteria),
        score=sum(c.passed for c in criteria),
        criteria=criteria,
        signals=signals,
    )


_Rule = Callable[[SmartSignals, dict[str, str], Language], tuple[bool, str, str | None]]


def _verdict(
    criterion: SmartCriterion, language: Language, signals: SmartSignals
) -> CriterionVerdict:
    passed, reason, suggestion = _RULES[criterion](signals, TEXTS[language], language)
    return CriterionVerdict(
        criterion=criterion,
        label=LABELS[language][criterion],
        passed=passed,
        reason=reason,
        suggestion=suggestion,
    )


def _specific(
    s: SmartSignals, t: dict[str, str], language: Language
) -> tuple[bool, str, str | None]:
    has_metric = s.target is not None or s.change is not None or s.frequency is not None
    if s.vague_verbs and not has_metric:
        verbs = ", ".join(f"'{verb}'" for verb in s.vague_verbs)
        return (
            False,
            t["specific.vague"].format(verbs=verbs),
            t["specific.vague.fix"].format(verb=s.vague_verbs[0]),
        )
    if s.actor is None:
        return False, t["specific.actor"], t["specific.actor.fix"]
    what = t["what.kpi"].format(kpi=s.kpi) if s.kpi else ""
    return True, t["specific.ok"].format(actor=s.actor, what=what), None


def _measurable(
    s: SmartSignals, t: dict[str, str], language: Language
) -> tuple[bool, str, str | None]:
    kpi = s.kpi or t["unknown"]
    if s.target is not None and (s.kpi or s.unit):
        target = format_figure(s.target, s.unit, language)
        if s.baseline is not None:
            baseline = format_figure(s.baseline, s.unit, language)
            return True, t["measurable.ok"].format(kpi=kpi, baseline=baseline, target=target), None
        return (
            True,
            t["measurable.target"].format(kpi=kpi, target=target),
            t["measurable.target.fix"].format(target=target),
        )
    if s.change is not None and (s.kpi or s.unit):
        reason = t["measurable.change"].format(change=format_figure(s.change, s.unit, language))
        return False, reason, t["measurable.change.fix"]
    if s.frequency is not None:
        reason = t["measurable.frequency"].format(frequency=s.frequency)
        return True, reason, t["measurable.frequency.fix"]
    return False, t["measurable.none"], t["measurable.none.fix"]


def _acceptable(
    s: SmartSignals, t: dict[str, str], language: Language
) -> tuple[bool, str, str | None]:
    if s.agreement:
        return True, t["acceptable.ok"].format(cues=", ".join(s.agreement)), None
    return False, t["acceptable.missing"], t["acceptable.missing.fix"]


def _plausible(key: str) -> _Rule:
    """Realistic (NL) and Achievable (EN) share one heuristic: no absolute, no huge jump."""

    def rule(
        s: SmartSignals, t: dict[str, str], language: Language
    ) -> tuple[bool, str, str | None]:
        limit = format_percent(MAX_PLAUSIBLE_CHANGE_PCT, language)
        if s.absolutes:
            absolutes = ", ".join(f"'{a}'" for a in s.absolutes)
            fix = t[f"{key}.absolute.fix"].format(absolute=s.absolutes[0])
            return False, t[f"{key}.absolute"].format(absolutes=absolutes), fix
        if s.target == 0 and s.baseline != 0:
            return False, t[f"{key}.zero"], t[f"{key}.absolute.fix"].format(absolute="0")
        pct = s.change_pct
        if pct is not None and pct > MAX_PLAUSIBLE_CHANGE_PCT:
            shown = format_percent(round(pct, 1), language)
            reason = t[f"{key}.large"].format(pct=shown, limit=limit)
            return False, reason, t[f"{key}.large.fix"].format(limit=limit)
        shown = format_percent(round(pct, 1), language) if pct is not None else ""
        size = t[f"{key}.size"].format(pct=shown) if pct is not None else ""
        return True, t[f"{key}.ok"].format(size=size, limit=limit), None

    return rule


def _relevant(
    s: SmartSignals, t: dict[str, str], language: Language
) -> tuple[bool, str, str | None]:
    cues = [*s.business_link, *([s.kpi] if s.kpi else [])]
    if cues:
        return True, t["relevant.ok"].format(cues=", ".join(cues)), None
    return False, t["relevant.missing"], t["relevant.missing.fix"]


def _time_bound(
    s: SmartSignals, t: dict[str, str], language: Language
) -> tuple[bool, str, str | None]:
    if s.deadline:
        return True, t["time_bound.ok"].format(deadline=s.deadline), None
    return False, t["time_bound.missing"], t["time_bound.missing.fix"]


_RULES: dict[SmartCriterion, _Rule] = {
    SmartCriterion.SPECIFIC: _specific,
    SmartCriterion.MEASURABLE: _measurable,
    SmartCriterion.ACCEPTABLE: _acceptable,
    SmartCriterion.REALISTIC: _plausible("realistic"),
    SmartCriterion.ACHIEVABLE: _plausible("achievable"),
    SmartCriterion.RELEVANT: _relevant,
    SmartCriterion.TIME_BOUND: _time_bound,
}
