"""A Dutch conversation stays Dutch when a message holds an English L&D phrase; a clearly
English message switches; the session's override wins."""

from __future__ import annotations

from collections.abc import Callable

from assistant.chat import SessionUpdate
from assistant.text.language import Language
from tests.chat.conftest import Conversation

Talk = Callable[..., Conversation]


def test_nl_conversation_keeps_dutch_on_english_phrases(talk: Talk) -> None:
    c = talk()
    assert c.say("We starten een programma voor 30 teamleiders.").language is Language.NL
    for text in (
        "Teamleiders krijgen coaching on the job.",
        "Ik wil ook blended learning en e-learning, daarna een follow-up on the job.",
        "De KPI for the business case is verzuim.",
    ):
        reply = c.say(text)
        assert reply.language is Language.NL, (text, reply.text)
    switched = c.say("How do I measure behaviour change at work?")
    assert switched.language is Language.EN


def test_the_session_override_still_wins(talk: Talk) -> None:
    c = talk()
    c.chat.update(c.session_id, SessionUpdate(language=Language.NL))
    reply = c.say("The programme is for 40 team leaders and it should reduce absenteeism.")
    assert reply.language is Language.NL
