"""Pydantic's field errors as plain sentences that name the field in words, in either language."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any

from assistant.messages.catalogue.fields import LABELLED, OWN_SENTENCES
from assistant.messages.text import Text, TextValueError

# pydantic error type -> our kind of mistake (the sentence that explains it)
_KIND_OF_TYPE = {
    "missing": "missing",
    "string_too_long": "too_long",
    "too_long": "too_many",
    "int_parsing": "integer",
    "int_type": "integer",
    "int_from_float": "integer",
    "float_parsing": "number",
    "float_type": "number",
    "decimal_parsing": "number",
    "decimal_type": "number",
    "finite_number": "number",
    "greater_than": "gt",
    "greater_than_equal": "ge",
    "less_than": "lt",
    "less_than_equal": "le",
    "decimal_max_places": "decimals",
    "enum": "choice",
    "literal_error": "choice",
    "string_type": "text",
    "bool_parsing": "bool",
    "bool_type": "bool",
    "list_type": "list",
    "model_type": "object",
    "model_attributes_type": "object",
    "dict_type": "object",
    "string_pattern_mismatch": "pattern",
    "extra_forbidden": "extra",
    "json_invalid": "json",
}
_LIMITS = {"gt": "gt", "ge": "ge", "lt": "lt", "le": "le"}


def field_text(error: Mapping[str, Any]) -> Text:
    """The sentence for one pydantic error (an item of ``ValidationError.errors()``)."""
    context: Mapping[str, Any] = error.get("ctx") or {}
    cause = context.get("error")
    if isinstance(cause, TextValueError):
        return cause.text
    location: Sequence[int | str] = error.get("loc", ())
    name = field_name(location)
    kind = _kind(str(error.get("type", "")), context)
    if f"{name}.{kind}" in OWN_SENTENCES:
        return Text(f"field.{name}.{kind}")
    params: dict[str, object] = {"field": field_label(name)}
    if kind in _LIMITS:
        params["limit"] = _plain_number(context.get(_LIMITS[kind]))
    elif kind == "choice":
        params["expected"] = _choices(str(context.get("expected", "")))
    elif kind == "invalid":
        params["reason"] = _reason(str(error.get("msg", "")))
    else:
        params |= {key: value for key, value in context.items() if key != "error"}
    return Text(f"field.kind.{kind}", params)


def field_name(location: Sequence[int | str]) -> str:
    """The innermost named field of a location (``("costs", 0, "amount")`` -> ``amount``)."""
    for part in reversed(location):
        if isinstance(part, str) and part.isidentifier():
            return part
    return ""


def field_label(name: str) -> Text:
    """What the field is called in a sentence: a known label, else its JSON name in quotes."""
    if name in LABELLED:
        return Text(f"label.{name}")
    if not name:
        return Text("label.whole")
    return Text("label.unnamed", {"name": name})


def _kind(error_type: str, context: Mapping[str, Any]) -> str:
    if error_type == "string_too_short":
        return "missing" if context.get("min_length") == 1 else "too_short"
    if error_type == "too_short":
        return "missing" if context.get("min_length") == 1 else "too_few"
    return _KIND_OF_TYPE.get(error_type, "invalid")


def _plain_number(value: object) -> object:
    """``0.0`` -> ``0``: a whole limit reads as a whole number."""
    if isinstance(value, float | Decimal) and value == int(value):
        return int(value)
    return value


def _choices(expected: str) -> Text | str:
    """Pydantic's English "'a', 'b' or 'c'" as a list joined in the reader's language."""
    head, separator, last = expected.rpartition(" or ")
    if not separator:
        return expected
    return Text("list.or", {"items": head, "last": last})


def _reason(message: str) -> str:
    for prefix in ("Value error, ", "Assertion failed, "):
        message = message.removeprefix(prefix)
    return message.rstrip(".")
