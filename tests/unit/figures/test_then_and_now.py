"""Counts said at two moments: the earlier and the later, by the moments' order in time."""

from __future__ import annotations

import pytest

from assistant.figures.then_and_now import moves_in_time


@pytest.mark.parametrize(
    ("text", "moved"),
    [
        ("We logged 2,300 call-backs the year before and 1,650 last year.", ("2,300", "1,650")),
        ("In the year before the course we lost 940 machine-hours, in the 12 months after 610.",
         ("940", "610")),
        ("In 2024 hadden we 310 meldingen, in 2025 nog 240.", ("310", "240")),
        ("Het jaar voor de training waren er 42 klachten, het jaar erna 30.", ("42", "30")),
        ("In de 6 maanden voor de training 48 storingen, in de 6 maanden erna 31.", ("48", "31")),
        # each moment after its count (chat dev16 s20 paired 125 with "before the training")
        ("Bookings: about 60 a week before the course, and 85 a week since.", ("60", "85")),
        ("We verkochten 30 lidmaatschappen per maand voor de training en 45 sindsdien.",
         ("30", "45")),
    ],
)  # fmt: skip
def test_two_counts_at_two_moments_are_a_count_that_moved(
    text: str, moved: tuple[str, str]
) -> None:
    assert [(m["a"], m["b"]) for m in moves_in_time(text)] == [moved]


@pytest.mark.parametrize(
    "text",
    [
        "We trained 18 operators in 2024 and 25 in 2025.",  # who took part, not a change
        "Last year we spent $4,000 and this year $3,000.",  # money: level_changes reads it
        "We had 30 incidents this year and 42 last year.",  # not in time order: left alone
        "We had 2,300 call-backs last year.",  # one moment
    ],
)
def test_no_move_without_two_counts_in_time_order(text: str) -> None:
    assert moves_in_time(text) == []
