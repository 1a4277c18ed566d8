"""Which engine produced a result, so coded data and plans can be audited."""

from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel, ConfigDict


class Engine(StrEnum):
    OFFLINE = "offline"
    LLM = "llm"
    OFFLINE_FALLBACK = "offline-fallback"  # the LLM was configured but failed; offline answered


class EngineInfo(BaseModel):
    """Recorded on every result: engine, model and prompt version (and why a fallback happened)."""

    model_config = ConfigDict(frozen=True)

    engine: Engine = Engine.OFFLINE
    model: str | None = None
    prompt_version: str | None = None
    fallback_reason: str | None = None
