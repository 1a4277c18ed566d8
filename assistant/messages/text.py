"""A user-facing sentence kept as a catalogue key plus parameters, rendered when it is shown.

Errors are raised deep in the domain, long before anyone knows who reads them; carrying the key
instead of finished English lets each edge (API, page, CLI) say it in its reader's language.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal

from assistant.messages.catalogue import CATALOGUE

Lang = Literal["en", "nl"]
LANGS: tuple[Lang, ...] = ("en", "nl")


@dataclass(frozen=True)
class Text:
    """``Text("feedback.job_not_found", {"job_id": "abc"}).render("nl")``.

    A parameter may itself be a ``Text`` (a field's name, say): it is rendered in the same language;
    a tuple of them is a list, rendered one by one and joined with "; "; a mapping from each
    language to a value is that value as written in the language (``{"en": "1.5", "nl": "1,5"}``).
    """

    key: str
    params: Mapping[str, object] = field(default_factory=dict, hash=False)

    @classmethod
    def of(cls, key: str, **params: object) -> Text:
        """Shorthand for raising: ``InvalidInputError(Text.of("feedback.empty_job"))``."""
        return cls(key, params)

    def __post_init__(self) -> None:
        if self.key not in CATALOGUE:
            raise KeyError(f"no message {self.key!r} in the catalogue")

    def render(self, lang: Lang = "en") -> str:
        values = {name: _rendered(value, lang) for name, value in self.params.items()}
        return CATALOGUE[self.key][lang].format_map(values)

    def __str__(self) -> str:
        return self.render("en")


def _rendered(value: object, lang: Lang) -> object:
    if isinstance(value, Text):
        return value.render(lang)
    if isinstance(value, tuple):
        return "; ".join(str(_rendered(item, lang)) for item in value)
    if isinstance(value, Mapping) and set(value) == set(LANGS):
        return value[lang]
    return value


class TextValueError(ValueError):
    """A validator's ``ValueError`` that can say itself in both languages.

    Pydantic keeps the exception in the error's context, so the field message can be rendered
    in the reader's language; its English text stays what pydantic and the CLI show.
    """

    def __init__(self, message: Text) -> None:
        super().__init__(message.render("en"))
        self.text = message
