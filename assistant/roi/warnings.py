"""The Phillips guiding principles as warnings: the figure is computed, and its weak spots named."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from decimal import Decimal

from assistant.roi.models import ESTIMATE_METHODS, CostCategory, IsolationMethod, RoiInput
from assistant.roi.results import RoiWarning, WarningCode
from assistant.roi.texts import Lang

CREDIBLE_ROI_PCT = Decimal(1000)
EXTREME_MULTIPLE = Decimal(3)

TEXTS: dict[WarningCode, dict[Lang, str]] = {
    WarningCode.COSTS_NOT_FULLY_LOADED: {
        "en": "No cost line for participants' time (category participant_time): costs are not "
        "fully loaded (the salary cost of participants' time in the programme is missing).",
        "nl": "Geen kostenregel voor de tijd van deelnemers (categorie participant_time): de "
        "kosten zijn niet volledig (de salariskosten van de tijd die deelnemers aan het "
        "programma besteden ontbreken).",
    },
    WarningCode.ESTIMATE_WITHOUT_CONFIDENCE: {
        "en": "An estimate is used to isolate the effect without a confidence adjustment: "
        "ask how sure the estimator is and set the confidence (confidence_pct) below 100%.",
        "nl": "Een schatting isoleert het effect zonder betrouwbaarheidscorrectie: "
        "vraag hoe zeker de schatter is en zet de zekerheid (confidence_pct) onder 100%.",
    },
    WarningCode.NO_ISOLATION: {
        "en": "The programme's effect is not isolated from other influences "
        "(isolation method: none): the benefit may be overstated.",
        "nl": "Het effect van het programma is niet geïsoleerd van andere invloeden "
        "(isolatiemethode: geen): de baat is mogelijk overschat.",
    },
    WarningCode.MULTI_YEAR_NOT_LONG_TERM: {
        "en": "Benefits are counted over more than one year for a programme not marked as "
        "long-term (long_term): for short programmes count only the first year.",
        "nl": "Baten worden over meer dan één jaar geteld voor een programma dat niet als "
        "langlopend (long_term) is gemarkeerd: tel bij korte programma's alleen het eerste jaar.",
    },
    WarningCode.ROI_NOT_CREDIBLE: {
        "en": "ROI above 1,000%: check the data and adjustments before reporting; "
        "such figures are rarely credible.",
        "nl": "ROI boven 1.000%: controleer gegevens en correcties voordat je rapporteert; "
        "zulke cijfers zijn zelden geloofwaardig.",
    },
    WarningCode.EXTREME_RESPONDENT_VALUE: {
        "en": "A respondent's value is more than 3x the median: check this extreme value "
        "(it is not excluded automatically).",
        "nl": "De waarde van een respondent is meer dan 3x de mediaan: controleer deze "
        "extreme waarde (ze wordt niet automatisch uitgesloten).",
    },
}


def collect_warnings(roi_input: RoiInput, *, roi_pct: Decimal, lang: Lang) -> list[RoiWarning]:
    """Every principle the input or the result strains, in a fixed order, with its pointer.

    ``roi_pct`` is the ROI as reported (rounded), so the credibility warning matches the figure.
    """
    found = [*_input_findings(roi_input), *_extreme_responses(roi_input)]
    if roi_pct > CREDIBLE_ROI_PCT:
        found.append((WarningCode.ROI_NOT_CREDIBLE, None))
    return [
        RoiWarning(code=code, message=TEXTS[code][lang], pointer=pointer) for code, pointer in found
    ]


Finding = tuple[WarningCode, str | None]


def _input_findings(roi_input: RoiInput) -> Iterator[Finding]:
    if all(cost.category is not CostCategory.PARTICIPANT_TIME for cost in roi_input.costs):
        yield WarningCode.COSTS_NOT_FULLY_LOADED, "/costs"
    for index, benefit in enumerate(roi_input.benefits):
        pointer = f"/benefits/{index}"
        if benefit.isolation_method in ESTIMATE_METHODS and benefit.confidence_pct == 100:
            yield WarningCode.ESTIMATE_WITHOUT_CONFIDENCE, pointer
        if benefit.isolation_method is IsolationMethod.NONE:
            yield WarningCode.NO_ISOLATION, pointer
    if roi_input.benefit_years > 1 and not roi_input.long_term:
        yield WarningCode.MULTI_YEAR_NOT_LONG_TERM, "/benefit_years"


def _extreme_responses(roi_input: RoiInput) -> Iterator[Finding]:
    if roi_input.respondents is None:
        return
    included = [
        (index, response.annual_value)
        for index, response in enumerate(roi_input.respondents.responses)
        if response.exclude_reason is None
    ]
    if not included:
        return
    limit = EXTREME_MULTIPLE * median([value for _, value in included])
    for index, value in included:
        if value > limit:
            yield WarningCode.EXTREME_RESPONDENT_VALUE, f"/respondents/responses/{index}"


def median(values: Sequence[Decimal]) -> Decimal:
    ordered = sorted(values)
    middle = len(ordered) // 2
    if len(ordered) % 2:
        return ordered[middle]
    return (ordered[middle - 1] + ordered[middle]) / 2
