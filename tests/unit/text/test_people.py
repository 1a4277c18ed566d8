"""Counts of participants."""

import pytest

from assistant.text.people import find_actor, find_people, is_people, is_person

PEOPLE = [
    ("25 deelnemers", 25, "deelnemers"),
    ("vijfentwintig deelnemers", 25, "deelnemers"),
    ("twintig medewerkers", 20, "medewerkers"),
    ("40 teamleiders", 40, "teamleiders"),
    ("40 teamleiders van Klantcontact", 40, "teamleiders van Klantcontact"),
    ("120 agents", 120, "agents"),
    ("120 call-centre agents", 120, "call-centre agents"),
    ("12 verpleegkundigen", 12, "verpleegkundigen"),
    ("dertien monteurs", 13, "monteurs"),
    ("1.200 medewerkers", 1200, "medewerkers"),
    ("1,200 employees", 1200, "employees"),
    ("25 participants", 25, "participants"),
    ("twenty-five participants", 25, "participants"),
    ("thirteen sales reps", 13, "sales reps"),
    ("60 nurses", 60, "nurses"),
    ("8 new hires", 8, "new hires"),
    ("15 managers", 15, "managers"),
    ("30 leidinggevenden", 30, "leidinggevenden"),
    ("50 mensen", 50, "mensen"),
    ("200 people", 200, "people"),
    ("vijftig cursisten", 50, "cursisten"),
    ("17 trainees", 17, "trainees"),
    ("14 adviseurs", 14, "adviseurs"),
    ("16 technicians", 16, "technicians"),
    ("19 operators", 19, "operators"),
]


@pytest.mark.parametrize(("text", "count", "group"), PEOPLE)
def test_counts(text: str, count: int, group: str) -> None:
    (found,) = find_people(text)
    assert (found.count, found.group) == (count, group)


IN_SENTENCES = [
    ("EUR 22.500 voor 25 deelnemers", [25]),
    ("Een leiderschapsprogramma voor 40 teamleiders in 3 dagen", [40]),
    ("we train 120 agents over two days at $30k", [120]),
    ("10 kilometers en 3 dagen", []),
    ("€ 25 deelnemersbijdrage", []),
    ("een training voor één team", []),
    ("12,5 medewerkers", []),
    ("200 klachten per maand", []),
    ("500 calls per agent", []),
]


@pytest.mark.parametrize(("text", "counts"), IN_SENTENCES)
def test_counts_in_sentences(text: str, counts: list[int]) -> None:
    assert [p.count for p in find_people(text)] == counts


@pytest.mark.parametrize(
    ("word", "expected"),
    [("deelnemers", True), ("verkopers", True), ("kilometers", False), ("orders", False),
     ("participants", True), ("documents", False), ("agents", True), ("dagen", False),
     ("verpleegkundgen", True), ("emplyees", True), ("borders", False), ("klanten", False),
     ("medeweker", True), ("sessies", False), ("fysio's", True), ("psycho's", True),
     ("auto's", False), ("video's", False), ("foto's", False)],
)  # fmt: skip
def test_is_people(word: str, expected: bool) -> None:
    """ "fysio's": a short plural of a people noun (chat dev16 s15 had no participants)."""
    assert is_people(word) is expected


def test_actor() -> None:
    assert find_actor("De 40 teamleiders passen het model toe") == "40 teamleiders"
    assert find_actor("geen mensen genoemd hier") == "mensen"
    assert find_actor("alleen een budget") is None


@pytest.mark.parametrize(
    ("text", "count", "group"),
    [
        ("ROI please: 24 cooks took part. The pastry chef charged £3,600.", 24, "cooks"),
        ("Van de keuken: 12 koks deden mee aan de cursus.", 12, "koks"),
        ("In total 30 bakers attended the workshop.", 30, "bakers"),
    ],
)
def test_any_counted_noun_that_takes_part_is_people(text: str, count: int, group: str) -> None:
    found = find_people(text)
    assert (found[-1].count, found[-1].group) == (count, group)


def test_a_counted_thing_without_a_verb_of_taking_part_is_not_people() -> None:
    assert find_people("We baked 40 cakes for the closing party.") == []


@pytest.mark.parametrize(
    ("text", "count", "group"),
    [
        ("Onze receptionisten (26 in totaal, verdeeld over 4 hotels) deden mee.", 26,
         "receptionisten"),
        ("Our agents (45 of them) took the course.", 45, "agents"),
        ("The nurses (total: 30) did it.", 30, "nurses"),
    ],
)  # fmt: skip
def test_a_count_in_brackets_after_the_people(text: str, count: int, group: str) -> None:
    assert [(p.count, p.group) for p in find_people(text)] == [(count, group)]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("completed by 150 production and QA staff", [(150, "production and QA staff")]),
        ("12 sales and service reps took part", [(12, "sales and service reps")]),
        ("20 modules and 5 trainers", [(5, "trainers")]),
        ("40 nurses and doctors", [(40, "nurses")]),
    ],
)
def test_two_words_joined_by_and_name_one_group(text: str, found: list[tuple[int, str]]) -> None:
    assert [(p.count, p.group) for p in find_people(text)] == found


def test_an_amount_in_thousands_is_no_group_of_people() -> None:
    text = "Eenmalige besparing van 12k op licenties, we hebben 9 controllers."
    assert [(p.count, p.group) for p in find_people(text)] == [(9, "controllers")]


def test_people_counted_as_their_time_are_hours_not_people() -> None:
    """ "~3,000 staff hours a year" made the participants 3,000 (chat dev10 n06)."""
    assert find_people("so ~3,000 staff hours a year at the same $46/hr") == []
    assert find_people("40 agent-days") == []
    assert [p.count for p in find_people("12 staff took part")] == [12]


@pytest.mark.parametrize(
    ("word", "expected"),
    [("guides", True), ("guide", True), ("baristas", True), ("koks", True), ("gids", True),
     ("advocaat", True), ("coach", True), ("midwife", True), ("mechanic", True),
     ("leads", False), ("a", False), ("guests", False), ("pupils", False)],
)  # fmt: skip
def test_occupations_without_a_people_ending_name_people(word: str, expected: bool) -> None:
    """ "2 groups, 14 and 12 guides", "NZ$380 per guide" (chat dev11 m14): "guides" named no one,
    so the guides were no participants and "per guide" a thing to count. Guests and pupils are
    people but not those a programme for staff is for; "leads" are sales prospects."""
    assert (is_people(word) or is_person(word)) is expected


@pytest.mark.parametrize(
    ("word", "expected"),
    [("agnets", True), ("mensne", True), ("orders", False), ("borders", False), ("tesla", False)],
)
def test_two_letters_swapped_in_a_short_people_noun(word: str, expected: bool) -> None:
    """Chat dev12 p05: "3 teams van 15 agnets" counted no one (one typo is read only from 7
    letters on, since shorter words are often another word one letter away)."""
    assert is_people(word) is expected
