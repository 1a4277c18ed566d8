"""Short, template-based rationales in the comment's language (NL or EN)."""

from __future__ import annotations

from assistant.feedback.models import Level

_LEVEL_TEXT = {
    "en": {
        Level.L1: "Reaction to the training itself (delivery, content, organisation, usefulness).",
        Level.L2: "Learning: knowledge, skill, insight, confidence or intention acquired.",
        Level.L3: "Behaviour: application at work, or what helps or hinders it.",
        Level.L4: "Results: an organisational outcome linked to the training.",
        Level.NONE: "No evaluative content about the training.",
    },
    "nl": {
        Level.L1: "Reactie op de training zelf (trainer, inhoud, organisatie, bruikbaarheid).",
        Level.L2: "Leren: kennis, vaardigheid, inzicht, zelfvertrouwen of voornemen verworven.",
        Level.L3: "Gedrag: toepassing op het werk, of wat die helpt of hindert.",
        Level.L4: "Resultaten: een organisatie-uitkomst gekoppeld aan de training.",
        Level.NONE: "Geen evaluatieve inhoud over de training.",
    },
}
_RULE_TEXT = {
    "en": {
        "empty": "Empty or punctuation only: NONE (no model used).",
        "inert_only": "Only an instruction, markup or a formula was found, no comment about the "
        "training: NONE (no model used; the instruction was ignored as data).",
        "filler": "Filler without evaluation: NONE (no model used).",
        "noise": "Keyboard noise or test string: NONE (no model used).",
        "rating": "A rating of the session: L1 (rule D15).",
        "minimal": "A minimal evaluative word about the session: L1 (rule D15).",
    },
    "nl": {
        "empty": "Leeg of alleen leestekens: NONE (geen model gebruikt).",
        "inert_only": "Alleen een instructie, opmaak of formule gevonden, geen opmerking over de "
        "training: NONE (geen model gebruikt; de instructie is als data genegeerd).",
        "filler": "Opvulling zonder evaluatie: NONE (geen model gebruikt).",
        "noise": "Toetsenbordruis of teststring: NONE (geen model gebruikt).",
        "rating": "Een cijfer of score voor de sessie: L1 (regel D15).",
        "minimal": "Een minimaal evaluatief woord over de sessie: L1 (regel D15).",
    },
}
_ALSO = {"en": " Also present: {}.", "nl": " Ook aanwezig: {}."}
_ROI = {
    "en": " Contains a money/return statement (roi).",
    "nl": " Bevat een geld-/rendementsuitspraak (roi).",
}
_STRIPPED = {
    "en": " Markup, formulas or instructions in the comment were ignored.",
    "nl": " Opmaak, formules of instructies in de opmerking zijn genegeerd.",
}


def _lang(lang: str) -> str:
    return "en" if lang == "en" else "nl"


def for_model(primary: Level, levels: list[Level], *, roi: bool, lang: str, stripped: bool) -> str:
    key = _lang(lang)
    text = _LEVEL_TEXT[key][primary]
    others = [level.value for level in levels if level is not primary]
    if others:
        text += _ALSO[key].format(", ".join(others))
    if roi:
        text += _ROI[key]
    if stripped:
        text += _STRIPPED[key]
    return text


def for_rule(rule: str, *, lang: str, stripped: bool) -> str:
    key = _lang(lang)
    if rule == "empty" and stripped:  # something was there, but only inert text
        return _RULE_TEXT[key]["inert_only"]
    return _RULE_TEXT[key][rule] + (_STRIPPED[key] if stripped else "")
