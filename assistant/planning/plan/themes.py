"""KPI themes: which strategic goal a KPI usually serves and how its improvement becomes money.

A theme is recognised by words in the goal's KPI and description, in Dutch or English. The
strategic goal it suggests is a proposal the client confirms; the conversion follows Phillips:
a value per unit of the KPI, from finance or HR, never invented here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.planning.brief import BusinessGoal
from assistant.text.language import Language


@dataclass(frozen=True)
class Theme:
    key: str
    pattern: re.Pattern[str]
    strategic: dict[Language, str]
    conversion: dict[Language, str]
    data_source: dict[Language, str]
    monetisable: bool = True
    """False when the KPI has no direct money value and is better reported as an intangible."""


def _words(text: str) -> re.Pattern[str]:
    return re.compile(rf"\b(?:{text})", re.IGNORECASE)


THEMES: tuple[Theme, ...] = (
    Theme(
        "absence",
        _words(r"\w*verzuim|absent\w*|absence|sick|ziek\w*|inzetbaar\w*"),
        {
            Language.NL: "Gezonde en inzetbare medewerkers",
            Language.EN: "A healthy, available workforce",
        },
        {
            Language.NL: "Vermeden verzuimdagen x de kosten van één verzuimdag (loondoorbetaling "
            "plus vervanging), vastgesteld met HR en financiën.",
            Language.EN: "Days of absence avoided x the cost of one day of absence (continued "
            "pay plus replacement), agreed with HR and finance.",
        },
        {
            Language.NL: "HR-systeem (verzuimregistratie)",
            Language.EN: "HR system (absence records)",
        },
    ),
    Theme(
        "turnover",
        _words(r"verloop|uitstroom|turnover|attrition|retenti\w*|retention|behoud\w*|vertrek\w*"),
        {
            Language.NL: "Talent behouden en laten doorgroeien",
            Language.EN: "Retain and grow talent",
        },
        {
            Language.NL: "Vermeden vertrekkers x de vervangingskosten van één medewerker "
            "(werving, inwerken, productiviteitsverlies), vastgesteld met HR.",
            Language.EN: "Leavers avoided x the cost of replacing one employee (recruitment, "
            "onboarding, lost productivity), agreed with HR.",
        },
        {
            Language.NL: "HR-systeem (in- en uitstroom)",
            Language.EN: "HR system (joiners and leavers)",
        },
    ),
    Theme(
        "safety",
        _words(
            r"\w*incident\w*|ongeval\w*|ongeluk\w*|veilig\w*|safety|accident\w*|injur\w*|lti\b|"
            r"letsel\w*|near.miss\w*|bijna.ongeval\w*|lekkage\w*|leak\w*|spill\w*"
        ),
        {Language.NL: "Veilig werken", Language.EN: "Safe operations"},
        {
            Language.NL: "Vermeden incidenten x de gemiddelde kosten van één incident (verzuim, "
            "schade, stilstand, boetes), vastgesteld met de veiligheidskundige en financiën.",
            Language.EN: "Incidents avoided x the average cost of one incident (lost time, "
            "damage, downtime, fines), agreed with the safety officer and finance.",
        },
        {
            Language.NL: "Incidentregistratie (veiligheidsafdeling)",
            Language.EN: "Incident register (safety department)",
        },
    ),
    Theme(
        "compliance",
        _words(
            r"compliance|complian\w*|audit\w*|naleving|certific\w*|bevinding\w*|finding\w*|"
            r"overtreding\w*|breach\w*|violation\w*"
        ),
        {
            Language.NL: "Aantoonbaar voldoen aan wet- en regelgeving",
            Language.EN: "Demonstrable compliance with laws and regulations",
        },
        {
            Language.NL: "Vermeden afwijkingen of overtredingen x de kosten per afwijking "
            "(herstelwerk, boetes, extra audits), vastgesteld met compliance en financiën.",
            Language.EN: "Findings or breaches avoided x the cost per finding (remediation, "
            "fines, extra audits), agreed with compliance and finance.",
        },
        {
            Language.NL: "Audit- en complianceregistratie",
            Language.EN: "Audit and compliance records",
        },
    ),
    Theme(
        "customer",
        _words(
            r"klant\w*|nps\b|csat\b|customer\w*|complaint\w*|klacht\w*|client\w*|"
            r"first.contact|fcr\b"
        ),
        {Language.NL: "Tevreden en loyale klanten", Language.EN: "Satisfied, loyal customers"},
        {
            Language.NL: "Geen directe geldwaarde: koppel de verbetering aan behouden klanten of "
            "vermeden klachtafhandeling (aantal x kosten per klacht) als financiën die waarde "
            "onderschrijft; anders rapporteren als immateriële baat.",
            Language.EN: "No direct money value: link the improvement to retained customers or "
            "complaint handling avoided (number x cost per complaint) when finance endorses that "
            "value; otherwise report it as an intangible benefit.",
        },
        {
            Language.NL: "Klantonderzoek en CRM (klantscores, klachten)",
            Language.EN: "Customer survey and CRM (scores, complaints)",
        },
        monetisable=False,
    ),
    Theme(
        "revenue",
        _words(r"omzet\w*|verkoop\w*|sales|revenue|conversi\w*|orders?\b|upsell\w*"),
        {Language.NL: "Groei van de omzet", Language.EN: "Revenue growth"},
        {
            Language.NL: "Extra omzet x de winstmarge (alleen de marge telt als baat), "
            "vastgesteld met financiën.",
            Language.EN: "Extra revenue x the profit margin (only the margin counts as a "
            "benefit), agreed with finance.",
        },
        {
            Language.NL: "Verkoop- en financiële administratie",
            Language.EN: "Sales and finance records",
        },
    ),
    Theme(
        "productivity",
        _words(
            r"productiv\w*|doorlooptijd\w*|afhandel\w*|handling|efficien\w*|output|"
            r"tijd\w*|time\b|throughput|wachttijd\w*|backlog\w*"
        ),
        {
            Language.NL: "Een efficiënte, productieve bedrijfsvoering",
            Language.EN: "Efficient, productive operations",
        },
        {
            Language.NL: "Bespaarde uren x het volledig belaste uurloon, of extra output x de "
            "waarde per eenheid output, vastgesteld met de lijnmanager en financiën.",
            Language.EN: "Hours saved x the fully loaded hourly wage, or extra output x the "
            "value per unit of output, agreed with line management and finance.",
        },
        {
            Language.NL: "Operationele managementinformatie",
            Language.EN: "Operational management information",
        },
    ),
    Theme(
        "quality",
        _words(
            r"fout\w*|kwaliteit\w*|error\w*|quality|defect\w*|rework|herstel\w*|"
            r"afkeur\w*|reject\w*"
        ),
        {Language.NL: "Kwaliteit in één keer goed", Language.EN: "Right-first-time quality"},
        {
            Language.NL: "Vermeden fouten x de kosten van het herstel van één fout, vastgesteld "
            "met de kwaliteitsafdeling.",
            Language.EN: "Errors avoided x the cost of fixing one error, agreed with the quality "
            "department.",
        },
        {Language.NL: "Kwaliteitsregistratie", Language.EN: "Quality records"},
    ),
    Theme(
        "engagement",
        _words(
            r"betrokken\w*|engagement|medewerkerstevreden\w*|enps\b|bevlog\w*|morale|"
            r"satisfaction"
        ),
        {Language.NL: "Betrokken medewerkers", Language.EN: "Engaged employees"},
        {
            Language.NL: "Geen directe geldwaarde: rapporteren als immateriële baat, tenzij de "
            "organisatie een onderbouwd verband met verloop of verzuim heeft.",
            Language.EN: "No direct money value: report it as an intangible benefit unless the "
            "organisation has an established link to turnover or absence.",
        },
        {Language.NL: "Medewerkersonderzoek", Language.EN: "Employee survey"},
        monetisable=False,
    ),
)

GENERIC = Theme(
    "other",
    re.compile(r"(?!)"),
    {
        Language.NL: "Het organisatiedoel waaraan het programma bijdraagt",
        Language.EN: "The organisational goal the programme serves",
    },
    {
        Language.NL: "Verbetering in eenheden van de KPI x de waarde van één eenheid, vastgesteld "
        "met financiën (standaardwaarde of expertschatting).",
        Language.EN: "Improvement in units of the KPI x the value of one unit, agreed with "
        "finance (a standard value or an expert estimate).",
    },
    {
        Language.NL: "De bron waaruit de KPI nu al wordt gerapporteerd",
        Language.EN: "The system the KPI is already reported from",
    },
)


def theme_of(goal: BusinessGoal) -> Theme:
    """The first theme whose words occur in the KPI, else in the description; else generic."""
    for text in (goal.kpi or "", goal.description):
        for theme in THEMES:
            if theme.pattern.search(text):
                return theme
    return GENERIC
