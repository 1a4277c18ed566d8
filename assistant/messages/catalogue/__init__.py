"""Every user-facing message template, by key, in English and Dutch (the reader is "je")."""

from assistant.messages.catalogue import (
    calibration,
    feedback,
    fields,
    knowledge,
    planning,
    problems,
)

CATALOGUE: dict[str, dict[str, str]] = {}
for _module in (problems, fields, feedback, calibration, planning, knowledge):
    _overlap = CATALOGUE.keys() & _module.MESSAGES.keys()
    if _overlap:
        raise KeyError(f"message keys defined twice: {sorted(_overlap)}")
    CATALOGUE.update(_module.MESSAGES)
