"""The codebook invariants hold for every coded comment, whatever engine made it."""

import pytest
from pydantic import ValidationError

from assistant.feedback.models import CodedComment, Level

BASE = {"roi": False, "confidence": 0.8, "engine": "offline", "model": "m", "prompt_version": "p"}


def test_levels_are_sorted_and_deduplicated() -> None:
    coded = CodedComment(primary=Level.L3, levels=[Level.L3, Level.L1, Level.L3], **BASE)
    assert coded.levels == [Level.L1, Level.L3]


@pytest.mark.parametrize(
    ("primary", "levels"),
    [
        (Level.L2, [Level.L1]),  # primary missing from levels
        (Level.NONE, [Level.NONE, Level.L1]),  # NONE never with another level
        (Level.L1, []),
    ],
)
def test_invariants_are_enforced(primary: Level, levels: list[Level]) -> None:
    with pytest.raises(ValidationError):
        CodedComment(primary=primary, levels=levels, **BASE)


def test_labels_outside_the_enum_and_bad_confidence_are_rejected() -> None:
    with pytest.raises(ValidationError):
        CodedComment(primary="L5", levels=["L5"], **BASE)
    with pytest.raises(ValidationError):
        CodedComment(primary=Level.L1, levels=[Level.L1], **(BASE | {"confidence": 1.5}))
