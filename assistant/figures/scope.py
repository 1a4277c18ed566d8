"""A correction of whom a figure is per, without a figure: "nee, dat is per deelnemer", "that is
for all participants together"."""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.figures.cues import find_cues
from assistant.planning.time_savings import per_person
from assistant.text.money import find_money

_WHOLE_GROUP = re.compile(
    r"\b(?:voor alle deelnemers(?: samen)?|voor de hele groep|(?:alle )?samen|in totaal|"
    r"for all participants|for the whole group|altogether|combined|in total|all together)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Scope:
    """Whether the last cost or benefit line is per participant or for the whole group."""

    line: str
    """ "cost" or "benefit"."""
    per_participant: bool


def scope_of(text: str) -> Scope | None:
    """The scope a message without an amount gives the last line of the kind it names."""
    if find_money(text):
        return None
    if per_person(text):
        per = True
    elif _WHOLE_GROUP.search(text):
        per = False
    else:
        return None
    costs = find_cues(text, "cost_verbs", "cost_nouns")
    benefits = find_cues(text, "benefit_verbs", "benefit_nouns")
    return Scope("cost" if costs and not benefits else "benefit", per)
