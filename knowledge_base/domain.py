"""Is a question about learning and development at all? A small learned check before answering.

The embedding model puts HR questions close to the sources ("a pension scheme for a small
company" sits as near a method card as "ROI in a small company"), so similarity thresholds alone
let such questions through. This check is a logistic regression on question vectors: inside are
the method cards' keys (their titles and the ways an advisor asks for them, both languages; the
shipped cards' key vectors) and the questions in ``domain/inside.yaml`` (plain and generic
phrasings: "wat is het verschil tussen toeschrijving en zekerheid?"), outside those in
``domain/outside.yaml`` (HR, payroll, labour law, facilities, IT, finance and everyday topics)
and ``domain/outside_adjacent.yaml`` (questions that name a training but ask about its catering,
planning, tax, contracts, platform IT, course material or subject matter); all were written as
training data, by helpers who saw no evaluation set. Cards drafted
from an organisation's documents are not part of it: a question about an upload is answered from
the upload whatever this check says.
"""

from __future__ import annotations

import functools
import hashlib
import logging
from pathlib import Path

import numpy as np

from assistant.yaml_files import load_yaml
from knowledge_base.arrays import read_npz
from knowledge_base.card_index import CardIndex, embed_keys
from knowledge_base.embeddings import Embeddings
from knowledge_base.store import EmbeddingCache

log = logging.getLogger(__name__)

DOMAIN_DIR = Path(__file__).parent / "domain"
INSIDE_FILES = ((DOMAIN_DIR / "inside.yaml", DOMAIN_DIR / "inside_vectors.npz"),)
OUTSIDE_FILES = (
    (DOMAIN_DIR / "outside.yaml", DOMAIN_DIR / "outside_vectors.npz"),
    (DOMAIN_DIR / "outside_adjacent.yaml", DOMAIN_DIR / "outside_adjacent_vectors.npz"),
)
SIDES = INSIDE_FILES + OUTSIDE_FILES
"""Each questions file with its shipped vectors."""
FITTED = DOMAIN_DIR / "domain_check.npz"
INSIDE = 0.3
"""Below this probability of being inside, a question may be outside (see ``MARGIN``). On the
development sets (answers_dev, retrieval_eval, off_topic) 0.3 kept every on-topic question and
rejected 9 of 10 off-topic ones in each; 0.5 dropped on-topic questions."""
MARGIN = 0.03
"""... and only when its nearest inside question is not this much closer than its nearest
outside one: the linear model alone put "Wat is het verschil tussen toeschrijving en
zekerheid?" outside (0.21), though an inside question is far closer (0.876 against 0.833).
With the margin the development sets' figures above stay the same."""
L2 = 1e-4


def text_key(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


@functools.cache
def questions(path: Path) -> tuple[str, ...]:
    """Kept per process: the shipped question files are fixed."""
    raw = load_yaml(path.read_text("utf-8"))
    return tuple(str(question) for language in ("nl", "en") for question in raw[language])


def question_vectors(embeddings: Embeddings, path: Path, vectors: Path) -> np.ndarray:
    """The vectors of a file's questions: shipped for the offline model, else embedded now."""
    texts = questions(path)
    cache = EmbeddingCache(embeddings.model_name).load(vectors)
    known = [cache.get(text_key(text)) for text in texts]
    if all(vector is not None for vector in known):
        return np.stack([v for v in known if v is not None]).astype(np.float32)
    log.info(
        "embedding the %d questions of %s (none shipped for this model)", len(texts), path.name
    )
    return embed_keys(embeddings, texts)


def save_question_vectors(embeddings: Embeddings) -> None:
    for path, vectors in SIDES:
        texts = questions(path)
        cache = EmbeddingCache(embeddings.model_name)
        for text, vector in zip(texts, embed_keys(embeddings, texts), strict=True):
            cache.put(text_key(text), vector)
        cache.save(vectors, [text_key(text) for text in texts])


def _questions_digest() -> str:
    joined = "\n".join(q for path, _ in SIDES for q in questions(path))
    return hashlib.sha1(joined.encode("utf-8")).hexdigest()


class DomainCheck:
    """Whether a question vector is about the knowledge base's domain: the logistic model's
    probability, and the nearest question on either side."""

    def __init__(
        self, weights: np.ndarray, bias: float, inside: np.ndarray, outside: np.ndarray
    ) -> None:
        self.weights = weights
        self.bias = bias
        self._inside = inside
        self._outside = outside

    @classmethod
    def fitted(cls, inside: np.ndarray, outside: np.ndarray) -> DomainCheck:
        return cls(*_fit(inside, outside), inside, outside)

    def probability(self, vector: np.ndarray) -> float:
        score = float(vector @ self.weights + self.bias)
        return float(1.0 / (1.0 + np.exp(-score)))

    def margin(self, vector: np.ndarray) -> float:
        """How much closer the nearest inside question is than the nearest outside one."""
        return float((self._inside @ vector).max() - (self._outside @ vector).max())

    def inside(self, vector: np.ndarray) -> bool:
        return self.probability(vector) >= INSIDE or self.margin(vector) >= MARGIN


def _stamp(cards_digest: str, model: str) -> str:
    return f"{model}|{cards_digest}|{_questions_digest()}"


def load_check(
    keys: np.ndarray, cards_digest: str, embeddings: Embeddings, path: Path = FITTED
) -> DomainCheck:
    """The shipped fit when it was made from these cards, these questions and this model; else
    one fitted now (~1 s) on ``keys``, the shipped cards' key vectors, and the questions."""
    stamp = _stamp(cards_digest, embeddings.model_name)
    if path.is_file():
        shipped = read_npz(path)
        if str(shipped["stamp"]) == stamp:
            inside, outside = _sides(keys, embeddings)
            weights = shipped["weights"].astype(np.float32)
            return DomainCheck(weights, float(shipped["bias"]), inside, outside)
    log.info("fitting the domain check (none shipped for these cards and this model)")
    return _fitted(keys, embeddings)


def _sides(keys: np.ndarray, embeddings: Embeddings) -> tuple[np.ndarray, np.ndarray]:
    inside = [keys, *(question_vectors(embeddings, *files) for files in INSIDE_FILES)]
    outside = [question_vectors(embeddings, *files) for files in OUTSIDE_FILES]
    return np.vstack(inside).astype(np.float32), np.vstack(outside).astype(np.float32)


def _fitted(keys: np.ndarray, embeddings: Embeddings) -> DomainCheck:
    return DomainCheck.fitted(*_sides(keys, embeddings))


def for_cards(index: CardIndex, embeddings: Embeddings) -> DomainCheck:
    return load_check(index.shipped_keys, index.digest, embeddings)


def save_check(
    keys: np.ndarray, cards_digest: str, embeddings: Embeddings, path: Path = FITTED
) -> DomainCheck:
    check = _fitted(keys, embeddings)
    np.savez_compressed(
        path,
        stamp=np.array(_stamp(cards_digest, embeddings.model_name)),
        weights=check.weights,
        bias=np.array(check.bias),
    )
    return check


def _fit(inside: np.ndarray, outside: np.ndarray) -> tuple[np.ndarray, float]:
    """Class-balanced logistic regression (L-BFGS), each class weighing half."""
    from scipy.optimize import minimize

    features = np.vstack([inside, outside]).astype(np.float64)
    labels = np.r_[np.ones(len(inside)), np.zeros(len(outside))]
    weight = np.r_[
        np.full(len(inside), 0.5 / len(inside)), np.full(len(outside), 0.5 / len(outside))
    ]

    def loss(theta: np.ndarray) -> tuple[float, np.ndarray]:
        w, b = theta[:-1], theta[-1]
        scores = features @ w + b
        probability = 1.0 / (1.0 + np.exp(-scores))
        eps = 1e-12
        value = -np.sum(
            weight
            * (labels * np.log(probability + eps) + (1 - labels) * np.log(1 - probability + eps))
        )
        error = weight * (probability - labels)
        gradient = np.r_[features.T @ error + L2 * w, error.sum()]
        return float(value + 0.5 * L2 * w @ w), gradient

    start = np.zeros(features.shape[1] + 1)
    result = minimize(loss, start, jac=True, method="L-BFGS-B", options={"maxiter": 500})
    return result.x[:-1].astype(np.float32), float(result.x[-1])
