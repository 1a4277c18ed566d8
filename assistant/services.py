"""The container of domain services, built once from ``Settings`` and shared by every transport."""

from __future__ import annotations

from dataclasses import dataclass

from assistant.feedback.service import FeedbackService
from assistant.settings import Settings


@dataclass
class Services:
    """What a transport needs to serve a request. Pure capabilities (ROI) need no instance."""

    settings: Settings
    feedback: FeedbackService

    @classmethod
    def build(cls, settings: Settings) -> Services:
        return cls(settings=settings, feedback=FeedbackService(settings))

    def start(self) -> None:
        """Start background work (resume persisted feedback jobs); the API calls this."""
        self.feedback.start()

    def close(self) -> None:
        """Release resources (database connections, index handles)."""
        self.feedback.close()
