"""The message catalogue: every key in both languages, field errors in plain words."""

from __future__ import annotations

import string
from typing import Annotated, Literal

import pytest
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from api.language import negotiate
from assistant.errors import invalid_input
from assistant.messages import LANGS, Text
from assistant.messages.catalogue import CATALOGUE
from assistant.messages.fields import field_text

# Parameters that carry a library's English words; a translation may leave them out.
ENGLISH_ONLY = {"reason"}


def _placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


@pytest.mark.parametrize("key", sorted(CATALOGUE))
def test_every_message_has_both_languages_with_the_same_placeholders(key: str) -> None:
    entry = CATALOGUE[key]
    assert set(entry) == set(LANGS)
    assert all(entry[lang].strip() for lang in LANGS)
    english, dutch = _placeholders(entry["en"]), _placeholders(entry["nl"])
    assert dutch <= english and english - dutch <= ENGLISH_ONLY, (english, dutch)


def test_an_unknown_key_fails_where_it_is_raised() -> None:
    with pytest.raises(KeyError):
        Text.of("no.such.message")


def test_parameters_that_are_texts_render_in_the_same_language() -> None:
    message = Text.of(
        "feedback.job_not_done", job_id="j1", status=Text.of("feedback.status.queued")
    )
    assert (
        message.render("nl")
        == "Taak j1 is in de wachtrij; de resultaten zijn er zodra de taak klaar is."
    )
    assert message.render("en") == "Job j1 is queued; results exist once it is done."


class Form(BaseModel):
    model_config = ConfigDict(extra="forbid")

    title: Annotated[str, Field(min_length=1, max_length=5)]
    participants: Annotated[int, Field(ge=1, le=100)] = 1
    attribution_pct: Annotated[float, Field(gt=0, lt=100)] = 50
    language: Literal["nl", "en"] = "nl"
    per_participant: bool = False
    notes: Annotated[list[str], Field(min_length=2)] = ["a", "b"]
    odd_name: Annotated[str, Field(pattern=r"^[a-z]+$")] = "x"


@pytest.mark.parametrize(
    ("data", "pointer", "dutch", "english"),
    [
        ({"title": ...}, "/title", "Geef het programma een naam.", "Give the programme a name."),
        ({"title": ""}, "/title", "Geef het programma een naam.", "Give the programme a name."),
        (
            {"title": "abcdefg"},
            "/title",
            "Gebruik hoogstens 5 tekens voor de naam.",
            "Use at most 5 characters for the name.",
        ),
        (
            {"participants": "tien"},
            "/participants",
            "Vul bij het aantal deelnemers een heel getal in, zoals 12.",
            "Write a whole number for the number of participants, such as 12.",
        ),
        (
            {"participants": 0},
            "/participants",
            "Vul bij het aantal deelnemers 1 of meer in.",
            "Use 1 or more for the number of participants.",
        ),
        (
            {"participants": 101},
            "/participants",
            "Vul bij het aantal deelnemers 100 of minder in.",
            "Use 100 or less for the number of participants.",
        ),
        (
            {"attribution_pct": "veel"},
            "/attribution_pct",
            "Vul bij de toeschrijving (%) een getal in, zoals 12,5.",
            "Write a number for the attribution to the programme (%), such as 12.5.",
        ),
        (
            {"attribution_pct": 0},
            "/attribution_pct",
            "Vul bij de toeschrijving (%) een getal boven 0 in.",
            "Use a number above 0 for the attribution to the programme (%).",
        ),
        (
            {"language": "fr"},
            "/language",
            "Kies bij de taal een van de mogelijkheden: 'nl' of 'en'.",
            "Choose one of the options for the language: 'nl' or 'en'.",
        ),
        (
            {"per_participant": "misschien"},
            "/per_participant",
            "Kies bij 'per deelnemer' ja of nee (true of false).",
            "Answer yes or no (true or false) for 'per participant'.",
        ),
        (
            {"notes": ["a"]},
            "/notes",
            "Voeg minstens 2 regels toe aan het veld 'notes'.",
            "Add at least 2 entries to the field 'notes'.",
        ),
        (
            {"odd_name": "X1"},
            "/odd_name",
            "De waarde van het veld 'odd_name' heeft niet de verwachte vorm.",
            "The value of the field 'odd_name' does not have the expected form.",
        ),
        (
            {"surprise": 1},
            "/surprise",
            "Verwijder het veld 'surprise': dat veld bestaat hier niet.",
            "Remove the field 'surprise': it is not a field here.",
        ),
    ],
)
def test_field_errors_in_plain_words(data: dict, pointer: str, dutch: str, english: str) -> None:
    with pytest.raises(ValidationError) as caught:
        payload = {"title": "ok", **data}  # ... leaves a field out
        Form.model_validate({key: value for key, value in payload.items() if value is not ...})
    error = invalid_input(caught.value)
    assert [problem.pointer for problem in error.fields] == [pointer]
    assert error.fields[0].message_in("nl") == dutch
    assert error.fields[0].message_in("en") == english == error.fields[0].message


def test_a_plain_value_error_keeps_its_english_reason_and_stays_dutch_in_dutch() -> None:
    error = {"type": "value_error", "loc": ("amount",), "msg": "Value error, too odd", "ctx": {}}
    assert field_text(error).render("en") == "Check the amount: too odd."
    assert field_text(error).render("nl") == "Controleer het bedrag: deze waarde is niet geldig."


@pytest.mark.parametrize(
    ("header", "lang"),
    [
        (None, "en"),
        ("", "en"),
        ("nl", "nl"),
        ("nl-NL,nl;q=0.9,en-US;q=0.8,en;q=0.7", "nl"),
        ("en-GB,en;q=0.9,nl;q=0.8", "en"),
        ("de-DE,de;q=0.9,nl;q=0.5", "nl"),
        ("fr", "en"),
        ("NL-be", "nl"),
        ("en;q=0.2, nl;q=0.8", "nl"),
        ("nl;q=0, en", "en"),
        ("nl;q=abc", "en"),
        ("*", "en"),
    ],
)
def test_accept_language(header: str | None, lang: str) -> None:
    assert negotiate(header) == lang
