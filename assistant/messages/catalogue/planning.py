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
    "plan.too_many_objectives": {
        "en": "The plan holds {count} objectives; at most {limit} are allowed ({setting}).",
        "nl": "Het plan bevat {count} doelstellingen; er mogen er hoogstens {limit} zijn "
        "({setting}).",
    },
    "plan.too_many_versions": {
        "en": "This workspace already keeps {limit} plan versions, its limit ({setting}).",
        "nl": "Deze werkruimte bewaart al {limit} planversies, de grens ({setting}).",
    },
    "plan.bad_if_match": {
        "en": 'If-Match must be a plan version\'s ETag, such as "3", not {value}.',
        "nl": 'If-Match moet de ETag van een planversie zijn, zoals "3", niet {value}.',
    },
    "plan.stale_version": {
        "en": "Plan {plan_id} is at version {latest}, not {expected} (If-Match): someone saved "
        "it meanwhile; fetch it and apply your edit again.",
        "nl": "Plan {plan_id} staat op versie {latest}, niet {expected} (If-Match): iemand heeft "
        "het intussen opgeslagen; haal het opnieuw op en breng je wijziging opnieuw aan.",
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
    "plan.draft_breaks_rule": {
        "en": "The drafted plan breaks a hard rule: {problems}",
        "nl": "Het opgestelde plan voldoet niet aan een harde regel: {problems}",
    },
    "plan.kb_empty": {
        "en": "The knowledge base returned no passages, so the plan's method "
        "recommendations cannot cite a source; run 'evalassist kb ingest'.",
        "nl": "De kennisbank gaf geen passages terug, dus de methode-adviezen in het plan kunnen "
        "geen bron noemen; vul de kennisbank eerst met 'evalassist kb ingest'.",
    },
    "plan.rule.at": {"en": "{pointer}: {problem}", "nl": "{pointer}: {problem}"},
    "plan.rule.missing_number": {
        "en": "number {number} from the brief is missing",
        "nl": "het getal {number} uit de briefing ontbreekt",
    },
    "plan.rule.uncited": {
        "en": "{objective} cites no passage",
        "nl": "{objective} verwijst naar geen enkele passage uit de kennisbank",
    },
    "plan.rule.unknown_citation": {
        "en": "cites unknown passage {chunk_id}",
        "nl": "verwijst naar passage {chunk_id}, die niet in de kennisbank staat",
    },
    "plan.rule.measured": {
        "en": "kind 'measured'",
        "nl": "staat als gemeten waarde ('measured'), maar een plan geeft alleen nulmetingen, "
        "streefwaarden en prognoses",
    },
    "plan.rule.forecast_unlabelled": {
        "en": "not labelled 'forecast'",
        "nl": "is niet als prognose ('forecast') aangeduid",
    },
    "plan.rule.unlabelled": {
        "en": "{kind} without its label",
        "nl": "{kind} staat zonder aanduiding in de tekst",
    },
    "plan.rule.kind.baseline": {"en": "baseline", "nl": "de nulmeting"},
    "plan.rule.kind.target": {"en": "target", "nl": "de streefwaarde"},
    "plan.rule.kind.forecast": {"en": "forecast", "nl": "de prognose"},
    "plan.rule.kind.unit_value": {"en": "unit_value", "nl": "de waarde per eenheid"},
    "plan.rule.kind.measured": {"en": "measured", "nl": "de gemeten waarde"},
    "plan.rule.forecast_by_hand": {
        "en": "must be the ROI calculator's forecast for the brief's costs and benefits "
        "({expected}), not a figure set by hand",
        "nl": "moet de prognose van de ROI-calculator voor de kosten en baten uit de briefing "
        "zijn ({expected}), geen zelf ingevuld getal",
    },
    "plan.rule.no_forecast": {"en": "no forecast", "nl": "geen prognose"},
    "plan.rule.forecast_roi": {"en": "ROI {pct}%", "nl": "ROI {pct}%"},
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
    "roi.rule": {"en": "Check {field}: {rule}.", "nl": "Controleer {field}: {rule}."},
    "roi.benefit.value_missing": {
        "en": "give amount, or quantity and unit_value",
        "nl": "vul een bedrag in, of een aantal en een waarde per eenheid",
    },
    "roi.benefit.value_twice": {
        "en": "give amount or quantity and unit_value, not both",
        "nl": "vul een bedrag in óf een aantal met een waarde per eenheid, niet allebei",
    },
    "roi.benefit.quantity_missing": {
        "en": "required with unit_value: quantity and unit_value go together",
        "nl": "vul ook het aantal in; aantal en waarde per eenheid horen bij elkaar",
    },
    "roi.benefit.unit_value_missing": {
        "en": "required with quantity: quantity and unit_value go together",
        "nl": "vul ook de waarde per eenheid in; aantal en waarde per eenheid horen bij elkaar",
    },
    "roi.benefit.periods_per_year.once": {
        "en": "does not apply to period 'once'",
        "nl": "een eenmalige baat heeft geen perioden per jaar; laat dit veld leeg",
    },
    "roi.benefit.periods_per_year.year": {
        "en": "does not apply to period 'year'",
        "nl": "een baat per jaar heeft geen perioden per jaar; laat dit veld leeg",
    },
    "roi.respondents.too_many": {
        "en": "{responses} responses exceed the population {population}",
        "nl": "er zijn {responses} antwoorden, meer dan de {population} mensen in de populatie",
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
