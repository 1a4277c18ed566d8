"""A short message read as the answer to the brief question just asked."""

import pytest

from assistant.chat.brief_slots import read_message
from assistant.text.language import Language


@pytest.mark.parametrize(
    "pending", ["/business_goals", "/desired_behaviours", "/organisation", "/target_group"]
)
@pytest.mark.parametrize("text", [".", "- .", " : , ", "?"])
def test_an_answer_without_a_word_answers_nothing(pending: str, text: str) -> None:
    draft = read_message(text, Language.NL, [pending])
    assert draft.business_goals == [] and draft.desired_behaviours == []
    assert draft.organisation is None and draft.target_group is None


def test_a_worded_answer_answers_the_question_asked() -> None:
    draft = read_message("Ze geven elkaar feedback.", Language.NL, ["/desired_behaviours"])
    assert draft.desired_behaviours == ["Ze geven elkaar feedback"]
