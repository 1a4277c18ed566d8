"""The container of domain services, built once from ``Settings`` and shared by every transport."""

from __future__ import annotations

from dataclasses import dataclass

from assistant.settings import Settings


@dataclass
class Services:
    """What a transport needs to serve a request. Pure capabilities (ROI) need no instance."""

    settings: Settings

    @classmethod
    def build(cls, settings: Settings) -> Services:
        return cls(settings=settings)

    def close(self) -> None:
        """Release resources (database connections, index handles)."""
