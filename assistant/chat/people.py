"""Counted groups of people in a chat message, found at every number.

``planning.people.find_people`` scans with one regex whose matches cannot overlap, so a count
right after a word-number or an amount ("een leiderschapsprogramma voor 40 teamleiders",
"EUR 22.500 voor 25 deelnemers") is swallowed by the earlier match. Reading from each number
on its own avoids that without changing the planning reader.
"""

from __future__ import annotations

import re

from assistant.planning.language import Language
from assistant.planning.people import PeopleCount, find_people

_START = re.compile(r"(?<![\w.,€$£-])\d")


def people_in(text: str, language: Language) -> list[PeopleCount]:
    found: list[PeopleCount] = []
    for m in _START.finditer(text):
        window = text[m.start() : m.start() + 120]
        for count in find_people(window, language)[:1]:
            if window.startswith(str(count.count)) or window[:12].replace(".", "").replace(
                ",", ""
            ).startswith(str(count.count)):
                found.append(count)
    return found
