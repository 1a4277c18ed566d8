"""Idempotent ingest, per-file replace, removal and filters, on a real embedded Chroma."""

from pathlib import Path

import pytest

from assistant.errors import InvalidInputError, NotFoundError, PayloadTooLargeError
from assistant.settings import Settings
from knowledge_base.catalog import SourceCatalog
from knowledge_base.documents import chunk_text
from knowledge_base.index import KnowledgeIndex, PreparedDocument
from knowledge_base.models import SearchFilters, SourceInfo
from knowledge_base.retriever import HybridRetriever
from knowledge_base.service import KnowledgeService
from tests.kb_fixtures import HashEmbeddings, kb_sessions

ROI = (
    "De ROI-methodiek van Phillips kent vijf niveaus. Op het hoogste niveau berekenen we de "
    "baten van de investering. " * 8
)
FEEDBACK = (
    "Feedback geven is de brandstof van een lerende organisatie. Collega's leren van elkaar. " * 8
)
ENGLISH = "Return on investment compares the net benefits of a programme with its total costs. " * 8


def _doc(collection: str, doc_id: str, text: str, version: str = "1") -> PreparedDocument:
    _, chunks = chunk_text(text, collection=collection, doc_id=doc_id, title=doc_id)
    info = SourceInfo(collection=collection, doc_id=doc_id, title=doc_id, language="nl")
    return PreparedDocument(info=info, content_hash=f"{doc_id}-{version}", chunks=chunks)


def _ids(index: KnowledgeIndex, doc_id: str) -> set[str]:
    return {c.chunk_id for c in index.snapshot.chunks if c.doc_id == doc_id}


def test_ingest_twice_changes_nothing(
    fake_index: KnowledgeIndex, fake_embeddings: HashEmbeddings
) -> None:
    documents = [_doc("acme", "roi.txt", ROI), _doc("acme", "feedback.txt", FEEDBACK)]
    first = fake_index.apply(documents)
    assert {d.status for d in first.documents} == {"added"}
    embedded = fake_embeddings.passages_embedded
    second = fake_index.apply(documents)
    assert not second.changed and second.embedded == 0
    assert fake_embeddings.passages_embedded == embedded
    assert fake_index._chroma().count() == len(fake_index.snapshot.chunks)


def test_changed_file_replaces_only_its_own_chunks(fake_index: KnowledgeIndex) -> None:
    fake_index.apply([_doc("acme", "roi.txt", ROI), _doc("acme", "feedback.txt", FEEDBACK)])
    feedback_before = _ids(fake_index, "feedback.txt")
    roi_before = _ids(fake_index, "roi.txt")
    changed = ROI + "\n\nNieuw: de netto baten worden afgezet tegen de totale kosten."
    report = fake_index.apply(
        [_doc("acme", "roi.txt", changed, "2"), _doc("acme", "feedback.txt", FEEDBACK)]
    )
    status = {d.doc_id: d for d in report.documents}
    assert status["feedback.txt"].status == "unchanged"
    assert status["roi.txt"].status == "replaced" and status["roi.txt"].chunks_added >= 1
    assert _ids(fake_index, "feedback.txt") == feedback_before
    assert _ids(fake_index, "roi.txt") != roi_before
    chroma_ids = set(fake_index._chroma().get(include=[])["ids"])
    assert chroma_ids == {c.chunk_id for c in fake_index.snapshot.chunks}


def test_state_survives_a_restart(tmp_path: Path, fake_embeddings: HashEmbeddings) -> None:
    index = KnowledgeIndex(
        directory=tmp_path / "kb", sessions=kb_sessions(tmp_path), embeddings=fake_embeddings
    )
    index.apply([_doc("acme", "roi.txt", ROI)])
    reopened = KnowledgeIndex(
        directory=tmp_path / "kb", sessions=kb_sessions(tmp_path), embeddings=fake_embeddings
    )
    reopened.open()
    assert [c.chunk_id for c in reopened.snapshot.chunks] == [
        c.chunk_id for c in index.snapshot.chunks
    ]
    assert not reopened.apply([_doc("acme", "roi.txt", ROI)]).changed
    hits = HybridRetriever(index=reopened).hits("Phillips niveaus", mode="bm25")
    assert hits and hits[0].source == "roi.txt"


def test_remove_document(fake_index: KnowledgeIndex) -> None:
    fake_index.apply([_doc("acme", "roi.txt", ROI), _doc("acme", "feedback.txt", FEEDBACK)])
    change = fake_index.remove("acme", "roi.txt")
    assert change.status == "removed" and change.chunks_removed >= 1
    assert _ids(fake_index, "roi.txt") == set()
    assert fake_index._chroma().count() == len(fake_index.snapshot.chunks)
    with pytest.raises(NotFoundError):
        fake_index.remove("acme", "roi.txt")


@pytest.mark.parametrize("mode", ["bm25", "dense", "hybrid"])
def test_filters_by_collection_source_and_language(fake_index: KnowledgeIndex, mode: str) -> None:
    fake_index.apply(
        [
            _doc("acme", "roi.txt", ROI),
            _doc("beta", "roi.txt", ROI),
            _doc("beta", "en.txt", ENGLISH),
        ]
    )
    retriever = HybridRetriever(index=fake_index, k=10)
    query = "ROI return on investment baten kosten"
    every = retriever.hits(query, mode=mode)  # type: ignore[arg-type]
    assert {h.collection for h in every} == {"acme", "beta"}
    only_beta = retriever.hits(query, filters=SearchFilters(collection="beta"), mode=mode)  # type: ignore[arg-type]
    assert only_beta and {h.collection for h in only_beta} == {"beta"}
    english = retriever.hits(query, filters=SearchFilters(language="en"), mode=mode)  # type: ignore[arg-type]
    assert english and {h.source for h in english} == {"en.txt"}
    nothing = retriever.hits(query, filters=SearchFilters(source="missing.txt"), mode=mode)  # type: ignore[arg-type]
    assert nothing == []


def test_langchain_retriever_interface(fake_index: KnowledgeIndex) -> None:
    fake_index.apply([_doc("acme", "roi.txt", ROI)])
    documents = HybridRetriever(index=fake_index, k=2).invoke("Phillips vijf niveaus")
    assert 1 <= len(documents) <= 2
    assert documents[0].metadata["source"] == "roi.txt" and "Phillips" in documents[0].page_content


@pytest.mark.parametrize(
    ("name", "data", "error"),
    [
        ("tool.exe", b"MZ binary", InvalidInputError),
        ("corrupt.pdf", b"%PDF-1.7 garbage", InvalidInputError),
        ("huge.txt", b"x" * 5000, PayloadTooLargeError),
    ],
)
def test_bad_uploads_leave_the_index_unchanged(
    tmp_path: Path, fake_embeddings: HashEmbeddings, name: str, data: bytes, error: type[Exception]
) -> None:
    service = KnowledgeService(
        Settings(data_dir=tmp_path, max_upload_bytes=4096),
        embeddings=fake_embeddings,
        catalog=SourceCatalog(entries=()),
    )
    service.add_document(filename="ok.txt", data=ROI.encode(), collection="acme")
    before = (list(service.index.snapshot.chunks), service.index.manifest.model_dump())
    with pytest.raises(error):
        service.add_document(filename=name, data=data, collection="acme")
    assert (list(service.index.snapshot.chunks), service.index.manifest.model_dump()) == before


def test_shipped_collection_is_read_only(fake_service: KnowledgeService) -> None:
    with pytest.raises(InvalidInputError, match="shipped articles"):
        fake_service.add_document(filename="x.txt", data=ROI.encode(), collection="articles")
    with pytest.raises(InvalidInputError, match="shipped articles"):
        fake_service.remove_document(collection="articles", doc_id="000_dca13e6c8155944b.txt")
    with pytest.raises(InvalidInputError, match="Invalid collection"):
        fake_service.add_document(filename="x.txt", data=ROI.encode(), collection="Bad Name!")


def test_dense_search_is_broad_enough_for_all_candidates(fake_index: KnowledgeIndex) -> None:
    """HNSW with the default ef_search (100) dropped true neighbours of 50 candidates."""
    from knowledge_base.index import HNSW_EF_SEARCH

    configuration = fake_index._chroma().configuration
    assert configuration["hnsw"]["ef_search"] == HNSW_EF_SEARCH >= 5 * 50
