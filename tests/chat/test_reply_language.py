"""A Dutch conversation stays Dutch when a message holds an English L&D phrase; a clearly
English message switches; the session's override wins."""

from __future__ import annotations

from collections.abc import Callable

from assistant.chat import SessionUpdate
from assistant.chat.models import Intent
from assistant.chat.texts import say
from assistant.text.language import Language, detect_language
from knowledge_base.answer import NOT_COVERED
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


def test_a_method_question_with_english_phrases_is_answered_in_dutch(talk: Talk) -> None:
    c = talk()
    assert c.say("Hallo, ik evalueer een leiderschapsprogramma.").language is Language.NL
    reply = c.say("Hoe werkt de return on investment in learning and development?")
    assert reply.intent is Intent.ASK_METHOD and reply.citations, reply.text
    assert reply.language is Language.NL
    assert detect_language(reply.text) == "nl", reply.text
    assert c.say("Dank je!").language is Language.NL


def test_not_covered_in_a_dutch_conversation_is_said_in_dutch(talk: Talk) -> None:
    c = talk()
    assert c.say("Hallo, ik evalueer een leiderschapsprogramma.").language is Language.NL
    reply = c.say("Wat weten de bronnen over the boiling point of mercury bij een evaluatie?")
    assert reply.intent is Intent.ASK_METHOD and not reply.citations, reply.text
    assert reply.language is Language.NL
    assert reply.text.startswith(NOT_COVERED["nl"]), reply.text
    assert say("kb_not_covered", Language.NL, 0) in reply.text


def test_an_off_topic_question_in_a_dutch_conversation_is_declined_in_dutch(talk: Talk) -> None:
    c = talk()
    assert c.say("Hallo, ik evalueer een leiderschapsprogramma.").language is Language.NL
    reply = c.say("Wat is the boiling point of mercury in a business case?")
    assert reply.intent is Intent.OUT_OF_SCOPE and reply.language is Language.NL, reply.text
    assert detect_language(reply.text) == "nl", reply.text


def test_topics_offered_for_an_uncovered_question_are_the_replys_tools(
    talk: Talk, monkeypatch
) -> None:
    """The nearest topics' titles come from the knowledge base, numbers and all ("bouwstenen
    5-6"): the reply carries them, so the money rule can tell where their numbers come from."""
    from knowledge_base.card_answer import CardThresholds

    c = talk()
    answerer = c.services.knowledge.answerer
    never = CardThresholds(alone=2.0, supported=2.0, quoted=2.0, nearest=0.0)
    monkeypatch.setattr(answerer, "_thresholds", never)
    reply = c.say("Wat is het verschil tussen toeschrijving en zekerheid?")
    assert reply.intent is Intent.ASK_METHOD and reply.tools.topics
    assert all(f"“{title}”" in reply.text for title in reply.tools.topics)
