"""``RoiResult``: the figures, and every step that produced them, so a reader can check each one.

Money, percentages and ratios are ``Decimal`` (JSON strings such as ``"300.00"``): rounded half-up
once, at the end, from exact intermediate values.
"""

from __future__ import annotations

from decimal import Decimal
from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, ConfigDict

from assistant.roi.models import CostCategory, IsolationMethod, RoiInput


class StepKind(StrEnum):
    BASE = "base"
    ANNUALISE = "annualise"
    PARTICIPANTS = "participants"
    PRORATE = "prorate"
    PROFIT_MARGIN = "profit_margin"
    ATTRIBUTION = "attribution"
    CONFIDENCE = "confidence"
    ADJUSTMENT = "adjustment"
    RESPONDENT = "respondent"
    EXCLUDED = "excluded"
    NON_RESPONDENTS = "non_respondents"
    BENEFIT_YEARS = "benefit_years"


class WarningCode(StrEnum):
    COSTS_NOT_FULLY_LOADED = "costs_not_fully_loaded"
    ESTIMATE_WITHOUT_CONFIDENCE = "estimate_without_confidence"
    NO_ISOLATION = "no_isolation"
    MULTI_YEAR_NOT_LONG_TERM = "multi_year_not_long_term"
    ROI_NOT_CREDIBLE = "roi_not_credible"
    EXTREME_RESPONDENT_VALUE = "extreme_respondent_value"


class _Out(BaseModel):
    model_config = ConfigDict(frozen=True)


class RoiStep(_Out):
    """One step of a line: ``value_after = value_before x factor`` (``factor`` null when added)."""

    kind: StepKind
    factor: Decimal | None
    value_before: Decimal
    value_after: Decimal
    formula: str


class RoiLine(_Out):
    """A cost or benefit line; ``pointer`` locates it in the input (``/benefits/0``)."""

    kind: Literal["cost", "benefit"]
    pointer: str
    description: str
    category: CostCategory | None = None
    isolation_method: IsolationMethod | None = None
    first_year_value: Decimal
    value: Decimal
    steps: list[RoiStep]


class BreakEven(_Out):
    """Where ROI is 0 %: the benefits needed, and how far the adjusted benefits are from them.

    At most one of the two percentages is set: ``benefit_margin_pct`` (how far benefits may fall)
    when they cover the costs, ``benefit_rise_pct`` (how far they must rise) when they fall short.
    Neither is set without benefits: no percentage of nothing reaches the costs.
    """

    benefits_needed: Decimal
    benefit_margin_pct: Decimal | None
    benefit_rise_pct: Decimal | None = None


class RoiWarning(_Out):
    code: WarningCode
    message: str
    pointer: str | None = None


class ExcludedResponse(_Out):
    pointer: str
    annual_value: Decimal
    reason: str


class RespondentSummary(_Out):
    population: int
    responded: int
    included: int
    excluded: int
    non_respondents: int


class RoiResult(_Out):
    """The Phillips level-5 result for one programme."""

    program: str | None
    currency: str
    label: Literal["actual", "forecast"]
    total_costs: Decimal
    total_benefits: Decimal
    first_year_benefits: Decimal
    net_benefits: Decimal
    roi_pct: Decimal
    bcr: Decimal
    payback_months: Decimal | None
    break_even: BreakEven
    lines: list[RoiLine]
    respondents: RespondentSummary | None
    excluded_responses: list[ExcludedResponse]
    intangibles: list[str]
    warnings: list[RoiWarning]
    input: RoiInput
