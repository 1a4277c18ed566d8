"""The coding standard as types: levels, a comment to code, and a coded comment."""

from __future__ import annotations

from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from assistant.llm.engine import EngineRecord

Lang = Literal["nl", "en", "mixed"]


class Level(StrEnum):
    """Kirkpatrick levels, plus NONE for comments with no evaluative content."""

    L1 = "L1"
    L2 = "L2"
    L3 = "L3"
    L4 = "L4"
    NONE = "NONE"

    @property
    def rank(self) -> int:
        return 0 if self is Level.NONE else int(self.value[1])


LEVELS: tuple[Level, ...] = (Level.L1, Level.L2, Level.L3, Level.L4, Level.NONE)
MAX_TEXT_CHARS = 100_000


class CommentIn(BaseModel):
    """One free-text comment to code. ``context`` helps with ambiguity but never overrides."""

    model_config = ConfigDict(extra="forbid")

    id: str | None = Field(default=None, max_length=200)
    text: str = Field(default="", max_length=MAX_TEXT_CHARS)
    context: str | None = Field(default=None, max_length=100)

    @field_validator("text", mode="before")
    @classmethod
    def _none_is_empty(cls, value: object) -> object:
        return "" if value is None else value


def sort_levels(levels: set[Level] | list[Level]) -> list[Level]:
    return sorted(set(levels), key=lambda level: (level is Level.NONE, level.rank))


class CodedComment(EngineRecord):
    """A comment coded per the codebook, with the evidence and the engine record that decided
    it (its fields flat, as the ``kp_*`` columns carry them)."""

    model_config = ConfigDict(extra="forbid")

    id: str | None = None
    primary: Level
    levels: list[Level]
    roi: bool
    confidence: float = Field(ge=0.0, le=1.0)
    evidence: str = Field(default="", max_length=500)
    rationale: str = Field(default="", max_length=500)
    lang: Lang = "en"

    @field_validator("levels")
    @classmethod
    def _sorted_unique(cls, levels: list[Level]) -> list[Level]:
        if not levels:
            raise ValueError("levels must not be empty")
        return sort_levels(levels)

    @model_validator(mode="after")
    def _codebook_invariants(self) -> CodedComment:
        if self.primary not in self.levels:
            raise ValueError("levels must contain primary")
        if Level.NONE in self.levels and self.levels != [Level.NONE]:
            raise ValueError("NONE never appears together with another level")
        return self


class JobResultItem(CodedComment):
    """A coded row of a job beside the comment it coded, so people can review the two together."""

    text: str = ""


class AgreementRow(BaseModel):
    """Per-class precision, recall, F1 and support."""

    label: str
    precision: float
    recall: float
    f1: float
    support: int


class AgreementReport(BaseModel):
    """Agreement between a gold and a predicted coding of the same comments."""

    n: int
    labels: list[str]
    accuracy: float
    kappa: float
    macro_f1: float
    per_class: list[AgreementRow]
    confusion: list[list[int]] = Field(description="rows: gold, columns: predicted")
