"""Mail and phone auto-text and closing formulas: not evaluative content (codebook: NONE).

Survey answers sent by mail or typed on a phone carry "Sent from my iPhone", "Verzonden vanaf
mijn Samsung", "Get Outlook for Android", or end in "Met vriendelijke groet, Jan". They say
nothing about the training, so they are removed before coding: a comment that is only such
text is NONE (by the rules, as an empty cell), and a real comment with a signature is coded on
its content alone. Hand-written domain rules: the mail-parsing libraries that strip signatures
(talon and its forks) are unmaintained and need a trained model of their own.
"""

from __future__ import annotations

import re

_DEVICE = (
    r"(?:my |mijn |the )?(?:iphone|ipad|android|samsung|galaxy|huawei|pixel|blackberry|mobiel"
    r"|mobile(?: device| phone)?|telefoon|phone|smartphone|tablet|outlook|mail|gmail|yahoo mail"
    r"|mail (?:for|voor) windows|\w+ (?:phone|telefoon))"
)
_AUTO = re.compile(
    r"(?:^|(?<=[\s.!?]))(?:"
    rf"(?:sent|send|verzonden|verstuurd|gestuurd)\s+(?:from|with|via|vanaf|van|met|vanuit)\s+{_DEVICE}"
    r"[\w '-]{0,30}?(?=\s*(?:[.!\n]|$))"
    r"|(?:get|download|haal)\s+outlook\s+(?:for|voor)\s+(?:ios|android|windows)"
    r"|(?:this|dit)\s+(?:e-?mail|bericht|message)\s+(?:is|was)\s+(?:automatically|automatisch)\s+\w+"
    r")[.!]?",
    re.I,
)
_CLOSING = re.compile(
    r"(?:^|(?<=[\s.!?,]))(?i:"
    r"met\s+(?:vriendelijke|hartelijke|beste)\s+groet(?:en)?|vriendelijke\s+groet(?:en)?"
    r"|(?:hartelijke\s+)?groet(?:en|jes)|groetjes|gr\.|mvg|m\.v\.g\.|vr\.?\s*gr\.?"
    r"|(?:kind|best|warm|warmest)\s+regards|regards|best\s+wishes|kind\s+wishes|cheers|sincerely"
    r"|yours\s+(?:sincerely|faithfully|truly)|all\s+the\s+best"
    r")\s*[,.!:-]*\s*(?:[A-Z][\w'.-]*(?:\s+(?:van|de|der|den|ter|[A-Z][\w'.-]*)){0,3})?\s*[.!]?\s*$",
)
_WS = re.compile(r"\s+")


def strip_signoff(text: str) -> str:
    """``text`` without auto-text anywhere and without a closing formula (and the name after it)
    at its end; unchanged when it has neither."""
    lowered_has = any(cue in text.lower() for cue in _CUES)
    if not lowered_has:
        return text
    text = _AUTO.sub(" ", text)
    text = _CLOSING.sub(" ", text.rstrip())
    return _WS.sub(" ", text).strip()


_CUES = (
    "sent ", "send ", "verzonden", "verstuurd", "gestuurd", "outlook", "automati", "groet", "gr.",
    "mvg", "m.v.g", "regards", "wishes", "cheers", "sincerely", "yours", "all the best",
)  # fmt: skip
