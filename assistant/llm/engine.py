"""The audit record every result carries: which engine produced it, with which model and prompt.

One record for every capability (plans, chat replies, coded comments, knowledge answers), so
coded data and plans can be audited the same way. Plans and chat replies nest it as ``engine``;
coded comments and answers carry its fields flat, as their CSV and JSON contracts always did.
"""

from __future__ import annotations

import hashlib
from enum import StrEnum
from typing import Self

from pydantic import BaseModel, ConfigDict, Field

from assistant.prompts import PromptTemplate

REASON_CHARS = 300


class Engine(StrEnum):
    OFFLINE = "offline"
    RULES = "rules"  # the codebook's rules decided without a model (e.g. an empty comment)
    LLM = "llm"
    OFFLINE_FALLBACK = "offline-fallback"  # the LLM was configured but failed; offline answered


class EngineRecord(BaseModel):
    """Engine, model, prompt name@version with a content hash of its files, and why a fallback
    happened."""

    engine: Engine = Engine.OFFLINE
    model: str | None = Field(None, description="the model that produced the result, if any")
    prompt_version: str | None = Field(
        None, description="prompt name@version (joined by '+' when several), or the rules version"
    )
    prompt_hash: str | None = Field(
        None, description="sha256 (first 12 hex digits) of the prompt files the engine rendered"
    )
    fallback_reason: str | None = Field(
        None, description="why the configured LLM did not produce this result, if it did not"
    )

    def fallen_back(self, tried_model: str | None, reason: str) -> Self:
        """This offline record, marked as standing in for ``tried_model``, which failed."""
        said = f"{tried_model}: {reason}" if tried_model else reason
        return self.model_copy(
            update={"engine": Engine.OFFLINE_FALLBACK, "fallback_reason": said[:REASON_CHARS]}
        )

    def audit(self) -> EngineInfo:
        """The record alone, whatever result carries it."""
        return EngineInfo.model_validate(
            {name: getattr(self, name) for name in EngineRecord.model_fields}
        )


class EngineInfo(EngineRecord):
    """The record as a value of its own (plans and chat replies nest it)."""

    model_config = ConfigDict(frozen=True)

    @classmethod
    def llm(cls, model: str | None, *prompts: PromptTemplate) -> EngineInfo:
        """An LLM result: the model and the prompt files it was given."""
        return cls(engine=Engine.LLM, model=model, **prompt_fields(*prompts))


def prompt_fields(*prompts: PromptTemplate) -> dict[str, str]:
    """``prompt_version`` and ``prompt_hash`` for the prompt files an engine rendered."""
    digest = hashlib.sha256()
    for prompt in prompts:
        digest.update(prompt.digest.encode())
    return {
        "prompt_version": "+".join(prompt.version_tag for prompt in prompts),
        "prompt_hash": digest.hexdigest()[:12],
    }
