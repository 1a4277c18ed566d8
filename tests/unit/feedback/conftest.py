from collections.abc import Sequence

import pytest

from assistant.feedback.models import CodedComment, CommentIn, Level


class CountingCoder:
    """A stand-in engine: codes everything L1 and remembers what it was asked to code."""

    engine = "offline"

    def __init__(self) -> None:
        self.seen: list[str] = []

    def code(self, batch: Sequence[CommentIn]) -> list[CodedComment]:
        self.seen.extend(item.text for item in batch)
        return [
            CodedComment(
                id=item.id,
                primary=Level.L1,
                levels=[Level.L1],
                roi=False,
                confidence=0.5,
                engine="offline",
                model="fake",
                prompt_version="t",
            )
            for item in batch
        ]


@pytest.fixture
def counting_coder() -> CountingCoder:
    return CountingCoder()
