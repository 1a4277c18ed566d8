import pytest

from assistant.text.language import detect_language
from knowledge_base.retriever import weighted_rrf


def test_weighted_rrf_matches_the_formula() -> None:
    fused = weighted_rrf([(["a", "b", "c"], 1.0), (["c", "a"], 2.0)], rrf_k=60)
    assert fused["a"] == pytest.approx(1 / 61 + 2 / 62)
    assert fused["b"] == pytest.approx(1 / 62)
    assert fused["c"] == pytest.approx(1 / 63 + 2 / 61)
    assert list(fused) == ["c", "a", "b"]


def test_zero_weight_ranking_is_ignored_and_ties_are_stable() -> None:
    assert weighted_rrf([(["x"], 0.0), (["y"], 1.0)], rrf_k=10) == {"y": 1 / 11}
    assert list(weighted_rrf([(["b"], 1.0), (["a"], 1.0)], rrf_k=1)) == ["a", "b"]
    assert weighted_rrf([], rrf_k=60) == {}


def test_a_document_in_both_lists_beats_one_ranked_first_in_one() -> None:
    fused = weighted_rrf([(["solo", "both"], 1.0), (["other", "both"], 1.0)], rrf_k=60)
    assert next(iter(fused)) == "both"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Wat is de ROI van een leiderschapsprogramma?", "nl"),
        ("How do you measure the return on a training programme?", "en"),
        ("Hoe meet je gedragsverandering na de training?", "nl"),
        ("Which KPIs show the impact on teams?", "en"),
        ("ROI", "nl"),
    ],
)
def test_language_detection(text: str, language: str) -> None:
    assert detect_language(text) == language
