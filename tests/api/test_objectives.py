from fastapi.testclient import TestClient


def test_check_objective(client: TestClient) -> None:
    response = client.post(
        "/v1/objectives/check",
        json={"text": "Het verzuim daalt van 6% naar 4,5% binnen 12 maanden.", "language": "nl"},
    )
    assert response.status_code == 200
    body = response.json()
    assert body["language"] == "nl"
    assert [c["label"] for c in body["criteria"]] == [
        "Specifiek",
        "Meetbaar",
        "Acceptabel",
        "Realistisch",
        "Tijdgebonden",
    ]
    assert body["criteria"][1]["passed"] is True
    assert body["signals"]["baseline"] == "6"


def test_language_detected(client: TestClient) -> None:
    body = client.post("/v1/objectives/check", json={"text": "Improve communication."}).json()
    assert body["language"] == "en"
    assert body["criteria"][0]["passed"] is False


def test_bad_input_is_problem_json(client: TestClient) -> None:
    response = client.post("/v1/objectives/check", json={"text": "x", "language": "de"})
    assert response.status_code == 422
    assert response.headers["content-type"].startswith("application/problem+json")
    assert response.json()["errors"][0]["pointer"] == "/language"
    empty = client.post("/v1/objectives/check", json={"text": "   "})
    assert empty.status_code == 422


def test_documented_in_openapi(client: TestClient) -> None:
    operation = client.get("/openapi.json").json()["paths"]["/v1/objectives/check"]["post"]
    assert "SMART" in operation["description"]
