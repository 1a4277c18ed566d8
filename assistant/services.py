"""The container of domain services, built once from ``Settings`` and shared by every transport."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from assistant.feedback.service import FeedbackService
from assistant.settings import Settings

if TYPE_CHECKING:
    from knowledge_base.service import KnowledgeService


@dataclass
class Services:
    """What a transport needs to serve a request. Pure capabilities (ROI) need no instance."""

    settings: Settings
    _feedback: FeedbackService | None = field(default=None, repr=False)
    _knowledge: KnowledgeService | None = field(default=None, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    @classmethod
    def build(cls, settings: Settings) -> Services:
        return cls(settings=settings)

    def start(self) -> None:
        """Start background work (resume persisted feedback jobs); the API calls this."""
        self.feedback.start()

    @property
    def feedback(self) -> FeedbackService:
        """Comment coding; its offline model loads on first use."""
        with self._lock:
            if self._feedback is None:
                self._feedback = FeedbackService(self.settings)
            return self._feedback

    @property
    def knowledge(self) -> KnowledgeService:
        """The knowledge base, built on first use (it loads Chroma and the embedding model)."""
        with self._lock:
            if self._knowledge is None:
                from knowledge_base.service import KnowledgeService

                self._knowledge = KnowledgeService(self.settings)
            return self._knowledge

    def close(self) -> None:
        """Release resources (database connections, index handles)."""
        if self._feedback is not None:
            self._feedback.close()
