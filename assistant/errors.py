"""The one error hierarchy. The API maps it to problem+json, the CLI to a one-line message."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from pydantic import ValidationError


@dataclass(frozen=True)
class FieldProblem:
    """One offending input field: its JSON Pointer (e.g. ``/costs/0/amount``) and what is wrong."""

    pointer: str
    message: str


class EvalAssistError(Exception):
    """Base class. ``status`` doubles as the HTTP status; ``exit_code`` is the CLI's."""

    status: int = 500
    title: str = "Internal error"
    type_slug: str = "internal"
    exit_code: int = 1

    def __init__(self, detail: str, *, fields: tuple[FieldProblem, ...] = ()) -> None:
        super().__init__(detail)
        self.detail = detail
        self.fields = fields


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


def json_pointer(location: Sequence[int | str]) -> str:
    """RFC 6901 pointer for a pydantic error location."""
    parts = (str(part).replace("~", "~0").replace("/", "~1") for part in location)
    return "/" + "/".join(parts)


def invalid_input(error: ValidationError, *, what: str = "input") -> InvalidInputError:
    """Turn a pydantic ``ValidationError`` into our error, one problem per offending field."""
    fields = tuple(
        FieldProblem(pointer=json_pointer(item["loc"]), message=item["msg"])
        for item in error.errors(include_url=False)
    )
    first = fields[0]
    more = f" (and {len(fields) - 1} more)" if len(fields) > 1 else ""
    return InvalidInputError(
        f"Invalid {what}: {first.pointer}: {first.message}{more}", fields=fields
    )
