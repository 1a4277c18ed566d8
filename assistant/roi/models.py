"""``RoiInput``: what an evaluator knows about a programme's costs and benefits (Phillips level 5).

Unknown fields are rejected, numbers may be JSON numbers or numeric strings, and every check that
can be made on the input alone is made here, so a bad field is reported with its JSON pointer.
"""

from __future__ import annotations

from decimal import Decimal
from enum import StrEnum
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator
from pydantic_core import InitErrorDetails, PydanticCustomError

from assistant.messages import Text as Message
from assistant.messages import TextValueError
from assistant.messages.fields import field_label
from assistant.roi.numbers import Amount, Number, Percent

Text = Annotated[str, Field(min_length=1, max_length=500)]
MAX_LINES = 1000
MAX_RESPONSES = 100_000
MAX_PARTICIPANTS = 10_000_000


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


PERIODS_PER_YEAR: dict[Period, int] = {
    Period.YEAR: 1,
    Period.MONTH: 12,
    Period.WEEK: 52,
    Period.DAY: 260,
    Period.ONCE: 1,
}


class IsolationMethod(StrEnum):
    """How the programme's share of an improvement was separated from other influences."""

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


ESTIMATE_METHODS = frozenset(
    {
        IsolationMethod.PARTICIPANT_ESTIMATE,
        IsolationMethod.SUPERVISOR_ESTIMATE,
        IsolationMethod.MANAGEMENT_ESTIMATE,
        IsolationMethod.EXPERT_ESTIMATE,
        IsolationMethod.CUSTOMER_INPUT,
    }
)


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def field_error(model: str, field: str, message: Message, value: object = None) -> ValidationError:
    """A cross-field rule's failure, located at ``field`` so its JSON pointer names it.

    Its text is English for pydantic and the CLI; the message travels along in the error's
    context, so the API and the page can say it in the reader's language.
    """
    english = message.render("en")
    sentence = Message.of("roi.rule", field=field_label(field), rule=message)
    error = PydanticCustomError(
        "value_error", "{reason}", {"reason": english, "error": TextValueError(sentence)}
    )
    detail = InitErrorDetails(type=error, loc=(field,), input=value)
    return ValidationError.from_exception_data(model, [detail])


class CostLine(_Strict):
    """One fully loaded cost item; ``prorate_pct`` charges only this programme's share."""

    category: CostCategory
    description: Text
    amount: Amount
    per_participant: bool = False
    prorate_pct: Percent = Decimal(100)


class Adjustment(_Strict):
    """An extra conservative correction, e.g. ``0.8`` for a known measurement error."""

    factor: Annotated[Number, Field(ge=0, le=10)]
    reason: Text


class BenefitLine(_Strict):
    """One monetised improvement: ``amount`` or ``quantity`` x ``unit_value`` per ``period``."""

    description: Text
    amount: Amount | None = None
    quantity: Amount | None = None
    unit_value: Amount | None = None
    period: Period
    periods_per_year: Annotated[Number, Field(gt=0, le=8784)] | None = None
    per_participant: bool = False
    profit_margin_pct: Percent | None = None
    attribution_pct: Percent = Decimal(100)
    isolation_method: IsolationMethod
    confidence_pct: Percent = Decimal(100)
    adjustments: Annotated[list[Adjustment], Field(max_length=20)] = []

    @model_validator(mode="after")
    def _one_way_to_value(self) -> BenefitLine:
        has_product = self.quantity is not None or self.unit_value is not None
        if self.amount is None and not has_product:
            raise field_error("BenefitLine", "amount", Message.of("roi.benefit.value_missing"))
        if self.amount is not None and has_product:
            raise field_error("BenefitLine", "amount", Message.of("roi.benefit.value_twice"))
        for name in ("quantity", "unit_value"):
            if getattr(self, name) is None and has_product:
                raise field_error("BenefitLine", name, Message.of(f"roi.benefit.{name}_missing"))
        if self.periods_per_year is not None and self.period in (Period.ONCE, Period.YEAR):
            message = Message.of(f"roi.benefit.periods_per_year.{self.period.value}")
            raise field_error("BenefitLine", "periods_per_year", message, self.periods_per_year)
        return self


class RespondentEstimate(_Strict):
    """One respondent's own estimate of the annual improvement and the programme's share."""

    annual_value: Amount
    attribution_pct: Percent
    confidence_pct: Percent
    exclude_reason: Text | None = None


class Respondents(_Strict):
    """Per-respondent estimates; those who did not respond count as zero, never extrapolated."""

    population: Annotated[int, Field(ge=1, le=MAX_PARTICIPANTS)]
    responses: Annotated[list[RespondentEstimate], Field(max_length=MAX_RESPONSES)]

    @model_validator(mode="after")
    def _not_more_than_population(self) -> Respondents:
        if len(self.responses) > self.population:
            message = Message.of(
                "roi.respondents.too_many",
                responses=len(self.responses),
                population=self.population,
            )
            raise field_error("Respondents", "responses", message)
        return self


class RoiInput(_Strict):
    """Everything the Phillips ROI calculation needs, as the evaluator collected it."""

    program: Annotated[str, Field(max_length=200)] | None = None
    currency: Annotated[str, Field(pattern=r"^[A-Z]{3}$")] = "EUR"
    participants: Annotated[int, Field(ge=0, le=MAX_PARTICIPANTS)]
    costs: Annotated[list[CostLine], Field(max_length=MAX_LINES)]
    benefits: Annotated[list[BenefitLine], Field(max_length=MAX_LINES)] = []
    respondents: Respondents | None = None
    benefit_years: Annotated[int, Field(ge=1, le=10)] = 1
    long_term: bool = False
    discount_rate_pct: Percent | None = None
    intangibles: Annotated[list[Text], Field(max_length=100)] = []
    label: Literal["actual", "forecast"] = "actual"
