"""The participants as advisors count them: groups times their size, listed group sizes, a named
exception, a total the writer gives (each phrasing here is written for this test)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from assistant.figures import read
from assistant.text.language import Language
from assistant.text.language import detect_language as detect


@pytest.mark.parametrize(
    ("text", "language", "participants"),
    [
        ("Er deden 5 teams van 9 monteurs mee.", Language.NL, 45),
        ("Participants: 3 shifts of 22 operators plus 6 in the general shift.", Language.EN, 72),
        ("Correctie: in twee vestigingen werken maar 5 monteurs, het zijn er dus 58.",
         Language.NL, 58),
        ("Correction: two stores only had 4 cashiers, so there were 52 in total.", Language.EN, 52),
        ("Correctie: op 1 locatie deden maar 6 agenten mee, dus zijn het er 38.", Language.NL, 38),
        ("Deelnemers: 2 ploegen van 12 monteurs plus 3 uit de nachtdienst.", Language.NL, 27),
        ("Vier ploegen van 6 man hebben de training gevolgd.", Language.NL, 24),
        ("Two classes of 16 and one class of 12 attended.", Language.EN, 44),
        ("Our analysts took part - 4 squads, 5 analysts each.", Language.EN, 20),
        ("All 7 branches took part, 11 tellers per branch.", Language.EN, 77),
        ("Deelnemers: de kassamedewerkers van onze 3 winkels, 14 per winkel.", Language.NL, 42),
        ("The two depots took part: Depot North had 17, Depot South 21.", Language.EN, 38),
        ("Deelnemers: avondploeg 13, nachtploeg 9.", Language.NL, 22),
        ("Er deden drie groepen mee: 10, 12 en 8 deelnemers.", Language.NL, 30),
        ("The whole finance team of 40 was in scope, minus the 6 interns.", Language.EN, 34),
        ("6 teams met elk 10 adviseurs, maar 4 adviseurs hebben niet meegedaan.", Language.NL, 56),
        ("De afdeling telt 50 man, maar 5 waren ziek, dus 45 hebben meegedaan.", Language.NL, 45),
        ("Alle 120 chauffeurs deden mee; de 9 planners niet.", Language.NL, 120),
        ("Uiteindelijk deden 18 mensen mee, twee waren uitgevallen.", Language.NL, 18),
        ("The 30 supervisors attended; their 4 managers came once but aren't counted.",
         Language.EN, 30),
        ("Alle 36 verpleegkundigen volgden het; de lessen werden gegeven door 3 apothekers.",
         Language.NL, 36),
        ("28 planners attended. It was taught by two of our senior engineers.", Language.EN, 28),
        ("In elk van onze 6 filialen deden de bedrijfsleider en 3 verkopers mee.", Language.NL,
         24),
        ("In each of our 5 hotels, the head of housekeeping, the front office manager and 2 "
         "receptionists took part.", Language.EN, 20),
        ("In elk van de drie ploegen deden 12 operators mee.", Language.NL, 36),
        ("The Leeds office sent 14 and Bristol 9.", Language.EN, 23),
        ("Two cohorts went through: 20 in March and 18 in May. The 5 team leaders (not "
         "participants themselves) reckon 40%.", Language.EN, 38),
        ("We run 4 depots. 9 drivers per depot did the course.", Language.EN, 36),
        ("Er schreven 40 agenten zich in en 5 haakten af.", Language.NL, 35),
        ("40 agents signed up and 5 dropped out.", Language.EN, 35),
        ("Set it at 31 participants: the 2 planners who resigned are out.", Language.EN, 31),
        ("We hadden 40 deelnemers, nu 38.", Language.NL, 38),
        ("We had 40 participants, but now only 38 participants.", Language.EN, 38),
        ("Er deden 40 deelnemers mee, inmiddels nog 38.", Language.NL, 38),
        ("25 deelnemers, nu 3 maanden later.", Language.NL, 25),
        ("Headcount: 12 + 9 + 15 drivers.", Language.EN, 36),
        ("Deelnemers: 6 winkels × 4 verkopers.", Language.NL, 24),
        ("Voor onze bakkerij, 3 x 10 medewerkers.", Language.NL, 30),
        ("Two sites, 3 crews of 8 welders.", Language.EN, 24),
        ("We hebben 5 filialen met elk 6 verkopers.", Language.NL, 30),
        ("19 planners attended. The 3 directors came to the closing, don't count them.",
         Language.EN, 19),
        ("Er deden 26 verzorgenden mee. De 4 teamleiders coachten, die zijn geen deelnemers.",
         Language.NL, 26),
    ],
)  # fmt: skip
def test_the_participants_are_counted_as_written(
    text: str, language: Language, participants: int
) -> None:
    assert read(text, language).participants == [participants]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Lines 2 and 4 took part.", Language.EN),
        ("Operators took part for 3 hours and 2 days.", Language.EN),
        ("25 agents and 2 trainers took part.", Language.EN),
        ("The sessions ran 3 × 4 hours.", Language.EN),
        ("Their time: 2 days × 7 hours × € 45 per person.", Language.EN),
    ],
)
def test_numbers_that_count_no_participants_are_not_added(text: str, language: Language) -> None:
    assert read(text, language).participants in ([], [25])


def test_people_under_a_participants_label_took_part_whatever_they_are_called() -> None:
    reading = read("Deelnemers: loopbaancoaches, 4 teams met elk 6 coaches.", Language.NL)
    assert (reading.participants, reading.group) == ([24], "coaches")
    assert read("25 agents took part; 2 coaches ran it.", Language.EN).group == "agents"


def test_a_size_per_site_is_times_the_sites_counted_earlier_in_the_conversation() -> None:
    first = read("It ran at our 6 warehouses, the two northern warehouses first.", Language.EN)
    assert first.units == {"warehouses": 6}  # "the two northern warehouses" are some of them
    later = read("Participants: 12 pickers per warehouse.", Language.EN, units=first.units)
    assert later.participants == [72]
    dutch = read("Deelnemers: 8 per vestiging.", Language.NL, units={"vestigingen": 3})
    assert dutch.participants == [24]


def test_people_priced_in_a_cost_line_are_no_participants() -> None:
    reading = read("Hotel for the far depots: 9 people x €120.", Language.EN)
    assert reading.participants == []
    assert [(c.amount, c.per_participant) for c in reading.costs] == [(Decimal("1080"), False)]


def test_the_group_that_took_part_is_the_one_counted_not_the_one_excepted() -> None:
    reading = read(
        "There are 35 staff in the contact centre and everyone attended except the 2 team "
        "managers, who co-ran the sessions.",
        Language.EN,
    )
    assert (reading.participants, reading.group) == ([33], "staff")


@pytest.mark.parametrize(
    ("text", "language", "group"),
    [
        ("Costs: the two managers' time (2 days each at £240 a day).", Language.EN, "staff"),
        ("De uren van de 2 teamleiders kostten € 900.", Language.NL, "monteurs"),
    ],
)
def test_other_people_whose_time_is_priced_are_no_participants(
    text: str, language: Language, group: str
) -> None:
    """The conversation named the participants otherwise: a later "two managers' time" is a cost
    item (it used to replace the 33 who took part by 2)."""
    assert read(text, language, group=group).participants == []


def test_the_participants_whose_time_is_priced_are_still_counted() -> None:
    text = "The 12 engineers' time was 4 hours each at €30."
    reading = read(text, Language.EN, group="engineers")
    assert reading.participants == [12]


def test_people_counted_as_not_taking_part_are_no_participants() -> None:
    """ "typo: het waren 7 analisten die niet meededen, niet 8" replaced the 113 who took part
    by 7 (seen on this stop's make-run walk)."""
    reading = read("typo: het waren 7 analisten die niet meededen, niet 8", Language.NL)
    assert reading.participants == []


def test_people_on_a_line_labelled_by_their_teaching_are_no_participants() -> None:
    """ "trainers: twee eigen senior-monteurs, elk 6 dagen à € 560" made the participants 2 (chat
    dev10 n13, where 39 took part); their time is the delivery: 2 x 6 days x € 560."""
    text = (
        "Kosten:\ntrainers: twee eigen senior-monteurs, elk 6 dagen à € 560\n"
        "deelnemers: 2 dagen à € 520 dagtarief"
    )
    reading = read(text, Language.NL)
    assert reading.participants == []
    assert [(c.category, c.amount, c.per_participant) for c in reading.costs] == [
        ("delivery", Decimal(6720), False),
        ("participant_time", Decimal(1040), True),
    ]


@pytest.mark.parametrize(
    ("text", "participants"),
    [
        ("correction: it's 64 operators, I forgot the 4 relief operators who also did it", 64),
        ("sorry, correction: only 20 people attended, two revisers were on holiday", 20),
        ("correction: it's 12 engineers plus the 3 managers who took part", 15),
        ("just 12 engineers and 3 managers took part", 15),
    ],
)
def test_a_correction_that_states_the_count_is_the_count(text: str, participants: int) -> None:
    """The people named to explain a corrected count were added to it (chat dev10 n16: 68 for
    64; n24: 22 for 20); people away on holiday took no part."""
    assert read(text, Language.EN).participants == [participants]


def test_a_size_per_unit_said_after_the_unit_is_times_the_units_counted_before() -> None:
    """ "our six dealerships" then "Each dealership has 9 sales execs, but 4 had left ..., so
    they didn't attend" is 50 (chat dev10 n12 took 9)."""
    text = (
        "Each dealership has 9 sales execs, but 4 had left by the time the course ran, so they "
        "didn't attend."
    )
    assert read(text, Language.EN, units={"dealerships": 6}).participants == [50]
    per_clinic = read(
        "Per kliniek deden 5 assistenten mee.", Language.NL, units={"dierenklinieken": 14}
    )
    assert per_clinic.participants == [70]


@pytest.mark.parametrize(
    ("text", "language", "participants"),
    [
        ("2 groups, 14 and 12 guides", Language.EN, 26),
        ("3 hotels: 14, 11 and 9 supervisors", Language.EN, 34),
        ("We hebben 2 groepen gedraaid van 14 en 12 gidsen.", Language.NL, 26),
    ],
)
def test_a_number_of_groups_then_their_sizes_is_their_sum(
    text: str, language: Language, participants: int
) -> None:
    """Chat dev11 m14 counted 12 of "2 groups, 14 and 12 guides"."""
    assert read(text, language).participants == [participants]


def test_sizes_of_groups_that_name_no_people_count_no_one() -> None:
    assert read("2 teams, 14 and 12 tickets a day", Language.EN).participants == []


@pytest.mark.parametrize(
    "text",
    [
        "We compared with the Westside branch - 28 aides, no coaching.",
        "We vergeleken met de vestiging in Zwolle: 28 verzorgenden, geen training.",
    ],
)
def test_people_of_a_branch_compared_with_are_no_participants(text: str) -> None:
    """Chat dev8 n16 (once "aides" named people): the 28 aides compared with became the
    participants."""
    assert read(text, detect(text), known=31).participants == []


@pytest.mark.parametrize(
    ("text", "participants"),
    [
        ("We ran it for our delivery managers in Pune and Hyderabad - 26 in Pune, 19 in "
         "Hyderabad.", [45]),
        ("Onze monteurs: 12 in Utrecht en 9 in Breda.", [21]),
        ("Our reps closed 26 in March and 19 in April.", []),
        ("We have 26 stores in Pune and 19 in Hyderabad.", []),
    ],
)  # fmt: skip
def test_people_named_then_counted_by_place_are_their_sum(
    text: str, participants: list[int]
) -> None:
    """Chat dev11 m08: "26 in Pune, 19 in Hyderabad" counted no one; months are no places."""
    assert read(text, detect(text)).participants == participants


@pytest.mark.parametrize(
    ("text", "participants"),
    [
        ("in totaal 62 assistenten ingeschreven, 58 hebben alles afgerond. reken met die 58", 58),
        ("60 beveiligers stonden op de lijst, 52 hebben hem afgerond.", 52),
        ("36 ramp agents were booked on it, 4 never made it so count the 32 who completed", 32),
        ("40 signed up and 5 dropped out", 35),
    ],
)
def test_those_who_completed_after_those_signed_up_are_the_participants(
    text: str, participants: int
) -> None:
    """Chat dev10 n03: "62 ingeschreven, 58 hebben alles afgerond" was 120 (the two added)."""
    assert read(text, detect(text)).participants == [participants]


def test_a_count_taken_off_never_makes_the_participants_negative() -> None:
    """Chat dev12 p11 crashed the chat: "per winkel 2 mensen, maar 3 winkels hebben nog niet
    meegedaan" read alone was 2 - 3 = -1 participants, which the brief refused (an error)."""
    text = (
        "We hebben de filiaalleiders en hun vervangers getraind in afbak- en bestelplanning: per "
        "winkel 2 mensen, maar 3 winkels hebben nog niet meegedaan."
    )
    assert all(count > 0 for count in read(text, Language.NL).participants)


@pytest.mark.parametrize(
    ("text", "participants"),
    [
        ("De training ging naar de kapiteins en stuurlieden: 18 deelnemers, verdeeld over 5 "
         "schepen.", [18]),
        ("We trained 32 staff, spread across 4 sites.", [32]),
        ("The course was given to 24 nurses across 3 wards.", [24]),
    ],
)  # fmt: skip
def test_what_the_participants_are_spread_over_is_no_group_of_them(
    text: str, participants: list[int]
) -> None:
    """Chat dev12 p07: "16 deelnemers, verdeeld over 4 schepen" was 20 participants."""
    assert read(text, detect(text)).participants == participants


def test_those_a_dash_says_did_not_take_part_are_other_people() -> None:
    """Chat dev13 p02: "22 techs went through it - the other 6 on the rota ... didn't take part"
    counted no one (the dash kept one clause, so the 22 read as not taking part too)."""
    text = (
        "18 welders went through it - the other 5 on the roster were on leave the whole time and "
        "didn't take part."
    )
    assert read(text, Language.EN).participants == [18]


@pytest.mark.parametrize(
    "text",
    ["Uren deelnemers;12 pers. x 16 uur x € 41", "Participants' time: 12 people x 16 hours x €41"],
)
def test_people_times_hours_times_a_rate_is_the_hours_each(text: str) -> None:
    """Chat dev13 p21: "9 pers. x 16 uur x € 41" counted no one; "9 people x 16 hours x €41"
    was 9 × 16 hours each (× 9 participants again)."""
    reading = read(text, detect(text))
    assert reading.participants == [12]
    assert [(c.amount, c.per_participant) for c in reading.costs] == [(Decimal(656), True)]


def test_a_count_before_took_it_and_a_count_made_with_its_noun() -> None:
    """Chat dev15 r28 "pest control techs, 25 took it" counted no one; r29 "Maak er 24
    deelnemers van, ik was de twee mensen van de technische dienst vergeten" counted 26."""
    assert read("need roi for our course, field techs, 18 took it.", Language.EN).participants == [
        18
    ]
    dutch = "Maak er 30 deelnemers van, ik was de drie mensen van de receptie vergeten."
    assert read(dutch, Language.NL).participants == [30]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Programme: negotiation basics\nEnrolled: 24 / attended: 21 (3 no-shows)", Language.EN),
        ("Participants: 21. The facilitator cost £4,000.", Language.EN),
        ("Opzet:\n- aantal deelnemers: 21\n- trainer: € 4.000", Language.NL),
    ],
)
def test_a_count_under_a_label_of_who_took_part_is_the_participants(
    text: str, language: Language
) -> None:
    """Chat dev16 s02: "Enrolled: 24 / attended: 22 (2 no-shows)" gave no participants (a count
    without a noun of its own), nor did "Participants: 22"."""
    assert read(text, language).participants == [21]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("- 19 claims handlers across 4 offices took part", Language.EN),
        ("19 monteurs uit 4 vestigingen hebben de training gevolgd.", Language.NL),
    ],
)
def test_the_places_the_participants_work_at_are_no_count_of_them(
    text: str, language: Language
) -> None:
    """Chat dev16 s14: "16 service advisors across 5 dealerships took part" was asked as two
    counts of participants, 16 and 5."""
    assert read(text, language).participants == [19]


def test_a_label_of_the_participants_time_is_no_count_of_them() -> None:
    """Chat dev10 n21 (once a count under a participants' label was read): "Deelnemers: 3
    dagdelen van 4 uur" is their time, not 3 participants."""
    text = "Deelnemers: 4 dagdelen van 3 uur, integraal tarief € 70."
    assert read(text, Language.NL).participants == []


@pytest.mark.parametrize(
    ("text", "language", "participants"),
    [
        # chat dev16 s06: trainers who did the sessions took part (not the programme's faculty)
        ("The 24 fitness trainers did 3 sessions of 2 hours each.", Language.EN, [24]),
        ("Onze 17 trainers volgden alle 4 sessies.", Language.NL, [17]),
        # chat dev16 s06: "we were losing 210 members a month ..., now its 180" was 210 taking part
        ("We were losing about 150 members a month, now it's 120.", Language.EN, []),
        ("We verloren 60 leden per maand, nu nog 45.", Language.NL, []),
        ("We had 30 participants, now it's 28.", Language.EN, [28]),
        ("We hadden 30 deelnemers, nu zijn het er 28.", Language.NL, [28]),
    ],
)
def test_who_did_the_sessions_and_who_was_lost(
    text: str, language: Language, participants: list[int]
) -> None:
    assert read(text, language).participants == participants
