"""YAML data files read with libyaml's C loader when PyYAML has it (about ten times faster than
the pure-Python one: the cards alone took a second of every start-up)."""

from typing import Any

import yaml

_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_yaml(text: str | bytes) -> Any:
    """``yaml.safe_load`` with the fastest safe loader this PyYAML has."""
    return yaml.load(text, Loader=_LOADER)  # noqa: S506 - a safe loader
