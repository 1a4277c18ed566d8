"""Small typed checks shared by tests."""

from __future__ import annotations

from typing import TypeVar

T = TypeVar("T")


def present(value: T | None) -> T:
    """The value a test needs, failing the test clearly where the code gave None instead."""
    if value is None:
        raise AssertionError("expected a value here, got None")
    return value
