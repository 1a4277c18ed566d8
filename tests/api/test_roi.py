"""POST /v1/roi through the same pydantic models the code uses."""

from __future__ import annotations

import copy
import hashlib
import json
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import pytest
from fastapi.testclient import TestClient

from api import create_app
from assistant.roi import RoiInput, RoiResult, WarningCode, compute_roi
from assistant.roi.example import example_input, example_payload
from assistant.roi.warnings import TEXTS
from assistant.settings import Settings
from tests.served import LOCAL_URL

PROBLEM = "application/problem+json"


def _post(client: TestClient, roi_input: RoiInput, **params: str) -> RoiResult:
    response = client.post(
        "/v1/roi",
        content=roi_input.model_dump_json(),
        params=params,
        headers={"Content-Type": "application/json"},
    )
    assert response.status_code == 200, response.text
    return RoiResult.model_validate_json(response.text)


def test_post_roi_returns_the_same_result_as_the_domain(client: TestClient) -> None:
    roi_input = example_input()
    assert _post(client, roi_input) == compute_roi(roi_input)


def test_article_customer_service_case_over_http(client: TestClient) -> None:
    body = {
        "participants": 1,
        "currency": "USD",
        "costs": [{"category": "delivery", "description": "Training", "amount": 300}],
        "benefits": [
            {
                "description": "2% efficiency on 45,000",
                "quantity": 0.02,
                "unit_value": 45000,
                "period": "year",
                "isolation_method": "none",
            }
        ],
    }
    response = client.post("/v1/roi", json=body)
    result = RoiResult.model_validate(response.json())
    assert (result.roi_pct, result.bcr, result.payback_months) == (
        Decimal(200),
        Decimal(3),
        Decimal(4),
    )
    assert response.json()["roi_pct"] == "200.00"  # decimal strings: no float ever


def test_lang_query_words_warnings_in_dutch(client: TestClient) -> None:
    roi_input = RoiInput.model_validate({**example_payload(), "benefit_years": 2})
    result = _post(client, roi_input, lang="nl")
    assert [w.message for w in result.warnings] == [
        TEXTS[WarningCode.MULTI_YEAR_NOT_LONG_TERM]["nl"]
    ]


@pytest.mark.parametrize(
    ("path", "value", "pointer"),
    [
        (("costs", 0, "amount"), -1, "/costs/0/amount"),
        (("costs", 0, "amount"), "NaN", "/costs/0/amount"),
        (("costs", 0, "amount"), 10**15, "/costs/0/amount"),
        (("benefits", 0, "attribution_pct"), 101, "/benefits/0/attribution_pct"),
        (("benefits", 1, "periods_per_year"), -4, "/benefits/1/periods_per_year"),
        (
            ("respondents", "responses", 0, "confidence_pct"),
            120,
            "/respondents/responses/0/confidence_pct",
        ),
        (("currency",), "euro", "/currency"),
        (("surprise",), 1, "/surprise"),
    ],
)
def test_bad_fields_are_422_problem_json_with_pointers(
    client: TestClient, path: tuple[Any, ...], value: Any, pointer: str
) -> None:
    body = copy.deepcopy(example_payload())
    target: Any = body
    for part in path[:-1]:
        target = target[part]
    target[path[-1]] = value
    response = client.post("/v1/roi", json=body)
    assert response.status_code == 422
    assert response.headers["content-type"] == PROBLEM
    problem = response.json()
    assert problem["type"].endswith("/invalid-input") and problem["status"] == 422
    assert pointer in [error["pointer"] for error in problem["errors"]]


def test_a_benefit_without_a_value_points_at_amount(client: TestClient) -> None:
    body = copy.deepcopy(example_payload())
    del body["benefits"][0]["quantity"], body["benefits"][0]["unit_value"]
    problem = client.post("/v1/roi", json=body).json()
    assert [e["pointer"] for e in problem["errors"]] == ["/benefits/0/amount"]


def test_zero_total_costs_is_422_naming_costs(client: TestClient) -> None:
    body = {**example_payload(), "costs": []}
    response = client.post("/v1/roi", json=body)
    assert response.status_code == 422
    assert response.headers["content-type"] == PROBLEM
    assert response.json()["errors"] == [
        {"pointer": "/costs", "detail": "total costs must be above 0"}
    ]


def test_malformed_json_is_422(client: TestClient) -> None:
    response = client.post(
        "/v1/roi", content=b"{not json", headers={"Content-Type": "application/json"}
    )
    assert response.status_code == 422
    assert response.headers["content-type"] == PROBLEM


def test_unknown_lang_is_422(client: TestClient) -> None:
    response = client.post("/v1/roi", json=example_payload(), params={"lang": "fr"})
    assert response.status_code == 422
    assert response.json()["errors"][0]["pointer"] == "/query/lang"


HASHED_SECRET = "hashed-secret"


@pytest.fixture
def keyed_client(settings: Settings) -> Iterator[TestClient]:
    hashed = "sha256:" + hashlib.sha256(HASHED_SECRET.encode()).hexdigest()
    keyed = settings.model_copy(update={"api_keys": ("plain-key", hashed)})
    with TestClient(create_app(keyed), base_url=LOCAL_URL) as test_client:
        yield test_client


@pytest.mark.parametrize(
    ("headers", "status"),
    [
        ({}, 401),
        ({"Authorization": "Bearer wrong"}, 401),
        ({"Authorization": "Basic cGxhaW4ta2V5"}, 401),
        (
            {"Authorization": "Bearer " + "sha256:" + hashlib.sha256(b"hashed-secret").hexdigest()},
            401,
        ),
        ({"Authorization": "Bearer plain-key"}, 200),
        ({"Authorization": f"Bearer {HASHED_SECRET}"}, 200),
    ],
)
def test_api_keys_guard_post_roi(
    keyed_client: TestClient, headers: dict[str, str], status: int
) -> None:
    response = keyed_client.post("/v1/roi", json=example_payload(), headers=headers)
    assert response.status_code == status
    if status == 401:
        assert response.headers["content-type"] == PROBLEM
        assert response.headers["www-authenticate"] == "Bearer"
    else:
        assert (
            RoiResult.model_validate(response.json()).roi_pct
            == compute_roi(example_input()).roi_pct
        )


def test_healthz_needs_no_key(keyed_client: TestClient) -> None:
    assert keyed_client.get("/healthz").status_code == 200


@pytest.fixture
def small_client(settings: Settings) -> Iterator[TestClient]:
    small = settings.model_copy(update={"max_body_bytes": 1024})
    with TestClient(create_app(small), base_url=LOCAL_URL) as test_client:
        yield test_client


def test_a_body_over_max_body_bytes_is_413(small_client: TestClient) -> None:
    body = json.dumps(example_payload()).encode()
    assert len(body) > 1024
    response = small_client.post(
        "/v1/roi", content=body, headers={"Content-Type": "application/json"}
    )
    assert response.status_code == 413
    assert response.headers["content-type"] == PROBLEM
    assert response.json()["status"] == 413


def test_a_streamed_body_over_max_body_bytes_is_413(small_client: TestClient) -> None:
    body = json.dumps(example_payload()).encode()
    chunks = iter([body[:600], body[600:]])  # no Content-Length: chunked transfer
    response = small_client.post(
        "/v1/roi", content=chunks, headers={"Content-Type": "application/json"}
    )
    assert response.status_code == 413


def test_a_small_body_passes_the_limit(small_client: TestClient) -> None:
    body = {
        "participants": 1,
        "costs": [{"category": "delivery", "description": "x", "amount": 1}],
    }
    assert small_client.post("/v1/roi", json=body).status_code == 200


def test_openapi_documents_the_route(client: TestClient) -> None:
    operation = client.get("/openapi.json").json()["paths"]["/v1/roi"]["post"]
    assert "Phillips" in operation["description"]
    assert [p["name"] for p in operation["parameters"]] == ["lang"]
    examples = operation["requestBody"]["content"]["application/json"]["examples"]
    for example in examples.values():
        RoiInput.model_validate(example["value"])
