"""Units of measurement after a number ("1.150 liter diesel", "2,000 km", "300 kWh", "12 ton
schroot"): the number is a quantity, not an amount of money.

Pint's unit registry (``pint``) knows the names, symbols and plurals, so no unit list is kept
here; only the domain rule on top: a unit of length, area, volume, mass or energy counts, and not
a word that is also an everyday word or a function word ("in" is an inch, "dag" a decagram, "a"
a year) or a duration (durations are read by ``periods``).
"""

from __future__ import annotations

import threading
from functools import cache
from typing import Any

from assistant.text.language import Language
from assistant.text.lexicon import words

_MEASURED = frozenset(
    {
        "[length]",
        "[length] ** 2",
        "[length] ** 3",
        "[mass]",
        "[mass] * [length] ** 2 / [time] ** 2",  # energy: kWh, joule, calorie
    }
)
_EVERYDAY = frozenset({"are", "in", "at", "de", "hand", "point", "stone", "line", "cal", "do"})
"""Words pint reads as a unit that people write for something else."""
_LOCK = threading.Lock()


@cache
def _registry() -> Any:
    with _LOCK:
        import pint  # 0.5 s to load its definitions: only when a number is followed by a word

        return pint.UnitRegistry()


@cache
def _not_units() -> frozenset[str]:
    lists = [("function_words", "words"), ("function_words", "opening")]
    found = {w.lower() for key in lists for lang in Language for w in words(*key, lang)}
    durations = ("hour", "half_day", "day", "week", "month", "year")
    found |= {w.lower() for d in durations for lang in Language for w in words("units", d, lang)}
    return frozenset(found | _EVERYDAY)


def is_measure_unit(word: str) -> bool:
    """Whether ``word`` names a unit of length, area, volume, mass or energy ("liter",
    "litres", "km", "kg", "tonnes", "kWh")."""
    word = word.strip(".,;:!?()")
    if len(word) < 2 or not word.isalpha() or word.lower() in _not_units():
        return False
    registry = _registry()
    try:
        parsed = registry.parse_unit_name(word)
    except Exception:  # noqa: BLE001 - pint raises several kinds for names it cannot read
        return False
    if not parsed:
        return False
    prefix, name, _ = parsed[0]
    return str(registry.Unit(prefix + name).dimensionality) in _MEASURED
