"""One structured-output call: function calling, pydantic validation, one retry, clear failure."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, TypeVar

from pydantic import BaseModel, ValidationError

if TYPE_CHECKING:
    from langchain_core.language_models import BaseChatModel
    from langchain_core.messages import BaseMessage

T = TypeVar("T", bound=BaseModel)


class LlmFailure(Exception):
    """The LLM engine could not produce a valid result; callers fall back to offline."""


class LlmUnavailable(LlmFailure):
    """Connection refused, timeout, HTTP error or refusal from the provider."""


class LlmInvalidOutput(LlmFailure):
    """The model answered, but not with output that validates against the schema."""


def invoke_structured(
    model: BaseChatModel,
    schema: type[T],
    messages: Sequence[BaseMessage],
    *,
    attempts: int = 2,
    check: Callable[[T], None] | None = None,
) -> T:
    """Ask ``model`` for an instance of ``schema``; retry once, telling it what was wrong.

    ``check`` validates what the schema cannot know (e.g. which passage numbers exist): a
    ``ValueError`` from it is invalid output, retried like a schema error.

    ``method="function_calling"`` everywhere (OpenAI too) so that recorded requests equal
    production ones, and because small local servers do not support ``json_schema``.
    """
    import openai
    from langchain_core.messages import HumanMessage

    runnable = model.with_structured_output(schema, method="function_calling", include_raw=True)
    conversation = list(messages)
    problem = "no attempt made"
    for _ in range(attempts):
        try:
            output = runnable.invoke(conversation)
        except openai.APIError as exc:  # also connection errors, timeouts and 5xx
            raise LlmUnavailable(f"{type(exc).__name__}: {exc}") from exc
        parsed = output.get("parsed") if isinstance(output, dict) else None
        if isinstance(parsed, schema):
            try:
                if check is not None:
                    check(parsed)
                return parsed
            except ValueError as exc:
                problem = str(exc)[:300]
        else:
            problem = _describe(output)
        conversation.append(
            HumanMessage(
                "Your previous answer was invalid: "
                f"{problem}. Call the function {schema.__name__} again with valid arguments."
            )
        )
    raise LlmInvalidOutput(problem)


def _describe(output: object) -> str:
    if not isinstance(output, dict):
        return "no structured output"
    error = output.get("parsing_error")
    if isinstance(error, ValidationError):
        first = error.errors(include_url=False)[0]
        location = "/".join(str(part) for part in first["loc"])
        return f"{location}: {first['msg']}"[:300]
    if error is not None:
        return str(error)[:300]
    raw = output.get("raw")
    if getattr(raw, "invalid_tool_calls", None):
        return "the function arguments were not complete, valid JSON"
    return "the function was not called"
