"""A complete, valid ``RoiInput`` that shows every feature: what ``evalassist roi example`` prints.

Numbers are JSON numbers where whole and numeric strings where fractional, to show both forms.
"""

from __future__ import annotations

from typing import Any

from assistant.roi.models import RoiInput
from assistant.roi.texts import Lang

_WORDS: dict[Lang, dict[str, str]] = {
    "en": {
        "program": "Customer service call handling (example)",
        "needs": "Needs analysis interviews",
        "design": "Course design, shared with a second cohort",
        "delivery": "Trainer fees, two days",
        "time": "Salary cost of two training days per agent",
        "materials": "Workbooks",
        "facilities": "Training room",
        "overhead": "L&D department overhead",
        "evaluation": "Follow-up survey and analysis",
        "handling": "Shorter call handling: 2% efficiency on a salary of 45,000",
        "repeat": "Fewer repeat calls (12 a week at 6.50 each)",
        "calibration": "Supervisor estimates run high in our calibration",
        "left": "Left the company before the follow-up",
        "satisfaction": "Higher customer satisfaction",
        "confidence": "Agents more confident on difficult calls",
    },
    "nl": {
        "program": "Klantgesprekken afhandelen (voorbeeld)",
        "needs": "Interviews behoefteanalyse",
        "design": "Ontwerp van de training, gedeeld met een tweede groep",
        "delivery": "Trainerskosten, twee dagen",
        "time": "Salariskosten van twee trainingsdagen per medewerker",
        "materials": "Werkboeken",
        "facilities": "Trainingsruimte",
        "overhead": "Overhead van de L&D-afdeling",
        "evaluation": "Vervolgenquête en analyse",
        "handling": "Kortere afhandeltijd: 2% efficiëntie op een salaris van 45.000",
        "repeat": "Minder herhaalgesprekken (12 per week à 6,50)",
        "calibration": "Schattingen van leidinggevenden vallen bij ons hoog uit",
        "left": "Uit dienst voor de vervolgmeting",
        "satisfaction": "Hogere klanttevredenheid",
        "confidence": "Medewerkers zekerder bij lastige gesprekken",
    },
}


def example_payload(lang: Lang = "en") -> dict[str, Any]:
    """The example as JSON-ready data."""
    words = _WORDS[lang]
    return {
        "program": words["program"],
        "currency": "EUR",
        "participants": 20,
        "label": "actual",
        "costs": _costs(words),
        "benefits": _benefits(words),
        "respondents": {
            "population": 20,
            "responses": [
                {"annual_value": 2000, "attribution_pct": 50, "confidence_pct": 80},
                {"annual_value": 3000, "attribution_pct": 40, "confidence_pct": 70},
                {"annual_value": 1500, "attribution_pct": 60, "confidence_pct": 90},
                {
                    "annual_value": 2500,
                    "attribution_pct": 50,
                    "confidence_pct": 60,
                    "exclude_reason": words["left"],
                },
            ],
        },
        "benefit_years": 1,
        "long_term": False,
        "intangibles": [words["satisfaction"], words["confidence"]],
    }


def example_input(lang: Lang = "en") -> RoiInput:
    return RoiInput.model_validate(example_payload(lang))


def _costs(words: dict[str, str]) -> list[dict[str, Any]]:
    return [
        {"category": "needs_assessment", "description": words["needs"], "amount": 1500},
        {
            "category": "design_development",
            "description": words["design"],
            "amount": 4000,
            "prorate_pct": 50,
        },
        {"category": "delivery", "description": words["delivery"], "amount": 3600},
        {
            "category": "participant_time",
            "description": words["time"],
            "amount": 300,
            "per_participant": True,
        },
        {
            "category": "materials",
            "description": words["materials"],
            "amount": 25,
            "per_participant": True,
        },
        {"category": "facilities", "description": words["facilities"], "amount": 800},
        {"category": "overhead", "description": words["overhead"], "amount": 600},
        {"category": "evaluation", "description": words["evaluation"], "amount": 1200},
    ]


def _benefits(words: dict[str, str]) -> list[dict[str, Any]]:
    return [
        {
            "description": words["handling"],
            "quantity": "0.02",
            "unit_value": 45000,
            "period": "year",
            "per_participant": True,
            "attribution_pct": 80,
            "isolation_method": "control_group",
        },
        {
            "description": words["repeat"],
            "quantity": 12,
            "unit_value": "6.50",
            "period": "week",
            "periods_per_year": 46,
            "attribution_pct": 60,
            "isolation_method": "supervisor_estimate",
            "confidence_pct": 75,
            "adjustments": [{"factor": "0.9", "reason": words["calibration"]}],
        },
    ]
