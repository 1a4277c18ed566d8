"""The words the rules look for, Dutch and English, in one place so every rule is explainable.

Each list is a signal a reason can name ("vague verb 'verbeteren'"), not a language model.
"""

from __future__ import annotations

import re

from assistant.text.language import Language


def words(text: str) -> frozenset[str]:
    return frozenset(text.split())


def any_of(terms: frozenset[str] | set[str]) -> str:
    """A regex alternation matching whole words or phrases, longest first."""
    return "|".join(re.escape(t) for t in sorted(terms, key=len, reverse=True))


ORG_UNITS = words(
    "afdeling afdelingen team teams vestiging vestigingen regio organisatie bedrijf "
    "department departments unit units branch branches region organisation organization "
    "company site sites store stores winkel winkels callcenter call-centre call-center "
    "klantenservice customer-service ploeg ploegen"
)

KPIS = words(
    "verzuim ziekteverzuim verloop uitstroom klanttevredenheid medewerkerstevredenheid "
    "tevredenheid nps omzet kosten fouten foutmarge incidenten ongevallen klachten "
    "doorlooptijd wachttijd productiviteit conversie retentie behoud engagement betrokkenheid "
    "score scores cijfer percentage aantal gemiddelde "
    "absenteeism turnover attrition retention satisfaction csat revenue sales costs errors "
    "error incidents accidents complaints productivity conversion engagement rate ratio "
    "number average handling aht fcr resolution throughput lead-time time"
)
"""Nouns that name an indicator: a SMART objective that has one and a number is measurable."""

FREQUENCY = re.compile(
    r"\b(?:dagelijks|wekelijks|maandelijks|jaarlijks|elke (?:dag|week|maand)|iedere "
    r"(?:dag|week|maand)|per (?:dag|week|maand|kwartaal)|daily|weekly|monthly|quarterly|"
    r"every (?:day|week|month|quarter)|each (?:day|week|month)|per (?:day|week|month|quarter)|"
    r"\d+ (?:keer|maal|times) per)\b",
    re.IGNORECASE,
)

VAGUE_VERBS: dict[Language, frozenset[str]] = {
    Language.NL: words(
        "verbeteren verbetert verbeterd versterken versterkt bevorderen bevordert stimuleren "
        "begrijpen begrijpt snappen inzien optimaliseren optimaliseert vergroten verhogen "
        "ontwikkelen bewust inzicht weten kennen kennismaken leren beter"
    ),
    Language.EN: words(
        "improve improves improved enhance enhances strengthen foster promote boost "
        "understand understands appreciate know learn optimise optimize develop increase "
        "aware awareness familiar familiarise familiarize better grasp"
    ),
}
"""Verbs that say a direction but not what observably changes; fine only with a metric."""

VAGUE_PHRASES: dict[Language, tuple[str, ...]] = {
    Language.NL: ("bewust worden", "inzicht krijgen", "inzicht hebben", "kennis maken"),
    Language.EN: ("be aware", "become aware", "get insight", "gain insight", "be familiar"),
}

AGREEMENT = {
    Language.NL: words(
        "afgesproken afspraak overeengekomen akkoord onderschreven onderschrijven draagvlak "
        "eigenaar eigenaarschap verantwoordelijk samen overleg vastgesteld ingestemd "
        "instemming gecommitteerd commitment"
    ),
    Language.EN: words(
        "agreed agreement signed sign-off endorsed owner owns ownership accountable "
        "responsible together consultation committed commitment buy-in approved"
    ),
}
"""Cues that the people involved accepted the objective (NL: Acceptabel)."""

ABSOLUTES = re.compile(
    r"\b(?:nooit meer|nooit|altijd|foutloos|zonder uitzondering|iedereen|geen enkele|"
    r"never again|never|always|flawless(?:ly)?|without exception|everyone|everybody|"
    r"zero|nul)\b|(?<![\d.,])100\s?(?:%|procent|percent)",
    re.IGNORECASE,
)
"""Absolute targets that are rarely realistic ("nooit meer", "100%", "zero incidents")."""

BUSINESS_LINK = {
    Language.NL: words(
        "zodat waardoor bijdraagt bijdragen organisatiedoel organisatiedoelen strategie "
        "bedrijfsdoel kpi resultaat resultaten"
    ),
    Language.EN: words(
        "thereby contributing contributes contribute strategy strategic kpi results outcome "
        "outcomes"
    ),
}
"""Cues that an objective is tied to what the organisation wants (EN: Relevant)."""

BEHAVIOUR_LABELS = (
    r"gewenst gedrag|gedrag|kritisch gedrag|gedragsdoelen|desired behaviou?rs?|"
    r"behaviou?rs?|critical behaviou?rs?|on the job"
)
ACTIVITY_LABELS = (
    r"leeractiviteiten|activiteiten|werkvormen|programma-?onderdelen|aanpak|opzet|"
    r"learning activities|activities|programme components|program components|approach|format"
)
GOAL_LABELS = (
    r"business ?doelen|organisatiedoelen|bedrijfsdoelen|doelen|doel|doelstellingen|"
    r"business goals?|goals?|objectives?|kpi'?s"
)
BEHAVIOUR_CUES = re.compile(rf"^(?:{BEHAVIOUR_LABELS})\s*:?", re.IGNORECASE)
ACTIVITY_CUES = re.compile(rf"^(?:{ACTIVITY_LABELS})\s*:?", re.IGNORECASE)
GOAL_CUES = re.compile(rf"^(?:{GOAL_LABELS})\s*:?", re.IGNORECASE)
ACTIVITIES = re.compile(
    r"\b(?:\w*training(?:sdag(?:en)?)?|workshops?|e-learning\w*|elearning|coaching\w*|"
    r"intervisie\w*|praktijkopdracht\w*|rollenspel\w*|webinars?|masterclass\w*|skill ?gyms?|"
    r"microlearning|simulaties?|simulations?|terugkomdag\w*|buddy\w*|toolbox\w*|"
    r"peer learning|peer coaching|role[- ]plays?|on-the-job assignments?|action learning|"
    r"serious games?|modules?|sessies|sessions|bijeenkomsten|intervision|feedbackgesprek\w*)\b",
    re.IGNORECASE,
)
