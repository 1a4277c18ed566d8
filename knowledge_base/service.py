"""The knowledge-base service: the one place the CLI, the REST API and chat tools call."""

from __future__ import annotations

import hashlib
import json
import threading
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING

from assistant.errors import InvalidInputError, NotFoundError
from assistant.messages import Text
from assistant.text.language import detect_language
from assistant.uploads import UploadLimits
from assistant.workspaces import DEFAULT_WORKSPACE
from knowledge_base import workspaces
from knowledge_base.answer import Answerer, OfflineAnswerer, QueryRewriter
from knowledge_base.card_answer import CardAnswerer
from knowledge_base.card_drafts import CardDrafter, drafts_from_json, drafts_to_json
from knowledge_base.card_index import CardIndex
from knowledge_base.cards import CardSet, shipped_cards
from knowledge_base.catalog import SourceCatalog, SourceEntry
from knowledge_base.documents import chunk_shipped, chunk_text
from knowledge_base.domain import for_cards
from knowledge_base.embeddings import CachedQueryEmbeddings, Embeddings, make_embeddings
from knowledge_base.index import KnowledgeIndex, PreparedDocument, Progress
from knowledge_base.loaders import load_document
from knowledge_base.models import (
    HIT_FIELDS,
    SHIPPED_COLLECTION,
    Answer,
    AskRequest,
    Citation,
    DocumentChange,
    IngestReport,
    Passage,
    SearchFilters,
    SearchHit,
    SearchRequest,
    SearchResponse,
    SourceInfo,
    validate_collection_name,
)
from knowledge_base.passage_questions import PassageQuestionIndex, load_questions
from knowledge_base.store import SHIPPED_CACHE, SHIPPED_WINDOWS

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from assistant.settings import Settings
    from knowledge_base.retriever import HybridRetriever, Mode

# Bump when reflow or chunking changes, so shipped sources are re-chunked on the next start.
PIPELINE_VERSION = "2"


def _shipped_hash(entry: SourceEntry) -> str:
    digest = hashlib.sha256(PIPELINE_VERSION.encode())
    digest.update(entry.path.read_bytes())
    digest.update(entry.model_dump_json().encode())
    return digest.hexdigest()


def offline_answerer(embeddings: Embeddings | None, cards: CardIndex | None) -> Answerer:
    """Answers from the method cards, quoting passages of uploads no card covers (the
    extractive engine, its shipped sentence vectors loaded); without cards, extractive only."""
    passages = OfflineAnswerer(embeddings)
    passages.preload()
    if cards is None:
        return passages
    domain = for_cards(cards, embeddings) if embeddings is not None else None
    return CardAnswerer(cards, passages, domain=domain)


class KnowledgeService:
    def __init__(
        self,
        settings: Settings,
        *,
        embeddings: Embeddings | None = None,
        catalog: SourceCatalog | None = None,
        answerer: Callable[[Embeddings, CardIndex], Answerer] | None = None,
        cards: CardSet | None = None,
        card_drafter: CardDrafter | None = None,
        engine: Engine | None = None,
    ) -> None:
        """``answerer`` builds the answer engine over this service's embeddings and method
        cards (the engine chooser passes it); without it answers are the offline ones.
        ``cards`` defaults to the shipped method cards; ``card_drafter`` (with a language
        model) drafts cards from each uploaded document. ``engine``: the database holding the
        documents (without it, the service opens and migrates the configured one)."""
        from assistant.store.db import make_session_factory
        from assistant.store.migrate import open_database

        self.settings = settings
        self._owned_engine = None
        if engine is None:
            engine = self._owned_engine = open_database(settings)
        self.embeddings: Embeddings = CachedQueryEmbeddings(embeddings or make_embeddings(settings))
        self.catalog = catalog or SourceCatalog.load()
        self.index = KnowledgeIndex(
            directory=settings.kb_dir,
            embeddings=self.embeddings,
            sessions=make_session_factory(engine),
            chroma_url=settings.chroma_url,
            caches=[SHIPPED_CACHE],
            window_caches=[SHIPPED_WINDOWS],
            windows=settings.sentence_windows,
        )
        self.questions = PassageQuestionIndex(load_questions(), self.embeddings)
        self.cards = CardIndex(cards or shipped_cards(), self.embeddings, self.questions)
        self.card_drafter = card_drafter
        self.answerer = (answerer or offline_answerer)(self.embeddings, self.cards)
        self._ready = False
        self._drafted: dict[str, str] = {}  # document key -> digest of its loaded cards
        self._lock = threading.Lock()

    def retriever(self, *, k: int = 5, filters: SearchFilters | None = None) -> HybridRetriever:
        # Imported here: LangChain's retriever base loads its tracers and LangSmith (0.6-1 s),
        # which a replica's start-up and readiness do not need; the warm-up imports it.
        from knowledge_base.retriever import FusionWeights, HybridRetriever

        return HybridRetriever(
            index=self.index,
            weights=FusionWeights(
                bm25=self.settings.bm25_weight,
                dense=self.settings.dense_weight,
                rrf_k=self.settings.rrf_k,
                cross_lingual=self.settings.bm25_cross_lingual_factor,
            ),
            candidates=self.settings.retrieval_candidates,
            cards=self.cards,
            questions=self.questions,
            k=k,
            filters=filters or SearchFilters(),
        )

    def _stale_shipped(self) -> list[SourceEntry]:
        documents = self.index.manifest.documents
        stale = []
        for entry in self.catalog.entries:
            record = documents.get(f"{SHIPPED_COLLECTION}/{entry.file}")
            if record is None or record.content_hash != _shipped_hash(entry):
                stale.append(entry)
        return stale

    def ensure_ready(self, progress: Progress | None = None) -> IngestReport | None:
        """Open the index; on a first run (or changed shipped sources) build it."""
        with self._lock:
            if self._ready:
                return None
            self.index.open(progress)
            report = self.ingest(progress=progress) if self._stale_shipped() else None
            self._load_drafted_cards()
            self._ready = True
            return report

    @property
    def ready(self) -> bool:
        """Whether the index is open (a first start may still be building it)."""
        return self._ready

    def refresh(self) -> bool:
        """Take in what other processes changed in the shared knowledge base (documents,
        drafted cards); whether anything had changed."""
        if not self._ready or not self.index.refresh():
            return False
        self._load_drafted_cards()
        return True

    def _load_drafted_cards(self) -> None:
        """The cards drafted from the documents now indexed (here or by another process)."""
        current = {
            key: hashlib.sha256(json.dumps(data, sort_keys=True).encode()).hexdigest()
            for key, data in self.index.drafted.items()
        }
        for key in self._drafted.keys() - current.keys():
            collection, doc_id = key.split("/", 1)
            self.cards.remove(collection, doc_id)
        for key, digest in current.items():
            if self._drafted.get(key) != digest:
                self.cards.add(drafts_from_json(self.index.drafted[key]))
        self._drafted = current

    def close(self) -> None:
        """Let go of the embedded Chroma and of a database this service opened itself."""
        self.index.close()
        if self._owned_engine is not None:
            self._owned_engine.dispose()

    def ingest(self, *, progress: Progress | None = None) -> IngestReport:
        """Index the shipped articles; a second run finds nothing to do."""
        self.index.open(progress)
        prepared = []
        for entry in self.catalog.entries:
            _, chunks = chunk_shipped(entry)
            prepared.append(
                PreparedDocument(
                    info=entry.info(), content_hash=_shipped_hash(entry), chunks=chunks
                )
            )
        report = self.index.apply(prepared, progress=progress)
        shipped = {entry.file for entry in self.catalog.entries}
        for record in list(self.index.manifest.documents.values()):
            if record.info.collection == SHIPPED_COLLECTION and record.info.doc_id not in shipped:
                report.documents.append(self.index.remove(SHIPPED_COLLECTION, record.info.doc_id))
        return report

    def add_document(
        self,
        *,
        filename: str,
        data: bytes,
        collection: str,
        progress: Progress | None = None,
        workspace: str = DEFAULT_WORKSPACE,
    ) -> IngestReport:
        """Add (or replace) an organisation's document in one of ``workspace``'s collections;
        bad files leave the index unchanged."""
        shown_as = self._organisation_collection(collection)
        collection = workspaces.stored(workspace, shown_as)
        loaded = load_document(
            filename,
            data,
            max_bytes=self.settings.max_upload_bytes,
            limits=UploadLimits.from_settings(self.settings),
        )
        reflowed, chunks = chunk_text(
            loaded.text, collection=collection, doc_id=loaded.doc_id, title=loaded.title
        )
        if not chunks:
            raise InvalidInputError(Text.of("kb.no_passages", doc_id=loaded.doc_id))
        info = SourceInfo(
            collection=collection,
            doc_id=loaded.doc_id,
            title=loaded.title,
            language=detect_language(loaded.text[:20000]),
        )
        self.ensure_ready(progress)
        document = PreparedDocument(
            info=info, content_hash=hashlib.sha256(data).hexdigest(), chunks=chunks
        )
        report = self.index.apply([document], progress=progress)
        unchanged = all(change.status == "unchanged" for change in report.documents)
        key = f"{collection}/{loaded.doc_id}"
        if self.card_drafter is not None and not (unchanged and key in self.index.drafted):
            drafted = self.card_drafter.draft(
                collection=collection, doc_id=loaded.doc_id, reflowed=reflowed, chunks=chunks
            )
            self.index.set_cards(collection, loaded.doc_id, drafts_to_json(drafted.cards))
            self._load_drafted_cards()
            report = report.model_copy(
                update={
                    "cards_drafted": [entry.card.id for entry in drafted.cards],
                    "cards_rejected": drafted.rejected,
                }
            )
        changes = [
            change.model_copy(update={"collection": shown_as}) for change in report.documents
        ]
        return report.model_copy(update={"documents": changes})

    def remove_document(
        self, *, collection: str, doc_id: str, workspace: str = DEFAULT_WORKSPACE
    ) -> DocumentChange:
        shown_as = self._organisation_collection(collection)
        self.ensure_ready()
        change = self.index.remove(workspaces.stored(workspace, shown_as), doc_id)
        self._load_drafted_cards()
        return change.model_copy(update={"collection": shown_as})

    def _visible(self, filters: SearchFilters, workspace: str) -> SearchFilters:
        """``filters`` narrowed to what ``workspace`` may read (its named collection stored
        under the workspace's name)."""
        present = self.index.snapshot.collections
        readable = tuple(sorted(c for c in present if workspaces.visible(workspace, c)))
        named = workspaces.stored(workspace, filters.collection) if filters.collection else None
        return filters.model_copy(update={"collection": named, "collections": readable})

    @staticmethod
    def _shown(hits: list[SearchHit], workspace: str) -> list[SearchHit]:
        return [
            hit.model_copy(update={"collection": workspaces.shown(workspace, hit.collection)})
            for hit in hits
        ]

    @staticmethod
    def _organisation_collection(name: str) -> str:
        if name == SHIPPED_COLLECTION:
            raise InvalidInputError(
                Text.of("kb.shipped_collection", collection=repr(SHIPPED_COLLECTION))
            )
        try:
            return validate_collection_name(name)
        except ValueError as exc:
            raise InvalidInputError(
                Text.of("kb.invalid_collection", collection=repr(name), reason=exc)
            ) from exc

    def search(
        self,
        request: SearchRequest,
        *,
        mode: Mode = "hybrid",
        workspace: str = DEFAULT_WORKSPACE,
    ) -> SearchResponse:
        self.ensure_ready()
        filters = self._visible(request.filters, workspace)
        hits = self.retriever().hits(request.query, k=request.k, filters=filters, mode=mode)
        return SearchResponse(query=request.query, hits=self._shown(hits, workspace))

    def search_many(
        self, queries: Iterable[tuple[object, str]], *, k: int, filters: SearchFilters
    ) -> Iterator[tuple[object, SearchResponse]]:
        """Batch search, streaming: one response per (id, question), in input order."""
        self.ensure_ready()
        for query_id, question in queries:
            yield query_id, self.search(SearchRequest(query=question, k=k, filters=filters))

    def ask(self, request: AskRequest, *, workspace: str = DEFAULT_WORKSPACE) -> Answer:
        self.ensure_ready()
        filters = self._visible(SearchFilters(collection=request.collection), workspace)
        hits = self.retriever().hits(request.question, k=request.k, filters=filters)
        if not isinstance(self.answerer, QueryRewriter):
            return self.answerer.answer(request.question, hits, language=request.language)
        query = self.answerer.rewrite_query(request.question)
        rewritten = (
            hits if query == request.question
            else self.retriever().hits(query, k=request.k, filters=filters)
        )  # fmt: skip
        return self.answerer.answer(
            request.question, rewritten, language=request.language, offline_hits=hits
        )

    def card_passages(self, card_id: str) -> list[tuple[Citation, SearchHit]]:
        """A method card's quotes, each with the indexed passage it stands in."""
        self.ensure_ready()
        snapshot = self.index.snapshot
        found = []
        for citation in self.cards.citations(card_id):
            position = snapshot.position.get(citation.chunk_id)
            if position is not None:
                chunk = snapshot.chunks[position]
                hit = SearchHit(**chunk.model_dump(include=set(HIT_FIELDS)), score=1.0)
                found.append((citation, hit))
        return found

    def has_passage(self, chunk_id: str, *, workspace: str = DEFAULT_WORKSPACE) -> bool:
        """Whether ``chunk_id`` is a passage ``workspace`` can read (what its plans may cite)."""
        self.ensure_ready()
        snapshot = self.index.snapshot
        position = snapshot.position.get(chunk_id)
        return position is not None and workspaces.visible(
            workspace, snapshot.chunks[position].collection
        )

    def passage(self, chunk_id: str, *, workspace: str = DEFAULT_WORKSPACE) -> Passage:
        """A passage by id with the text of its document around it: the parts of the previous
        and next chunk of the same article that it does not overlap."""
        self.ensure_ready()
        snapshot = self.index.snapshot
        position = snapshot.position.get(chunk_id)
        if position is None or not workspaces.visible(
            workspace, snapshot.chunks[position].collection
        ):
            raise NotFoundError(Text.of("kb.passage_not_found", chunk_id=repr(chunk_id)))
        chunk = snapshot.chunks[position]
        siblings = sorted(
            (
                c
                for c in snapshot.chunks
                if (c.collection, c.doc_id, c.title)
                == (chunk.collection, chunk.doc_id, chunk.title)
            ),
            key=lambda c: c.start,
        )
        at = next(i for i, c in enumerate(siblings) if c.chunk_id == chunk_id)
        previous = siblings[at - 1] if at > 0 else None
        following = siblings[at + 1] if at + 1 < len(siblings) else None
        before = previous.text[: max(0, chunk.start - previous.start)] if previous else ""
        after = following.text[max(0, chunk.end - following.start) :] if following else ""
        return Passage(
            **chunk.model_dump(
                include={
                    "chunk_id",
                    "collection",
                    "source",
                    "title",
                    "authors",
                    "language",
                    "line_start",
                    "line_end",
                    "text",
                }
            ),
            before=before.strip(),
            after=after.strip(),
        ).model_copy(update={"collection": workspaces.shown(workspace, chunk.collection)})

    def sources(self, *, workspace: str = DEFAULT_WORKSPACE) -> list[SourceInfo]:
        """The documents ``workspace`` may read, under the collection names it knows."""
        self.ensure_ready()
        return [
            record.info.model_copy(
                update={"collection": workspaces.shown(workspace, record.info.collection)}
            )
            for record in self.index.manifest.documents.values()
            if workspaces.visible(workspace, record.info.collection)
        ]
