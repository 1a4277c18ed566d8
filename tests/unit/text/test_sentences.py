"""Sentences with spans: abbreviations and decimals do not end a sentence."""

import pytest

from assistant.text.language import Language
from assistant.text.sentences import sentence_at, sentence_spans, split_sentences

CASES = [
    ("Het budget is € 12.500,-. De trainer kost 3.000 euro!", Language.NL,
     ["Het budget is € 12.500,-.", "De trainer kost 3.000 euro!"]),
    ("Bijv. de trainer kost 3.000 euro. Klaar?", Language.NL,
     ["Bijv. de trainer kost 3.000 euro.", "Klaar?"]),
    ("Groei van 4,5% naar 6%. Daarna meten.", Language.NL,
     ["Groei van 4,5% naar 6%.", "Daarna meten."]),
    ("The budget is $30k. E.g. the trainer costs 3,000 euros!", Language.EN,
     ["The budget is $30k.", "E.g. the trainer costs 3,000 euros!"]),
    ("Dr. Smith comes too. Done?", Language.EN, ["Dr. Smith comes too.", "Done?"]),
    ("Rate is 4.5 per cent. Fine.", Language.EN, ["Rate is 4.5 per cent.", "Fine."]),
    ("eerste regel\ntweede regel", Language.NL, ["eerste regel", "tweede regel"]),
    ("  spaties rondom.  ", Language.NL, ["spaties rondom."]),
    ("", Language.NL, []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "language", "expected"), CASES)
def test_split(text: str, language: Language, expected: list[str]) -> None:
    assert split_sentences(text, language) == expected


def test_spans_point_into_the_text() -> None:
    text = "Eerste zin.  Tweede zin!\nDerde zin"
    for sentence in sentence_spans(text):
        assert text[sentence.start : sentence.end] == sentence.text


def test_sentence_at() -> None:
    text = "Eerste zin. Tweede zin met 12.500 euro."
    assert sentence_at(text, text.index("12.500")) == "Tweede zin met 12.500 euro."
    assert sentence_at(text, 500) is None


def test_incl_and_excl_do_not_end_a_sentence() -> None:
    text = "Het uurloon incl. werkgeverslasten is € 38. De factuur was € 500 excl. btw."
    assert split_sentences(text, Language.NL) == [
        "Het uurloon incl. werkgeverslasten is € 38.",
        "De factuur was € 500 excl. btw.",
    ]


def test_a_known_abbreviation_before_an_amount_does_not_end_a_sentence() -> None:
    text = "Ze zijn gedaald van gem. € 2.300 naar € 1.450 per week. Daarna Dr. Jansen."
    assert split_sentences(text, Language.NL)[0] == (
        "Ze zijn gedaald van gem. € 2.300 naar € 1.450 per week."
    )
    assert split_sentences("It took approx. 3 days. Then more.", Language.EN) == [
        "It took approx. 3 days.",
        "Then more.",
    ]


def test_a_long_line_is_split_as_pysbd_splits_it_whole() -> None:
    """A long line is segmented a window at a time (pysbd's time grows with the square of the
    length); sentences that cross a window's end come out whole, as from the whole line."""
    from assistant.text.sentences import _WINDOW, _segmenter

    sentences = [
        f"Deelnemer {n} vond de training bijv. nuttig, gem. {n},5 uur per week." for n in range(80)
    ] + ["Volgens Jansen kostte de trainer o.a. € 3.000 excl. btw."] * 20
    line = " ".join(sentences)
    assert len(line) > 3 * _WINDOW
    whole = [line[s.start : s.end].strip() for s in _segmenter(Language.NL).segment(line)]
    assert split_sentences(line, Language.NL) == whole == sentences
    for sentence in sentence_spans(line):
        assert line[sentence.start : sentence.end] == sentence.text
