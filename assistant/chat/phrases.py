"""The offline engine's phrasing, Dutch and English. A tuple holds variants (see ``texts.say``).

Templates never contain a figure of their own: amounts, percentages and counts are filled in from
the user's message or a tool's output, which is what the money rule checks.
"""

from __future__ import annotations

from assistant.text.language import Language

Phrase = str | tuple[str, ...]

NL: dict[str, Phrase] = {
    "greeting": (
        "Hallo! Ik help je een opleiding of programma te evalueren: van doelen en meetplan tot "
        "ROI. Waar werk je aan?",
        "Goedendag! Vertel gerust over je programma, stel een vraag over evalueren, of plak "
        "een paar opmerkingen uit een evaluatie.",
    ),
    "help": (
        "Dit kan ik voor je doen:\n"
        "- vragen over evalueren beantwoorden uit de bronnen, met [n]-verwijzingen;\n"
        "- samen een programmabeschrijving opbouwen en er een evaluatieplan van maken (en dat "
        "daarna aanscherpen, bijv. 'maak het doel voor niveau 3 concreter');\n"
        "- de ROI berekenen met de Phillips-calculator, uit de kosten en baten die je noemt;\n"
        "- opmerkingen uit een evaluatie indelen in Kirkpatrick-niveaus;\n"
        "- een doelstelling toetsen aan SMART.\n"
        "Waar wil je mee beginnen?"
    ),
    "smalltalk": (
        "Graag gedaan! Zeg het maar als ik nog iets kan doen.",
        "Fijn dat het helpt. Waar wil je verder mee?",
    ),
    "out_of_scope": (
        "Daar kan ik je niet mee helpen: ik ben er voor het evalueren van leerprogramma's. "
        "Wel kan ik bijvoorbeeld een evaluatieplan opstellen, de ROI berekenen of opmerkingen "
        "indelen in Kirkpatrick-niveaus.",
        "Dat valt buiten wat ik doe. Ik help bij het evalueren van opleidingen: doelen, "
        "meetplan, ROI en het indelen van evaluatie-opmerkingen.",
    ),
    "unclear": (
        "Ik weet niet zeker wat je bedoelt. Wil je een vraag over evalueren stellen, je "
        "programma beschrijven, de ROI laten berekenen of opmerkingen laten indelen?",
        "Dat begrijp ik nog niet helemaal. Gaat het om een methodevraag, je programma, de ROI, "
        "opmerkingen uit een evaluatie of een doelstelling die ik moet toetsen?",
    ),
    "empty": "Je bericht is leeg. Waar kan ik je mee helpen? Typ bijvoorbeeld 'help' voor een "
    "overzicht.",
    "safety": (
        "Ik deel geen interne instructies en ik laat ze ook niet opzij zetten. Ik werk met vaste "
        "regels: bedragen komen alleen uit de ROI-calculator of uit wat je zelf noemt, en "
        "methode-antwoorden alleen uit de bronnen. Waarmee kan ik je helpen bij je evaluatie?"
    ),
    "long_note": "Je bericht is erg lang; ik heb alleen het eerste deel gelezen.",
    "kb_not_covered": "Als je de vraag anders formuleert of specifieker maakt, zoek ik opnieuw.",
    "brief_noted": (
        "Genoteerd: {facts}.",
        "Helder, ik heb {facts}.",
        "Dank je, dat geeft {facts}.",
    ),
    "brief_nothing": ("Ik kon hier geen nieuwe gegevens over het programma uit halen.",),
    "brief_ask": (
        "{question}",
        "Dan mijn volgende vraag: {question}",
        "Nog even doorvragen: {question}",
    ),
    "brief_ask_two": ("{first} En: {second}", "Twee korte vragen: {first} {second}"),
    "brief_ready": (
        "Ik heb genoeg voor een eerste evaluatieplan. Zal ik het opstellen? Wat nog openstaat, "
        "komt als open vraag in het plan.",
        "Daarmee kan ik een eerste plan maken. Zeg 'stel het plan op', of vul eerst nog aan.",
    ),
    "brief_start": "Vertel me over het programma: hoe heet het, voor wie is het en wat moet er "
    "na afloop anders gaan in het werk?",
    "plan_not_ready": "Voor een plan heb ik nog minimaal een naam en een doel of gewenst gedrag "
    "nodig. {question}",
    "plan_drafted": (
        "Het evaluatieplan '{title}' staat klaar (versie {version}). {summary}",
        "Ik heb het plan '{title}' opgesteld en bewaard als versie {version}. {summary}",
    ),
    "plan_open": "Nog open: {questions}",
    "plan_none": "Er is in dit gesprek nog geen plan. Beschrijf het programma, dan stel ik er "
    "een op.",
    "plan_show": "Het huidige plan is '{title}', versie {version}. {summary}",
    "revise_no_level": "Welk doel wil je aanpassen? Noem het niveau, bijvoorbeeld 'maak het doel "
    "voor niveau 3 concreter'.",
    "revise_missing_level": "Het plan heeft geen doel op niveau {level}.",
    "revise_done": (
        "Ik heb het doel op niveau {level} aangescherpt (nu versie {version}):\n"
        "Was: {before}\nNu: {after}\n{smart}",
    ),
    "revise_smart": "SMART-toets: {score} van de 5 criteria gehaald (was {old}).",
    "revise_nothing": "Het doel op niveau {level} haalt alle SMART-criteria al; ik heb niets "
    "veranderd. Wat wil je er anders aan?",
    "roi_understood": ("Dit heb ik begrepen:", "Even controleren of ik het goed heb:"),
    "roi_confirm": "Klopt dit? Zeg 'ja' om te rekenen, of verbeter wat niet klopt.",
    "roi_calculated_with": "Hiermee heb ik gerekend; verbeter wat niet klopt, dan reken ik "
    "opnieuw.",
    "roi_participants": "deelnemers: {n}",
    "roi_cost": "kosten ({label}): {amount}{per}",
    "roi_benefit": "opbrengst{label}: {amount} {period}{per}",
    "roi_attribution": "deel van het effect toegeschreven aan het programma: {pct}",
    "roi_confidence": "zekerheid van de schatting: {pct}",
    "roi_benefit_years": "de baten tellen {years} jaar mee",
    "roi_isolation": "isolatie van het effect: {method}",
    "roi_no_isolation": "hoe het effect van het programma is geïsoleerd: nog niet genoemd "
    "(de calculator rekent dan met het volle effect en waarschuwt daarvoor)",
    "per_participant": " per deelnemer",
    "roi_need_costs": "Wat kost het programma in totaal, of per kostenpost (bijv. trainer, "
    "locatie, tijd van de deelnemers)?",
    "roi_need_benefits": "Welke opbrengst verwacht je, en over welke periode: per jaar, per "
    "maand of eenmalig?",
    "roi_need_participants": "Hoeveel deelnemers heeft het programma?",
    "roi_need_period": "Over welke periode geldt de opbrengst van {amount}: per jaar, per "
    "maand of eenmalig?",
    "roi_need_role": "Waar hoort het bedrag {amount} bij: de kosten van het programma of de "
    "opbrengst ervan?",
    "roi_offer_period": "Weet je het niet? Zeg dan 'reken maar', dan tel ik {amount} als een "
    "eenmalige opbrengst: de voorzichtigste keuze.",
    "roi_offer_role": "Weet je het niet? Zeg dan 'reken maar', dan tel ik {amount} als kosten: "
    "de voorzichtigste keuze.",
    "roi_need_times": "{amount} per {unit}: hoe vaak was dat?",
    "roi_offer_times": "Weet je het niet? Zeg dan 'reken maar', dan tel ik {amount} één keer.",
    "roi_took_times": "Je gaat door, dus ik tel {amount} één keer. Was het vaker, zeg dan hoe "
    "vaak.",
    "roi_offer_time_rate": "De tijd van de deelnemers reken je tegen {rate} per {unit}: zeg "
    "'ja' als dat ook hier geldt, of noem een ander tarief.",
    "roi_took_time_rate": "Je gaat door, dus ik reken {amount} tegen {rate} per {unit}, het "
    "tarief van de deelnemerstijd.",
    "roi_offer_leave_out": "Weet je het niet? Zeg dan 'reken maar', dan laat ik {amount} buiten "
    "de berekening: de voorzichtigste keuze.",
    "roi_offer_leave_out_share": "Weet je het niet? Zeg dan 'reken maar', dan laat ik {amount} "
    "buiten de berekening; in het overzicht dat volgt zie je wat ik meetel.",
    "roi_took_period": "Je gaat door, dus ik tel {amount} als een eenmalige opbrengst: de "
    "voorzichtigste keuze. Klopt dat niet, zeg dan over welke periode het geldt.",
    "roi_took_role": "Je gaat door, dus ik tel {amount} als kosten: de voorzichtigste keuze. "
    "Is het een opbrengst, zeg het dan.",
    "roi_took_leave_out": "Je gaat door, dus ik laat {amount} buiten de berekening: de "
    "voorzichtigste keuze.",
    "roi_took_leave_out_share": "Je gaat door, dus ik laat {amount} buiten de berekening.",
    "roi_offer_lower_share": "Weet je het niet? Zeg dan 'reken maar', dan neem ik {share}: de "
    "voorzichtigste keuze.",
    "roi_took_lower_share": "Je gaat door, dus ik neem {share}: de voorzichtigste keuze.",
    "roi_need_pct": "Waar slaat {pct} op: het deel van de verbetering dat je aan het programma "
    "toeschrijft, of hoe zeker je bent van de schatting?",
    "roi_ask_intro": (
        "Om de ROI te berekenen heb ik nog iets nodig.",
        "Bijna genoeg om te rekenen.",
    ),
    "roi_conflict_participants": "Je noemt {values} deelnemers. Welk aantal klopt?",
    "roi_conflict_total": "Je noemt totale kosten van {total}, maar de posten {lines} tellen daar "
    "niet precies op uit. Welke bedragen kloppen: het totaal of de losse posten?",
    "roi_conflict_pct": "Je noemt {values} voor hetzelfde percentage. Welke klopt?",
    "roi_conflict_cost": "Ik zie twee bedragen voor dezelfde kostenpost: {values}. Welke klopt?",
    "roi_conflict_intro": ("Voordat ik reken, één vraag.", "Hier twijfel ik even."),
    "roi_result": (
        "De Phillips-calculator komt uit op een ROI van {roi} en een baten-kostenverhouding "
        "(BCR) van {bcr}. Totale kosten {costs}, baten na correcties {benefits}, netto "
        "{net}.{payback}",
    ),
    "roi_payback": " Terugverdientijd: {months} maanden.",
    "roi_warnings": "Let op: {warnings}",
    "roi_nothing_pending": "Er staat nog geen berekening klaar om te bevestigen. Noem de kosten "
    "en de verwachte opbrengst, dan reken ik het uit.",
    "roi_invalid": "Met deze cijfers kan de calculator niet rekenen: {reason} Kun je dat "
    "aanpassen?",
    "comments_none": "Ik zie geen opmerkingen om in te delen. Plak ze onder je vraag, één per "
    "regel.",
    "comments_intro": (
        "Ik heb {n} opmerkingen ingedeeld: {counts}.",
        "De {n} opmerkingen vallen zo uit: {counts}.",
    ),
    "comments_one": "Ik heb de opmerking ingedeeld.",
    "comments_line": '- "{text}": {level}{roi} ({confidence})',
    "comments_review": "Twijfelgevallen kun je het beste zelf nog even nalezen.",
    "comments_roi": ", noemt geld of rendement",
    "confidence_high": "zeker",
    "confidence_mid": "redelijk zeker",
    "confidence_low": "twijfel",
    "smart_none": "Welke doelstelling wil je laten toetsen? Zet haar na een dubbele punt of "
    "tussen aanhalingstekens.",
    "smart_result": (
        "Deze doelstelling haalt {score} van de 5 SMART-criteria.",
        "Getoetst aan SMART: {score} van de 5 criteria gehaald.",
    ),
    "smart_pass": "Een sterke doelstelling: alle criteria zijn gehaald.",
    "smart_line_ok": "- {label}: ja. {reason}",
    "smart_line_bad": "- {label}: nog niet. {reason} Tip: {suggestion}",
    "roi_benefit_sum": "opbrengst{label}: {sum}",
    "roi_respondents": "opbrengst (schattingen van {responded} van de {population} deelnemers; "
    "wie niet antwoordde telt als nul): {each} = {sum} per jaar",
    "roi_response_left_out": "{value} weggelaten",
    "roi_time_saved": "tijdsbesparing",
    "roi_need_rate": "Wat is {quantity} waard? Noem het tarief per {unit}, of de "
    "tijd in dezelfde eenheid als het tarief.",
    "roi_need_value": "Waar is {pct} een verandering van? Noem het bedrag en de periode, "
    "bijv. de jaarlijkse kosten of omzet die veranderde.",
    "roi_cut_reason": "extra voorzichtige correctie uit het gesprek",
    "roi_need_count": "Wat is één van die {count} waard in geld, en over welke periode telt het "
    "(per jaar, per maand)?",
    "roi_range": "bij {range} reken ik met de voorzichtige kant ({pct}); noem een ander "
    "percentage als je dat wilt",
    "roi_money_range": "bij {range} reken ik met de voorzichtige kant ({amount}); noem een "
    "ander bedrag als je dat wilt",
    "roi_resume": "Dan de ROI nog: {question}",
}

EN: dict[str, Phrase] = {
    "greeting": (
        "Hello! I help you evaluate a training or development programme: from objectives and "
        "a measurement plan to ROI. What are you working on?",
        "Hi! Tell me about your programme, ask a question about evaluation, or paste a few "
        "comments from an evaluation.",
    ),
    "help": (
        "Here is what I can do:\n"
        "- answer questions about evaluation from the sources, with [n] citations;\n"
        "- build a programme brief with you and turn it into an evaluation plan (and sharpen "
        "it afterwards, e.g. 'make the level 3 objective more specific');\n"
        "- compute the ROI with the Phillips calculator from the costs and benefits you give;\n"
        "- code comments from an evaluation into Kirkpatrick levels;\n"
        "- check an objective against SMART.\n"
        "Where would you like to start?"
    ),
    "smalltalk": (
        "You're welcome! Let me know if there is anything else.",
        "Glad that helps. What would you like to do next?",
    ),
    "out_of_scope": (
        "I can't help with that: I am here for evaluating learning programmes. I can, for "
        "instance, draft an evaluation plan, compute the ROI or code comments into Kirkpatrick "
        "levels.",
        "That is outside what I do. I help with evaluating training: objectives, measurement "
        "plans, ROI and coding evaluation comments.",
    ),
    "unclear": (
        "I'm not sure what you mean. Would you like to ask about evaluation methods, describe "
        "your programme, compute the ROI or have comments coded?",
        "I didn't quite get that. Is it a method question, your programme, the ROI, comments "
        "from an evaluation, or an objective to check?",
    ),
    "empty": "Your message is empty. How can I help? Type 'help' for an overview.",
    "safety": (
        "I don't share internal instructions, and I don't set them aside either. I work by "
        "fixed rules: amounts come only from the ROI calculator or from what you tell me, and "
        "method answers only from the sources. How can I help with your evaluation?"
    ),
    "long_note": "Your message is very long; I read only the first part.",
    "kb_not_covered": "If you rephrase the question or make it more specific, I'll search again.",
    "brief_noted": (
        "Noted: {facts}.",
        "Got it, I now have {facts}.",
        "Thanks, that gives {facts}.",
    ),
    "brief_nothing": ("I couldn't find new details about the programme in that.",),
    "brief_ask": ("{question}", "Next question: {question}", "One more thing: {question}"),
    "brief_ask_two": ("{first} And: {second}", "Two quick questions: {first} {second}"),
    "brief_ready": (
        "I have enough for a first evaluation plan. Shall I draft it? Anything still open goes "
        "into the plan as an open question.",
        "That is enough for a first plan. Say 'draft the plan', or add more first.",
    ),
    "brief_start": "Tell me about the programme: what is it called, who is it for, and what "
    "should change at work afterwards?",
    "plan_not_ready": "For a plan I still need at least a name and a goal or desired behaviour. "
    "{question}",
    "plan_drafted": (
        "The evaluation plan '{title}' is ready (version {version}). {summary}",
        "I drafted the plan '{title}' and stored it as version {version}. {summary}",
    ),
    "plan_open": "Still open: {questions}",
    "plan_none": "There is no plan in this conversation yet. Describe the programme and I'll "
    "draft one.",
    "plan_show": "The current plan is '{title}', version {version}. {summary}",
    "revise_no_level": "Which objective should I change? Name the level, e.g. 'make the level 3 "
    "objective more specific'.",
    "revise_missing_level": "The plan has no objective at level {level}.",
    "revise_done": (
        "I sharpened the level {level} objective (now version {version}):\n"
        "Before: {before}\nNow: {after}\n{smart}",
    ),
    "revise_smart": "SMART check: {score} of the 5 criteria met (was {old}).",
    "revise_nothing": "The level {level} objective already meets every SMART criterion, so I "
    "changed nothing. What would you like to be different?",
    "roi_understood": ("This is what I understood:", "Let me check I have this right:"),
    "roi_confirm": "Is this right? Say 'yes' to calculate, or correct what is wrong.",
    "roi_calculated_with": "I calculated with these figures; correct what is wrong and I will "
    "recalculate.",
    "roi_participants": "participants: {n}",
    "roi_cost": "cost ({label}): {amount}{per}",
    "roi_benefit": "benefit{label}: {amount} {period}{per}",
    "roi_attribution": "share of the effect attributed to the programme: {pct}",
    "roi_confidence": "confidence in the estimate: {pct}",
    "roi_benefit_years": "the benefits count for {years} years",
    "roi_isolation": "isolation of the effect: {method}",
    "roi_no_isolation": "how the programme's effect is isolated: not mentioned yet (the "
    "calculator then counts the full effect and warns about it)",
    "per_participant": " per participant",
    "roi_need_costs": "What does the programme cost in total, or per item (e.g. trainer, "
    "venue, participants' time)?",
    "roi_need_benefits": "Which benefit do you expect, and over which period: per year, per "
    "month or once?",
    "roi_need_participants": "How many participants does the programme have?",
    "roi_need_period": "Over which period does the benefit of {amount} apply: per year, per "
    "month or once?",
    "roi_need_role": "What is the amount {amount}: a cost of the programme or a benefit of it?",
    "roi_offer_period": "Not sure? Say 'go ahead' and I will count {amount} as a one-off "
    "benefit, the most conservative choice.",
    "roi_offer_role": "Not sure? Say 'go ahead' and I will count {amount} as a cost, the most "
    "conservative choice.",
    "roi_need_times": "{amount} per {unit}: how many times was that?",
    "roi_offer_times": "Not sure? Say 'go ahead' and I will count {amount} once.",
    "roi_took_times": "You went ahead, so I count {amount} once. If it was more often, say how "
    "many times.",
    "roi_offer_time_rate": "You priced the participants' time at {rate} per {unit}: say 'yes' "
    "if that holds here too, or give another rate.",
    "roi_took_time_rate": "You went ahead, so I value {amount} at {rate} per {unit}, the rate of "
    "the participants' time.",
    "roi_offer_leave_out": "Not sure? Say 'go ahead' and I will leave {amount} out of the "
    "calculation, the most conservative choice.",
    "roi_offer_leave_out_share": "Not sure? Say 'go ahead' and I will leave {amount} out of the "
    "calculation; the list I show next says what I count.",
    "roi_took_period": "You went ahead, so I count {amount} as a one-off benefit, the most "
    "conservative choice. If that is wrong, say over which period it applies.",
    "roi_took_role": "You went ahead, so I count {amount} as a cost, the most conservative "
    "choice. If it is a benefit, say so.",
    "roi_took_leave_out": "You went ahead, so I leave {amount} out of the calculation, the most "
    "conservative choice.",
    "roi_took_leave_out_share": "You went ahead, so I leave {amount} out of the calculation.",
    "roi_offer_lower_share": "Not sure? Say 'go ahead' and I will take {share}, the most "
    "conservative choice.",
    "roi_took_lower_share": "You went ahead, so I take {share}, the most conservative choice.",
    "roi_need_pct": "What does {pct} refer to: the share of the improvement you attribute to "
    "the programme, or how confident you are in the estimate?",
    "roi_ask_intro": ("To compute the ROI I need a little more.", "Almost enough to calculate."),
    "roi_conflict_participants": "You mention {values} participants. Which number is right?",
    "roi_conflict_total": "You mention total costs of {total}, but the items {lines} do not add "
    "up to exactly that. Which is right: the total or the separate items?",
    "roi_conflict_pct": "You give {values} for the same percentage. Which one is right?",
    "roi_conflict_cost": "I see two amounts for the same cost item: {values}. Which is right?",
    "roi_conflict_intro": ("Before I calculate, one question.", "I'm not sure about one thing."),
    "roi_result": (
        "The Phillips calculator arrives at an ROI of {roi} and a benefit-cost ratio (BCR) of "
        "{bcr}. Total costs {costs}, benefits after adjustments {benefits}, net {net}.{payback}",
    ),
    "roi_payback": " Payback period: {months} months.",
    "roi_warnings": "Please note: {warnings}",
    "roi_nothing_pending": "There is no calculation waiting for confirmation yet. Give me the "
    "costs and the expected benefit and I'll work it out.",
    "roi_invalid": "The calculator cannot work with these figures: {reason} Could you adjust that?",
    "comments_none": "I don't see any comments to code. Paste them below your request, one per "
    "line.",
    "comments_intro": (
        "I coded {n} comments: {counts}.",
        "The {n} comments come out as: {counts}.",
    ),
    "comments_one": "I coded the comment.",
    "comments_line": '- "{text}": {level}{roi} ({confidence})',
    "comments_review": "It is worth reading the uncertain ones yourself.",
    "comments_roi": ", mentions money or return",
    "confidence_high": "confident",
    "confidence_mid": "fairly confident",
    "confidence_low": "uncertain",
    "smart_none": "Which objective should I check? Put it after a colon or in quotes.",
    "smart_result": (
        "This objective meets {score} of the 5 SMART criteria.",
        "Checked against SMART: {score} of the 5 criteria met.",
    ),
    "smart_pass": "A strong objective: every criterion is met.",
    "smart_line_ok": "- {label}: yes. {reason}",
    "smart_line_bad": "- {label}: not yet. {reason} Tip: {suggestion}",
    "roi_benefit_sum": "benefit{label}: {sum}",
    "roi_respondents": "benefit (estimates of {responded} of the {population} participants; "
    "those who did not answer count as zero): {each} = {sum} a year",
    "roi_response_left_out": "{value} left out",
    "roi_time_saved": "time saved",
    "roi_need_rate": "What is {quantity} worth? Give the rate per {unit}, or the "
    "time in the same unit as the rate.",
    "roi_need_value": "What is {pct} a change of? Give the amount and its period, e.g. the "
    "yearly cost or revenue that changed.",
    "roi_cut_reason": "extra conservative cut asked for in the conversation",
    "roi_need_count": "What is one of those {count} worth in money, and over which period does "
    "the count run (a year, a month)?",
    "roi_range": "for {range} I use the conservative end ({pct}); give another percentage if "
    "you prefer",
    "roi_money_range": "for {range} I use the conservative end ({amount}); give another amount "
    "if you prefer",
    "roi_resume": "Back to the ROI: {question}",
}

PHRASES: dict[Language, dict[str, Phrase]] = {Language.NL: NL, Language.EN: EN}

LEVEL_NAMES: dict[Language, dict[str, str]] = {
    Language.NL: {"L1": "niveau 1 (reactie)", "L2": "niveau 2 (leren)",
                  "L3": "niveau 3 (gedrag)", "L4": "niveau 4 (resultaat)",
                  "NONE": "geen niveau"},
    Language.EN: {"L1": "level 1 (reaction)", "L2": "level 2 (learning)",
                  "L3": "level 3 (behaviour)", "L4": "level 4 (results)",
                  "NONE": "no level"},
}  # fmt: skip

PERIODS: dict[Language, dict[str, str]] = {
    Language.NL: {"year": "per jaar", "month": "per maand", "week": "per week",
                  "day": "per dag", "once": "eenmalig"},
    Language.EN: {"year": "a year", "month": "a month", "week": "a week", "day": "a day",
                  "once": "once"},
}  # fmt: skip

ISOLATION: dict[Language, dict[str, str]] = {
    Language.NL: {"control_group": "controlegroep", "trend_line": "trendlijn",
                  "forecasting": "voorspelling", "participant_estimate": "schatting deelnemers",
                  "supervisor_estimate": "schatting leidinggevenden",
                  "management_estimate": "schatting management",
                  "expert_estimate": "schatting experts", "customer_input": "klantinput",
                  "other": "anders", "none": "geen"},
    Language.EN: {"control_group": "control group", "trend_line": "trend line",
                  "forecasting": "forecasting", "participant_estimate": "participant estimate",
                  "supervisor_estimate": "supervisor estimate",
                  "management_estimate": "management estimate",
                  "expert_estimate": "expert estimate", "customer_input": "customer input",
                  "other": "other", "none": "none"},
}  # fmt: skip

COST_LABELS: dict[Language, dict[str, str]] = {
    Language.NL: {"needs_assessment": "behoefteanalyse", "design_development": "ontwerp",
                  "acquisition": "aanschaf", "delivery": "uitvoering",
                  "participant_time": "tijd van de deelnemers",
                  "travel_lodging": "reis en verblijf",
                  "facilities": "locatie", "materials": "materialen", "overhead": "overhead",
                  "evaluation": "evaluatie", "other": "programma"},
    Language.EN: {"needs_assessment": "needs assessment", "design_development": "design",
                  "acquisition": "acquisition", "delivery": "delivery",
                  "participant_time": "participants' time", "travel_lodging": "travel",
                  "facilities": "venue", "materials": "materials", "overhead": "overhead",
                  "evaluation": "evaluation", "other": "programme"},
}  # fmt: skip
