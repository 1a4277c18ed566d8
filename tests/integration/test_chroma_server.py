"""Against a real Chroma server process (``chroma run``), started and stopped here."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant.errors import NotFoundError, UnavailableError
from knowledge_base.documents import chunk_text
from knowledge_base.index import KnowledgeIndex, PreparedDocument
from knowledge_base.models import SearchFilters, SourceInfo
from knowledge_base.retriever import HybridRetriever
from tests.integration.servers import chroma_server
from tests.kb_fixtures import HashEmbeddings, kb_sessions
from tests.served import free_port

pytestmark = pytest.mark.chroma_server
TEXT = "Reverse mentoring laat jonge medewerkers senior leiders coachen. " * 10


@pytest.fixture(scope="module")
def chroma_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with chroma_server(tmp_path_factory.mktemp("chroma-server")) as server:
        yield server.url


def _document(doc_id: str, text: str) -> PreparedDocument:
    _, chunks = chunk_text(text, collection="acme", doc_id=doc_id, title=doc_id)
    info = SourceInfo(collection="acme", doc_id=doc_id, title=doc_id, language="nl")
    return PreparedDocument(info=info, content_hash=doc_id + text[:10], chunks=chunks)


def test_index_round_trip_through_the_server(chroma_url: str, tmp_path: Path) -> None:
    embeddings = HashEmbeddings()
    index = KnowledgeIndex(
        directory=tmp_path / "kb",
        sessions=kb_sessions(tmp_path),
        embeddings=embeddings,
        chroma_url=chroma_url,
    )
    assert index.apply([_document("mentoring.txt", TEXT)]).documents[0].status == "added"
    assert not index.apply([_document("mentoring.txt", TEXT)]).changed
    hits = HybridRetriever(index=index).hits(
        "reverse mentoring", filters=SearchFilters(collection="acme"), mode="dense"
    )
    assert hits and hits[0].source == "mentoring.txt"
    # A second replica with its own data directory rebuilds nothing it can read from the server.
    replica = KnowledgeIndex(
        directory=tmp_path / "kb",
        sessions=kb_sessions(tmp_path),
        embeddings=embeddings,
        chroma_url=chroma_url,
    )
    replica.open()
    assert replica._chroma().count() == len(index.snapshot.chunks)
    index.remove("acme", "mentoring.txt")
    assert index._chroma().count() == 0


def test_unreachable_server_is_unavailable(tmp_path: Path) -> None:
    index = KnowledgeIndex(
        directory=tmp_path / "kb",
        sessions=kb_sessions(tmp_path),
        embeddings=HashEmbeddings(),
        chroma_url=f"http://127.0.0.1:{free_port()}",
    )
    with pytest.raises(UnavailableError, match="Chroma is not available"):
        index.open()


def test_replicas_sharing_a_database_and_the_server_see_each_others_writes(
    chroma_url: str, tmp_path: Path
) -> None:
    """Each replica has its own data directory; the database and Chroma are shared."""
    embeddings = HashEmbeddings()
    sessions = kb_sessions(tmp_path / "shared")
    a, b = (
        KnowledgeIndex(
            directory=tmp_path / name,
            sessions=sessions,
            embeddings=embeddings,
            chroma_url=chroma_url,
        )
        for name in ("a", "b")
    )
    a.open()
    b.open()
    a.apply([_document("coaching.txt", "Coaching op de werkplek borgt het geleerde gedrag. " * 8)])
    assert b.refresh() and not b.refresh()
    hits = HybridRetriever(index=b).hits(
        "coaching werkplek", filters=SearchFilters(), mode="hybrid"
    )
    assert hits and hits[0].source == "coaching.txt"
    assert b.remove("acme", "coaching.txt").status == "removed"
    assert a.refresh() and a.snapshot.chunks == []
    with pytest.raises(NotFoundError):
        a.remove("acme", "coaching.txt")
