"""``compute_roi``: Phillips level 5 from fully loaded costs and isolated, adjusted benefits.

ROI (%) = (benefits - costs) / costs x 100 and BCR = benefits / costs, computed exactly and
rounded half-up only when the result is assembled.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, localcontext

from assistant.errors import FieldProblem, InvalidInputError
from assistant.messages import Text
from assistant.roi.lines import benefit_line, cost_line
from assistant.roi.models import RoiInput
from assistant.roi.numbers import CENT, HUNDRED, TENTH, at_least, half_up, money
from assistant.roi.respondents import RespondentsOutcome, respondents_line
from assistant.roi.results import BreakEven, RoiResult
from assistant.roi.texts import Lang
from assistant.roi.trace import ExactLine
from assistant.roi.warnings import collect_warnings
from assistant.roi.years import BenefitYears

WORKING_PRECISION = 60
MONTHS = Decimal(12)


@dataclass(frozen=True)
class Totals:
    costs: Decimal
    benefits: Decimal
    first_year: Decimal

    @property
    def net(self) -> Decimal:
        return self.benefits - self.costs

    @property
    def roi_pct(self) -> Decimal:
        return self.net / self.costs * HUNDRED

    @property
    def bcr(self) -> Decimal:
        return self.benefits / self.costs

    @property
    def payback_months(self) -> Decimal | None:
        return self.costs / self.first_year * MONTHS if self.first_year else None

    @property
    def benefit_margin_pct(self) -> Decimal | None:
        """How far benefits may fall and still cover the costs (when they do)."""
        return self.net / self.benefits * HUNDRED if self.benefits and self.net >= 0 else None

    @property
    def benefit_rise_pct(self) -> Decimal | None:
        """How far benefits must rise to cover the costs (when they fall short)."""
        return -self.net / self.benefits * HUNDRED if self.benefits and self.net < 0 else None


def compute_roi(roi_input: RoiInput, *, lang: Lang = "en") -> RoiResult:
    """The ROI of one programme, every line's steps shown; ``lang`` words formulas and warnings."""
    with localcontext(prec=WORKING_PRECISION):
        costs, benefits, outcome = _lines(roi_input, lang=lang)
        totals = Totals(
            costs=sum((line.value for line in costs), Decimal(0)),
            benefits=sum((line.value for line in benefits), Decimal(0)),
            first_year=sum((line.first_year for line in benefits), Decimal(0)),
        )
        if not totals.costs:
            raise InvalidInputError(
                Text.of("roi.zero_costs"),
                fields=(FieldProblem.of("/costs", Text.of("roi.zero_costs.field")),),
            )
        return _result(roi_input, totals, [*costs, *benefits], outcome, lang=lang)


def _lines(
    roi_input: RoiInput, *, lang: Lang
) -> tuple[list[ExactLine], list[ExactLine], RespondentsOutcome | None]:
    participants = roi_input.participants
    years = BenefitYears.of(roi_input.benefit_years, roi_input.discount_rate_pct)
    costs = [
        cost_line(cost, index=index, participants=participants, lang=lang)
        for index, cost in enumerate(roi_input.costs)
    ]
    benefits = [
        benefit_line(benefit, index=index, participants=participants, years=years, lang=lang)
        for index, benefit in enumerate(roi_input.benefits)
    ]
    outcome = None
    if roi_input.respondents is not None:
        outcome = respondents_line(roi_input.respondents, years=years, lang=lang)
        benefits.append(outcome.line)
    return costs, benefits, outcome


def _result(
    roi_input: RoiInput,
    totals: Totals,
    lines: list[ExactLine],
    outcome: RespondentsOutcome | None,
    *,
    lang: Lang,
) -> RoiResult:
    payback, margin = totals.payback_months, totals.benefit_margin_pct
    rise = totals.benefit_rise_pct
    return RoiResult(
        program=roi_input.program,
        currency=roi_input.currency,
        label=roi_input.label,
        total_costs=money(totals.costs),
        total_benefits=money(totals.benefits),
        first_year_benefits=money(totals.first_year),
        net_benefits=money(totals.net),
        roi_pct=half_up(totals.roi_pct, CENT),
        bcr=half_up(totals.bcr, CENT),
        payback_months=None if payback is None else half_up(payback, TENTH),
        break_even=BreakEven(
            benefits_needed=money(totals.costs),
            benefit_margin_pct=None if margin is None else half_up(margin, CENT),
            benefit_rise_pct=None if rise is None else at_least(rise, CENT),
        ),
        lines=[line.shown for line in lines],
        respondents=None if outcome is None else outcome.summary,
        excluded_responses=[] if outcome is None else list(outcome.excluded),
        intangibles=list(roi_input.intangibles),
        warnings=collect_warnings(roi_input, roi_pct=half_up(totals.roi_pct, CENT), lang=lang),
        input=roi_input,
    )
