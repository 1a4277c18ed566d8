"""Small builders for ROI inputs, so each test states only what matters to it."""

from __future__ import annotations

from typing import Any

from assistant.roi import RoiInput


def cost(amount: Any = 1000, **fields: Any) -> dict[str, Any]:
    return {"category": "delivery", "description": "Delivery", "amount": amount, **fields}


def time_cost(amount: Any = 100, **fields: Any) -> dict[str, Any]:
    return cost(amount, category="participant_time", description="Participants' time", **fields)


def benefit(amount: Any = 1000, **fields: Any) -> dict[str, Any]:
    line: dict[str, Any] = {
        "description": "Benefit",
        "period": "year",
        "isolation_method": "control_group",
        **fields,
    }
    if "quantity" not in fields and "unit_value" not in fields:
        line["amount"] = amount
    return line


def payload(**fields: Any) -> dict[str, Any]:
    data: dict[str, Any] = {"participants": 1, "costs": [cost()], "benefits": [benefit()]}
    data.update(fields)
    return data


def roi_input(**fields: Any) -> RoiInput:
    return RoiInput.model_validate(payload(**fields))
