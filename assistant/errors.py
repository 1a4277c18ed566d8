"""The one error hierarchy. The API maps it to problem+json, the CLI to a one-line message."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from pydantic import ValidationError

from assistant.messages import Lang, Text
from assistant.messages.catalogue import CATALOGUE
from assistant.messages.fields import field_text


@dataclass(frozen=True)
class FieldProblem:
    """One offending input field: its JSON Pointer (e.g. ``/costs/0/amount``) and what is wrong.

    ``message`` is the English text; ``text``, when set, says it in the reader's language too.
    """

    pointer: str
    message: str
    text: Text | None = None

    @classmethod
    def of(cls, pointer: str, text: Text) -> FieldProblem:
        return cls(pointer=pointer, message=text.render("en"), text=text)

    def message_in(self, lang: Lang) -> str:
        return self.text.render(lang) if self.text is not None else self.message


class EvalAssistError(Exception):
    """Base class. ``status`` doubles as the HTTP status; ``exit_code`` is the CLI's."""

    status: int = 500
    title: str = "Internal error"
    type_slug: str = "internal"
    exit_code: int = 1

    def __init__(self, detail: str | Text, *, fields: tuple[FieldProblem, ...] = ()) -> None:
        self.text = detail if isinstance(detail, Text) else None
        self.detail = str(detail)
        super().__init__(self.detail)
        self.fields = fields

    def detail_in(self, lang: Lang) -> str:
        """The detail in ``lang`` (errors raised with plain English text stay English)."""
        return self.text.render(lang) if self.text is not None else self.detail

    def title_in(self, lang: Lang) -> str:
        key = f"problem.{self.type_slug}"
        return Text(key).render(lang) if key in CATALOGUE else self.title


class InvalidInputError(EvalAssistError):
    """The caller's input cannot be used (schema, values, file format)."""

    status = 422
    title = "Invalid input"
    type_slug = "invalid-input"
    exit_code = 2


class NotFoundError(EvalAssistError):
    status = 404
    title = "Not found"
    type_slug = "not-found"
    exit_code = 2


class ConflictError(EvalAssistError):
    status = 409
    title = "Conflict"
    type_slug = "conflict"
    exit_code = 2


class PreconditionFailedError(EvalAssistError):
    """The client's ``If-Match`` names a version that is no longer the latest."""

    status = 412
    title = "Precondition failed"
    type_slug = "precondition-failed"
    exit_code = 2


class PayloadTooLargeError(EvalAssistError):
    status = 413
    title = "Payload too large"
    type_slug = "payload-too-large"
    exit_code = 2


class ProviderError(EvalAssistError):
    """An external engine (LLM, Chroma server) failed and no fallback could answer."""

    status = 502
    title = "Upstream provider failed"
    type_slug = "provider-failed"
    exit_code = 1


class UnavailableError(EvalAssistError):
    """A service the request needs (the database, the Chroma server) cannot be reached now;
    the request may succeed when it is back."""

    status = 503
    title = "Service unavailable"
    type_slug = "unavailable"
    exit_code = 3


def json_pointer(location: Sequence[int | str]) -> str:
    """RFC 6901 pointer for a pydantic error location."""
    parts = (str(part).replace("~", "~0").replace("/", "~1") for part in location)
    return "/" + "/".join(parts)


def field_problems(errors: Sequence[Mapping[str, Any]]) -> tuple[FieldProblem, ...]:
    """Pydantic's errors (``loc`` relative to the body) as plain sentences at their pointers."""
    return tuple(
        FieldProblem.of(json_pointer(item.get("loc", ())), field_text(item)) for item in errors
    )


def invalid_input(error: ValidationError, *, what: str | Text = "input") -> InvalidInputError:
    """Turn a pydantic ``ValidationError`` into our error, one problem per offending field."""
    fields = field_problems(error.errors(include_url=False))
    first = fields[0]
    more: Text | str = ""
    if len(fields) > 1:
        more = Text("validation.more", {"count": len(fields) - 1})
    what_text = Text("validation.what.input") if what == "input" else what
    summary = Text(
        "validation.input",
        {"what": what_text, "pointer": first.pointer, "message": first.text, "more": more},
    )
    return InvalidInputError(summary, fields=fields)
