"""REST: the ROI calculator's cross-field rules are explained in the reader's language.

Each rule's English text is unchanged (the CLI and English clients keep it); Dutch readers get a
Dutch sentence that names the field and what to do, not a generic "deze waarde is niet geldig".
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

import pytest
from fastapi.testclient import TestClient

from assistant.roi.example import example_payload

NL = {"Accept-Language": "nl-NL,nl;q=0.9"}
EN = {"Accept-Language": "en-GB,en;q=0.9"}


def _benefit(change: Callable[[dict[str, Any]], None]) -> dict[str, Any]:
    body = copy.deepcopy(example_payload())
    change(body["benefits"][0])
    return body


def _no_value(benefit: dict[str, Any]) -> None:
    del benefit["quantity"], benefit["unit_value"]


def _both_values(benefit: dict[str, Any]) -> None:
    benefit["amount"] = 900


def _no_unit_value(benefit: dict[str, Any]) -> None:
    del benefit["unit_value"]


def _no_quantity(benefit: dict[str, Any]) -> None:
    del benefit["quantity"]


def _periods_on_a_yearly_benefit(benefit: dict[str, Any]) -> None:
    benefit["periods_per_year"] = 12


def _periods_on_a_one_off_benefit(benefit: dict[str, Any]) -> None:
    benefit["period"], benefit["periods_per_year"] = "once", 4


def _more_responses_than_people() -> dict[str, Any]:
    body = copy.deepcopy(example_payload())
    body["respondents"]["population"] = 3
    return body


CASES = [
    (
        _benefit(_no_value),
        "/benefits/0/amount",
        "Check the amount: give amount, or quantity and unit_value.",
        "Controleer het bedrag: vul een bedrag in, of een aantal en een waarde per eenheid.",
    ),
    (
        _benefit(_both_values),
        "/benefits/0/amount",
        "Check the amount: give amount or quantity and unit_value, not both.",
        "niet allebei",
    ),
    (
        _benefit(_no_unit_value),
        "/benefits/0/unit_value",
        "required with quantity: quantity and unit_value go together",
        "vul ook de waarde per eenheid in",
    ),
    (
        _benefit(_no_quantity),
        "/benefits/0/quantity",
        "required with unit_value: quantity and unit_value go together",
        "vul ook het aantal in",
    ),
    (
        _benefit(_periods_on_a_yearly_benefit),
        "/benefits/0/periods_per_year",
        "does not apply to period 'year'",
        "een baat per jaar heeft geen perioden per jaar",
    ),
    (
        _benefit(_periods_on_a_one_off_benefit),
        "/benefits/0/periods_per_year",
        "does not apply to period 'once'",
        "een eenmalige baat heeft geen perioden per jaar",
    ),
    (
        _more_responses_than_people(),
        "/respondents/responses",
        "4 responses exceed the population 3",
        "er zijn 4 antwoorden, meer dan de 3 mensen in de populatie",
    ),
]


@pytest.mark.parametrize(("body", "pointer", "english", "dutch"), CASES)
def test_cross_field_rules_in_both_languages(
    client: TestClient, body: dict[str, Any], pointer: str, english: str, dutch: str
) -> None:
    answers = {}
    for lang, headers in (("en", EN), ("nl", NL)):
        response = client.post("/v1/roi", json=body, headers=headers)
        assert response.status_code == 422, response.text
        errors = {e["pointer"]: e["detail"] for e in response.json()["errors"]}
        assert list(errors) == [pointer]
        answers[lang] = (errors[pointer], response.json()["detail"])
    assert english in answers["en"][0] and english in answers["en"][1]
    assert dutch in answers["nl"][0] and dutch in answers["nl"][1]
    assert answers["nl"][0].startswith("Controleer ")
    assert "niet geldig" not in answers["nl"][0]


def test_english_field_sentences_are_unchanged(client: TestClient) -> None:
    body = _benefit(_periods_on_a_yearly_benefit)
    problem = client.post("/v1/roi", json=body).json()
    assert problem["errors"] == [
        {
            "pointer": "/benefits/0/periods_per_year",
            "detail": "Check the periods per year: does not apply to period 'year'.",
        }
    ]
