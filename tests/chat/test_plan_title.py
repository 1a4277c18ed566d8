"""The programme's name in conversation: an answer to another question or a whole sentence
never becomes the name; the name itself is taken, or asked for again."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.chat.conftest import Conversation
from tests.checks import present

Talk = Callable[..., Conversation]


def test_nl_an_answer_to_another_question_is_not_the_name(talk: Talk) -> None:
    c = talk()
    first = c.say("We willen een evaluatie opzetten voor een verzuimprogramma.")
    assert first.tools.open_questions == ["Hoe heet het programma?"]
    goal = c.say("Het doel: verzuim van 6% naar 4,5% binnen een jaar.")
    assert goal.tools.brief is not None
    assert goal.tools.brief.title is None and goal.tools.brief.business_goals
    assert "Hoe heet het programma?" in goal.text
    named = c.say("De naam is Grip op Verzuim.")
    assert present(named.tools.brief).title == "Grip op Verzuim"


@pytest.mark.parametrize(
    ("message", "name"),
    [
        ("It's called First Call Fix. It's for 120 agents in our contact centre.",
         "First Call Fix"),
        ("We call it Lead to Grow; it is for 40 managers.", "Lead to Grow"),
        ("Het programma heet Grip op Verzuim en is voor 30 teamleiders.", "Grip op Verzuim"),
        ("Klantgericht Bellen is de naam, voor 60 medewerkers.", "Klantgericht Bellen"),
    ],
)  # fmt: skip
def test_a_sentence_naming_the_programme_gives_just_the_name(
    talk: Talk, message: str, name: str
) -> None:
    reply = talk().say(message)
    assert reply.tools.brief is not None
    assert reply.tools.brief.title == name
    assert reply.tools.brief.participants is not None


def test_nl_a_sentence_about_the_activities_is_not_the_name(talk: Talk) -> None:
    c = talk()
    c.say("We starten een programma voor 30 teamleiders.")
    activities = c.say("Teamleiders krijgen coaching on the job.")
    assert activities.tools.brief is not None
    assert activities.tools.brief.title is None and activities.tools.brief.learning_activities
    assert activities.language.value == "nl" and "Hoe heet het programma?" in activities.text
    named = c.say("Coaching in de praktijk")
    assert present(named.tools.brief).title == "Coaching in de praktijk"
