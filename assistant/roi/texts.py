"""Words used in formulas, in Dutch and English; the numbers around them are language-neutral."""

from __future__ import annotations

from typing import Literal

from assistant.roi.results import StepKind

Lang = Literal["en", "nl"]
LANGS: tuple[Lang, ...] = ("en", "nl")

_STEP_LABELS: dict[Lang, dict[StepKind, str]] = {
    "en": {
        StepKind.BASE: "amount",
        StepKind.ANNUALISE: "periods per year",
        StepKind.PARTICIPANTS: "participants",
        StepKind.PRORATE: "prorated share",
        StepKind.PROFIT_MARGIN: "profit margin",
        StepKind.ATTRIBUTION: "attribution to the programme",
        StepKind.CONFIDENCE: "confidence",
        StepKind.ADJUSTMENT: "adjustment",
        StepKind.RESPONDENT: "respondent",
        StepKind.EXCLUDED: "excluded respondent",
        StepKind.NON_RESPONDENTS: "non-respondents count as zero",
        StepKind.BENEFIT_YEARS: "benefit years",
    },
    "nl": {
        StepKind.BASE: "bedrag",
        StepKind.ANNUALISE: "perioden per jaar",
        StepKind.PARTICIPANTS: "deelnemers",
        StepKind.PRORATE: "toegerekend deel",
        StepKind.PROFIT_MARGIN: "winstmarge",
        StepKind.ATTRIBUTION: "toeschrijving aan het programma",
        StepKind.CONFIDENCE: "betrouwbaarheid",
        StepKind.ADJUSTMENT: "correctie",
        StepKind.RESPONDENT: "respondent",
        StepKind.EXCLUDED: "uitgesloten respondent",
        StepKind.NON_RESPONDENTS: "non-respons telt als nul",
        StepKind.BENEFIT_YEARS: "batenjaren",
    },
}

_PHRASES: dict[Lang, dict[str, str]] = {
    "en": {
        "quantity": "quantity × unit value",
        "years": "years 1-{n}",
        "discounted": "years 2-{n} discounted at {rate}",
        "one_off": "one-off: year 1 only",
        "left_out": "left out",
        "population": "{responded} of {population} responded",
        "year": "year",
        "month": "month",
        "week": "week",
        "day": "day",
        "once": "once",
    },
    "nl": {
        "quantity": "aantal × waarde per eenheid",
        "years": "jaar 1-{n}",
        "discounted": "jaar 2-{n} verdisconteerd tegen {rate}",
        "one_off": "eenmalig: alleen jaar 1",
        "left_out": "weggelaten",
        "population": "{responded} van {population} hebben gereageerd",
        "year": "jaar",
        "month": "maand",
        "week": "week",
        "day": "dag",
        "once": "eenmalig",
    },
}


def step_label(kind: StepKind, lang: Lang) -> str:
    return _STEP_LABELS[lang][kind]


def phrase(key: str, lang: Lang, **values: object) -> str:
    return _PHRASES[lang][key].format(**values)
