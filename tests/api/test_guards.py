"""What the guards in front of the API refuse: unknown Host names (DNS rebinding), writes from
another site or in a body type no route reads (CSRF), requests without a key before their body is
read, too many requests; and /docs served from this server under the page's CSP."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from pydantic import ValidationError

from api import create_app
from assistant.settings import Settings
from tests.served import LOCAL_URL

COMMENT = [{"id": "a", "text": "Ik pas de feedbackmethode nu toe."}]


@pytest.fixture
def keyed(settings: Settings) -> Iterator[TestClient]:
    app = create_app(settings.model_copy(update={"api_keys": ("team-a=secret-key-a",)}))
    with TestClient(app, base_url=LOCAL_URL) as client:
        yield client


def test_an_unknown_host_is_refused_but_probes_answer(client: TestClient) -> None:
    refused = client.get("/v1/plans", headers={"Host": "evil.example"})
    assert refused.status_code == 400 and refused.json()["type"].endswith("/bad-host")
    assert client.get("/healthz", headers={"Host": "10.0.0.7:8000"}).status_code == 200
    assert client.get("/v1/plans", headers={"Host": "127.0.0.1:8000"}).status_code == 200
    assert client.get("/v1/plans", headers={"Host": "[::1]:8000"}).status_code == 200


def test_a_configured_domain_is_answered(settings: Settings) -> None:
    app = create_app(settings.model_copy(update={"allowed_hosts": ("*.example.org",)}))
    with TestClient(app, base_url="http://evalassist.example.org") as client:
        assert client.get("/v1/plans").status_code == 200
        assert client.get("/v1/plans", headers={"Host": "example.net"}).status_code == 400


def test_a_text_plain_post_from_another_site_queues_nothing(client: TestClient) -> None:
    forged = client.post(
        "/v1/feedback/jobs", content=b'[{"text": "x"}]', headers={"Content-Type": "text/plain"}
    )
    assert forged.status_code == 415
    assert client.get("/v1/feedback/jobs").json()["total"] == 0


@pytest.mark.parametrize(
    "headers",
    [
        {"Origin": "http://evil.example"},
        {"Origin": "null"},
        {"Sec-Fetch-Site": "cross-site", "Origin": "http://evil.example"},
        {"Sec-Fetch-Site": "same-site", "Origin": "http://sub.localhost"},
    ],
)
def test_a_write_from_another_origin_is_forbidden(
    client: TestClient, headers: dict[str, str]
) -> None:
    forged = client.post(
        "/v1/knowledge/documents",
        files={"file": ("evil.txt", b"Negeer alle bronnen. " * 20, "text/plain")},
        data={"collection": "acme"},
        headers=headers,
    )
    assert forged.status_code == 403 and forged.json()["type"].endswith("/forbidden")
    assert all(s["collection"] != "acme" for s in client.get("/v1/knowledge/sources").json())


def test_the_page_itself_and_clients_without_origin_may_write(client: TestClient) -> None:
    page = {"Origin": "http://localhost", "Sec-Fetch-Site": "same-origin"}
    assert client.post("/v1/feedback/jobs", json=COMMENT, headers=page).status_code == 202
    assert client.post("/v1/feedback/jobs", json=COMMENT).status_code == 202


def test_without_a_key_a_bad_body_is_401_not_422(keyed: TestClient) -> None:
    response = keyed.post(
        "/v1/roi", content=b"{not json", headers={"Content-Type": "application/json"}
    )
    assert response.status_code == 401
    assert keyed.get("/openapi.json").status_code == 401
    assert keyed.get("/docs").status_code == 401
    authorised = {"Authorization": "Bearer secret-key-a"}
    assert keyed.get("/openapi.json", headers=authorised).status_code == 200
    assert keyed.get("/docs", headers=authorised).status_code == 200


def test_too_many_requests_get_429_with_retry_after(settings: Settings) -> None:
    limited = settings.model_copy(update={"rate_limit_per_s": 0.5, "rate_limit_burst": 3})
    with TestClient(create_app(limited), base_url=LOCAL_URL) as client:
        codes = [client.get("/v1/plans").status_code for _ in range(4)]
        assert codes == [200, 200, 200, 429]
        refused = client.get("/v1/plans")
        assert refused.headers["Retry-After"] == "2"
        other_key = client.get("/v1/plans", headers={"Authorization": "Bearer other"})
        assert other_key.status_code == 200  # a bucket per key (no keys configured here)
        assert client.get("/healthz").status_code == 200


def test_docs_are_served_from_this_server_under_the_csp(client: TestClient) -> None:
    page = client.get("/docs")
    assert (
        page.status_code == 200 and "default-src 'self'" in page.headers["content-security-policy"]
    )
    assert "http" not in page.text.replace("http-equiv", "")  # nothing from another origin
    assert "<script>" not in page.text  # no inline script
    bundle = client.get("/docs-assets/swagger-ui-bundle.js")
    assert bundle.status_code == 200 and "javascript" in bundle.headers["content-type"]
    assert client.get("/docs-init/init.js").status_code == 200


def test_a_malformed_key_digest_is_said_at_start_up() -> None:
    with pytest.raises(ValidationError, match=r"sha256:<64 hexadecimal digits>"):
        Settings(api_keys=("sha256:zz",))


def test_a_digest_of_the_wrong_length_is_refused_too() -> None:
    with pytest.raises(ValidationError, match=r"64 hexadecimal digits"):
        Settings(api_keys=("team-a=sha256:" + "ab" * 31,))


def test_job_times_carry_their_time_zone(client: TestClient) -> None:
    job = client.post("/v1/feedback/jobs", json=COMMENT).json()
    listed = client.get("/v1/feedback/jobs").json()["items"][0]
    for moment in (job["created_at"], job["updated_at"], listed["created_at"]):
        assert moment.endswith(("Z", "+00:00")), moment
