"""A small evaluator's sample for calibration tests, built from templates over practices.

The evaluator's house rule differs from the codebook on purpose: they code a stated intention
("I will ...", "ik ga ...") as L3, where the codebook (and the shipped coder) says L2.
"""

from __future__ import annotations

PRACTICES = (
    ("the SBAR handover", "de SBAR-overdracht"),
    ("a five-minute safety moment", "een veiligheidsmoment van vijf minuten"),
    ("the feedback model", "het feedbackmodel"),
    ("time-blocking on Fridays", "timeblocking op vrijdag"),
    ("the escalation checklist", "de escalatiechecklist"),
    ("open questions with customers", "open vragen bij klanten"),
    ("the weekly one-to-one", "het wekelijkse één-op-ééngesprek"),
    ("the phishing report button", "de phishing-meldknop"),
)

TEMPLATES: tuple[tuple[str, str], ...] = (
    ("I will start using {en} next week.", "INTENT"),
    ("From Monday I'm going to use {en} in every shift.", "INTENT"),
    ("Ik ga vanaf volgende week {nl} gebruiken.", "INTENT"),
    ("Ik neem me voor om {nl} elke dag te doen.", "INTENT"),
    ("Since the course I use {en} in every shift.", "L3"),
    ("Sinds de training doe ik {nl} elke dag.", "L3"),
    ("The trainer explained {en} with great energy, lovely day.", "L1"),
    ("Leuke trainer, de uitleg over {nl} was helder en de lunch was goed.", "L1"),
    ("Since the team adopted {en}, complaints dropped by 30% this quarter.", "L4"),
    ("Sinds we {nl} toepassen is het verzuim met 12% gedaald.", "L4"),
)


def sample(*, intention_as: str = "L3") -> list[tuple[str, str]]:
    """(comment, the evaluator's code) pairs: 80 comments, intentions coded ``intention_as``."""
    rows = []
    for en, nl in PRACTICES:
        for template, label in TEMPLATES:
            rows.append(
                (template.format(en=en, nl=nl), intention_as if label == "INTENT" else label)
            )
    return rows
