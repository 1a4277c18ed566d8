"""REST: an edited plan that breaks a hard rule is refused in the reader's language."""

import json
from decimal import Decimal

import pytest
from fastapi.testclient import TestClient

from assistant.text.formatting import format_number
from assistant.text.language import Language
from tests.api.test_plans import _stored, plan_client  # noqa: F401  (the fixture)

NL = {"Accept-Language": "nl-NL,nl;q=0.9"}
EN = {"Accept-Language": "en-GB,en;q=0.9"}


def _forged(plan_client: TestClient) -> tuple[str, dict]:  # noqa: F811
    """A stored plan, edited to set the ROI by hand, cite a passage that does not exist and
    present a baseline as measured."""
    plan_id, plan = _stored(plan_client)
    plan["roi_forecast"]["roi_pct"] = "999.00"
    forged, first = "kb-does-not-exist-0001", plan["citations"][0]["chunk_id"]
    plan = json.loads(json.dumps(plan).replace(f'"{first}"', f'"{forged}"'))
    with_baseline = next(o for o in plan["objectives"] if o.get("baseline"))
    with_baseline["baseline"]["kind"] = "measured"
    return plan_id, plan


@pytest.mark.parametrize(
    ("headers", "detail", "sentences"),
    [
        (
            NL,
            "Het bewerkte plan voldoet niet aan een harde regel: ",
            [
                "moet de prognose van de ROI-calculator",
                "verwijst naar passage kb-does-not-exist-0001, die niet in de kennisbank staat",
                "staat als gemeten waarde",
            ],
        ),
        (
            EN,
            "The edited plan breaks a hard rule: ",
            [
                "must be the ROI calculator's forecast for the brief's costs and benefits",
                "cites unknown passage kb-does-not-exist-0001",
                "kind 'measured'",
            ],
        ),
    ],
    ids=["nl", "en"],
)
def test_a_rule_breaking_edit_is_refused_in_the_readers_language(
    plan_client: TestClient,  # noqa: F811
    headers: dict[str, str],
    detail: str,
    sentences: list[str],
) -> None:
    plan_id, plan = _forged(plan_client)
    response = plan_client.put(f"/v1/plans/{plan_id}", json=plan, headers=headers)
    assert response.status_code == 422, response.text
    problem = response.json()
    assert problem["detail"].startswith(detail)
    details = [error["detail"] for error in problem["errors"]]
    for sentence in sentences:
        assert sentence in problem["detail"]
        assert any(sentence in item for item in details), (sentence, details)
    pointers = [error["pointer"] for error in problem["errors"]]
    assert "/roi_forecast" in pointers and "/citations/0/chunk_id" in pointers


def test_the_dutch_refusal_shows_the_forecast_with_a_decimal_comma(
    plan_client: TestClient,  # noqa: F811
) -> None:
    plan_id, plan = _stored(plan_client)
    expected = plan["roi_forecast"]["roi_pct"]
    plan["roi_forecast"]["roi_pct"] = "999.00"
    dutch = plan_client.put(f"/v1/plans/{plan_id}", json=plan, headers=NL).json()["detail"]
    english = plan_client.put(f"/v1/plans/{plan_id}", json=plan, headers=EN).json()["detail"]
    assert f"(ROI {expected}%)" in english
    assert f"(ROI {format_number(Decimal(expected), Language.NL)}%)" in dutch
    assert "," in format_number(Decimal(expected), Language.NL) or "." not in expected
