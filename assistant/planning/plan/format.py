"""Figures in plan texts, written the way the reader's language writes them (``text.formatting``):
"85.000" / "85,000", "4,5 %" / "4.5%", "€ 12.500" / "$12,500", "1,5 dagen" / "1.5 days"."""

from __future__ import annotations

from assistant.planning.plan.models import Figure, FigureKind
from assistant.text.formatting import format_figure, format_number
from assistant.text.language import Language
from assistant.text.periods import Duration, DurationUnit

_UNIT_LABELS: dict[Language, dict[DurationUnit, tuple[str, str]]] = {
    Language.NL: {
        DurationUnit.HOUR: ("uur", "uur"),
        DurationUnit.HALF_DAY: ("dagdeel", "dagdelen"),
        DurationUnit.DAY: ("dag", "dagen"),
        DurationUnit.WEEK: ("week", "weken"),
        DurationUnit.MONTH: ("maand", "maanden"),
        DurationUnit.YEAR: ("jaar", "jaar"),
    },
    Language.EN: {
        DurationUnit.HOUR: ("hour", "hours"),
        DurationUnit.HALF_DAY: ("half-day", "half-days"),
        DurationUnit.DAY: ("day", "days"),
        DurationUnit.WEEK: ("week", "weeks"),
        DurationUnit.MONTH: ("month", "months"),
        DurationUnit.YEAR: ("year", "years"),
    },
}


def duration_label(duration: Duration, language: Language) -> str:
    """ "2 dagen", "1,5 dagen", "1.5 days" - the amount exactly as stored."""
    singular, plural = _UNIT_LABELS[language][duration.unit]
    word = singular if duration.amount == 1 else plural
    return f"{format_number(duration.amount, language)} {word}"


_KIND = {
    Language.NL: {
        FigureKind.BASELINE: "nulmeting",
        FigureKind.TARGET: "streefwaarde",
        FigureKind.FORECAST: "prognose",
        FigureKind.UNIT_VALUE: "waarde per eenheid",
        FigureKind.MEASURED: "gemeten",
    },
    Language.EN: {
        FigureKind.BASELINE: "baseline",
        FigureKind.TARGET: "target",
        FigureKind.FORECAST: "forecast",
        FigureKind.UNIT_VALUE: "value per unit",
        FigureKind.MEASURED: "measured",
    },
}
_PROPOSED = {Language.NL: "voorstel", Language.EN: "proposed"}


def kind_label(figure: Figure, language: Language) -> str:
    label = _KIND[language][figure.kind]
    return f"{label}, {_PROPOSED[language]}" if figure.proposed else label


def labelled(figure: Figure, language: Language) -> str:
    """ "4,5% (streefwaarde)": a figure never appears without saying what it is."""
    return f"{format_figure(figure.value, figure.unit, language)} ({kind_label(figure, language)})"
