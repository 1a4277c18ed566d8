"""The words of the SMART checker's verdicts, Dutch and English (the method's own vocabulary)."""

from __future__ import annotations

from assistant.text.language import Language

TEXTS: dict[Language, dict[str, str]] = {
    Language.NL: {
        "specific.ok": "Noemt wie ({actor}) en wat er verandert{what}.",
        "specific.vague": (
            "Vaag werkwoord ({verbs}) zonder meetbare uitkomst: er staat niet wat er concreet "
            "en waarneembaar anders wordt."
        ),
        "specific.vague.fix": (
            "Vervang '{verb}' door waarneembaar gedrag of een KPI met getal, bijv. 'teamleiders "
            "voeren maandelijks een ontwikkelgesprek' of 'het verzuim daalt van 6% naar 4,5%'."
        ),
        "specific.actor": "Er staat niet wie het doel moet bereiken (geen doelgroep of afdeling).",
        "specific.actor.fix": (
            "Noem de doelgroep of afdeling, bijv. 'de 40 teamleiders van Klantcontact'."
        ),
        "measurable.ok": "Indicator {kpi} met nulmeting {baseline} en streefwaarde {target}.",
        "measurable.target": (
            "Indicator {kpi} met streefwaarde {target}; de nulmeting (huidige waarde) ontbreekt."
        ),
        "measurable.target.fix": (
            "Leg de nulmeting vast, bijv. 'van 6% naar {target}', zodat de verandering zichtbaar "
            "wordt."
        ),
        "measurable.frequency": "Gedrag met een meetbare frequentie ({frequency}).",
        "measurable.frequency.fix": (
            "Leg vast hoe vaak het gedrag nu voorkomt (nulmeting), bijv. via 360°-feedback vooraf."
        ),
        "measurable.change": (
            "Een verandering van {change} zonder nulmeting: {change} van welke beginwaarde?"
        ),
        "measurable.change.fix": (
            "Noem de huidige waarde en de streefwaarde, bijv. 'van 15% naar 13,5%'."
        ),
        "measurable.none": "Geen indicator met getal of eenheid: het doel is niet te meten.",
        "measurable.none.fix": (
            "Koppel een indicator met eenheid, nulmeting en streefwaarde, bijv. 'verzuim van 6% "
            "naar 4,5%' of 'NPS van 32 naar 40'."
        ),
        "acceptable.ok": "Er zijn signalen van afstemming of eigenaarschap ({cues}).",
        "acceptable.missing": (
            "Geen signaal dat de doelgroep of opdrachtgever het doel onderschrijft (gezocht naar "
            "woorden als 'afgesproken', 'samen met', 'eigenaar', 'draagvlak')."
        ),
        "acceptable.missing.fix": (
            "Leg vast wie het doel onderschrijft en wie eigenaar is, bijv. 'afgesproken met de "
            "teamleiders en de directeur Operations (eigenaar)'."
        ),
        "realistic.absolute": (
            "Absolute doelen ({absolutes}) zijn zelden haalbaar en maken elke afwijking tot "
            "mislukking."
        ),
        "realistic.absolute.fix": (
            "Kies een haalbare stap vanaf de nulmeting, bijv. een daling van 20-30% in een jaar "
            "in plaats van '{absolute}'."
        ),
        "realistic.zero": "Een streefwaarde van 0 is zelden haalbaar.",
        "realistic.large": (
            "Een verandering van {pct} ten opzichte van de nulmeting is groot (de regel keurt "
            "tot {limit} goed)."
        ),
        "realistic.large.fix": (
            "Onderbouw de stap met eerdere resultaten of kies een tussendoel van hooguit {limit}."
        ),
        "realistic.ok": (
            "Geen signaal van een onhaalbaar doel{size} (beoordeeld op: absolute woorden als "
            "'100%', 'nooit meer', 'iedereen', streefwaarde 0, verandering boven {limit})."
        ),
        "realistic.size": ": verandering van {pct}",
        "time_bound.ok": "Er is een termijn: {deadline}.",
        "time_bound.missing": "Geen termijn of datum: wanneer moet het doel bereikt zijn?",
        "time_bound.missing.fix": (
            "Voeg een termijn toe, bijv. 'binnen 12 maanden', 'voor 1 juli 2027' of 'in Q3 2027'."
        ),
        "what.kpi": " ({kpi})",
        "unknown": "onbekend",
        "decimal": ",",
    },
    Language.EN: {
        "specific.ok": "Says who ({actor}) and what changes{what}.",
        "specific.vague": (
            "Vague verb ({verbs}) without a measurable outcome: it does not say what observably "
            "changes."
        ),
        "specific.vague.fix": (
            "Replace '{verb}' with observable behaviour or a KPI with a figure, e.g. 'team "
            "leaders hold a monthly development conversation' or 'absenteeism falls from 6% to "
            "4.5%'."
        ),
        "specific.actor": "It does not say who should achieve it (no target group or unit).",
        "specific.actor.fix": "Name the target group or unit, e.g. 'the 120 call-centre agents'.",
        "measurable.ok": "Indicator {kpi} with baseline {baseline} and target {target}.",
        "measurable.target": "Indicator {kpi} with target {target}; the baseline is missing.",
        "measurable.target.fix": (
            "Record the baseline, e.g. 'from 32 to {target}', so the change can be shown."
        ),
        "measurable.frequency": "Behaviour with a measurable frequency ({frequency}).",
        "measurable.frequency.fix": (
            "Record how often the behaviour happens now (baseline), e.g. with a 360-degree "
            "survey before the programme."
        ),
        "measurable.change": (
            "A change of {change} without a baseline: {change} of what starting value?"
        ),
        "measurable.change.fix": (
            "State the current value and the target, e.g. 'from 15% to 13.5%'."
        ),
        "measurable.none": "No indicator with a figure or unit: the objective cannot be measured.",
        "measurable.none.fix": (
            "Attach an indicator with unit, baseline and target, e.g. 'absenteeism from 6% to "
            "4.5%' or 'NPS from 32 to 40'."
        ),
        "achievable.absolute": (
            "Absolute targets ({absolutes}) are rarely achievable and turn any deviation into "
            "failure."
        ),
        "achievable.absolute.fix": (
            "Choose an achievable step from the baseline, e.g. a 20-30% reduction in a year "
            "instead of '{absolute}'."
        ),
        "achievable.zero": "A target of 0 is rarely achievable.",
        "achievable.large": (
            "A change of {pct} against the baseline is large (the rule accepts up to {limit})."
        ),
        "achievable.large.fix": (
            "Support the step with earlier results, or set an interim target of at most {limit}."
        ),
        "achievable.ok": (
            "No sign of an unachievable target{size} (judged on: absolute words such as '100%', "
            "'never again', 'everyone', a target of 0, a change above {limit})."
        ),
        "achievable.size": ": a change of {pct}",
        "relevant.ok": "Linked to a business result ({cues}).",
        "relevant.missing": (
            "No link to a business result: no KPI and no cue such as 'so that', 'contributes "
            "to' or 'strategy'."
        ),
        "relevant.missing.fix": (
            "Say which business goal it serves, e.g. '... so that customer churn falls from 15% "
            "to 12%'."
        ),
        "time_bound.ok": "It has a deadline: {deadline}.",
        "time_bound.missing": "No deadline or date: by when should it be achieved?",
        "time_bound.missing.fix": (
            "Add a deadline, e.g. 'within 12 months', 'by 1 July 2027' or 'by Q3 2027'."
        ),
        "what.kpi": " ({kpi})",
        "unknown": "unknown",
        "decimal": ".",
    },
}
