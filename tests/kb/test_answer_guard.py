"""The checks that keep a model's answer from being worse than the offline one (pure)."""

from assistant.text.language import Language
from knowledge_base.answer_guard import (
    language_problem,
    missing_points,
    says_not_covered,
    unused_citations,
)

POINTS = ["Controlegroep als zuiverste vergelijking", "Schatting met conservatieve correctie"]


def test_every_card_point_must_share_a_content_word_with_the_answer() -> None:
    both = "Vergelijk met een controlegroep, of corrigeer de schattingen conservatief."
    assert missing_points(both, POINTS) == []
    one = "Vergelijk de resultaten met een controlegroep."
    assert missing_points(one, POINTS) == ["Schatting met conservatieve correctie"]


def test_cognates_count_across_dutch_and_english() -> None:
    english = "Use a control group, or a conservatively corrected estimate."
    assert missing_points(english, POINTS) == []
    support = {1: "Dit kan via een controlegroep of een schatting met conservatieve correctie."}
    assert unused_citations(english, [1], support) == []
    assert unused_citations("Ask the participants how they liked it.", [1], support) == [1]


def test_a_marker_in_the_text_is_use_enough() -> None:
    assert unused_citations("Ask the participants [1].", [1], {1: "iets anders"}) == []


def test_no_answer_is_recognised_in_both_languages() -> None:
    for text in (
        "De bronnen behandelen dit niet.",
        "The sources do not cover this.",
        "I cannot answer this from the passages.",
        "Hier staat niet in hoe dat moet.",
    ):
        assert says_not_covered(text), text
    assert not says_not_covered("Use a control group, which the sources recommend.")


def test_only_a_clearly_other_language_is_a_problem() -> None:
    assert language_problem(
        "Gebruik een controlegroep of een gecorrigeerde schatting.", Language.EN
    )
    assert (
        language_problem("Use a control group or a corrected estimate, said [1].", Language.EN)
        is None
    )
    assert language_problem("Oké [1].", Language.EN) is None  # too short to tell
