"""Errors of plans (briefs, stored plans, hard rules) and of the ROI calculator's input."""

MESSAGES: dict[str, dict[str, str]] = {
    "plan.brief_or_text": {
        "en": "give 'brief' (a ProgramBrief) or 'text' (a free-text brief)",
        "nl": "Vul de briefing in of beschrijf het programma in vrije tekst.",
    },
    "plan.brief_and_text": {
        "en": "give either 'brief' or 'text', not both",
        "nl": "Kies de briefing of de vrije tekst, niet allebei.",
    },
    "plan.goal_or_behaviour": {
        "en": "a brief needs at least one business goal (business_goals) or desired "
        "behaviour (desired_behaviours): what should change in the organisation or in "
        "the work?",
        "nl": "Geef minstens één bedrijfsdoel of gewenst gedrag: wat moet er in de organisatie "
        "of in het werk veranderen?",
    },
    "plan.not_found": {
        "en": "No plan with id {plan_id}.",
        "nl": "Er is geen plan met id {plan_id}.",
    },
    "plan.version_not_found": {
        "en": "Plan {plan_id} has no version {version} (latest: {latest}).",
        "nl": "Plan {plan_id} heeft geen versie {version} (laatste: {latest}).",
    },
    "plan.changed_meanwhile": {
        "en": "Plan {plan_id} was changed at the same time; fetch it and try again.",
        "nl": "Plan {plan_id} is tegelijk door iemand anders gewijzigd; "
        "haal het opnieuw op en probeer het nog eens.",
    },
    "plan.edit_breaks_rule": {
        "en": "The edited plan breaks a hard rule: {problems}",
        "nl": "Het bewerkte plan voldoet niet aan een harde regel: {problems}",
    },
    "roi.zero_costs": {
        "en": "/costs: total costs are 0, so ROI is undefined; "
        "add the programme's fully loaded costs",
        "nl": "De totale kosten zijn 0, dus de ROI bestaat niet; "
        "vul alle kosten van het programma in.",
    },
    "roi.zero_costs.field": {
        "en": "total costs must be above 0",
        "nl": "de totale kosten moeten boven 0 liggen",
    },
    "number.boolean": {
        "en": "expected a number, not a boolean",
        "nl": "Vul een getal in, geen ja/nee.",
    },
    "number.empty": {
        "en": "expected a number or a numeric string",
        "nl": "Vul een getal in.",
    },
    "number.invalid": {
        "en": "not a number: {text}",
        "nl": "{text} is geen getal; schrijf bijvoorbeeld 1250,50.",
    },
    "number.infinite": {
        "en": "must be a finite number (NaN and infinity are not allowed)",
        "nl": "Vul een eindig getal in (NaN en oneindig kunnen niet).",
    },
    "number.decimals": {
        "en": "at most {places} decimal places",
        "nl": "Gebruik hoogstens {places} decimalen.",
    },
}
