"""A running value with its visible history: each step keeps the exact value and records a
rounded, human-readable account of itself."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from assistant.roi.numbers import HUNDRED, money, show_money, show_pct
from assistant.roi.results import RoiLine, RoiStep, StepKind
from assistant.roi.texts import Lang, step_label


@dataclass(frozen=True)
class ExactLine:
    """A line as shown (rounded) and its exact values, which the totals are made of."""

    shown: RoiLine
    first_year: Decimal
    value: Decimal


class Trace:
    def __init__(
        self,
        *,
        lang: Lang,
        start: Decimal,
        formula: str,
        factor: Decimal | None,
        before: Decimal | None = None,
    ) -> None:
        self.lang = lang
        self.value = start
        self.steps = [
            RoiStep(
                kind=StepKind.BASE,
                factor=factor,
                value_before=money(start if before is None else before),
                value_after=money(start),
                formula=formula,
            )
        ]

    def _label(self, kind: StepKind, note: str | None) -> str:
        label = step_label(kind, self.lang)
        return f"{label}: {note}" if note else label

    def times(self, kind: StepKind, factor: Decimal, shown: str, note: str | None = None) -> None:
        """Multiply the running value by ``factor`` (written as ``shown``)."""
        before, self.value = self.value, self.value * factor
        formula = (
            f"{show_money(before)} × {shown} ({self._label(kind, note)}) = {show_money(self.value)}"
        )
        self._record(kind, factor, before, formula)

    def pct(self, kind: StepKind, percent: Decimal) -> None:
        self.times(kind, percent / HUNDRED, show_pct(percent))

    def add(self, kind: StepKind, amount: Decimal, shown: str, note: str | None = None) -> None:
        """Add ``amount`` (written as ``shown``) to the running value."""
        before, self.value = self.value, self.value + amount
        formula = (
            f"{show_money(before)} + {shown} ({self._label(kind, note)}) = {show_money(self.value)}"
        )
        self._record(kind, None, before, formula)

    def _record(self, kind: StepKind, factor: Decimal | None, before: Decimal, text: str) -> None:
        self.steps.append(
            RoiStep(
                kind=kind,
                factor=factor,
                value_before=money(before),
                value_after=money(self.value),
                formula=text,
            )
        )

    def finish(self, *, first_year: Decimal, **line: Any) -> ExactLine:
        """Close the line; ``line`` holds the other ``RoiLine`` fields (kind, pointer, ...)."""
        shown = RoiLine(
            first_year_value=money(first_year), value=money(self.value), steps=self.steps, **line
        )
        return ExactLine(shown=shown, first_year=first_year, value=self.value)


def start_amount(amount: Decimal, *, lang: Lang) -> Trace:
    formula = f"{show_money(amount)} ({step_label(StepKind.BASE, lang)})"
    return Trace(lang=lang, start=amount, formula=formula, factor=None)
