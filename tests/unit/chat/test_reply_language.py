"""A conversation keeps its language until a message is clearly in the other one."""

from __future__ import annotations

import pytest

from assistant.chat.reply_language import choose_language
from assistant.text.language import Language

NL, EN = Language.NL, Language.EN


@pytest.mark.parametrize(
    "text",
    [
        "We doen ook coaching on the job na de training.",
        "Ik wil blended learning inzetten, met e-learning en een follow-up.",
        "Welke KPI past bij het verzuim?",
        "Kunnen we de follow-up on the job meten?",
        "Dat is per deelnemer",
        "ok",
        "Thanks",
    ],
)
def test_one_english_phrase_in_a_dutch_conversation_keeps_dutch(text: str) -> None:
    assert choose_language(text, NL) is NL


@pytest.mark.parametrize(
    "text",
    [
        "How do I measure behaviour change at work?",
        "Can you draft the evaluation plan for our sales team?",
        "The programme is for 40 team leaders and it should reduce absenteeism.",
    ],
)
def test_a_message_clearly_in_english_switches(text: str) -> None:
    assert choose_language(text, NL) is EN


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Hoe meet ik gedragsverandering op de werkvloer?", NL),
        ("Let's add some peer feedback", EN),
        ("Kun je het plan voor de teamleiders opstellen?", NL),
    ],
)
def test_an_english_conversation_switches_only_on_clear_dutch(
    text: str, language: Language
) -> None:
    assert choose_language(text, EN) is language


def test_the_first_message_decides_the_conversations_language() -> None:
    assert choose_language("Hello", None) is EN
    assert choose_language("Coaching on the job voor teamleiders", None) is NL
