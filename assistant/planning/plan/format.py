"""Numbers and figures written the way the brief's language writes them (85.000 / 85,000)."""

from __future__ import annotations

from decimal import Decimal

from assistant.planning.language import Language
from assistant.planning.plan.models import Figure, FigureKind

_MARKS = {Language.NL: (".", ","), Language.EN: (",", ".")}


def show(value: Decimal, language: Language) -> str:
    """``value`` exactly, without exponent or trailing zeros, thousands grouped (1.520)."""
    group, decimal = _MARKS[language]
    text = format(value.normalize(), "f")
    sign = "-" if text.startswith("-") else ""
    whole, _, fraction = text.lstrip("-").partition(".")
    if len(whole) > 3:
        whole = f"{int(whole):,}".replace(",", group)
    return sign + whole + (decimal + fraction if fraction else "")


def with_unit(value: Decimal, unit: str | None, language: Language) -> str:
    number = show(value, language)
    if not unit:
        return number
    if unit == "%":
        return f"{number}%"
    if unit in ("EUR", "USD", "GBP"):
        return f"{unit} {number}"
    return f"{number} {unit}"


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
    return f"{with_unit(figure.value, figure.unit, language)} ({kind_label(figure, language)})"
