"""Cost and benefit lines of a brief, with the field names of the ROI calculator's lines.

Stand-ins until the ROI calculator (``assistant.roi``) is merged: the same names and meanings as
its ``CostLine`` and ``BenefitLine``, so a brief's lines can be handed to ``RoiInput`` unchanged.
"""

from __future__ import annotations

from decimal import Decimal
from enum import StrEnum
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, model_validator

Text = Annotated[str, Field(min_length=1, max_length=500)]
Amount = Annotated[Decimal, Field(ge=0, lt=Decimal(10) ** 15)]
Percent = Annotated[Decimal, Field(ge=0, le=100)]


class CostCategory(StrEnum):
    NEEDS_ASSESSMENT = "needs_assessment"
    DESIGN_DEVELOPMENT = "design_development"
    ACQUISITION = "acquisition"
    DELIVERY = "delivery"
    PARTICIPANT_TIME = "participant_time"
    TRAVEL_LODGING = "travel_lodging"
    FACILITIES = "facilities"
    MATERIALS = "materials"
    OVERHEAD = "overhead"
    EVALUATION = "evaluation"
    OTHER = "other"


class Period(StrEnum):
    YEAR = "year"
    MONTH = "month"
    WEEK = "week"
    DAY = "day"
    ONCE = "once"


class IsolationMethod(StrEnum):
    CONTROL_GROUP = "control_group"
    TREND_LINE = "trend_line"
    FORECASTING = "forecasting"
    PARTICIPANT_ESTIMATE = "participant_estimate"
    SUPERVISOR_ESTIMATE = "supervisor_estimate"
    MANAGEMENT_ESTIMATE = "management_estimate"
    EXPERT_ESTIMATE = "expert_estimate"
    CUSTOMER_INPUT = "customer_input"
    OTHER = "other"
    NONE = "none"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class CostLine(_Strict):
    """One fully loaded cost item of the programme."""

    category: CostCategory
    description: Text
    amount: Amount
    per_participant: bool = False
    prorate_pct: Percent = Decimal(100)


class Adjustment(_Strict):
    factor: Annotated[Decimal, Field(ge=0, le=10)]
    reason: Text


class BenefitLine(_Strict):
    """One expected, monetised improvement: ``amount`` or ``quantity`` x ``unit_value``."""

    description: Text
    amount: Amount | None = None
    quantity: Amount | None = None
    unit_value: Amount | None = None
    period: Period
    periods_per_year: Annotated[Decimal, Field(gt=0, le=8784)] | None = None
    per_participant: bool = False
    profit_margin_pct: Percent | None = None
    attribution_pct: Percent = Decimal(100)
    isolation_method: IsolationMethod
    confidence_pct: Percent = Decimal(100)
    adjustments: Annotated[list[Adjustment], Field(max_length=20)] = []

    @model_validator(mode="after")
    def _one_way_to_value(self) -> BenefitLine:
        has_product = self.quantity is not None and self.unit_value is not None
        partial = (self.quantity is None) != (self.unit_value is None)
        if partial or (self.amount is not None) == has_product:
            raise ValueError("give either amount, or quantity and unit_value")
        return self
