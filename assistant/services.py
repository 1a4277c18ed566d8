"""The container of domain services, built once from ``Settings`` and shared by every transport."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from assistant.engines import Engines
from assistant.feedback.service import FeedbackService
from assistant.settings import Settings
from assistant.workspaces import DEFAULT_WORKSPACE

log = logging.getLogger("evalassist")

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from assistant.chat import ChatTools
    from assistant.chat.service import ChatService
    from assistant.planning.plan.service import PlanService
    from knowledge_base.service import KnowledgeService


@dataclass
class Services:
    """What a transport needs to serve a request. Pure capabilities (ROI) need no instance."""

    settings: Settings
    _engines: Engines | None = field(default=None, repr=False)
    _feedback: FeedbackService | None = field(default=None, repr=False)
    _knowledge: KnowledgeService | None = field(default=None, repr=False)
    _plans: PlanService | None = field(default=None, repr=False)
    _chat: ChatService | None = field(default=None, repr=False)
    _chats: dict[str, ChatService] = field(default_factory=dict, repr=False)
    _engine: Engine | None = field(default=None, repr=False)
    _lock: threading.RLock = field(default_factory=threading.RLock, repr=False)
    _stopping: threading.Event = field(default_factory=threading.Event, repr=False)
    _refresher: threading.Thread | None = field(default=None, repr=False)

    @classmethod
    def build(cls, settings: Settings) -> Services:
        return cls(settings=settings)

    def start(self, progress: Callable[[int, int], None] | None = None) -> None:
        """Get ready to serve: open (on a first run, build) the knowledge base, then start the
        feedback job worker unless this process is configured to run none. The API's lifespan
        calls this, whoever built the services."""
        self.knowledge.ensure_ready(progress)
        self._start_refresher()
        if self.settings.job_worker:
            self.feedback.start()
        if self.settings.warm_up:
            threading.Thread(target=_warm_up, name="chat-warm-up", daemon=True).start()

    def _start_refresher(self) -> None:
        """Every ``kb_refresh_s``, take in what other replicas changed in the knowledge base."""
        if self._refresher is not None:
            return
        self._stopping.clear()

        def refresh() -> None:
            while not self._stopping.wait(self.settings.kb_refresh_s):
                try:
                    self.knowledge.refresh()
                except Exception as exc:  # the database or Chroma is away: try again later
                    log.warning("knowledge base refresh failed: %s", exc)

        self._refresher = threading.Thread(target=refresh, name="kb-refresh", daemon=True)
        self._refresher.start()

    @property
    def engines(self) -> Engines:
        """The engine chooser: offline engines, or their LLM twins when a model is configured."""
        with self._lock:
            if self._engines is None:
                self._engines = Engines(self.settings)
            return self._engines

    @property
    def feedback(self) -> FeedbackService:
        """Comment coding and its persisted batch jobs."""
        with self._lock:
            if self._feedback is None:
                self._feedback = FeedbackService(
                    self.settings, engine=self.db, coder=self.engines.coder
                )
            return self._feedback

    @property
    def knowledge(self) -> KnowledgeService:
        """The knowledge base, built on first use (it loads Chroma and the embedding model)."""
        with self._lock:
            if self._knowledge is None:
                from knowledge_base.service import KnowledgeService

                self._knowledge = KnowledgeService(
                    self.settings,
                    answerer=self.engines.answerer,
                    card_drafter=self.engines.card_drafter(),
                    engine=self.db,
                )
            return self._knowledge

    @property
    def db(self) -> Engine:
        """The database engine (SQLite in the data directory unless configured), migrated to
        the newest schema (once, whichever process gets there first)."""
        with self._lock:
            if self._engine is None:
                from assistant.store.migrate import open_database

                self._engine = open_database(self.settings)
            return self._engine

    @property
    def plans(self) -> PlanService:
        """Evaluation plans: drafted by the configured composer, stored with versions."""
        with self._lock:
            if self._plans is None:
                from assistant.planning.plan.service import PlanService
                from assistant.store.db import make_session_factory
                from assistant.store.plans import PlanRepository

                self._plans = PlanService(
                    composer=self.engines.composer(self.knowledge),
                    repository=PlanRepository(
                        make_session_factory(self.db),
                        max_versions=self.settings.max_plan_versions_per_workspace,
                    ),
                    exists=self.knowledge.has_passage,
                    max_objectives=self.settings.max_plan_objectives,
                )
            return self._plans

    def plans_in(self, workspace: str) -> PlanService:
        """Evaluation plans of one workspace."""
        if workspace == DEFAULT_WORKSPACE:
            return self.plans
        knowledge = self.knowledge
        return self.plans.scoped(
            workspace, lambda chunk_id: knowledge.has_passage(chunk_id, workspace=workspace)
        )

    @property
    def chat(self) -> ChatService:
        """Chat sessions answered by the configured chat engine over the other services."""
        with self._lock:
            if self._chat is None:
                from assistant.chat import ChatService
                from assistant.chat.store import ChatRepository
                from assistant.store.db import make_session_factory

                self._chat = ChatService(
                    repository=ChatRepository(
                        make_session_factory(self.db),
                        max_sessions=self.settings.max_sessions_per_workspace,
                    ),
                    engine=self.engines.chat_engine(self.chat_tools()),
                )
            return self._chat

    def chat_in(self, workspace: str) -> ChatService:
        """Chat sessions of one workspace, whose turns draft plans in that workspace."""
        if workspace == DEFAULT_WORKSPACE:
            return self.chat
        with self._lock:
            if workspace not in self._chats:
                from assistant.chat import ChatService

                self._chats[workspace] = ChatService(
                    repository=self.chat.repository.scoped(workspace),
                    engine=self.engines.chat_engine(self.chat_tools(workspace)),
                )
            return self._chats[workspace]

    def chat_tools(self, workspace: str = DEFAULT_WORKSPACE) -> ChatTools:
        """What a chat turn may call; each service is built only when a turn needs it."""
        from assistant.chat import ChatTools

        return ChatTools(
            ask=lambda request: self.knowledge.ask(request, workspace=workspace),
            code=lambda comments: self.feedback.classify(comments),
            plans=lambda: self.plans_in(workspace),
        )

    def close(self) -> None:
        """Release resources (database connections, index handles)."""
        self._stopping.set()
        if self._refresher is not None:
            self._refresher.join(timeout=10)
            self._refresher = None
        if self._feedback is not None:
            self._feedback.close()
        if self._knowledge is not None:
            self._knowledge.close()
        if self._engine is not None:
            self._engine.dispose()


def _warm_up() -> None:
    """Load the chat's models and LangChain's retriever (imported at the first search, not at
    start-up) before the first turn or search needs them (a failure only costs it the wait)."""
    from assistant.chat.warm_up import warm_up

    try:
        import knowledge_base.retriever  # noqa: F401

        warm_up()
    except Exception:
        log.exception("warming up the chat failed; the first turn loads what it needs")
