"""The plan's method texts, Dutch and English: the rules of the source articles in plain words.

Kept in one place so an advisor can review the wording, and so both languages stay in step (a
test checks both have the same keys and placeholders).
"""

from __future__ import annotations

from assistant.text.language import Language

NL: dict[str, str] = {
    "level.1": "Reactie",
    "level.2": "Leren",
    "level.3": "Gedrag",
    "level.4": "Resultaten",
    "level.5": "ROI",
    "deadline.by": "uiterlijk {deadline}",
    "group.participants": "de deelnemers",
    "count.participants": "{count} deelnemers",
    # objectives
    "obj.1.text": "De deelnemers beoordelen elke bijeenkomst van {title} op relevantie en "
    "toepasbaarheid met gemiddeld minimaal een 4 (vijfpuntsschaal), gemeten direct na elke "
    "bijeenkomst en samengevat binnen 2 weken na de laatste bijeenkomst.",
    "obj.1.indicator": "Gemiddelde score op relevantie en toepasbaarheid (vijfpuntsschaal)",
    "obj.1.unit": "op vijfpuntsschaal",
    "obj.2.text": "{when} haalt minimaal 80% van de deelnemers de kennistoets of praktijkopdracht.",
    "obj.2.when": "Binnen {duration}, aan het eind van het programma,",
    "obj.2.end": "Aan het eind van het programma",
    "obj.2.after": " (na {duration})",
    "obj.2.indicator": "Percentage deelnemers dat de kennistoets of praktijkopdracht haalt",
    "obj.3.text": "Binnen 90 dagen na afloop laat minimaal 80% van de deelnemers dit gedrag "
    "aantoonbaar zien, volgens hun leidinggevende: {behaviour}",
    "obj.3.generic": "zij passen het geleerde toe in hun dagelijkse werk",
    "obj.3.indicator": "Percentage deelnemers bij wie de leidinggevende het gedrag waarneemt; "
    "360°-score voor en na",
    "obj.4.scope": " (doelgroep: {group})",
    "obj.4.full": "{kpi}{scope} gaat van {baseline} naar {target}{deadline}.",
    "obj.4.target": "{kpi}{scope} bereikt {target}{deadline}; de nulmeting wordt vóór de start "
    "vastgesteld.",
    "obj.4.baseline": "{kpi}{scope} verbetert ten opzichte van {baseline}{deadline}; de "
    "streefwaarde wordt nog vastgesteld.",
    "obj.4.open": "{description} (KPI, nulmeting en streefwaarde nog vast te stellen).",
    "obj.5.text": "Binnen 12 maanden na afloop levert {title} een positieve ROI op: netto baten "
    "groter dan de volledig belaste kosten, met geïsoleerde en conservatief gecorrigeerde baten.",
    "obj.5.forecast": " De prognose vooraf is {roi} ROI: een verwachting, geen meting.",
    "obj.5.indicator": "ROI (%) = netto baten / volledig belaste kosten x 100",
    # impact map
    "map.indicator.frequency": "Aandeel deelnemers dat dit {frequency} doet (logboek of "
    "observatie van de leidinggevende)",
    "map.indicator.observed": "Aandeel deelnemers bij wie de leidinggevende dit gedrag "
    "waarneemt, 30-90 dagen na afloop",
    "map.indicator.360": "Score op dit gedrag in 360°-feedback, vóór de start en 3 maanden na "
    "afloop",
    # measurement plan per level
    "lvl.1.what": "Hoe ervaren {group} het programma: tevredenheid, relevantie en toepasbaarheid?",
    "lvl.1.instruments": "Digitaal evaluatieformulier direct na elke bijeenkomst|Korte "
    "feedbacksessie aan het eind van elke module",
    "lvl.1.source": "Evaluatieformulieren (respons per bijeenkomst)",
    "lvl.1.timing": "Direct na elke bijeenkomst",
    "lvl.1.owner": "Trainer of programmaleverancier; L&D bewaakt de respons",
    "lvl.2.what": "Hebben de deelnemers de kennis en vaardigheden opgedaan die het gewenste "
    "gedrag vraagt?",
    "lvl.2.instruments": "Kennistoets of assessment aan het begin en eind (voor- en nameting)|"
    "Praktijkopdracht of reflectieopdracht, beoordeeld aan de hand van criteria",
    "lvl.2.source": "Toetsresultaten en beoordeelde opdrachten",
    "lvl.2.timing": "Bij de start (voormeting) en aan het eind van het programma{after}",
    "lvl.2.owner": "Trainer en L&D",
    "lvl.3.what": "Passen de deelnemers het geleerde toe in hun werk: het gedrag uit de impactmap?",
    "lvl.3.instruments": "360°-feedback vóór de start en 3 maanden na afloop|Observatie door de "
    "leidinggevende aan de hand van de succesindicatoren|Vragenlijst aan deelnemers 30-90 dagen "
    "na afloop: hoe vaak passen zij het gedrag toe?",
    "lvl.3.source": "360°-feedbackrapporten, observatieverslagen van leidinggevenden, vragenlijst",
    "lvl.3.timing": "Voormeting vóór de start{start}; follow-up 30-90 dagen na afloop; "
    "360°-nameting na 3 maanden",
    "lvl.3.owner": "De directe leidinggevenden van de deelnemers; L&D coördineert",
    "lvl.4.what": "Beweegt de KPI van het organisatiedoel ten opzichte van de nulmeting richting "
    "de streefwaarde?",
    "lvl.4.instruments": "KPI-analyse: vergelijking met de nulmeting en de streefwaarde|"
    "Trendlijn over de periode vóór en na het programma",
    "lvl.4.timing": "Nulmeting vóór de start; daarna elke maand of elk kwartaal, 3-12 maanden "
    "na afloop; eindmeting op de deadline van elk doel",
    "lvl.4.owner": "De eigenaar van elke KPI (lijnmanagement) met HR of business control",
    "lvl.4.open": "de KPI's van de organisatiedoelen (nog vast te stellen)",
    "lvl.5.what": "Levert de investering meer op dan zij kost?",
    "lvl.5.instruments": "Omrekening van de geïsoleerde KPI-verbetering naar geld|Volledig "
    "belaste kostenoverzicht|ROI- en batenkostenverhouding met de ROI-rekenmodule",
    "lvl.5.source": "De niveau-4-resultaten, de financiële administratie en de "
    "kostenregistratie van L&D",
    "lvl.5.timing": "Na de niveau-4-eindmeting (3-12 maanden na afloop)",
    "lvl.5.owner": "L&D samen met de controller",
    # recommendations
    "rec.v_model": "Ontwerp het programma van boven naar beneden volgens het V-model: eerst de "
    "organisatiedoelen (niveau 4{and5}), dan het gedrag dat daarvoor nodig is (niveau 3), de "
    "kennis en vaardigheden (niveau 2) en de leerervaring (niveau 1). Meet daarna van onder naar "
    "boven: van niveau 1 naar niveau {top}.",
    "rec.smart": "Formuleer elk doel SMART: Specifiek, Meetbaar, Acceptabel, Realistisch en "
    "Tijdgebonden. Bij elk doel hieronder staat per criterium of het voldoet en wat er nog "
    "ontbreekt.",
    "rec.transfer": "Borg de toepassing in het werk: geef praktijkopdrachten mee na de "
    "bijeenkomsten en betrek de leidinggevenden, zodat zij de deelnemers steunen bij het "
    "toepassen en erover in gesprek gaan.",
    "rec.monitoring": "Rapporteer tussentijds, niet alleen achteraf: niveau 1 en 2 na elke "
    "module, niveau 3 na 30-90 dagen, niveau 4 per maand of kwartaal tegen de nulmeting, zodat "
    "het programma onderweg kan worden bijgestuurd.",
    # Phillips
    "iso.control_group": "Controlegroep",
    "iso.estimates": "Schatting door deelnemers en leidinggevenden, met betrouwbaarheidscorrectie",
    "iso.control_group.reason": "De brief wijst op een vergelijkbare groep die (nog) niet "
    "deelneemt ({cue}). Vergelijk de KPI-ontwikkeling van deelnemers met die groep over "
    "dezelfde periode: dat isoleert het effect van het programma het sterkst.",
    "iso.estimates.reason": "De brief noemt geen vergelijkbare groep die niet deelneemt, dus "
    "een controlegroep is niet zeker haalbaar. Vraag daarom deelnemers en hun leidinggevenden "
    "welk deel van de verbetering door het programma komt en pas een conservatieve correctie "
    "toe.",
    "iso.adjustment": "Vraag per KPI welk percentage van de verbetering aan het programma is "
    "toe te schrijven en hoe zeker de respondent daarvan is (in %). Vermenigvuldig de "
    "verbetering met beide percentages, neem bij verschil de laagste schatting, en tel wie "
    "niet antwoordt als nul.",
    "iso.brief_line": "De brief rekent voor '{description}' met toeschrijving {attribution} en "
    "zekerheid {confidence}.",
    "iso.cues": "controlegroep|vergelijkingsgroep|pilot|gefaseerd|in fasen|in golven|"
    "eerste groep|tweede groep|control group|comparison group|phased|in phases|waves|"
    "first cohort|second cohort|rollout",
    "cost.needs_assessment": "Behoefteanalyse",
    "cost.design_development": "Ontwerp en ontwikkeling",
    "cost.acquisition": "Aanschaf en licenties",
    "cost.delivery": "Uitvoering (trainers, coaches, begeleiding)",
    "cost.participant_time": "Tijd van de deelnemers (salariskosten)",
    "cost.travel_lodging": "Reis- en verblijfkosten",
    "cost.facilities": "Locatie en faciliteiten",
    "cost.materials": "Materialen",
    "cost.overhead": "Overhead",
    "cost.evaluation": "Evaluatie en meting",
    "cost.other": "Overig",
    "intangible.default": "Vertrouwen van deelnemers in het toepassen van de nieuwe "
    "vaardigheden|Samenwerking en sfeer in de teams|Betrokkenheid bij de organisatie",
    "intangible.kpi": "{kpi} (geen directe geldwaarde)",
    # Kirkpatrick
    "kp.label": "Kirkpatrick: een keten van bewijs over niveau 1 tot en met 4. Het plan "
    "isoleert geen effect en rekent niets om naar geld; het laat zien of de schakels samen een "
    "aannemelijk verhaal vormen, geen ROI.",
    "kp.1": "Deelnemers vinden het programma relevant en toepasbaar.",
    "kp.1.lead": "Respons op het evaluatieformulier|Score op relevantie en toepasbaarheid",
    "kp.2": "Deelnemers beheersen de kennis en vaardigheden.",
    "kp.2.lead": "Voortgang en afronding van de leeractiviteiten|Toetsscore voor en na",
    "kp.3": "Deelnemers passen het gedrag toe in hun werk.",
    "kp.3.lead": "Aandeel deelnemers dat het gedrag na 30-90 dagen toepast|Aantal "
    "gesprekken van leidinggevenden met deelnemers over de toepassing",
    "kp.4": "De KPI's bewegen van de nulmeting richting de streefwaarde: {kpis}.",
    "kp.4.lead": "Maandelijkse trend van elke KPI ten opzichte van de nulmeting",
    # open questions
    "q.strategic": "Klopt het voorgestelde strategische doel '{goal}' waaraan {kpi} bijdraagt? "
    "Zo niet, welk strategisch doel dient het programma?",
    "q.norms": "De normen voor niveau 1-3 (gemiddeld minimaal een 4 op een vijfpuntsschaal, "
    "80% geslaagd, 80% past het gedrag toe) zijn voorstellen: onderschrijft de opdrachtgever ze?",
    "q.control_group": "Is er een vergelijkbare groep die (nog) niet deelneemt, bijvoorbeeld "
    "door het programma gefaseerd in te voeren? Dan isoleert een controlegroep het effect "
    "steviger dan schattingen.",
    "q.unit_value": "Wat is de waarde van één eenheid {kpi} in geld (bijv. de kosten van één "
    "verzuimdag of één incident), en wie in de organisatie stelt die vast?",
    "q.links": "Het plan neemt aan dat elk gedrag bijdraagt aan elk doel waar de brief geen "
    "verband noemt (stippellijnen in de impactmap): welke verbanden kloppen?",
    "q.roi": "De ROI-prognose kon niet worden berekend: {reason}",
    "q.participants": "Hoeveel deelnemers doen mee? Kostenregels per deelnemer tellen anders "
    "niet mee in de ROI-prognose.",
    "q.kpi_source": "Uit welk systeem komt {kpi}, en wie is eigenaar van die cijfers?",
}

EN: dict[str, str] = {
    "level.1": "Reaction",
    "level.2": "Learning",
    "level.3": "Behaviour",
    "level.4": "Results",
    "level.5": "ROI",
    "deadline.by": "by {deadline}",
    "group.participants": "participants",
    "count.participants": "{count} participants",
    "obj.1.text": "Participants rate each session of {title} for relevance and applicability at an "
    "average of at least 4 (five-point scale), measured directly after each session and summarised "
    "within 2 weeks after the last session.",
    "obj.1.indicator": "Average score for relevance and applicability (five-point scale)",
    "obj.1.unit": "on a five-point scale",
    "obj.2.text": "{when} at least 80% of participants pass the knowledge test or practical "
    "assignment.",
    "obj.2.when": "Within {duration}, at the end of the programme,",
    "obj.2.end": "At the end of the programme,",
    "obj.2.after": " (after {duration})",
    "obj.2.indicator": "Percentage of participants who pass the knowledge test or practical "
    "assignment",
    "obj.3.text": "Within 90 days after the programme, at least 80% of participants "
    "demonstrably show this behaviour, according to their manager: {behaviour}",
    "obj.3.generic": "they apply what they learned in their daily work",
    "obj.3.indicator": "Percentage of participants whose manager observes the behaviour; 360° "
    "score before and after",
    "obj.4.scope": " (target group: {group})",
    "obj.4.full": "{kpi}{scope} moves from {baseline} to {target}{deadline}.",
    "obj.4.target": "{kpi}{scope} reaches {target}{deadline}; the baseline is measured before the "
    "start.",
    "obj.4.baseline": "{kpi}{scope} improves on {baseline}{deadline}; the target is still to be "
    "set.",
    "obj.4.open": "{description} (KPI, baseline and target still to be set).",
    "obj.5.text": "Within 12 months after the programme, {title} returns a positive ROI: net "
    "benefits above the fully loaded costs, with isolated and conservatively adjusted benefits.",
    "obj.5.forecast": " The forecast beforehand is {roi} ROI: an expectation, not a measurement.",
    "obj.5.indicator": "ROI (%) = net benefits / fully loaded costs x 100",
    "map.indicator.frequency": "Share of participants who do this {frequency} (log or "
    "manager observation)",
    "map.indicator.observed": "Share of participants whose manager observes this behaviour, "
    "30-90 days after the programme",
    "map.indicator.360": "Score on this behaviour in 360° feedback, before the start and 3 "
    "months after the programme",
    "lvl.1.what": "How do {group} experience the programme: satisfaction, relevance and "
    "applicability?",
    "lvl.1.instruments": "Online evaluation form directly after each session|Short feedback "
    "round at the end of each module",
    "lvl.1.source": "Evaluation forms (response per session)",
    "lvl.1.timing": "Directly after each session",
    "lvl.1.owner": "Trainer or programme provider; L&D monitors the response",
    "lvl.2.what": "Have participants gained the knowledge and skills the desired behaviour "
    "requires?",
    "lvl.2.instruments": "Knowledge test or assessment at the start and end (pre and post)|"
    "Practical or reflection assignment, assessed against criteria",
    "lvl.2.source": "Test results and assessed assignments",
    "lvl.2.timing": "At the start (pre-test) and at the end of the programme{after}",
    "lvl.2.owner": "Trainer and L&D",
    "lvl.3.what": "Do participants apply what they learned at work: the behaviour in the "
    "impact map?",
    "lvl.3.instruments": "360° feedback before the start and 3 months after the programme|"
    "Manager observation against the success indicators|Participant survey 30-90 days after "
    "the programme: how often do they apply the behaviour?",
    "lvl.3.source": "360° feedback reports, managers' observation notes, survey",
    "lvl.3.timing": "Pre-measurement before the start{start}; follow-up 30-90 days after the "
    "programme; 360° post-measurement after 3 months",
    "lvl.3.owner": "Participants' line managers; L&D coordinates",
    "lvl.4.what": "Does the KPI of the business goal move from its baseline towards its target?",
    "lvl.4.instruments": "KPI analysis: comparison with the baseline and the target|Trend line "
    "over the period before and after the programme",
    "lvl.4.timing": "Baseline before the start; then monthly or quarterly, 3-12 months after "
    "the programme; final measurement at each goal's deadline",
    "lvl.4.owner": "The owner of each KPI (line management) with HR or business control",
    "lvl.4.open": "the KPIs of the business goals (still to be set)",
    "lvl.5.what": "Does the investment return more than it costs?",
    "lvl.5.instruments": "Conversion of the isolated KPI improvement to money|Fully loaded "
    "cost overview|ROI and benefit-cost ratio with the ROI calculator",
    "lvl.5.source": "The level-4 results, the finance records and L&D's cost records",
    "lvl.5.timing": "After the level-4 final measurement (3-12 months after the programme)",
    "lvl.5.owner": "L&D together with the financial controller",
    "rec.v_model": "Design the programme top-down along the V-model: first the business goals "
    "(level 4{and5}), then the behaviour they require (level 3), the knowledge and skills "
    "(level 2) and the learning experience (level 1). Then measure bottom-up: from level 1 to "
    "level {top}.",
    "rec.smart": "Write every objective SMART: Specific, Measurable, Achievable, Relevant and "
    "Time-bound. Each objective below shows per criterion whether it passes and what is still "
    "missing.",
    "rec.transfer": "Secure transfer to the job: give on-the-job assignments after the "
    "sessions and involve the managers, so they support participants in applying the "
    "behaviour and discuss it with them.",
    "rec.monitoring": "Report along the way, not only afterwards: levels 1 and 2 after each "
    "module, level 3 after 30-90 days, level 4 monthly or quarterly against the baseline, so "
    "the programme can be adjusted while it runs.",
    "iso.control_group": "Control group",
    "iso.estimates": "Participant and manager estimates with a confidence adjustment",
    "iso.control_group.reason": "The brief points to a comparable group that does not (yet) "
    "take part ({cue}). Compare the KPI trend of participants with that group over the same "
    "period: that isolates the programme's effect most firmly.",
    "iso.estimates.reason": "The brief names no comparable group that does not take part, so a "
    "control group is not known to be feasible. Ask participants and their managers which "
    "share of the improvement the programme caused, and apply a conservative adjustment.",
    "iso.adjustment": "Ask per KPI which percentage of the improvement is due to the programme "
    "and how confident the respondent is (in %). Multiply the improvement by both "
    "percentages, take the lower estimate where they differ, and count non-respondents as "
    "zero.",
    "iso.brief_line": "The brief assumes for '{description}' an attribution of {attribution} "
    "and a confidence of {confidence}.",
    "iso.cues": "controlegroep|vergelijkingsgroep|pilot|gefaseerd|in fasen|in golven|"
    "eerste groep|tweede groep|control group|comparison group|phased|in phases|waves|"
    "first cohort|second cohort|rollout",
    "cost.needs_assessment": "Needs assessment",
    "cost.design_development": "Design and development",
    "cost.acquisition": "Acquisition and licences",
    "cost.delivery": "Delivery (trainers, coaches, facilitation)",
    "cost.participant_time": "Participants' time (salary costs)",
    "cost.travel_lodging": "Travel and lodging",
    "cost.facilities": "Venue and facilities",
    "cost.materials": "Materials",
    "cost.overhead": "Overhead",
    "cost.evaluation": "Evaluation and measurement",
    "cost.other": "Other",
    "intangible.default": "Participants' confidence in applying the new skills|Collaboration "
    "and climate in the teams|Commitment to the organisation",
    "intangible.kpi": "{kpi} (no direct money value)",
    "kp.label": "Kirkpatrick: a chain of evidence across levels 1 to 4. The plan isolates no "
    "effect and converts nothing to money; it shows whether the links together make a "
    "plausible case, not an ROI.",
    "kp.1": "Participants find the programme relevant and applicable.",
    "kp.1.lead": "Response to the evaluation form|Score for relevance and applicability",
    "kp.2": "Participants master the knowledge and skills.",
    "kp.2.lead": "Progress and completion of the learning activities|Test score before and after",
    "kp.3": "Participants apply the behaviour at work.",
    "kp.3.lead": "Share of participants applying the behaviour after 30-90 days|Number of "
    "manager conversations with participants about applying it",
    "kp.4": "The KPIs move from their baseline towards their target: {kpis}.",
    "kp.4.lead": "Monthly trend of each KPI against its baseline",
    "q.strategic": "Is the proposed strategic goal '{goal}' the one {kpi} serves? If not, "
    "which strategic goal does the programme serve?",
    "q.norms": "The norms for levels 1-3 (an average of at least 4 on a five-point scale, "
    "80% pass, 80% apply the behaviour) are proposals: does the sponsor endorse them?",
    "q.control_group": "Is there a comparable group that does not (yet) take part, for "
    "example through a phased rollout? A control group isolates the effect more firmly than "
    "estimates.",
    "q.unit_value": "What is one unit of {kpi} worth in money (e.g. the cost of one day of "
    "absence or one incident), and who in the organisation sets that value?",
    "q.links": "Where the brief names no link, the plan assumes every behaviour serves every "
    "goal (dotted arrows in the impact map): which links hold?",
    "q.roi": "The ROI forecast could not be calculated: {reason}",
    "q.participants": "How many participants take part? Otherwise per-participant cost lines "
    "do not count in the ROI forecast.",
    "q.kpi_source": "Which system does {kpi} come from, and who owns those figures?",
}

TEXTS: dict[Language, dict[str, str]] = {Language.NL: NL, Language.EN: EN}


def items(texts: dict[str, str], key: str) -> list[str]:
    """A ``|``-separated list text as its items."""
    return texts[key].split("|")
