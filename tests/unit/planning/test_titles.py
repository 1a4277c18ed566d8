"""A programme's name is taken from how people give it, never the sentence around it."""

from __future__ import annotations

import pytest

from assistant.planning.titles import find_name, looks_like_name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Het programma heet Grip op Verzuim en is voor 30 teamleiders.", "Grip op Verzuim"),
        ("De naam is Samen Sterker.", "Samen Sterker"),
        ("Klantgericht Bellen is de naam.", "Klantgericht Bellen"),
        ("Programma: Lean in de Zorg", "Lean in de Zorg"),
        ("We noemen het Veilig Thuis, voor alle monteurs.", "Veilig Thuis"),
        ("Het traject heet “Basis op Orde”.", "Basis op Orde"),
        ("It's called First Call Fix. It's for 120 agents.", "First Call Fix"),
        ("We call it Lead to Grow, for all 40 managers.", "Lead to Grow"),
        ("The name is Safe Hands and it runs for 6 months.", "Safe Hands"),
        ("Our programme is called 'Lean Leaders'. Team leaders run stand-ups.", "Lean Leaders"),
        ("Customer First is the name.", "Customer First"),
        ("Het doel: verzuim van 6% naar 4,5% binnen een jaar.", None),
        ("It's for 120 agents in our contact centre.", None),
    ],
)
def test_the_name_and_only_the_name(text: str, name: str | None) -> None:
    assert find_name(text) == name


@pytest.mark.parametrize(
    ("answer", "is_name"),
    [
        ("Coachend leidinggeven", True),
        ("First Call Fix", True),
        ("Het doel: verzuim van 6% naar 4,5%...", False),
        ("We willen het verzuim met 25% verlagen.", False),
        ("It's for 120 agents. They handle calls.", False),
        ("Wat bedoel je?", False),
    ],
)
def test_a_short_answer_can_be_a_name(answer: str, is_name: bool) -> None:
    assert looks_like_name(answer) is is_name
