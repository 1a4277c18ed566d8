"""Grounded answers from retrieved passages, behind the ``Answerer`` interface.

The offline engine is extractive: the sentences of the top hits closest to the question,
de-duplicated, each cited as ``[n]``. When the best hit is weak it says the sources do not
cover the question instead of guessing. An LLM engine (``llm_answer.py``) wraps it;
``assistant/engines.py`` chooses which one answers.
"""

from __future__ import annotations

import hashlib
import re
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol, runtime_checkable

import numpy as np

from assistant.llm.engine import Engine, EngineInfo
from assistant.text.language import Language, detect_language
from knowledge_base.bm25 import query_tokens
from knowledge_base.chunking import sentence_spans
from knowledge_base.embeddings import Embeddings
from knowledge_base.models import Answer, Citation, SearchHit
from knowledge_base.store import EmbeddingCache

NOT_COVERED = {
    "nl": "De bronnen behandelen dit niet.",
    "en": "The sources do not cover this.",
}
_LEAD = {"nl": "Volgens de bronnen:", "en": "According to the sources:"}
_LEAD_UNTRANSLATED = {
    "nl": "Volgens de bronnen (letterlijk geciteerd in het Engels, niet vertaald):",
    "en": "According to the sources (quoted word for word in Dutch, not translated):",
}
OFFLINE_VERSION = "answer-extractive-1"
_SOURCES_HEADER = {"nl": "Bronnen", "en": "Sources"}
_QUOTED_IN = {  # an answer's language -> a quote's language -> its label
    "nl": {"nl": "", "en": " (Engels citaat)"},
    "en": {"en": "", "nl": " (quoted in Dutch)"},
}
_MIN_SENTENCE = 40
SENTENCE_CACHE = 20_000
SHIPPED_SENTENCES = Path(__file__).parent / "sources" / "sentence_embeddings.npz"
"""Sentence vectors the offline answerer keeps (~30 MB at 384 dimensions)."""
_MAX_SENTENCE = 400


class Answerer(Protocol):
    """Turns a question and its retrieved passages into a cited ``Answer``, in ``language``
    when given, else in the language detected from the question."""

    def answer(
        self, question: str, hits: Sequence[SearchHit], *, language: Language | None = None
    ) -> Answer: ...


@runtime_checkable
class QueryRewriter(Protocol):
    """An answerer that words the question for retrieval first (the LLM engine does)."""

    def rewrite_query(self, question: str) -> str: ...

    def answer(
        self,
        question: str,
        hits: Sequence[SearchHit],
        *,
        language: Language | None = None,
        offline_hits: Sequence[SearchHit] | None = None,
    ) -> Answer: ...


@dataclass(frozen=True)
class Thresholds:
    """When the best passages count as covering a question.

    e5 similarities are compressed (off-topic questions reach 0.83), so a passage must be very
    close, or fairly close with lexical support. A question in another language than the
    passage scores about 0.02 lower for the same relevance, so it gets its own bar. Calibrated
    with ``benchmarks/answer_coverage.py``: 93 of 96 evaluation questions answered, 27 of 30
    off-topic ones rejected.
    """

    dense_similarity: float = 0.835
    cross_lingual_similarity: float = 0.815
    supported_similarity: float = 0.80
    bm25_score: float = 3.0


def is_weak(hits: Sequence[SearchHit], thresholds: Thresholds, *, language: Language) -> bool:
    """True when no hit is close enough to the question (asked in ``language``) to answer it."""
    for hit in hits:
        dense = hit.dense_similarity or 0.0
        bar = (
            thresholds.dense_similarity
            if hit.language == language
            else thresholds.cross_lingual_similarity
        )
        if dense >= bar:
            return False
    dense = max((hit.dense_similarity or 0.0) for hit in hits)
    lexical = max((hit.bm25_score or 0.0) for hit in hits)
    return not (dense >= thresholds.supported_similarity and lexical >= thresholds.bm25_score)


@dataclass(frozen=True)
class _Sentence:
    hit: int
    text: str
    order: int


def candidate_sentences(passage: str) -> list[str]:
    """The sentences of a passage an extractive answer may quote."""
    found = []
    for span in sentence_spans(passage, 0, len(passage)):
        text = passage[span.start : span.end].replace("\n", " ")
        if _MIN_SENTENCE <= len(text) <= _MAX_SENTENCE and text[-1] in '.!?”’"':
            found.append(text)
    return found


def sentence_key(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def _normalised(text: str) -> str:
    return re.sub(r"\W+", " ", text.lower()).strip()


class OfflineAnswerer:
    """Extractive answers; sentence relevance from the same dense model that retrieved them."""

    engine = EngineInfo(engine=Engine.OFFLINE, prompt_version=OFFLINE_VERSION)

    def __init__(
        self,
        embeddings: Embeddings | None,
        *,
        thresholds: Thresholds | None = None,
        max_sentences: int = 3,
        max_hits: int = 3,
    ) -> None:
        self._embeddings = embeddings
        self._thresholds = thresholds or Thresholds()
        self._max_sentences = max_sentences
        self._max_hits = max_hits
        self._sentence_vectors: dict[str, np.ndarray] = {}
        self._lock = threading.Lock()

    def preload(self, path: Path = SHIPPED_SENTENCES) -> int:
        """Seed the sentence vectors from a file built by scripts/build_text_caches.py (the
        shipped one covers the shipped sources), so a first question embeds only itself."""
        if self._embeddings is None:
            return 0
        cache = EmbeddingCache(self._embeddings.model_name).load(path)
        with self._lock:
            self._sentence_vectors.update(cache.items())
        return len(cache)

    def _vectors(self, texts: list[str]) -> np.ndarray:
        """Sentence vectors, each computed once: the same passages answer many questions."""
        assert self._embeddings is not None
        keys = [sentence_key(text) for text in texts]
        with self._lock:
            found = {k: self._sentence_vectors[k] for k in keys if k in self._sentence_vectors}
        missing = {k: t for k, t in zip(keys, texts, strict=True) if k not in found}
        if missing:
            vectors = np.asarray(self._embeddings.embed_passages(list(missing.values())))
            fresh = dict(zip(missing, vectors, strict=True))
            found.update(fresh)
            with self._lock:
                if len(self._sentence_vectors) + len(fresh) > SENTENCE_CACHE:
                    self._sentence_vectors.clear()
                self._sentence_vectors.update(fresh)
        return np.stack([found[k] for k in keys])

    def _candidates(self, hits: Sequence[SearchHit]) -> list[_Sentence]:
        sentences: list[_Sentence] = []
        for number, hit in enumerate(hits[: self._max_hits]):
            for text in candidate_sentences(hit.text):
                sentences.append(_Sentence(number, text, len(sentences)))
        return sentences

    def _scores(self, question: str, sentences: list[_Sentence]) -> np.ndarray:
        prior = np.array([1.0 / (1 + s.hit) for s in sentences]) * 0.05
        wanted = set(query_tokens(question))
        lexical = np.array(
            [len(wanted & set(query_tokens(s.text))) / max(len(wanted), 1) for s in sentences]
        )
        if self._embeddings is None:
            return np.asarray(lexical + prior, dtype=np.float64)
        vectors = self._vectors([s.text for s in sentences])
        similarity = vectors @ self._embeddings.embed_query(question)
        return np.asarray(similarity + 0.1 * lexical + prior, dtype=np.float64)

    def answer(
        self, question: str, hits: Sequence[SearchHit], *, language: Language | None = None
    ) -> Answer:
        language = language or detect_language(question)
        if not hits or is_weak(hits, self._thresholds, language=language):
            return Answer(
                question=question,
                language=language,
                answer=NOT_COVERED[language],
                citations=[],
                covered=False,
                **self.engine.model_dump(),
            )
        sentences = self._candidates(hits)
        if not sentences:
            sentences = [_Sentence(0, hits[0].text.replace("\n", " ")[:_MAX_SENTENCE], 0)]
        scores = self._scores(question, sentences)
        chosen: list[_Sentence] = []
        seen: set[str] = set()
        for index in np.argsort(-scores, kind="stable"):
            sentence = sentences[int(index)]
            key = _normalised(sentence.text)
            if key in seen:
                continue
            seen.add(key)
            chosen.append(sentence)
            if len(chosen) == self._max_sentences:
                break
        chosen.sort(key=lambda s: (s.hit, s.order))
        return self._compose(question, language, hits, chosen)

    def _compose(
        self,
        question: str,
        language: Language,
        hits: Sequence[SearchHit],
        chosen: list[_Sentence],
    ) -> Answer:
        numbers: dict[int, int] = {}
        citations: list[Citation] = []
        quoted_in_other_language = any(hits[s.hit].language != language for s in chosen)
        parts = [(_LEAD_UNTRANSLATED if quoted_in_other_language else _LEAD)[language]]
        for sentence in chosen:
            if sentence.hit not in numbers:
                numbers[sentence.hit] = len(numbers) + 1
                hit = hits[sentence.hit]
                citations.append(
                    Citation.of_hit(hit, n=numbers[sentence.hit], quote=sentence.text).model_copy(
                        update={"language": None}  # quoted inline in the answer already
                    )
                )
            parts.append(f"{sentence.text} [{numbers[sentence.hit]}]")
        return Answer(
            question=question,
            language=language,
            answer=" ".join(parts),
            citations=citations,
            covered=True,
            **self.engine.model_dump(),
        )


def render_sources(answer: Answer) -> str:
    """The answer followed by its numbered source list, for terminals and plain text."""
    if not answer.citations:
        return answer.answer
    header = [answer.answer, "", _SOURCES_HEADER[answer.language] + ":"]
    return "\n".join(header + source_lines(answer.citations, answer.language))


def source_lines(citations: Sequence[Citation], language: Language) -> list[str]:
    """One line per citation, each card quote under it in the source's words (labelled when
    its language is not the answer's)."""
    lines = []
    for citation in citations:
        by = f" - {', '.join(citation.authors)}" if citation.authors else ""
        lines.append(
            f"[{citation.n}] {citation.title}{by} ({citation.source}, "
            f"lines {citation.line_start}-{citation.line_end})"
        )
        if citation.language is not None:
            said_in = _QUOTED_IN[language][citation.language]
            lines.append(f"    “{citation.quote}”{said_in}")
    return lines
