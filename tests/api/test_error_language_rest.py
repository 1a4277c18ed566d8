"""The last English a Dutch reader could see in problem+json: unknown human codes in an agreement
check, an empty knowledge base under a plan draft, an unreachable embedding or Chroma server."""

from __future__ import annotations

import time

import pytest
from fastapi.testclient import TestClient

from assistant.errors import ProviderError
from assistant.planning.plan.grounding import Grounding, Topic
from knowledge_base.models import SearchRequest, SearchResponse

NL = {"Accept-Language": "nl-NL,nl;q=0.9"}
EN = {"Accept-Language": "en-GB,en;q=0.9"}


def _finished_job(client: TestClient) -> str:
    content = "opmerking;mens\nIk heb veel geleerd.;L5\nDe trainer was top.;X\n-;l5\n"
    job = client.post(
        "/v1/feedback/jobs",
        files={"file": ("codes.csv", content.encode("utf-8"), "text/csv")},
        data={"text_column": "opmerking"},
    ).json()
    deadline = time.monotonic() + 20
    while client.get(f"/v1/feedback/jobs/{job['id']}").json()["status"] != "done":
        assert time.monotonic() < deadline
        time.sleep(0.05)
    return str(job["id"])


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        (
            NL,
            "Onbekende codes: 'L5' in 'mens' (rijen 1, 3); 'X' in 'mens' (rij 2). "
            "Toegestaan: L1, L2, L3, L4, NONE (rijen geteld vanaf de eerste gegevensrij).",
        ),
        (
            EN,
            "Unknown labels: 'L5' in 'mens' (rows 1, 3); 'X' in 'mens' (row 2). "
            "Allowed: L1, L2, L3, L4, NONE (rows counted from the first data row).",
        ),
    ],
    ids=["nl", "en"],
)
def test_unknown_human_codes_in_the_readers_language(
    client: TestClient, headers: dict[str, str], expected: str
) -> None:
    job_id = _finished_job(client)
    url = f"/v1/feedback/jobs/{job_id}/agreement?gold_column=mens"
    response = client.get(url, headers=headers)
    assert response.status_code == 422
    assert response.json()["detail"] == expected


class _EmptyKnowledgeBase:
    def search(self, request: SearchRequest) -> SearchResponse:
        return SearchResponse(query=request.query, hits=[])


def test_an_empty_knowledge_base_is_explained_in_both_languages() -> None:
    with pytest.raises(ProviderError) as raised:
        Grounding(_EmptyKnowledgeBase()).cite(Topic.IMPACT_MAP)
    assert raised.value.detail_in("en").startswith("The knowledge base returned no passages")
    assert raised.value.detail_in("nl").startswith("De kennisbank gaf geen passages terug")
    assert "evalassist kb ingest" in raised.value.detail_in("nl")
