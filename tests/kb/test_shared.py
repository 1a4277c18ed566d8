"""Several processes, one knowledge base: documents live in the shared database, so what one
replica adds or deletes the others see on their next refresh, and concurrent writers lose
nothing. On SQLite and PostgreSQL (the Chroma server side: tests/integration)."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import numpy as np
import pytest
from sqlalchemy import Engine

from assistant.errors import NotFoundError
from assistant.store.db import make_session_factory
from knowledge_base.index import KnowledgeIndex, PreparedDocument, _collection_name
from knowledge_base.models import SearchFilters
from knowledge_base.retriever import HybridRetriever
from knowledge_base.windows import WindowMatrix
from tests.kb.test_index import FEEDBACK, ROI, _doc
from tests.kb_fixtures import HashEmbeddings


def _replica(name: str, tmp_path: Path, engine: Engine) -> KnowledgeIndex:
    index = KnowledgeIndex(
        directory=tmp_path / name,
        sessions=make_session_factory(engine),
        embeddings=HashEmbeddings(),
    )
    index.open()
    return index


def test_a_document_added_on_one_replica_is_found_and_deleted_from_another(
    db_engine: Engine, tmp_path: Path
) -> None:
    a, b = _replica("a", tmp_path, db_engine), _replica("b", tmp_path, db_engine)
    a.apply([_doc("acme", "roi.txt", ROI)])
    assert b.refresh() is True and b.refresh() is False
    hits = HybridRetriever(index=b).hits(
        "Phillips ROI niveaus", filters=SearchFilters(), mode="bm25"
    )
    assert hits and hits[0].source == "roi.txt"
    assert b.manifest.documents.keys() == {"acme/roi.txt"}
    b.remove("acme", "roi.txt")
    assert a.refresh() and a.snapshot.chunks == [] and not a.manifest.documents
    with pytest.raises(NotFoundError):
        a.remove("acme", "roi.txt")


def test_two_replicas_writing_at_once_lose_no_document(db_engine: Engine, tmp_path: Path) -> None:
    replicas = [_replica(name, tmp_path, db_engine) for name in ("a", "b")]
    documents = [
        [_doc("acme", f"roi-{i}.txt", ROI + str(i)) for i in range(4)],
        [_doc("acme", f"feedback-{i}.txt", FEEDBACK + str(i)) for i in range(4)],
    ]
    errors: list[BaseException] = []

    def write(index: KnowledgeIndex, docs: list[PreparedDocument]) -> None:
        try:
            for doc in docs:
                index.apply([doc])
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [
        threading.Thread(target=write, args=(index, docs))
        for index, docs in zip(replicas, documents, strict=True)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    for index in replicas:
        index.refresh()
        assert len(index.manifest.documents) == 8
        assert {c.doc_id for c in index.snapshot.chunks} == {
            d.info.doc_id for docs in documents for d in docs
        }


def test_an_index_kept_in_files_moves_into_the_database_once(
    db_engine: Engine, tmp_path: Path
) -> None:
    """A data directory from before the database held the knowledge base: its documents,
    sentence windows and drafted cards are imported on the first open (only the chunk vectors
    its new, empty Chroma lacks are embedded), and a second open imports nothing."""
    embeddings = HashEmbeddings()
    doc = _doc("acme", "roi.txt", ROI)
    model_dir = tmp_path / "old" / _collection_name(embeddings.model_name)
    model_dir.mkdir(parents=True)
    record = {
        "info": doc.info.model_dump(mode="json"),
        "content_hash": doc.content_hash,
        "chunk_ids": [c.chunk_id for c in doc.chunks],
    }
    (model_dir / "manifest.json").write_text(
        json.dumps({"model": embeddings.model_name, "documents": {"acme/roi.txt": record}})
    )
    (model_dir / "chunks.jsonl").write_text("".join(c.model_dump_json() + "\n" for c in doc.chunks))
    ids = [c.chunk_id for c in doc.chunks]
    WindowMatrix(
        np.ones((len(ids), 64), dtype=np.float32), np.array([f"k{i}" for i in ids]), np.array(ids)
    ).save(model_dir / "windows.npz")
    cards = tmp_path / "old" / "cards" / "acme" / "roi.txt.json"
    cards.parent.mkdir(parents=True)
    cards.write_text('[{"card": {"id": "drafted"}}]')
    index = KnowledgeIndex(
        directory=tmp_path / "old", sessions=make_session_factory(db_engine), embeddings=embeddings
    )
    index.open()
    assert [c.chunk_id for c in index.snapshot.chunks] == ids
    assert index.snapshot.windows.size == len(ids) and embeddings.passages_embedded == len(ids)
    assert index.drafted == {"acme/roi.txt": [{"card": {"id": "drafted"}}]}
    version = index.version
    again = KnowledgeIndex(
        directory=tmp_path / "old", sessions=make_session_factory(db_engine), embeddings=embeddings
    )
    again.open()
    assert again.version == version
