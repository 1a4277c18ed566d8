"""What the SMART checker sees in an objective: each signal a rule can name in its reason."""

from __future__ import annotations

import re
from decimal import Decimal

from pydantic import BaseModel, ConfigDict

from assistant.planning.goals import read_goal
from assistant.planning.lexicon import (
    ABSOLUTES,
    AGREEMENT,
    BUSINESS_LINK,
    FREQUENCY,
    KPIS,
    ORG_UNITS,
    VAGUE_PHRASES,
    VAGUE_VERBS,
)
from assistant.text.language import Language
from assistant.text.people import find_actor

_TOKENS = re.compile(r"[\w'-]+")


class SmartSignals(BaseModel):
    """The facts found in the objective text; every verdict reason is built from these."""

    model_config = ConfigDict(frozen=True)

    actor: str | None = None
    kpi: str | None = None
    baseline: Decimal | None = None
    target: Decimal | None = None
    change: Decimal | None = None
    unit: str | None = None
    deadline: str | None = None
    frequency: str | None = None
    vague_verbs: list[str] = []
    agreement: list[str] = []
    absolutes: list[str] = []
    business_link: list[str] = []

    @property
    def change_pct(self) -> Decimal | None:
        """The size of the intended change in percent of the baseline, when it can be known."""
        if self.baseline is not None and self.target is not None and self.baseline != 0:
            return abs(self.target - self.baseline) / abs(self.baseline) * 100
        if self.change is not None and self.unit == "%":
            return self.change
        return None


def read_signals(text: str, language: Language) -> SmartSignals:
    goal = read_goal(text, language)
    tokens = _TOKENS.findall(text)
    lowered = [token.lower() for token in tokens]
    frequency = FREQUENCY.search(text)
    return SmartSignals(
        actor=find_actor(text) or _org_unit(text),
        kpi=goal.kpi if goal.kpi and _names_indicator(goal.kpi, goal.has_figures) else None,
        baseline=goal.baseline,
        target=goal.target,
        change=goal.change,
        unit=goal.unit,
        deadline=goal.deadline.text if goal.deadline else None,
        frequency=frequency.group() if frequency else None,
        vague_verbs=_vague(text, lowered, language),
        agreement=_present(lowered, AGREEMENT[language]),
        absolutes=[m.group() for m in ABSOLUTES.finditer(text)],
        business_link=_link(text, lowered, language),
    )


def _names_indicator(kpi: str, has_figures: bool) -> bool:
    return has_figures or any(word.lower().strip("()") in KPIS for word in kpi.split())


def _vague(text: str, lowered: list[str], language: Language) -> list[str]:
    found = _present(lowered, VAGUE_VERBS[language])
    found += [phrase for phrase in VAGUE_PHRASES[language] if phrase in text.lower()]
    return found


def _link(text: str, lowered: list[str], language: Language) -> list[str]:
    single = {cue for cue in BUSINESS_LINK[language] if " " not in cue}
    phrases = [cue for cue in ("so that", "in order to", "business goal") if cue in text.lower()]
    return _present(lowered, single) + phrases


def _present(lowered: list[str], vocabulary: frozenset[str] | set[str]) -> list[str]:
    seen: list[str] = []
    for word in lowered:
        if word in vocabulary and word not in seen:
            seen.append(word)
    return seen


def _org_unit(text: str) -> str | None:
    """The first organisational unit named ("afdeling", "team"), when no people are."""
    return next((t for t in _TOKENS.findall(text) if t.lower() in ORG_UNITS), None)
