"""Field errors in plain words: one sentence per kind of mistake, naming the field in words.

``field.kind.*`` are the generic sentences (``{field}`` is a label below); ``field.<name>.<kind>``
overrides one field's sentence where a plainer one exists ("Give the programme a name").
"""

_KINDS: dict[str, dict[str, str]] = {
    "missing": {"en": "Fill in {field}.", "nl": "Vul {field} in."},
    "too_short": {
        "en": "Use at least {min_length} characters for {field}.",
        "nl": "Gebruik minstens {min_length} tekens voor {field}.",
    },
    "too_long": {
        "en": "Use at most {max_length} characters for {field}.",
        "nl": "Gebruik hoogstens {max_length} tekens voor {field}.",
    },
    "too_few": {
        "en": "Add at least {min_length} entries to {field}.",
        "nl": "Voeg minstens {min_length} regels toe aan {field}.",
    },
    "too_many": {
        "en": "Keep {field} to at most {max_length} entries.",
        "nl": "Houd {field} op hoogstens {max_length} regels.",
    },
    "integer": {
        "en": "Write a whole number for {field}, such as 12.",
        "nl": "Vul bij {field} een heel getal in, zoals 12.",
    },
    "number": {
        "en": "Write a number for {field}, such as 12.5.",
        "nl": "Vul bij {field} een getal in, zoals 12,5.",
    },
    "gt": {
        "en": "Use a number above {limit} for {field}.",
        "nl": "Vul bij {field} een getal boven {limit} in.",
    },
    "ge": {
        "en": "Use {limit} or more for {field}.",
        "nl": "Vul bij {field} {limit} of meer in.",
    },
    "lt": {
        "en": "Use a number below {limit} for {field}.",
        "nl": "Vul bij {field} een getal onder {limit} in.",
    },
    "le": {
        "en": "Use {limit} or less for {field}.",
        "nl": "Vul bij {field} {limit} of minder in.",
    },
    "decimals": {
        "en": "Use at most {decimal_places} decimals for {field}.",
        "nl": "Gebruik hoogstens {decimal_places} decimalen bij {field}.",
    },
    "choice": {
        "en": "Choose one of the options for {field}: {expected}.",
        "nl": "Kies bij {field} een van de mogelijkheden: {expected}.",
    },
    "text": {"en": "Give {field} as text.", "nl": "Geef {field} als tekst."},
    "bool": {
        "en": "Answer yes or no (true or false) for {field}.",
        "nl": "Kies bij {field} ja of nee (true of false).",
    },
    "list": {"en": "Give {field} as a list.", "nl": "Geef {field} als een lijst."},
    "object": {
        "en": "Give {field} as an object with named fields.",
        "nl": "Geef {field} als een object met benoemde velden.",
    },
    "pattern": {
        "en": "The value of {field} does not have the expected form.",
        "nl": "De waarde van {field} heeft niet de verwachte vorm.",
    },
    "extra": {
        "en": "Remove {field}: it is not a field here.",
        "nl": "Verwijder {field}: dat veld bestaat hier niet.",
    },
    "json": {
        "en": "The request is not valid JSON.",
        "nl": "Het verzoek is geen geldige JSON.",
    },
    "invalid": {
        "en": "Check {field}: {reason}.",
        "nl": "Controleer {field}: deze waarde is niet geldig.",
    },
}

# A few fields have a plainer sentence than the generic one.
_OWN: dict[str, dict[str, str]] = {
    "title.missing": {"en": "Give the programme a name.", "nl": "Geef het programma een naam."},
    "participants.missing": {
        "en": "Say how many people take part.",
        "nl": "Vul in hoeveel mensen deelnemen.",
    },
    "costs.missing": {
        "en": "Add the programme's costs.",
        "nl": "Voeg de kosten van het programma toe.",
    },
    "description.missing": {"en": "Describe this line.", "nl": "Geef deze regel een omschrijving."},
    "question.missing": {"en": "Ask a question.", "nl": "Stel een vraag."},
    "message.missing": {"en": "Write a message.", "nl": "Schrijf een bericht."},
    "q.missing": {"en": "Type what to search for.", "nl": "Typ waarop je wilt zoeken."},
    "file.missing": {"en": "Choose a file.", "nl": "Kies een bestand."},
    "isolation_method.missing": {
        "en": "Choose how the programme's effect is isolated.",
        "nl": "Kies hoe je het effect van het programma isoleert.",
    },
    "period.missing": {
        "en": "Choose the period the amount covers.",
        "nl": "Kies over welke periode het bedrag gaat.",
    },
    "category.missing": {"en": "Choose a cost category.", "nl": "Kies een kostencategorie."},
}

# What each field is called in a sentence, by its name in the JSON body.
_LABELS: dict[str, tuple[str, str]] = {
    "title": ("the name", "de naam"),
    "program": ("the programme", "het programma"),
    "participants": ("the number of participants", "het aantal deelnemers"),
    "currency": ("the currency", "de valuta"),
    "costs": ("the costs", "de kosten"),
    "benefits": ("the benefits", "de baten"),
    "category": ("the category", "de categorie"),
    "description": ("the description", "de omschrijving"),
    "amount": ("the amount", "het bedrag"),
    "quantity": ("the quantity", "het aantal"),
    "unit_value": ("the value per unit", "de waarde per eenheid"),
    "period": ("the period", "de periode"),
    "periods_per_year": ("the periods per year", "het aantal perioden per jaar"),
    "per_participant": ("'per participant'", "'per deelnemer'"),
    "prorate_pct": ("the share (%)", "het aandeel (%)"),
    "profit_margin_pct": ("the profit margin (%)", "de winstmarge (%)"),
    "attribution_pct": ("the attribution to the programme (%)", "de toeschrijving (%)"),
    "isolation_method": ("the isolation method", "de isolatiemethode"),
    "confidence_pct": ("the confidence (%)", "de betrouwbaarheid (%)"),
    "adjustments": ("the adjustments", "de correcties"),
    "factor": ("the factor", "de factor"),
    "reason": ("the reason", "de reden"),
    "respondents": ("the respondents", "de respondenten"),
    "population": ("the population", "de populatie"),
    "responses": ("the responses", "de antwoorden"),
    "annual_value": ("the value per year", "de waarde per jaar"),
    "exclude_reason": ("the reason to leave it out", "de reden om het weg te laten"),
    "benefit_years": ("the benefit years", "het aantal batenjaren"),
    "discount_rate_pct": ("the discount rate (%)", "de disconteringsvoet (%)"),
    "long_term": ("'long term'", "'lange termijn'"),
    "intangibles": ("the intangible benefits", "de niet-financiële baten"),
    "label": ("the label", "het label"),
    "brief": ("the brief", "de briefing"),
    "organisation": ("the organisation", "de organisatie"),
    "language": ("the language", "de taal"),
    "methodology": ("the method", "de methode"),
    "target_group": ("the target group", "de doelgroep"),
    "duration": ("the duration", "de duur"),
    "start_date": ("the start date", "de startdatum"),
    "business_goals": ("the business goals", "de bedrijfsdoelen"),
    "kpi": ("the KPI", "de KPI"),
    "baseline": ("the baseline", "de nulmeting"),
    "target": ("the target", "de streefwaarde"),
    "unit": ("the unit", "de eenheid"),
    "deadline": ("the deadline", "de termijn"),
    "desired_behaviours": ("the desired behaviour", "het gewenste gedrag"),
    "learning_activities": ("the learning activities", "de leeractiviteiten"),
    "expected_benefits": ("the expected benefits", "de verwachte baten"),
    "objectives": ("the objectives", "de doelstellingen"),
    "text": ("the text", "de tekst"),
    "comments": ("the comments", "de opmerkingen"),
    "context": ("the context", "de context"),
    "text_column": ("the text column", "de tekstkolom"),
    "gold_column": ("the column with human codes", "de kolom met menselijke codes"),
    "file": ("the file", "het bestand"),
    "sheet": ("the sheet", "het werkblad"),
    "format": ("the format", "het formaat"),
    "question": ("the question", "de vraag"),
    "q": ("the search query", "de zoekvraag"),
    "collection": ("the collection", "de collectie"),
    "k": ("the number of results", "het aantal resultaten"),
    "message": ("the message", "het bericht"),
    "limit": ("the number per page", "het aantal per pagina"),
    "offset": ("the starting position", "de beginpositie"),
    "version": ("the version", "de versie"),
}

LABELLED: frozenset[str] = frozenset(_LABELS)
OWN_SENTENCES: frozenset[str] = frozenset(_OWN)

MESSAGES: dict[str, dict[str, str]] = {
    **{f"field.kind.{kind}": texts for kind, texts in _KINDS.items()},
    **{f"field.{key}": texts for key, texts in _OWN.items()},
    **{f"label.{name}": {"en": en, "nl": nl} for name, (en, nl) in _LABELS.items()},
    "label.unnamed": {"en": "the field '{name}'", "nl": "het veld '{name}'"},
    "label.whole": {"en": "the request", "nl": "het verzoek"},
    "list.or": {"en": "{items} or {last}", "nl": "{items} of {last}"},
}
