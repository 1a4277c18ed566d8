"""What every CLI command shares: settings, error translation, JSON/input helpers."""

from __future__ import annotations

import functools
import json
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, ParamSpec, TypeVar

import typer
from pydantic import BaseModel, ValidationError
from rich.console import Console

from assistant.errors import EvalAssistError, InvalidInputError, invalid_input
from assistant.settings import Settings

P = ParamSpec("P")
R = TypeVar("R")

EXIT_BAD_INPUT = 2
EXIT_FAILURE = 1


def stdout() -> Console:
    return Console(soft_wrap=True)


def stderr() -> Console:
    return Console(stderr=True, soft_wrap=True)


def load_settings() -> Settings:
    try:
        return Settings()
    except ValidationError as exc:
        raise invalid_input(exc, what="configuration (EVALASSIST_* variables)") from exc


def handle_errors(command: Callable[P, R]) -> Callable[P, R]:
    """Turn domain errors into one line on stderr and the contract's exit code."""

    @functools.wraps(command)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return command(*args, **kwargs)
        except EvalAssistError as exc:
            stderr().print(f"error: {exc.detail}", markup=False, highlight=False)
            raise typer.Exit(exc.exit_code) from None
        except (typer.Exit, typer.Abort, KeyboardInterrupt):
            raise
        except Exception as exc:  # never show a stack trace to a user
            stderr().print(
                f"internal error: {type(exc).__name__}: {exc}", markup=False, highlight=False
            )
            raise typer.Exit(EXIT_FAILURE) from None

    return wrapper


def read_text_input(source: str) -> str:
    """Read a file path, or standard input for ``-``."""
    if source == "-":
        return sys.stdin.read()
    path = Path(source)
    if not path.is_file():
        raise InvalidInputError(f"Input file not found: {source}")
    try:
        return path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InvalidInputError(f"Input file is not UTF-8 text: {source}") from exc


def check_output_path(path: Path, *, option: str, suffixes: Iterable[str]) -> Path:
    """Validate a file the command will write, before any work is done.

    Bad input (exit 2, one line naming the supported suffixes): an unsupported suffix, a
    missing or non-directory parent, or a path that is itself a directory.
    """
    allowed = sorted({suffix.lower() for suffix in suffixes})
    supported = ", ".join(allowed)
    if path.suffix.lower() not in allowed:
        raise InvalidInputError(f"{option} must end in one of {supported}, not {path.name!r}.")
    parent = path.parent
    if not parent.is_dir():
        raise InvalidInputError(
            f"{option}: directory {str(parent)!r} does not exist (create it first; "
            f"supported suffixes: {supported})."
        )
    if path.is_dir():
        raise InvalidInputError(f"{option}: {str(path)!r} is a directory, not a file.")
    return path


def parse_json(text: str, *, what: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise InvalidInputError(
            f"{what} is not valid JSON (line {exc.lineno}, column {exc.colno}): {exc.msg}"
        ) from exc


def print_json(model: BaseModel) -> None:
    sys.stdout.write(model.model_dump_json(indent=2) + "\n")
