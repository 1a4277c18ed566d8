"""One Dutch/English detector for short chat messages and documents."""

import json
from pathlib import Path

import pytest

from assistant.text.language import Language, detect_language, has_language_evidence

NL, EN = Language.NL, Language.EN

MESSAGES = [
    ("blended learning traject van zes weken", NL),
    ("e-learning voor alle medewerkers", NL),
    ("de KPI is klanttevredenheid", NL),
    ("microlearning via de app", NL),
    ("kun je een plan maken?", NL),
    ("wat is de roi?", NL),
    ("hoeveel kost de training?", NL),
    ("vijfentwintig deelnemers", NL),
    ("we willen het verzuim met 2 procent verlagen", NL),
    ("the KPI is customer satisfaction", EN),
    ("can you make a plan?", EN),
    ("what is the roi?", EN),
    ("how much does the training cost?", EN),
    ("twenty-five participants", EN),
    ("we want to reduce absenteeism by 2 percent", EN),
    ("per rep per month", EN),
    ("the participants found the workshop useful", EN),
]


@pytest.mark.parametrize(("text", "language"), MESSAGES)
def test_short_messages(text: str, language: Language) -> None:
    assert detect_language(text) is language


@pytest.mark.parametrize("text", ["", "?", "-", "123", "€ 12.500"])
def test_no_evidence_keeps_the_default(text: str) -> None:
    assert detect_language(text, default=EN) is EN
    assert detect_language(text, default=NL) is NL
    assert not has_language_evidence(text)


@pytest.mark.parametrize("text", ["ROI", "KPI?", "ok", "Goedemorgen", "Hallo", "NPS"])
def test_a_bare_keyword_or_greeting_keeps_the_default(text: str) -> None:
    """The model's guess for words it has no n-grams for is its English prior, not evidence."""
    assert detect_language(text, default=EN) is EN
    assert detect_language(text, default=NL) is NL


@pytest.mark.parametrize(
    ("text", "language"),
    [("Improve communication.", EN), ("Verbeter de bereikbaarheid.", NL)],
)
def test_word_endings_decide_when_nothing_else_does(text: str, language: Language) -> None:
    assert detect_language(text, default=NL) is language
    assert detect_language(text, default=EN) is language


def test_function_words_are_evidence() -> None:
    assert has_language_evidence("n.v.t. de cursus")
    assert has_language_evidence("the course")


def test_benchmark_set_stays_above_what_the_old_detectors_reach() -> None:
    """The labelled benchmark set (benchmarks/data/language_short.jsonl): the old detectors
    reached 85.9-93.4 %; the chosen one must stay at or above 95 %."""
    path = Path(__file__).parents[3] / "benchmarks" / "data" / "language_short.jsonl"
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    right = sum(detect_language(row["text"]).value == row["language"] for row in rows)
    assert len(rows) >= 200
    assert right / len(rows) >= 0.95


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Wat is peer coaching?", Language.NL),
        ("Hoe werkt blended learning precies?", Language.NL),
        ("Welke key performance indicators?", Language.NL),
        ("Why is peer coaching hard?", Language.EN),
    ],
)
def test_a_question_word_frames_english_loan_words(text: str, language: Language) -> None:
    assert detect_language(text) is language


def test_a_question_word_does_not_outvote_the_other_languages_function_words() -> None:
    # "What" opens it, but "de", "van", "een", "voor", "ons" are Dutch: they decide.
    assert detect_language("What is de waarde van een leercultuur voor ons?") is Language.NL
