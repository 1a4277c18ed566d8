"""Per-respondent estimates: summed, never extrapolated to people who did not respond."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from assistant.roi.lines import apply_years
from assistant.roi.models import RespondentEstimate, Respondents
from assistant.roi.numbers import HUNDRED, show_money, show_pct
from assistant.roi.results import ExcludedResponse, RespondentSummary, StepKind
from assistant.roi.texts import Lang, phrase
from assistant.roi.trace import ExactLine, Trace
from assistant.roi.years import BenefitYears

POINTER = "/respondents"


@dataclass(frozen=True)
class RespondentsOutcome:
    line: ExactLine
    summary: RespondentSummary
    excluded: tuple[ExcludedResponse, ...]


def contribution(response: RespondentEstimate) -> Decimal:
    """value x attribution x confidence, the respondent's own conservative estimate."""
    return response.annual_value * response.attribution_pct * response.confidence_pct / HUNDRED**2


def respondents_line(
    respondents: Respondents, *, years: BenefitYears, lang: Lang
) -> RespondentsOutcome:
    """One benefit line summing the included responses; excluded ones are listed."""
    responses = respondents.responses
    description = phrase(
        "population", lang, responded=len(responses), population=respondents.population
    )
    trace = Trace(lang=lang, start=Decimal(0), formula=f"0.00 ({description})", factor=None)
    excluded = [_apply(trace, index, response) for index, response in enumerate(responses)]
    listed = tuple(item for item in excluded if item is not None)
    missing = respondents.population - len(responses)
    trace.add(StepKind.NON_RESPONDENTS, Decimal(0), f"{missing} × 0")
    first_year = trace.value
    apply_years(trace, years)
    line = trace.finish(
        first_year=first_year,
        kind="benefit",
        pointer=POINTER,
        description=description,
        isolation_method=None,
    )
    summary = RespondentSummary(
        population=respondents.population,
        responded=len(responses),
        included=len(responses) - len(listed),
        excluded=len(listed),
        non_respondents=missing,
    )
    return RespondentsOutcome(line=line, summary=summary, excluded=listed)


def _apply(trace: Trace, index: int, response: RespondentEstimate) -> ExcludedResponse | None:
    pointer = f"{POINTER}/responses/{index}"
    value = response.annual_value
    if response.exclude_reason is not None:
        note = f"#{index + 1} {show_money(value)} {phrase('left_out', trace.lang)}: "
        trace.add(StepKind.EXCLUDED, Decimal(0), "0", note + response.exclude_reason)
        return ExcludedResponse(pointer=pointer, annual_value=value, reason=response.exclude_reason)
    shown = (
        f"{show_money(value)} × {show_pct(response.attribution_pct)} × "
        f"{show_pct(response.confidence_pct)}"
    )
    trace.add(StepKind.RESPONDENT, contribution(response), shown, f"#{index + 1}")
    return None
