"""When the offline answerer says the sources cover a question."""

import pytest

from assistant.text.language import Language
from knowledge_base.answer import Thresholds, is_weak
from knowledge_base.models import SearchHit


def _hit(
    similarity: float, *, language: Language = Language.NL, bm25: float | None = None
) -> SearchHit:
    return SearchHit(
        chunk_id="c",
        collection="shipped",
        source="s.txt",
        title="T",
        text="x",
        score=0.1,
        start=0,
        end=1,
        line_start=1,
        line_end=1,
        language=language,
        dense_similarity=similarity,
        bm25_score=bm25,
    )


@pytest.mark.parametrize(
    ("similarity", "question", "bm25", "weak"),
    [
        (0.84, "nl", None, False),  # same language, close enough
        (0.83, "nl", None, True),  # same language: off-topic Dutch questions reach 0.83
        (0.82, "en", None, False),  # English question, Dutch passage: lower bar
        (0.81, "en", None, True),
        (0.81, "nl", 3.5, False),  # fairly close with lexical support
        (0.81, "nl", 2.0, True),
        (0.79, "en", 9.0, True),  # lexical support alone is not enough
    ],
)
def test_bar_depends_on_whether_question_and_passage_share_a_language(
    similarity: float, question: Language, bm25: float | None, weak: bool
) -> None:
    assert is_weak([_hit(similarity, bm25=bm25)], Thresholds(), language=question) is weak


def test_an_english_passage_holds_an_english_question_to_the_same_language_bar() -> None:
    assert is_weak([_hit(0.82, language=Language.EN)], Thresholds(), language=Language.EN)
    assert not is_weak(
        [_hit(0.82, language=Language.EN), _hit(0.82)], Thresholds(), language=Language.EN
    )
