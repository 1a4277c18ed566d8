"""Which intent a message has: rules for the clear-cut cases, the classifier for the rest.

The rules know the conversation: after "Klopt dit?" a plain "ja" confirms the ROI figures, and
while a brief is being gathered a statement is an answer, not small talk.
"""

from __future__ import annotations

import re

from assistant.chat.classifier import MIN_CONFIDENCE, classifier
from assistant.chat.models import ChatState, Intent
from assistant.chat.roi_figures import named_respondent, read_figures
from assistant.figures.cues import find_cues
from assistant.text.language import Language, detect_language
from assistant.text.money import find_money
from assistant.text.people import find_people
from assistant.text.percent import find_percentages
from assistant.text.sentences import split_sentences

CLASSIFY_CHARS = 2_000

INJECTION = re.compile(
    r"system\s?prompt|systeem\s?prompt|(?:je|jouw|uw|your|the) (?:instructies|instructions|"
    r"regels|rules|prompt)|ignore (?:all |any )?(?:previous |prior |above |your )?"
    r"(?:instructions|rules)|negeer (?:alle |je |de |jouw )?(?:vorige |eerdere )?"
    r"(?:instructies|regels)|jailbreak|developer mode|dan mode|verborgen instructies|"
    r"hidden instructions",
    re.IGNORECASE,
)
_INTERJECTION = (
    r"(?:(?!(?:nee|neen|no|not|niet|nope|nearly|almost|bijna|but|maar|wait|wacht)\b)"
    r"[^\W\d_][\w']*(?:\s+[^\W\d_][\w']*)?\s*[,!]\s*)?"
)
"""A word or two before the agreement ("sweet as, that's right", "super, klopt"), no "no"."""
YES = re.compile(
    r"^\s*" + _INTERJECTION + r"(?:ja|jawel|jep|jup|yes|yep|yup|yeah|ok(?:ay|é|e|ee)?|klopt|"
    r"correct|confirmed|bevestigd|akkoord|prima|goed|"
    r"top|sure|right|alright|all right|fine|"
    r"that'?s (?:all |exactly |quite )?(?:right|correct|fine|good)|"
    r"that'?s (?:all|it|everything)(?: of it)?(?!\s+(?:wrong|off|incorrect))|"
    r"that is (?:all |exactly |quite )?(?:right|correct|fine|good)|"
    r"(?:all|everything)(?:'s| is)? (?:correct|right|good|fine)|alles klopt|klopt allemaal|"
    r"alles (?:is )?goed|dat is (?:'m|hem|het)\b|"
    r"dat is (?:goed|correct|juist)|helemaal goed|"
    r"looks (?:good|right|fine)|sounds (?:good|right)|(?:dat |het )?ziet er goed uit|"
    r"klinkt goed|dat klopt|reken maar|go ahead|ga je gang|doe maar|graag|"
    r"zo (?:is (?:het|'t) (?:goed|prima|juist)|klopt het)|(?:be)?reken (?:het )?maar)\b"
    r"(?!\W{0,2}(?:niet|not|helemaal niet|quite)\b)",
    re.IGNORECASE,
)
NO = re.compile(
    r"^\s*(?:nee|neen|no|niet|not|nope|klopt niet|klopt nog niet|niet helemaal|not quite|"
    r"that'?s wrong|wrong|fout|incorrect)\b",
    re.IGNORECASE,
)
_COMMENT_CUE = re.compile(
    r"\b(?:codeer|coderen|opmerkingen|reacties|antwoorden|feedback|comments?|responses?|"
    r"classify|indelen|deel .* in)\b",
    re.IGNORECASE,
)
_SMART = re.compile(
    r"\bsmart\b|toets (?:dit|deze)|check (?:this|my) (?:objective|goal)|"
    r"is (?:dit|deze) (?:doel|doelstelling)|is this (?:objective|goal)|"
    r"(?:check|toets|beoordeel|review)\w*\b.{0,25}\b(?:doel\w*|leerdoel\w*|objective|goal)|"
    r"(?:doel\w*|leerdoel\w*|objective|goal)\b.{0,30}\b(?:checken|toetsen|measurable|meetbaar|"
    r"specific|specifiek|realistic|realistisch|haalbaar|time-bound|tijdgebonden)",
    re.IGNORECASE,
)
_DEFINE = re.compile(
    r"\b(?:what does|what is|what's|wat is|wat betekent|waar staat|stand for|staat .{0,10} voor|"
    r"explain|uitleg|what makes|wat maakt|mixing up|door elkaar)\b",
    re.IGNORECASE,
)
_MEANING = re.compile(
    r"\b(?:wat bedoel (?:je|jij) (?:precies |eigenlijk )?met|what do you mean by|"
    r"what(?: exactly)? is meant by|wat wordt (?:er )?bedoeld met|what does .{1,40} mean)\b",
    re.IGNORECASE,
)
"""A question about a word ("wacht, wat bedoel je precies met zekerheid?"): a method question."""
_REVISE = re.compile(
    r"concreter|scherper|specifieker|aanscherpen|herschrijf|herformuleer|pas .*aan|verbeter "
    r"het doel|te vaag|more (?:specific|concrete)|sharpen|rewrite|revise|too vague|"
    r"change the (?:objective|goal)",
    re.IGNORECASE,
)
_EDIT = re.compile(
    r"^\W*(?:(?:can|could) you |kun je |kan je |wil je |please )?(?:add|voeg|zet|put|make|maak|"
    r"change|verander|wijzig|replace|vervang|remove|verwijder|haal|drop|schrap|move|verplaats|"
    r"swap|rename|hernoem|use|gebruik)\b",
    re.IGNORECASE,
)
_PLAN_PART = re.compile(
    r"\b(?:niveau|level)\s?[1-5]\b|\bkpi\b|instrument\w*|objective|doel\w*|meting\w*|"
    r"measure\w*|timing|moment\w*|vragenlijst\w*|survey|observati\w*|feedback|plan\b",
    re.IGNORECASE,
)
_LEVEL = re.compile(
    r"\b(?:niveau|level|l)\s?[1-5]\b|gedragsdoel|leerdoel|behaviour objective", re.IGNORECASE
)
_ROI = re.compile(
    r"\broi\b|rendement|return on investment|\bbcr\b|baten[- ]kosten|benefit[- ]cost|"
    r"terugverdien|payback|opbrengst|savings|besparing|marge|margin|winst|profit|baten|"
    r"benefits?",
    re.IGNORECASE,
)
_COMPUTE = re.compile(
    r"\bbereken(?:en)?\b|\breken\w* (?:uit|maar)|uitrekenen|doorreken\w*|\bcalculate\b|"
    r"\bcompute\b|\bwork(?:ing|ed)? out|\b(?:run|running|crunch|crunching) the numbers\b|"
    r"\b(?:maak|doe|geef|make|do|run)\b.{0,25}\b(?:roi|rendements?)[- ]?(?:berekening|calculation)|"
    r"\b(?:roi|rendement)\b.{0,25}\b(?:bepalen|vaststellen|determine)\b|"
    r"(?:wat|what)(?:'s| is| are|s) (?:de|het|the|our|onze|ons) (?:roi|rendement|return|"
    r"payback|terugverdientijd|bcr)\b(?! ?(?:methode|methodology|method|formule|formula))",
    re.IGNORECASE,
)
_OURS = re.compile(r"\b(?:our|onze|ons|my|mijn)\b", re.IGNORECASE)
_ROI_FIRST = re.compile(r"\s*(?:(?:de|the|our|onze)\s+)?(?:roi|bcr)\b", re.IGNORECASE)
"""A message that opens with the ROI names the task ("roi cursus Slimmer plannen, 40 mdw")."""
_GET_ROI = re.compile(
    r"\b(?:get|need|want|looking for|hoping for|after)\s+(?:an?|the|our|some)\s+(?:roi|"
    r"return on investment)\b(?! ?(?:methode|methodology|method|formule|formula))",
    re.IGNORECASE,
)
"""An ROI asked for by what the writer is after ("Trying to get an ROI on our ... program",
"Looking for an ROI on the ... training"), when the message does not ask how."""
_ROI_NAME = re.compile(
    r"\broi\b|rendement|return on investment|\bbcr\b|terugverdientijd|payback|rendeer\w*|rendeert|"
    r"\bloont\b|\blonend\b|pays? off|paid off|worth it|worth the money|de moeite waard",
    re.IGNORECASE,
)
_MONEY_WORDS = re.compile(
    r"\b(?:opbrengst\w*|oplever\w*|levert\w*|opgeleverd|baten|besparing\w*|bespaar\w*|kost\w*|"
    r"bereken\w*|reken\w*|uitreken\w*|geld|waard|returns?|yield\w*|benefits?|savings?|save[sd]?|"
    r"costs?|calculat\w*|compute|money|worth|gains?|figures?|cijfers?|bedrag\w*)\b",
    re.IGNORECASE,
)
"""Words of an ROI request without a figure ("Wat levert de training op?", "work out the
return"): a message that has none of them, no figure and no ROI name asks for no ROI."""
_WANT = re.compile(
    r"\b(?:wil(?:len)?|graag|nodig|moet(?:en)?|kun je|kan je|kunt u|kunnen we|need|want|"
    r"would like|like to|(?:i|we)['’]?d (?:like|love)|can you|could you|can we|could we|"
    r"help me|let'?s|please)\b",
    re.IGNORECASE,
)
_HOW = re.compile(
    r"\b(?:hoe|how|waarom|why|wanneer|when|welke|which)\b.{0,40}\b(?:bereken|reken|calculat|"
    r"comput|meet|measure|werkt|works?|bepaal|determine)|\bwhat (?:is|does) (?:an? )?roi\b|"
    r"\bwat (?:is|betekent) (?:een )?roi\b",
    re.IGNORECASE,
)
_HELP_WITH_OURS = re.compile(
    r"\b(?:help|helpen|hulp)\b.{0,25}\b(?:with|met|bij)\s+(?:the|our|my|de|het|onze|ons|mijn)?\s*"
    r"(?:roi|rendement|return|business case)\s+(?:of|for|van|voor)\b",
    re.IGNORECASE,
)
"""Help with the ROI of a named programme is a request to compute it, asked as a question ("Can
you help me with the ROI of the SMED training?"), not a method question."""
_DRAFT = re.compile(
    r"(?:stel|maak|schrijf|genereer).{0,30}\b(?:plan|meetplan|evaluatieplan|evaluatieopzet|"
    r"meetopzet)\b|\b(?:plan|evaluatieplan|meetplan) (?:maken|opstellen|schrijven)\b|"
    r"(?:draft|write|make|create|generate).{0,30}\bplan\b|plan (?:maar )?op\b",
    re.IGNORECASE,
)
_GO = re.compile(
    r"^\W*(?:(?:ja|yes|ok|oké|okay),?\s+)?(?:draft it|write it|do it|go ahead|go for it|please do|"
    r"stel (?:het|hem) (?:maar )?op|maak (?:het|hem|maar)|doe maar|ga je gang|graag)\b",
    re.IGNORECASE,
)
_GREETING = re.compile(
    r"^\W*(?:hallo|hoi|hey|hi|hello|dag|goedemorgen|goedemiddag|goedenavond|good "
    r"(?:morning|afternoon|evening))\b[\w\s,!.]{0,25}$",
    re.IGNORECASE,
)
_THANKS = re.compile(r"^.{0,15}\b(?:dank|bedankt|thanks|thank you|cheers)\b.{0,40}$", re.I)
_ASIDE_OPENING = (
    r"(?:(?:oh|o|ok|oké|trouwens|overigens|btw|by the way|tussendoor|even tussendoor|wacht even|"
    r"one more thing|quick question(?: first)?|nog een vraag|andere vraag|sorry)\W+)?"
)
"""What an aside may open with before its question ("Trouwens, is dit niveau 4?")."""
_QUESTION = re.compile(
    r"^\W*"
    + _ASIDE_OPENING
    + r"(?:wat|hoe|waarom|wanneer|welke?|wie|waar|kan|kun|moet|is|zijn|what|how|why|when|"
    r"which|who|where|can|could|should|do|does|is|are)\b",
    re.IGNORECASE,
)
_NAMES_PROGRAMME = re.compile(
    r"\b(?:programm[ae]|program|training|cursus|course|opleiding|traject|workshop|leergang)\s+"
    r"(?:is called|is named|was called|heet|heette|noemen we|we call)\b",
    re.IGNORECASE,
)
"""A brief names its programme ("Our programme is called 'Lean Leaders'")."""
_SHOW = re.compile(
    r"\b(?:toon|laat|geef)\b.{0,40}\bplan\b|\b(?:show|display|see|print)\b.{0,40}\bplan\b|"
    r"^/plan\b",
    re.IGNORECASE,
)


def looks_like_comments(text: str) -> bool:
    """A request line naming comments, followed by at least one line of pasted comments."""
    lines = [line for line in text.strip().splitlines() if line.strip()]
    return len(lines) >= 2 and bool(_COMMENT_CUE.search(lines[0])) and len(lines[0]) < 300


def has_figures(text: str) -> bool:
    return bool(find_money(text) or find_percentages(text) or re.search(r"\d", text))


def route(text: str, state: ChatState) -> Intent:
    """The one intent of ``text`` given what the conversation is waiting for."""
    stripped = text.strip()
    if not stripped:
        return Intent.EMPTY
    head = stripped[:CLASSIFY_CHARS]
    if INJECTION.search(head):
        return Intent.SAFETY
    if looks_like_comments(stripped):
        return Intent.CODE_COMMENTS
    if state.awaiting in ("roi_figures", "roi_confirmation"):
        in_roi = _in_roi(head, state)
        if in_roi is not None:
            return in_roi
    if _GREETING.match(head):
        return Intent.GREETING
    if _THANKS.match(head):
        return Intent.SMALLTALK
    if (state.awaiting == "plan_go" and _yes(head)) or (
        state.awaiting in ("plan_go", "brief") and _GO.match(head)
    ):
        return Intent.DRAFT_PLAN
    ruled = _rules(head, state)
    if ruled is not None:
        return ruled
    return _classified(head, state)


def question_in_passing(text: str) -> str | None:
    """The method question a message of figures also asks, in a sentence of its own ("... de
    schade is met 22% gedaald. Hoe isoleer je eigenlijk het effect van zo'n cursus?"): one that
    ends asking, names no figure and, read alone, is a method question."""
    language = detect_language(text)
    sentences = [s.strip() for s in split_sentences(text.strip(), language)]
    if len(sentences) < 2:
        return None
    for n, asked in enumerate(sentences):
        if has_figures(asked) or not _asks_method(asked) or len(asked.split()) < 4:
            continue
        if any(_gives_figures(after, language) for after in sentences[n + 1 :]):
            continue  # "Welk deel komt door de training? Ik denk een kwart.": answered itself
        if route(asked, ChatState()) is Intent.ASK_METHOD:
            return asked
    return None


def _gives_figures(sentence: str, language: Language) -> bool:
    return has_figures(sentence) or read_figures(sentence, language).found_any


def _yes(head: str) -> bool:
    """A short agreement without figures: "ja", "klopt", "ok fine", "go ahead"."""
    return bool(YES.match(head)) and not has_figures(head) and len(head.split()) <= 8


def _in_roi(head: str, state: ChatState) -> Intent | None:
    """While an ROI is being built, a yes confirms, a no or any figure corrects, and a short
    reply answers the open question; questions and other asides go elsewhere and the ROI waits."""
    confirming = state.awaiting == "roi_confirmation"
    figures_intent = Intent.CORRECT_ROI if confirming else Intent.COMPUTE_ROI
    if confirming and (_yes(head) or _yes(_after_thanks(head))):
        return Intent.CONFIRM_ROI  # also "Cheers, that's right", "Dank je, klopt helemaal"
    if NO.match(head):
        return figures_intent
    question = "?" in head or bool(_QUESTION.match(head))
    ends_asking = head.rstrip().endswith("?")
    figures = read_figures(head, detect_language(head)).found_any or bool(re.search(r"\d", head))
    if figures and not (ends_asking and _asks_method(head)):
        return figures_intent  # "Welk deel komt door de training? Ik denk een kwart."
    chatter = _THANKS.match(head) or _GREETING.match(head)
    if (
        not question
        and not chatter
        and (
            _yes(head)
            or (state.roi_figures.open and len(head) <= 80)
            or (_unsettled(state) and len(head) <= 80)  # "geen idee" to "30% or 40%?"
            or find_cues(head, "left_out", "other_project")  # "reviews went up too, don't put
            # a number on it", "the raised stands were a separate project"
            or any(  # "G's estimate isn't realistic ... Please leave hers out"
                named_respondent(label).search(head) for label in state.roi_figures.response_labels
            )
        )
    ):
        return figures_intent
    return None


def _unsettled(state: ChatState) -> bool:
    """Two values for one share, or a total against its items, wait on the user's choice."""
    figures = state.roi_figures
    return bool(figures.disputed_shares) or figures.stated_total is not None


_THANKS_FIRST = re.compile(
    r"^\W*(?:(?:hartelijk |heel erg )?(?:dank(?:jewel| je(?: wel)?| u)?|bedankt)|thanks(?: a lot)?|"
    r"thank you|cheers|ta)\b[\s,.!:;-]*",
    re.IGNORECASE,
)


def _after_thanks(head: str) -> str:
    """What follows a thanks that opens the message ("Cheers, that's right": "that's right")."""
    opened = _THANKS_FIRST.match(head)
    return head[opened.end() :] if opened else ""


def _asks_method(head: str) -> bool:
    """A question without amounts whose message ends asking ("Hoe meet je transfer?"), not one
    that goes on to give figures ("Kun je helpen met de ROI? Er deden 26 docenten mee.")."""
    asking = head.rstrip().endswith("?") or head.count("?") and not re.search(r"\?\s+\S", head)
    return bool(asking) and bool(_QUESTION.match(head)) and not find_money(head)


_QUOTED = re.compile(r"(?:(?<=\s)|^)['\"‘“][^'\"‘’“”\n]{1,80}['\"’”](?=[\s.,;:!?]|$)")


def _rules(head: str, state: ChatState) -> Intent | None:
    """The clear-cut requests: a SMART check, a plan revision, showing or drafting the plan. A
    quoted name ("our 'Smart Rostering' workshop") is not a request."""
    head = _QUOTED.sub(" ", head)
    if _MEANING.search(head) and not find_money(head):
        return Intent.ASK_METHOD
    if _SMART.search(head) and not _REVISE.search(head) and not _DEFINE.search(head):
        return Intent.CHECK_OBJECTIVE
    if state.plan_id is not None and (
        (_REVISE.search(head) and (_LEVEL.search(head) or re.search(r"doel|objective|goal", head)))
        or (_EDIT.search(head) and _PLAN_PART.search(head) and not _SHOW.search(head))
    ):
        return Intent.REVISE_PLAN
    if _SHOW.search(head):
        return Intent.SHOW_PLAN
    if _ROI_FIRST.match(head) and "?" not in head and not _HOW.search(head):
        return Intent.COMPUTE_ROI  # "roi cursus Slimmer plannen, 40 mdw": not a plan
    if _DRAFT.search(head) and not _asks_method(head):
        return Intent.DRAFT_PLAN
    if _ROI.search(head) and find_money(head) and state.awaiting not in ("brief", "plan_go"):
        return Intent.COMPUTE_ROI
    if _NAMES_PROGRAMME.search(head) and not find_money(head) and "?" not in head:
        return Intent.DESCRIBE_PROGRAMME
    if _HOW.search(head) and _ROI_NAME.search(head):
        return Intent.ASK_METHOD  # "hoe bereken je de ROI?": how it is done, not doing it
    named = bool(_ROI_NAME.search(head))
    computes = _COMPUTE.search(head)
    ours = _OURS.search(head) and not _HOW.search(head)
    if (computes and (named or ours or not _asks_method(head))) or (
        _WANT.search(head) and named and not _asks_method(head)
    ):  # "Can you run the numbers on our coaching programme?": a request, asked as a question
        return Intent.COMPUTE_ROI
    if _GET_ROI.search(head) and not _asks_method(head):
        return Intent.COMPUTE_ROI
    if _HELP_WITH_OURS.search(head) and not find_money(head):
        return Intent.COMPUTE_ROI
    if named and "?" not in head and not _HOW.search(head) and find_people(head):
        return Intent.COMPUTE_ROI  # "ROI question for the X Academy. The 26 managers attended"
    return None


_ASIDES = (
    Intent.GREETING, Intent.SMALLTALK, Intent.HELP, Intent.DRAFT_PLAN, Intent.COMPUTE_ROI,
    Intent.CODE_COMMENTS,
)  # fmt: skip


_ASIDE_CONFIDENCE = 0.75
"""While a brief is gathered, a statement answers it unless the classifier is this sure of
something else ("hallo", "thanks", "what can you do")."""
_ROI_READINGS = (Intent.COMPUTE_ROI, Intent.CORRECT_ROI, Intent.DESCRIBE_PROGRAMME)


def _reads_as_roi(head: str) -> bool:
    """Figures a brief does not hold: a benefit, several costs, or a share of the effect ("de
    teamleiders schatten 50%") - not one budget figure, which a brief may mention."""
    reading = read_figures(head, detect_language(head))
    shares = reading.attribution or reading.confidence
    return bool(reading.benefits or len(reading.costs) >= 2 or (reading.costs and shares))


def _classified(head: str, state: ChatState) -> Intent:
    prediction = classifier().predict(head)
    intent, sure = prediction.intent, prediction.confidence >= MIN_CONFIDENCE
    roi_open = state.awaiting in ("roi_figures", "roi_confirmation")
    gathering = state.awaiting in ("brief", "plan_go")
    aside = intent in _ASIDES and prediction.confidence >= _ASIDE_CONFIDENCE
    if intent is Intent.COMPUTE_ROI and not (find_money(head) or _ROI_NAME.search(head)):
        aside = False
        if _asks_method(head) and not has_figures(head) and not gathering:
            return Intent.ASK_METHOD  # "how many weeks after, roughly?": no ROI without figures
        if not (roi_open or gathering or has_figures(head) or _MONEY_WORDS.search(head)):
            sure = False  # "De training was leerzaam.": a remark, no ROI to work out
    if gathering and find_money(head) and _reads_as_roi(head):
        return Intent.COMPUTE_ROI  # "elke deelnemer bespaart 1,5 uur per week à € 46": figures
    if gathering and "?" not in head and not aside:
        return Intent.DESCRIBE_PROGRAMME  # while a brief is gathered, a statement answers it
    if roi_open and _asks_method(head) and intent in _ROI_READINGS:
        return Intent.ASK_METHOD  # a question mid-ROI without figures: answered in place
    if roi_open and intent is Intent.DESCRIBE_PROGRAMME:
        return Intent.CORRECT_ROI if state.awaiting == "roi_confirmation" else Intent.COMPUTE_ROI
    if intent is Intent.CORRECT_ROI and state.roi_input is not None and has_figures(head):
        return Intent.CORRECT_ROI  # "Correction: the trainer cost $7,500." after the result
    if intent in (Intent.CONFIRM_ROI, Intent.CORRECT_ROI) and not roi_open:
        return Intent.SMALLTALK if YES.match(head) else Intent.UNCLEAR
    if not sure and _asks_method(head):
        return Intent.ASK_METHOD
    if not sure and "?" not in head and find_people(head):
        return Intent.DESCRIBE_PROGRAMME  # "90 response officers did a video evidence course."
    if not sure:
        return Intent.UNCLEAR
    return intent
