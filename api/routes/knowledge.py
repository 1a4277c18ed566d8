"""``/v1/knowledge``: search, grounded answers, sources and organisation documents."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, File, Form, Query, UploadFile, status

from api.deps import ServicesDep, WorkspaceDep
from knowledge_base.models import (
    Answer,
    AskRequest,
    DocumentChange,
    IngestReport,
    Passage,
    SearchFilters,
    SearchRequest,
    SearchResponse,
    SourceInfo,
)

router = APIRouter(prefix="/knowledge", tags=["knowledge"])


@router.get("/search")
def search(
    services: ServicesDep,
    workspace: WorkspaceDep,
    q: Annotated[str, Query(min_length=1, max_length=2000, description="Question or keywords.")],
    k: Annotated[int, Query(ge=1, le=50, description="Number of hits.")] = 5,
    collection: Annotated[str | None, Query(description="Only this collection.")] = None,
    source: Annotated[str | None, Query(description="Only this source document.")] = None,
) -> SearchResponse:
    """Hybrid search (BM25 + dense, fused by weighted reciprocal rank) over the sources.

    Each hit carries its chunk id, source file, article title, text, character offsets into
    the reflowed source, source line range and fused score.
    """
    filters = SearchFilters(collection=collection, source=source)
    return services.knowledge.search(
        SearchRequest(query=q, k=k, filters=filters), workspace=workspace
    )


@router.post("/ask")
def ask(services: ServicesDep, workspace: WorkspaceDep, request: AskRequest) -> Answer:
    """A grounded answer citing passages as [n] with a source list, in `language` when given
    (`nl` or `en`, e.g. the language of the conversation it belongs to), else in the language
    of the question.

    When the best passage is weak the answer says the sources do not cover the question
    (`covered: false`) instead of guessing.
    """
    return services.knowledge.ask(request, workspace=workspace)


@router.get("/passages/{chunk_id}")
def passage(services: ServicesDep, workspace: WorkspaceDep, chunk_id: str) -> Passage:
    """A passage by its chunk id (as in search hits and citations), with the text just before
    and after it in its article; 404 for an id the knowledge base does not hold."""
    return services.knowledge.passage(chunk_id, workspace=workspace)


@router.get("/sources")
def sources(services: ServicesDep, workspace: WorkspaceDep) -> list[SourceInfo]:
    """The documents in the knowledge base: the shipped articles (with the magazine's article
    boundaries) and documents organisations added."""
    return services.knowledge.sources(workspace=workspace)


@router.post("/documents", status_code=status.HTTP_201_CREATED)
def add_document(
    services: ServicesDep,
    workspace: WorkspaceDep,
    file: Annotated[UploadFile, File(description="A txt, md, pdf, docx or html file.")],
    collection: Annotated[str, Form(description="Your organisation's collection.")],
) -> IngestReport:
    """Add or replace a document in an organisation collection.

    Unsupported (415-like 422), corrupt (422) or too large (413) files leave the index
    unchanged. Uploading the same file name again replaces that document's passages only.
    """
    data = file.file.read()
    return services.knowledge.add_document(
        filename=file.filename or "upload",
        data=data,
        collection=collection,
        workspace=workspace,
    )


@router.delete("/documents/{collection}/{doc_id}")
def delete_document(
    services: ServicesDep, workspace: WorkspaceDep, collection: str, doc_id: str
) -> DocumentChange:
    """Remove a document from an organisation collection (the shipped articles stay)."""
    return services.knowledge.remove_document(
        collection=collection, doc_id=doc_id, workspace=workspace
    )
