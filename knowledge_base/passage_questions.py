"""The questions each shipped passage answers, asked as advisors ask them (doc2query).

A question and the passage that answers it rarely share words ("hoe weet ik of ze het echt
toepassen?" against a passage on 360-degree feedback before and after), and the dense model puts a
question closer to other questions than to prose. So every substantive passage of the sources
has questions in Dutch and English, written from the passage alone (``passage_questions/*.jsonl``,
one line per passage: its source, a verbatim quote that places it, and the questions). A
question is matched against them question to question; a passage ranks by its closest question.

Checked when loaded: each quote must stand in its source's reflowed text (whitespace-insensitive),
as a card's quotes must; a line that breaks this is an error naming its file and line. The
vectors ship beside the files (``question_embeddings.npz``, by the text's hash and the model);
missing ones are embedded at start-up.
"""

from __future__ import annotations

import functools
import logging
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from knowledge_base.card_index import embed_keys
from knowledge_base.cards import CardError, CardQuote, Located, locate
from knowledge_base.domain import text_key
from knowledge_base.embeddings import Embeddings
from knowledge_base.store import EmbeddingCache

log = logging.getLogger(__name__)

QUESTIONS_DIR = Path(__file__).parent / "passage_questions"
SHIPPED_VECTORS = QUESTIONS_DIR / "question_embeddings.npz"
_BROKEN = re.compile(r"(\w)- (\w)")


class PassageQuestions(BaseModel):
    """One line of a questions file."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    source: str
    quote: str = Field(min_length=12, description="verbatim from the source's reflowed text")
    nl: tuple[str, ...] = Field(min_length=1)
    en: tuple[str, ...] = Field(min_length=1)


@dataclass(frozen=True)
class QuestionSet:
    questions: tuple[str, ...]
    chunk_ids: tuple[tuple[str, ...], ...]  # per question: the passages its quote stands in


@functools.cache
def load_questions(directory: Path = QUESTIONS_DIR) -> QuestionSet:
    """Every shipped passage's questions; a line that does not parse or whose quote is not in
    its source raises ``CardError`` naming the file and line."""
    questions: list[str] = []
    chunk_ids: list[tuple[str, ...]] = []
    for path in sorted(directory.glob("*.jsonl")):
        for number, line in enumerate(path.read_text("utf-8").splitlines(), start=1):
            if not line.strip():
                continue
            where = f"{path.name}:{number}"
            try:
                entry = PassageQuestions.model_validate_json(line)
            except ValidationError as exc:
                raise CardError(f"{where}: {exc.errors()[0]['msg']}") from exc
            located = _locate(entry)
            if located is None or not located.chunk_ids:
                raise CardError(f"{where}: quote not found in {entry.source}: {entry.quote!r}")
            for question in (*entry.nl, *entry.en):
                questions.append(question)
                chunk_ids.append(located.chunk_ids)
    return QuestionSet(tuple(questions), tuple(chunk_ids))


def _locate(entry: PassageQuestions) -> Located | None:
    """The quote in its source; a word broken over a line ("niet-" / "effectief") is one word
    in the reflowed text, so "niet- effectief" is tried as "niet-effectief" too."""
    located = locate(CardQuote(source=entry.source, quote=entry.quote))
    joined = _BROKEN.sub(r"\1-\2", entry.quote)
    if located is None and joined != entry.quote:
        located = locate(CardQuote(source=entry.source, quote=joined))
    return located


def question_vectors(
    embeddings: Embeddings, questions: Sequence[str], path: Path = SHIPPED_VECTORS
) -> np.ndarray:
    """The questions' vectors: shipped for this model, the missing ones embedded now."""
    cache = EmbeddingCache(embeddings.model_name).load(path)
    todo = [q for q in dict.fromkeys(questions) if cache.get(text_key(q)) is None]
    if todo:
        log.info("embedding %d passage questions (none shipped for them and this model)", len(todo))
        for question, vector in zip(todo, embed_keys(embeddings, todo), strict=True):
            cache.put(text_key(question), vector)
    if not questions:
        return np.zeros((0, 0), np.float32)
    return np.stack([cache.get(text_key(q)) for q in questions]).astype(np.float32)  # type: ignore[misc]


def save_vectors(embeddings: Embeddings, path: Path = SHIPPED_VECTORS) -> int:
    """Write the shipped vectors of every question (those already there are not embedded
    again); returns how many were embedded."""
    questions = list(dict.fromkeys(load_questions().questions))
    cache = EmbeddingCache(embeddings.model_name).load(path)
    todo = [q for q in questions if cache.get(text_key(q)) is None]
    for start in range(0, len(todo), 64):
        batch = todo[start : start + 64]
        for question, vector in zip(batch, embed_keys(embeddings, batch), strict=True):
            cache.put(text_key(question), vector)
    cache.save(path, [text_key(q) for q in questions])
    return len(todo)


class PassageQuestionIndex:
    """Passages ranked by their closest question to a question vector."""

    def __init__(self, questions: QuestionSet, embeddings: Embeddings) -> None:
        self._vectors = question_vectors(embeddings, questions.questions)
        self._chunk_ids = questions.chunk_ids

    def __len__(self) -> int:
        return len(self._chunk_ids)

    def ranking(
        self, vector: np.ndarray, *, n: int, allowed: Callable[[str], bool] | None = None
    ) -> list[str]:
        """Up to ``n`` passages, closest question first (only those ``allowed`` passes)."""
        if not self._vectors.size:
            return []
        similarity = self._vectors @ vector
        ranking: list[str] = []
        for row in np.argsort(-similarity, kind="stable"):
            for chunk_id in self._chunk_ids[row]:
                if chunk_id not in ranking and (allowed is None or allowed(chunk_id)):
                    ranking.append(chunk_id)
            if len(ranking) >= n:
                break
        return ranking[:n]
