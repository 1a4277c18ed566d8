"""What every part of the offline composition reads: the brief, its language's texts, grounding."""

from __future__ import annotations

from dataclasses import dataclass

from assistant.planning.brief import BusinessGoal, Methodology, ProgramBrief
from assistant.planning.dates import DateRef
from assistant.planning.plan.grounding import Grounding
from assistant.planning.plan.models import Figure, FigureKind
from assistant.planning.plan.texts import TEXTS
from assistant.text.formatting import format_figure, format_number
from assistant.text.language import Language


@dataclass(frozen=True)
class Context:
    brief: ProgramBrief
    ground: Grounding
    currency: str = "EUR"

    @property
    def language(self) -> Language:
        return self.brief.language

    @property
    def t(self) -> dict[str, str]:
        return TEXTS[self.brief.language]

    @property
    def phillips(self) -> bool:
        return self.brief.methodology is Methodology.PHILLIPS

    @property
    def top_level(self) -> int:
        return 5 if self.phillips else 4

    def deadline(self, ref: DateRef | None) -> str:
        """ " binnen 12 maanden" / " uiterlijk Q3 2027": the brief's own words, with a cue."""
        if ref is None:
            return ""
        text = ref.text.strip()
        first = text.split()[0].lower()
        if ref.within is not None or first in _DEADLINE_CUES or not _starts_with_date(text):
            return f" {text}"
        return " " + self.t["deadline.by"].format(deadline=text)

    def kpi_name(self, goal: BusinessGoal) -> str:
        name = goal.kpi or goal.description
        return name[:1].upper() + name[1:]

    def number(self, value: object) -> str:
        from decimal import Decimal

        return format_number(Decimal(str(value)), self.language)

    def percent(self, value: object) -> str:
        """ "60 %" (nl) / "60%" (en)."""
        from decimal import Decimal

        return format_figure(Decimal(str(value)), "%", self.language)


_DEADLINE_CUES = frozenset(
    [
        "binnen",
        "voor",
        "vóór",
        "uiterlijk",
        "eind",
        "einde",
        "ultimo",
        "per",
        "in",
        "by",
        "before",
        "within",
        "end",
        "until",
        "no",
    ]
)


def _starts_with_date(text: str) -> bool:
    head = text[:1]
    return head.isdigit() or head.upper() == "Q" or text.split()[0].lower() in _MONTH_WORDS


_MONTH_WORDS = frozenset(
    [
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
        "january",
        "february",
        "march",
        "may",
        "june",
        "july",
        "august",
        "october",
    ]
)


def goal_figures(goal: BusinessGoal) -> tuple[Figure | None, Figure | None]:
    """The goal's baseline and target, labelled as such (a brief never holds measurements)."""
    baseline = target = None
    if goal.baseline is not None:
        baseline = Figure(kind=FigureKind.BASELINE, value=goal.baseline, unit=goal.unit)
    if goal.target is not None:
        target = Figure(kind=FigureKind.TARGET, value=goal.target, unit=goal.unit)
    return baseline, target
