"""Which intent a message has: rules for the clear-cut cases, the classifier for the rest.

The rules know the conversation: after "Klopt dit?" a plain "ja" confirms the ROI figures, and
while a brief is being gathered a statement is an answer, not small talk.
"""

from __future__ import annotations

import re

from assistant.chat.classifier import MIN_CONFIDENCE, classifier
from assistant.chat.models import ChatState, Intent
from assistant.chat.roi_figures import scope_of
from assistant.text.money import find_money
from assistant.text.percent import find_percentages

CLASSIFY_CHARS = 2_000

INJECTION = re.compile(
    r"system\s?prompt|systeem\s?prompt|(?:je|jouw|uw|your|the) (?:instructies|instructions|"
    r"regels|rules|prompt)|ignore (?:all |any )?(?:previous |prior |above |your )?"
    r"(?:instructions|rules)|negeer (?:alle |je |de |jouw )?(?:vorige |eerdere )?"
    r"(?:instructies|regels)|jailbreak|developer mode|dan mode|verborgen instructies|"
    r"hidden instructions",
    re.IGNORECASE,
)
YES = re.compile(
    r"^\s*(?:ja|jawel|yes|yep|ok(?:ay|é)?|klopt|correct|akkoord|prima|goed|top|sure|right|"
    r"that'?s right|looks good|dat klopt|reken maar|go ahead|ga je gang|doe maar|graag)\b",
    re.IGNORECASE,
)
NO = re.compile(r"^\s*(?:nee|neen|no|niet|not|klopt niet|that'?s wrong|wrong|fout)\b", re.I)
_COMMENT_CUE = re.compile(
    r"\b(?:codeer|coderen|opmerkingen|reacties|antwoorden|feedback|comments?|responses?|"
    r"classify|indelen|deel .* in)\b",
    re.IGNORECASE,
)
_SMART = re.compile(
    r"\bsmart\b|toets (?:dit|deze)|check (?:this|my) (?:objective|goal)|"
    r"is (?:dit|deze) (?:doel|doelstelling)|is this (?:objective|goal)",
    re.I,
)
_REVISE = re.compile(
    r"concreter|scherper|specifieker|aanscherpen|herschrijf|herformuleer|pas .*aan|verbeter "
    r"het doel|te vaag|more (?:specific|concrete)|sharpen|rewrite|revise|too vague|"
    r"change the (?:objective|goal)",
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
    r"bereken|reken\w* (?:uit|maar)|uitrekenen|calculate|compute|work out|"
    r"(?:wat|what)(?:'s| is| are|s) (?:de|het|the|our|onze|ons) (?:roi|rendement|return|"
    r"payback|terugverdientijd|bcr)\b(?! ?(?:methode|methodology|method|formule|formula))",
    re.IGNORECASE,
)
_DRAFT = re.compile(
    r"(?:stel|maak|schrijf|genereer).{0,30}\b(?:plan|meetplan|evaluatieplan)\b|"
    r"(?:draft|write|make|create|generate).{0,30}\bplan\b|plan (?:maar )?op\b",
    re.IGNORECASE,
)
_GO = re.compile(
    r"^\W*(?:draft it|write it|do it|go ahead|go for it|please do|stel (?:het|hem) (?:maar )?op|"
    r"maak (?:het|hem|maar)|doe maar|ga je gang|graag)\b",
    re.IGNORECASE,
)
_GREETING = re.compile(
    r"^\W*(?:hallo|hoi|hey|hi|hello|dag|goedemorgen|goedemiddag|goedenavond|good "
    r"(?:morning|afternoon|evening))\b[\w\s,!.]{0,25}$",
    re.IGNORECASE,
)
_THANKS = re.compile(r"^.{0,15}\b(?:dank|bedankt|thanks|thank you|cheers)\b.{0,40}$", re.I)
_QUESTION = re.compile(
    r"^\W*(?:wat|hoe|waarom|wanneer|welke?|wie|waar|kan|kun|moet|is|zijn|what|how|why|when|"
    r"which|who|where|can|could|should|do|does|is|are)\b",
    re.IGNORECASE,
)
_SHOW = re.compile(r"(?:toon|laat).{0,20}plan|show.{0,20}plan|^/plan\b", re.I)


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
    if _GREETING.match(head):
        return Intent.GREETING
    if _THANKS.match(head) and state.awaiting != "roi_confirmation":
        return Intent.SMALLTALK
    if looks_like_comments(stripped):
        return Intent.CODE_COMMENTS
    if state.awaiting in ("roi_confirmation", "roi_figures") and scope_of(head) is not None:
        return Intent.CORRECT_ROI if state.awaiting == "roi_confirmation" else Intent.COMPUTE_ROI
    if state.awaiting == "roi_confirmation":
        if YES.match(head) and not has_figures(head):
            return Intent.CONFIRM_ROI
        if NO.match(head) or has_figures(head):
            return Intent.CORRECT_ROI
    if _SMART.search(head) and not _REVISE.search(head):
        return Intent.CHECK_OBJECTIVE
    if _REVISE.search(head) and (_LEVEL.search(head) or re.search(r"doel|objective|goal", head)):
        return Intent.REVISE_PLAN
    if _SHOW.search(head):
        return Intent.SHOW_PLAN
    go = YES.match(head) or _GO.match(head)
    if _DRAFT.search(head) or (state.awaiting == "plan_go" and go):
        return Intent.DRAFT_PLAN
    if _COMPUTE.search(head):
        return Intent.COMPUTE_ROI
    if _ROI.search(head) and find_money(head) and state.awaiting not in ("brief", "plan_go"):
        return Intent.COMPUTE_ROI
    if state.awaiting == "roi_figures" and has_figures(head):
        return Intent.COMPUTE_ROI
    prediction = classifier().predict(head)
    chatter = (Intent.GREETING, Intent.SMALLTALK, Intent.HELP)
    if (
        state.awaiting in ("brief", "plan_go")
        and "?" not in head
        and (prediction.intent not in chatter or prediction.confidence < MIN_CONFIDENCE)
    ):
        return Intent.DESCRIBE_PROGRAMME
    if (
        _QUESTION.match(head)
        and "?" in head
        and not (
            prediction.intent is Intent.OUT_OF_SCOPE and prediction.confidence >= MIN_CONFIDENCE
        )
    ):
        return Intent.ASK_METHOD
    if prediction.confidence < MIN_CONFIDENCE:
        return Intent.UNCLEAR
    if prediction.intent in (Intent.CONFIRM_ROI, Intent.CORRECT_ROI):
        return Intent.SMALLTALK if YES.match(head) else Intent.UNCLEAR
    return prediction.intent
