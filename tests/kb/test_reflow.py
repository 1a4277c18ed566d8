import re

import pytest

from knowledge_base.catalog import SourceCatalog
from knowledge_base.documents import chunk_shipped
from knowledge_base.reflow import reflow

EXCERPT = (
    " In een wereld die fragiel, angstig, niet-\n"
    "lineair en onbegrijpelijk is (BANI), lijkt het \n"
    "bijna onmogelijk om je staande te houden. \n"
    "\n"
    "Lessen over leiderschap\n"
    "Dit nummer biedt daartoe meer dan \n"
    "genoeg inspiratie. We hebben nooit voldoende en we \n"
    "\n"
    "kunnen nooit voldoen. Het verdrijft zwart-\n"
    "\n"
    "wit onder trompetgeschal.\n"
)


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("fragiel, angstig, niet-\nlineair en", "fragiel, angstig, niet-lineair en"),
        ("te versimpelen. HR- en L&D-\nprofessionals \nkunnen", "HR- en L&D-professionals kunnen"),
        ("aanpassen aan COVID-\nbesmettingen", "COVID-besmettingen"),
        ("onbedoeld Co-\nPilot gebruiken", "Co-Pilot gebruiken"),
        (
            "nooit voldoende en we \n\nkunnen nooit voldoen.",
            "voldoende en we kunnen nooit voldoen.",
        ),
        ("verdrijft zwart-\n\nwit onder", "verdrijft zwart-wit onder"),
        ("die leider \n\n \nHoogenband", "die leider Hoogenband"),
        ("de \nBestuurlijke\neenzaamheid  ", "de Bestuurlijke eenzaamheid"),
    ],
)
def test_joins_wrapped_lines_and_keeps_real_hyphens(source: str, expected: str) -> None:
    assert expected in reflow(source).text


def test_keeps_headings_bullets_and_paragraphs() -> None:
    text = reflow(EXCERPT).text
    assert "houden.\n\nLessen over leiderschap\nDit nummer biedt daartoe meer dan genoeg" in text
    assert "we kunnen nooit voldoen. Het verdrijft zwart-wit onder trompetgeschal." in text
    bullets = reflow("Denk aan:\n- Vergelijkingen vooraf.\n- Data-analyse achteraf.").text
    assert bullets == "Denk aan:\n- Vergelijkingen vooraf.\n- Data-analyse achteraf."


def test_web_text_with_one_paragraph_per_line_is_unchanged() -> None:
    source = "Titel\nEen zin. Nog een zin.\nTweede alinea met meer tekst."
    assert reflow(source).text == source


def test_offsets_map_back_to_source_text_and_lines() -> None:
    result = reflow(EXCERPT)
    position = result.text.index("lineair")
    assert EXCERPT[result.source_offset(position) :].startswith("lineair en onbegrijpelijk")
    assert result.line_at(position) == 2
    assert result.line_at(result.text.index("Lessen")) == 5
    assert result.line_at(result.text.index("wit onder")) == 11


def test_section_breaks_are_hard() -> None:
    source = "einde van het vorige stuk zonder punt \nTrends in leiderschap\nAuteur: X"
    assert reflow(source, breaks=[2]).text.startswith(
        "einde van het vorige stuk zonder punt\n\nTrends"
    )


def _squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.mark.parametrize("entry", SourceCatalog.load().entries, ids=lambda e: e.file[:3])
def test_every_shipped_chunk_maps_back_to_reflowed_and_source_text(entry) -> None:
    source = entry.path.read_text("utf-8")
    lines = source.split("\n")
    reflowed, chunks = chunk_shipped(entry)
    assert chunks
    for chunk in chunks:
        assert reflowed.text[chunk.start : chunk.end] == chunk.text
        # reflow changes whitespace only, so the source span holds the same characters
        assert _squeeze(source[chunk.source_start : chunk.source_end]) == _squeeze(chunk.text)
        first_line = lines[chunk.line_start - 1]
        last_line = lines[chunk.line_end - 1]
        assert chunk.text.split()[0][:4] in first_line
        assert chunk.text.split()[-1][-3:] in last_line


@pytest.mark.parametrize(
    ("quote", "found"),
    [
        ("Dit nummer biedt daartoe", "Dit nummer biedt daartoe"),
        ("dan  genoeg\ninspiratie", "dan \ngenoeg inspiratie"),  # any whitespace run matches
        ("voldoende en we kunnen nooit", "voldoende en we \n\nkunnen nooit"),
        ("ummer bied", "ummer bied"),  # mid-word, as a substring search
    ],
)
def test_find_words_ignores_how_whitespace_runs(quote: str, found: str) -> None:
    reflowed = reflow(EXCERPT)
    span = reflowed.find_words(quote)
    assert span is not None
    assert " ".join(reflowed.text[span[0] : span[1]].split()) == " ".join(found.split())


@pytest.mark.parametrize("quote", ["", "   ", "nummer  daartoe", "Dit nummerbiedt"])
def test_find_words_finds_nothing_for_absent_or_empty_quotes(quote: str) -> None:
    assert reflow(EXCERPT).find_words(quote) is None
