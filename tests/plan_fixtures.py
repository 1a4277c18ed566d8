"""Plan fixtures: one offline composer over the session's shipped knowledge index."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant.planning.plan import OfflineComposer, PlanDraftRequest
from knowledge_base.service import KnowledgeService

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


@pytest.fixture(scope="session")
def composer(shipped_service: KnowledgeService) -> OfflineComposer:
    return OfflineComposer(shipped_service)


@pytest.fixture(scope="session")
def known_chunk_ids(shipped_service: KnowledgeService) -> set[str]:
    return {chunk.chunk_id for chunk in shipped_service.index.snapshot.chunks}


def example_request(name: str) -> PlanDraftRequest:
    path = EXAMPLES / name
    if path.suffix == ".json":
        return PlanDraftRequest(brief=json.loads(path.read_text(encoding="utf-8")))
    return PlanDraftRequest(text=path.read_text(encoding="utf-8"))


EXAMPLE_BRIEFS = (
    "leadership_brief.json",
    "customer_service_brief.json",
    "safety_elearning_brief.txt",
)
