"""Problem titles per error type and the texts of errors no domain function raised."""

MESSAGES: dict[str, dict[str, str]] = {
    "problem.internal": {"en": "Internal error", "nl": "Interne fout"},
    "problem.unavailable": {"en": "Service unavailable", "nl": "Dienst niet beschikbaar"},
    "problem.invalid-input": {"en": "Invalid input", "nl": "Ongeldige invoer"},
    "problem.not-found": {"en": "Not found", "nl": "Niet gevonden"},
    "problem.conflict": {"en": "Conflict", "nl": "Conflict"},
    "problem.payload-too-large": {"en": "Payload too large", "nl": "Te groot"},
    "problem.provider-failed": {
        "en": "Upstream provider failed",
        "nl": "Externe dienst gaf geen antwoord",
    },
    "problem.plan-rule": {
        "en": "Plan failed a hard rule",
        "nl": "Het plan voldoet niet aan een harde regel",
    },
    "problem.unauthorized": {"en": "Unauthorized", "nl": "Geen toegang"},
    "problem.method-not-allowed": {"en": "Method not allowed", "nl": "Methode niet toegestaan"},
    "problem.http-error": {"en": "HTTP error", "nl": "HTTP-fout"},
    "problem.bad-host": {"en": "Unknown host", "nl": "Onbekende host"},
    "problem.forbidden": {"en": "Forbidden", "nl": "Niet toegestaan"},
    "problem.unsupported-media-type": {
        "en": "Unsupported media type",
        "nl": "Niet-ondersteund inhoudstype",
    },
    "problem.rate-limited": {"en": "Too many requests", "nl": "Te veel verzoeken"},
    "problem.precondition-failed": {"en": "Precondition failed", "nl": "Voorwaarde niet vervuld"},
    "http.bad_host": {
        "en": "This server does not answer for the host {host!r}; "
        "add it to EVALASSIST_ALLOWED_HOSTS if it is yours.",
        "nl": "Deze server antwoordt niet voor de host {host!r}; "
        "voeg hem toe aan EVALASSIST_ALLOWED_HOSTS als hij van jou is.",
    },
    "http.cross_site": {
        "en": "Changes are accepted from this server's own page or from an API client, "
        "not from another website.",
        "nl": "Wijzigingen komen alleen van de eigen pagina van deze server of van een "
        "API-client, niet van een andere website.",
    },
    "http.body_type": {
        "en": "A request body must be application/json or multipart/form-data, not {type}.",
        "nl": "Een verzoek moet application/json of multipart/form-data zijn, niet {type}.",
    },
    "http.rate_limited": {
        "en": "Too many requests for this key; try again in {seconds} s.",
        "nl": "Te veel verzoeken voor deze sleutel; probeer het over {seconds} s opnieuw.",
    },
    "http.not_found": {
        "en": "Not Found",
        "nl": "Dit adres bestaat niet.",
    },
    "http.method_not_allowed": {
        "en": "Method Not Allowed",
        "nl": "Dit adres kan deze handeling niet uitvoeren.",
    },
    "http.api_key_required": {
        "en": "A valid API key is required: send 'Authorization: Bearer <key>'.",
        "nl": "Een geldige API-sleutel is nodig: stuur 'Authorization: Bearer <sleutel>'.",
    },
    "http.body_too_large": {
        "en": "The request body exceeds the limit of {limit} bytes.",
        "nl": "Het verzoek is groter dan de grens van {limit} bytes.",
    },
    "db.driver_missing": {
        "en": "The database URL names the driver {driver}, which is not installed: "
        "pip install 'evalassist[postgres]' (for PostgreSQL).",
        "nl": "De database-URL noemt het stuurprogramma {driver}, dat niet is geïnstalleerd: "
        "pip install 'evalassist[postgres]' (voor PostgreSQL).",
    },
    "db.bad_url": {
        "en": "EVALASSIST_DATABASE_URL is not a database URL ({reason}); PostgreSQL looks like "
        "postgresql+psycopg://user:password@host:5432/evalassist.",
        "nl": "EVALASSIST_DATABASE_URL is geen database-URL ({reason}); PostgreSQL ziet eruit als "
        "postgresql+psycopg://gebruiker:wachtwoord@host:5432/evalassist.",
    },
    "db.unreachable": {
        "en": "The database {url} cannot be reached: {reason}",
        "nl": "De database {url} is niet bereikbaar: {reason}",
    },
    "chat.too_many_sessions": {
        "en": "This workspace already keeps {limit} chat sessions, its limit ({setting}); "
        "delete sessions it no longer needs.",
        "nl": "Deze werkruimte bewaart al {limit} chatgesprekken, de grens ({setting}); "
        "verwijder gesprekken die niet meer nodig zijn.",
    },
    "feedback.too_many_active_jobs": {
        "en": "This workspace already has {limit} jobs queued or running, its limit ({setting}); "
        "wait for one to finish or cancel one.",
        "nl": "Deze werkruimte heeft al {limit} taken in de wachtrij of bezig, de grens "
        "({setting}); wacht tot er een klaar is of annuleer er een.",
    },
    "db.behind": {
        "en": "The database schema is at revision {revision}, this version needs {head}: "
        "run evalassist db upgrade.",
        "nl": "Het databaseschema staat op revisie {revision}, deze versie heeft {head} nodig: "
        "voer evalassist db upgrade uit.",
    },
    "db.unavailable": {
        "en": "The database is not available right now; try again shortly.",
        "nl": "De database is nu niet bereikbaar; probeer het zo opnieuw.",
    },
    "http.unexpected": {
        "en": "An unexpected error occurred.",
        "nl": "Er ging onverwacht iets mis.",
    },
    "validation.summary": {
        "en": "{count} invalid field(s): {fields}",
        "nl": "{count} veld(en) kloppen niet: {fields}",
    },
    "validation.input": {
        "en": "Invalid {what}: {pointer}: {message}{more}",
        "nl": "Ongeldige {what}: {pointer}: {message}{more}",
    },
    "validation.more": {"en": " (and {count} more)", "nl": " (en nog {count})"},
    "validation.what.input": {"en": "input", "nl": "invoer"},
    "validation.what.job": {
        "en": "job (a JSON list of comments)",
        "nl": "taak (een JSON-lijst van opmerkingen)",
    },
}
