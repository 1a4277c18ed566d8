"""The figure reader on sentences as advisors write them: roles from verbs, nouns and labels,
benefits as quantity x value, shares with their cues, per-person rates, and questions where the
text leaves a figure open."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from assistant.figures import read
from assistant.roi import CostCategory, IsolationMethod, Period
from assistant.text.language import Language

NL, EN = Language.NL, Language.EN


@pytest.mark.parametrize(
    ("text", "language", "amount"),
    [
        ("De externe trainer kostte ons 18 k€.", NL, Decimal(18000)),
        ("Voor het ontwerp betaalden we € 7.250,-.", NL, Decimal(7250)),
        ("The consultancy invoiced $12.5k for the design.", EN, Decimal(12500)),
        ("We spent GBP 3,400 on the venue.", EN, Decimal(3400)),
    ],
)
def test_a_cost_verb_makes_an_amount_a_cost(text: str, language: Language, amount: Decimal) -> None:
    reading = read(text, language)
    assert [line.amount for line in reading.costs] == [amount]
    assert reading.unclear == [] and reading.benefits == []


def test_a_label_gives_its_section_a_role_and_items_keep_their_category() -> None:
    reading = read(
        "Kosten: coach € 9.000, zaalhuur € 1.100. Daarnaast readers à € 20 per deelnemer.", NL
    )
    assert [(c.category, c.amount, c.per_participant) for c in reading.costs] == [
        (CostCategory.DELIVERY, Decimal(9000), False),
        (CostCategory.FACILITIES, Decimal(1100), False),
        (CostCategory.MATERIALS, Decimal(20), True),
    ]


def test_time_saved_times_a_rate_per_person_is_one_benefit() -> None:
    reading = read("Every technician gains roughly 3 hours a month, worth EUR 55 an hour.", EN)
    (line,) = reading.benefits
    assert (line.quantity, line.unit_value, line.period) == (Decimal(3), Decimal(55), Period.MONTH)
    assert line.per_participant and reading.unclear == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The 14 schedulers each save about 3 hours a week, at $40 an hour.", EN),
        ("De 14 planners besparen elk zo'n 3 uur per week, à € 40 per uur.", NL),
    ],
)
def test_time_saved_by_a_counted_part_of_the_participants_is_theirs_only(
    text: str, language: Language
) -> None:
    (line,) = read(text, language, known=30).benefits  # 30 took part, 14 of them save time
    assert (line.quantity, line.unit_value, line.per_participant) == (
        Decimal(42),
        Decimal(40),
        False,
    )
    assert read(text, language, known=30).participants == []  # no new count of participants
    alone = read(text, language)  # not knowing who took part: the 14 are the participants
    assert alone.participants == [14] and alone.benefits[0].per_participant


def test_people_named_only_by_their_plural_save_each() -> None:
    """ "auditors" is in no people list, only its "-ors" plural says people: "the 42 auditors
    each save" was no saving of every participant (chat dev10 n28)."""
    text = "The 42 auditors each save about 2 hours a week, at $54 an hour."
    (line,) = read(text, EN).benefits
    assert line.per_participant and line.quantity == 2


def test_a_kpi_change_of_a_yearly_amount_is_quantity_times_value() -> None:
    reading = read("De schadelast van € 820.000 per jaar is met 6 % gedaald.", NL)
    (line,) = reading.benefits
    assert (line.quantity, line.unit_value, line.period) == (
        Decimal("0.06"), Decimal(820000), Period.YEAR,
    )  # fmt: skip
    assert reading.costs == [] and reading.loose_percentages == []


@pytest.mark.parametrize(
    ("text", "language", "points"),
    [
        ("Derving daalde van 2,4% naar 1,9% van de omzet van € 12 mln per jaar.", NL, "0.005"),
        ("Scrap fell from 4.5% to 3% of material spend. Material spend is $2m a year.", EN,
         "0.015"),
        ("De loonsom is € 3 mln per jaar. Het verzuim ging van 6% naar 4,5% van de loonsom.",
         NL, "0.015"),
    ],
)  # fmt: skip
def test_a_rate_of_a_yearly_amount_that_moved_is_the_points_times_the_amount(
    text: str, language: Language, points: str
) -> None:
    (line,) = read(text, language).benefits
    assert line.quantity == Decimal(points) and line.period is Period.YEAR


def test_a_rate_that_moved_with_no_amount_to_be_a_share_of_is_asked_about() -> None:
    reading = read("Rework went from 3.4% to 2.2% of output; one rework costs $600.", EN)
    assert reading.benefits == [] and reading.questions()


@pytest.mark.parametrize(
    ("text", "language", "amount", "period"),
    [
        ("De kasverschillen zijn gedaald van gem. € 2.300 naar € 1.450 per week.", NL,
         Decimal(850), Period.WEEK),
        ("Rework costs fell from $2,300 to $1,450 a week.", EN, Decimal(850), Period.WEEK),
        ("Overtime spend went from $18k a month to $12k.", EN, Decimal(6000), Period.MONTH),
        ("Afkeur per maand: € 5.000 -> € 3.800", NL, Decimal(1200), Period.MONTH),
        ("Monthly revenue from repeat customers rose from £40,000 to £46,500.", EN,
         Decimal(6500), Period.MONTH),
        ("De omzet per jaar steeg van € 1,2 mln naar € 1,35 mln.", NL, Decimal(150000),
         Period.YEAR),
    ],
)  # fmt: skip
def test_an_amount_that_moved_is_a_benefit_of_the_difference(
    text: str, language: Language, amount: Decimal, period: Period
) -> None:
    reading = read(text, language)
    assert [(b.amount, b.period) for b in reading.benefits] == [(amount, period)]
    assert reading.costs == [] and reading.unclear == []


@pytest.mark.parametrize(
    "text",
    ["Sales fell from $50k to $45k a month.", "Overtime went from $12k to $18k a month."],
)
def test_a_move_the_wrong_way_is_no_benefit_and_is_asked_about(text: str) -> None:
    reading = read(text, EN)
    assert reading.benefits == []
    assert reading.unclear == ["$50k", "$45k"] or reading.unclear == ["$12k", "$18k"]


def test_a_move_without_a_period_asks_for_one() -> None:
    reading = read("Waste dropped from €3,000 to €2,000.", EN)
    assert reading.benefits == [] and reading.without_period == ["€2,000"]


def test_a_kpi_change_without_an_amount_is_asked_about() -> None:
    reading = read("Het verzuim daalde met 2 procent.", NL)
    assert reading.without_value == ["2 procent"] and reading.benefits == []
    assert ("value", "2 procent") in reading.questions()


@pytest.mark.parametrize(
    ("text", "language", "attribution", "confidence"),
    [
        ("Toeschrijving 45%, zekerheid 70%.", NL, Decimal(45), Decimal(70)),
        ("Half of the improvement comes from the course; we are 90% sure.", EN, Decimal(50),
         Decimal(90)),
        ("Zo'n 30 procent is toe te schrijven aan de opleiding en dat weten we voor 60% zeker.",
         NL, Decimal(30), Decimal(60)),
        ("Niet alles komt door de training. De filiaalmanagers schatten 30%, zekerheid 70%.", NL,
         Decimal(30), Decimal(70)),
        ("The managers estimate 40%, and they are 80% confident.", EN, Decimal(40), Decimal(80)),
        ("Finance predicted about 45% of that growth from the marketing campaign, so 55% is the "
         "training. I'd put my confidence at 75%.", EN, Decimal(55), Decimal(75)),
        ("Volgens de managers komt 40% door de nieuwe kassa's en 60% door de training; zekerheid "
         "80%.", NL, Decimal(60), Decimal(80)),
    ],
)  # fmt: skip
def test_shares_take_their_cue(
    text: str, language: Language, attribution: Decimal, confidence: Decimal
) -> None:
    reading = read(text, language)
    assert reading.attribution == [attribution] and reading.confidence == [confidence]
    assert reading.loose_percentages == []


def test_a_share_of_a_change_is_attribution_not_a_change() -> None:
    reading = read("Sales rose 5% on EUR 1.2m a year; 40% of that rise is due to coaching.", EN)
    assert reading.attribution == [Decimal(40)]
    assert [line.quantity for line in reading.benefits] == [Decimal("0.05")]


def test_a_per_person_per_period_benefit_keeps_both() -> None:
    (line,) = read("Each account manager brings in an extra $900 per month.", EN).benefits
    assert line.per_participant and line.period is Period.MONTH and line.amount == Decimal(900)


def test_a_range_is_read_at_its_conservative_end_and_said_to_be() -> None:
    reading = read("Between 20-30% of it is thanks to the programme.", EN)
    assert reading.attribution == [Decimal(20)] and reading.ranges == ["20-30%"]


def test_an_amount_without_a_role_or_a_benefit_without_a_period_is_asked_about() -> None:
    reading = read("Er is € 4.000 mee gemoeid. De besparing is € 10.000.", NL)
    assert reading.unclear == ["€ 4.000"] and reading.without_period == ["€ 10.000"]
    assert reading.context["€ 10.000"] == "De besparing is € 10.000."


@pytest.mark.parametrize(
    ("text", "language", "method"),
    [
        ("Volgens de monteurs zelf komt 40 % door de cursus.", NL,
         IsolationMethod.PARTICIPANT_ESTIMATE),
        ("According to their team leaders, 30% of it is down to the workshop.", EN,
         IsolationMethod.SUPERVISOR_ESTIMATE),
        ("Volgens de trendlijn is 25 % aan de training toe te schrijven.", NL,
         IsolationMethod.TREND_LINE),
    ],
)  # fmt: skip
def test_according_to_whom_is_whose_estimate(
    text: str, language: Language, method: IsolationMethod
) -> None:
    assert read(text, language).isolation is method


def test_isolation_and_a_decrease_of_a_cost_as_a_saving() -> None:
    reading = read(
        "De onderhoudskosten dalen met € 25.000 per jaar; dat zagen we tegen een "
        "vergelijkingsgroep.",
        NL,
    )
    assert [line.amount for line in reading.benefits] == [Decimal(25000)]
    assert reading.isolation is IsolationMethod.CONTROL_GROUP and reading.costs == []


def test_an_enumeration_carries_the_verb_to_every_amount() -> None:
    reading = read(
        "We paid €4,000 for the facilitator, €650 for the room and €30 per person for the "
        "handbook.",
        EN,
    )
    assert [(c.amount, c.category, c.per_participant) for c in reading.costs] == [
        (Decimal(4000), CostCategory.DELIVERY, False),
        (Decimal(650), CostCategory.FACILITIES, False),
        (Decimal(30), CostCategory.MATERIALS, True),
    ]


def test_a_count_that_fell_times_what_one_costs_is_a_benefit() -> None:
    reading = read(
        "Het aantal herstelorders daalde met 75 per jaar; elke herstelorder kost ons € 420.", NL
    )
    (line,) = reading.benefits
    assert (line.quantity, line.unit_value, line.period) == (
        Decimal(75), Decimal(420), Period.YEAR,
    )  # fmt: skip
    assert reading.costs == []


def test_a_factor_of_a_stated_product_is_not_a_cost_of_its_own() -> None:
    reading = read("Each rep was away 6 hours at $30 an hour, so $180 per rep.", EN)
    assert [(c.amount, c.per_participant) for c in reading.costs] == [(Decimal(180), True)]


def test_hours_at_an_hourly_rate_are_a_participant_time_cost() -> None:
    (line,) = read("Lestijd: 3 uur per deelnemer à € 40 per uur.", NL).costs
    assert (line.amount, line.category, line.per_participant) == (
        Decimal(120), CostCategory.PARTICIPANT_TIME, True,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Each clerk attended a 6-hour workshop at $38 an hour.", Decimal(228)),
        ("Staff time: each clerk did 2 × 3-hour sessions, loaded rate $40/h.", Decimal(240)),
    ],
)
def test_hours_written_as_a_compound_are_hours(text: str, amount: Decimal) -> None:
    (line,) = read(text, EN).costs
    assert (line.amount, line.category, line.per_participant) == (
        amount, CostCategory.PARTICIPANT_TIME, True,
    )  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "De verkopers zaten 2 dagen in de training, dagtarief € 280.",
        "De verkopers zaten 2 dagen in de training; we rekenen met een dagtarief van € 280.",
    ],
)
def test_days_at_a_day_rate_named_as_one_word_are_the_participants_time(text: str) -> None:
    (line,) = read(text, NL).costs
    assert (line.amount, line.category, line.per_participant) == (
        Decimal(560), CostCategory.PARTICIPANT_TIME, True,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("text", "language", "amount"),
    [
        ("Kosten: de leerapp, € 6 per deelnemer per maand, 10 maanden.", NL, Decimal(60)),
        ("The coaching platform costs $5 per user a month, for 6 months.", EN, Decimal(30)),
        ("The coaching platform costs $5 per user a month.", EN, Decimal(5)),
    ],
)
def test_a_cost_per_month_counts_the_months_its_sentence_says_it_ran(
    text: str, language: Language, amount: Decimal
) -> None:
    (line,) = read(text, language).costs
    assert (line.amount, line.per_participant) == (amount, True)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Result: invoices get processed faster, about 2 hours a week per clerk, at $40 an hour.",
         EN),
        ("Baten: het plannen gaat sneller, gemiddeld 2 uur per week per planner. Uurtarief € 40.",
         NL),
    ],
)  # fmt: skip
def test_time_saved_said_in_the_clause_before_its_hours_is_a_saving(
    text: str, language: Language
) -> None:
    (line,) = read(text, language).benefits
    assert (line.quantity, line.unit_value, line.period) == (Decimal(2), Decimal(40), Period.WEEK)


def test_the_before_and_after_of_a_stated_saving_are_not_asked_about() -> None:
    reading = read(
        "We used to spend EUR 9,000 a month on rework, now it is EUR 6,500, so we save "
        "EUR 2,500 a month.",
        EN,
    )
    assert [line.amount for line in reading.benefits] == [Decimal(2500)]
    assert reading.unclear == []


def test_a_share_of_a_shared_cost_prorates_it() -> None:
    reading = read(
        "Het LMS kost € 20.000 per jaar; 10 procent van het gebruik is voor dit programma.", NL
    )
    assert [(c.amount, c.prorate_pct) for c in reading.costs] == [(Decimal(20000), Decimal(10))]
    assert reading.loose_percentages == []


def test_a_change_stated_as_an_amount_is_a_benefit() -> None:
    (line,) = read("Revenue in the trained stores went up by £120,000 a year.", EN).benefits
    assert (line.amount, line.period) == (Decimal(120000), Period.YEAR)


TOKENS = [
    "Kosten:", "Baten:", "Costs -", "\n", "- ", ":", ";", ",", ".", "?", "€ 1.250", "$45k", "22 k€",
    "EUR 3.400,00", "15%", "20-25%", "de helft", "a third", "per deelnemer", "per maand", "a year",
    "each", "elke", "kostte", "billed", "bespaart", "saves", "daalde met", "fell by", "12",
    "deelnemers", "agents", "uur", "hours", "at", "à", "so", "dus", "=", "toeschrijving",
    "zekerheid", "confident", "controlegroep", "trainer", "zaal", "1: ", "niet", "not", "in totaal",
]  # fmt: skip


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(TOKENS), max_size=30))
def test_any_message_is_read_without_failing(tokens: list[str]) -> None:
    """Labels on their own line, dangling colons, figures without words: read, never a crash."""
    text = " ".join(tokens)
    for language in (NL, EN):
        reading = read(text, language)
        assert all(line.amount >= 0 for line in reading.costs)


def test_hours_each_in_one_clause_and_the_rate_in_the_next_are_per_participant() -> None:
    (line,) = read(
        "Verder zaten de deelnemers elk 4 uur in de training, tegen een uurtarief van € 42.", NL
    ).costs
    assert (line.amount, line.per_participant) == (Decimal(168), True)


@pytest.mark.parametrize(
    ("text", "language", "amount"),
    [
        ("Costs: a coach £2,000, and warehouse staff time, 3 hours each at £25.", EN, 75),
        ("De monteurs waren elk een dag van 7 uur weg, hun uurloon is € 40.", NL, 280),
        ("Daarbij zaten de planners elk 3 dagen van 8 uur in de cursus tegen € 30 per uur.", NL,
         720),
        ("The drivers each spent two days of 7.5 hours in class, at $28 an hour.", EN, 420),
    ],
)  # fmt: skip
def test_time_each_person_spent_is_a_cost_per_participant(
    text: str, language: Language, amount: int
) -> None:
    """ "3 hours each", "elk een dag van 7 uur", "3 dagen van 8 uur": the hours per person (days
    of so many hours multiplied out) times the rate, per participant."""
    costs = read(text, language).costs
    line = next(c for c in costs if c.category is CostCategory.PARTICIPANT_TIME)
    assert (line.amount, line.per_participant) == (Decimal(amount), True)


def test_each_before_a_noun_is_not_a_time_per_person() -> None:
    """ "elk jaar", "each session": a period or a thing, not the hours of each participant."""
    text = "The trainer spent 20 hours on design, each session billed at $60 an hour."
    (line,) = read(text, EN).costs
    assert not line.per_participant


def test_an_indefinite_person_before_an_amount_is_not_a_rate() -> None:
    """ "by a contractor €4,000" is one cost; "per deelnemer € 35" is per participant."""
    (line,) = read("Workshop design by a contractor €4,000.", EN).costs
    assert (line.amount, line.per_participant) == (Decimal(4000), False)
    (each,) = read("Werkboeken: per deelnemer € 35.", NL).costs
    assert each.per_participant


@pytest.mark.parametrize(
    ("text", "language", "quantity", "value", "period"),
    [
        ("Ze besparen 1 uur per week op rapportages. Dat uur waarderen we op € 72.", NL, 1, 72,
         Period.WEEK),
        ("It frees up 1,150 agent hours a month. Value an agent hour at the same $29.", EN, 1150,
         29, Period.MONTH),
        ("De stilstand is met 96 uur per jaar gedaald. Een uur stilstand kost ons € 2.900.", NL,
         96, 2900, Period.YEAR),
        ("Het verzuim daalde met 300 dagen per jaar, een verzuimdag kost € 250.", NL, 300, 250,
         Period.YEAR),
    ],
)  # fmt: skip
def test_time_saved_and_what_one_unit_of_it_is_worth_in_another_sentence(
    text: str, language: Language, quantity: int, value: int, period: Period
) -> None:
    reading = read(text, language)
    assert [(b.quantity, b.unit_value, b.period) for b in reading.benefits] == [
        (Decimal(quantity), Decimal(value), period)
    ]
    assert reading.costs == [] and reading.unclear == []


def test_a_time_per_week_that_saves_money_is_not_the_value_of_an_hour() -> None:
    reading = read("Een uur per week bespaart ons € 500 per jaar.", NL)
    assert [b.amount for b in reading.benefits] == [Decimal(500)]


def test_they_each_save_is_per_participant() -> None:
    reading = read("Ze besparen elk gemiddeld 1 uur per week. Een uur rekenen we tegen € 46.", NL)
    assert [b.per_participant for b in reading.benefits] == [True]


def test_one_in_capitals_is_one() -> None:
    reading = read("14 valincidenten per jaar minder. Eén incident kost ons € 2.350.", NL)
    assert [(b.quantity, b.unit_value) for b in reading.benefits] == [(Decimal(14), Decimal(2350))]


def test_an_abbreviation_does_not_cut_a_price_from_its_name() -> None:
    reading = read("Ze waren elk 8 uur van de vloer, uurloon incl. werkgeverslasten € 38.", NL)
    assert [(c.category, c.amount, c.per_participant) for c in reading.costs] == [
        (CostCategory.PARTICIPANT_TIME, Decimal(304), True)
    ]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Secure coding bootcamp for 28 devs. We bought it off the shelf: EUR 850 per seat.", EN),
        ("We bought places on the course at £2,150 per delegate.", EN),
        ("Customer success academy, 12 CSMs. Platform licence $180 per CSM.", EN),
        ("De training hebben we ingekocht: € 375 per deelnemer.", NL),
    ],
)
def test_bought_per_person_is_a_cost_per_participant(text: str, language: Language) -> None:
    reading = read(text, language)
    assert [c.per_participant for c in reading.costs] == [True] and reading.unclear == []


def test_a_rate_per_one_of_the_named_participants_is_per_participant() -> None:
    reading = read("Kits cost $40 per picker.", EN, group="pickers")
    assert [c.per_participant for c in reading.costs] == [True]
    odd = read("The licence is $180 per XTL.", EN, group="pickers")
    assert odd.questions() == [("times", "$180")]  # not theirs: how many is asked


def test_half_a_day_is_a_duration_not_a_share() -> None:
    reading = read("Each driver was off the road for half a day, 4 hours at EUR 31 an hour.", EN)
    assert reading.loose_percentages == [] and reading.attribution == []
    assert [c.amount for c in reading.costs] == [Decimal(124)]


@pytest.mark.parametrize(
    "text",
    [
        "Should we count the tea? It was only about £90. Actually, leave that out. "
        "The trainer cost £2,000.",
        "De koffie van € 90 tellen we niet mee. De trainer kostte € 2.000.",
    ],
)
def test_an_amount_the_user_leaves_out_is_not_counted(text: str) -> None:
    reading = read(text, EN if "trainer cost" in text else NL)
    assert [c.amount for c in reading.costs] == [Decimal(2000)] and reading.unclear == []


def test_a_count_that_fell_takes_the_value_of_one_from_any_sentence() -> None:
    reading = read(
        "Trained teams had 44 fewer high-severity vulnerabilities per year. We kept two teams "
        "out as a control group. Fixing a high-sev vuln after release costs about EUR 2,800.",
        EN,
    )
    assert [(b.quantity, b.unit_value, b.period) for b in reading.benefits] == [
        (Decimal(44), Decimal(2800), Period.YEAR)
    ]
    assert reading.costs == []


def test_a_listed_count_with_its_value_on_the_next_line() -> None:
    reading = read(
        "Baten:\n- 55 herhaalbezoeken per maand minder dan bij de vergelijkingsgroep\n"
        "- een herhaalbezoek kost ons € 85",
        NL,
    )
    assert [(b.quantity, b.unit_value, b.period) for b in reading.benefits] == [
        (Decimal(55), Decimal(85), Period.MONTH)
    ]


def test_a_count_that_fell_without_a_period_is_asked_about_not_a_cost() -> None:
    reading = read("Escalations to 2nd line down by 210, each escalation costs $42.", EN)
    assert reading.without_period == ["210"] and reading.costs == [] and reading.benefits == []


def test_a_cost_per_participant_is_no_value_of_a_count() -> None:
    reading = read(
        "Coaching fees were €4,500 per director. We also paid €3,000 up front for the "
        "360-degree assessments.",
        EN,
    )
    assert [(c.amount, c.per_participant) for c in reading.costs] == [
        (Decimal(4500), True),
        (Decimal(3000), False),
    ]
    assert reading.benefits == [] and reading.without_period == []


@pytest.mark.parametrize(
    ("text", "language", "amount"),
    [
        ("Time away from billable work: 35 hours each at an internal cost rate of £55.", EN,
         Decimal(1925)),
        ("dev time: 3 days x 8h each, internal rate EUR 75/h", EN, Decimal(1800)),
        ("Vergeet de tijd van de monteurs niet: 24 uur elk, intern tarief € 62,50.", NL,
         Decimal(1500)),
        ("3 uur e-learning plus 8 uur praktijkdag per persoon, tegen € 44 per uur.", NL,
         Decimal(484)),
    ],
)  # fmt: skip
def test_the_hours_each_participant_spent_at_a_rate_named_in_other_words(
    text: str, language: Language, amount: Decimal
) -> None:
    reading = read(text, language)
    assert [(c.category, c.amount, c.per_participant) for c in reading.costs] == [
        (CostCategory.PARTICIPANT_TIME, amount, True)
    ]


@pytest.mark.parametrize(
    ("text", "language", "amount", "product"),
    [
        ("De analisten waren 3 uur met de e-learning bezig en 4 uur in de workshop, gemiddeld "
         "uurtarief € 52.", NL, Decimal(364), "3 uur + 4 uur = 7 uur × € 52"),
        ("De deelnemers hadden 6 bijeenkomsten van 4 uur, plus de 3 coachgesprekken van elk 1 "
         "uur. Uurtarief € 58.", NL, Decimal(1566),
         "6 bijeenkomsten van 4 uur + 3 coachgesprekken van elk 1 uur = 27 uur × € 58"),
        ("Each rep spent 2 x 4 hours in class and 30 minutes on the quiz, at €40 an hour.", EN,
         Decimal(340), "2 x 4 hours + 30 minutes = 8.5 hours × €40"),
        ("Each rep spent 20 minutes on the app and 25 minutes in the huddle, at €60 an hour.", EN,
         Decimal(45), "20 minutes + 25 minutes = 45 minutes × €60"),
        ("Each rep spent 3 sessions of 20 minutes in the e-learning, at €60 an hour.", EN,
         Decimal(60), "3 sessions of 20 minutes × €60"),
    ],
)  # fmt: skip
def test_the_hours_one_participant_spent_in_turn_are_summed_before_the_rate(
    text: str, language: Language, amount: Decimal, product: str
) -> None:
    (cost,) = read(text, language).costs
    assert (cost.category, cost.amount, cost.per_participant) == (
        CostCategory.PARTICIPANT_TIME, amount, True
    )  # fmt: skip
    assert cost.description.endswith(f"({product})")


def test_hours_of_someone_else_are_not_summed_with_the_participants() -> None:
    (cost,) = read("De trainer gaf 3 uur les en de deelnemers zaten 4 uur in de training, "
                   "uurloon € 30.", NL).costs  # fmt: skip
    assert cost.amount == Decimal(120)  # the participants' 4 hours, not 7


@pytest.mark.parametrize(
    ("text", "language", "group", "amount"),
    [
        ("Costs: the two managers' time (2 days each at £240 a day).", EN, "staff", Decimal(960)),
        ("Kosten: de uren van de 2 teamleiders, elk 12 uur à € 45.", NL, "monteurs",
         Decimal(1080)),
    ],
)  # fmt: skip
def test_the_time_of_others_who_each_spent_it_is_all_of_theirs(
    text: str, language: Language, group: str, amount: Decimal
) -> None:
    """People other than the participants, each spending the time: the rate times the time
    times how many they are, not a cost per participant (it was £480 for each of 33 staff)."""
    (cost,) = read(text, language, group=group).costs
    assert (cost.category, cost.amount, cost.per_participant) == (
        CostCategory.DELIVERY, amount, False
    )  # fmt: skip


def test_a_cost_multiplied_out_by_several_factors_is_their_product() -> None:
    (cost,) = read("En dan de verletkosten: 4 dagen × 8 uur × € 52 per persoon.", NL).costs
    assert (cost.amount, cost.per_participant) == (Decimal(1664), True)
    assert cost.description.endswith("(4 dagen × 8 uur × € 52)")


def test_a_price_per_person_per_day_is_not_multiplied_by_hours() -> None:
    """The days of "4 dagen × 8 uur" in the next sentence, not its 32 hours (was € 1.216)."""
    text = ("Kosten: de medewerkers kregen kilometervergoeding, gemiddeld € 38 per persoon per "
            "dag. En dan de verletkosten: 4 dagen × 8 uur × € 52 per persoon.")  # fmt: skip
    reading = read(text, NL)
    assert [(c.amount, c.per_participant) for c in reading.costs] == [
        (Decimal(152), True), (Decimal(1664), True)
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "language", "amount"),
    [
        ("De faalkosten op de projecten van Apeldoorn daalden in het jaar erna met € 150.000. "
         "Vestiging Zwolle deed niet mee en is vergelijkbaar; daar daalden de faalkosten in "
         "dezelfde periode met € 40.000.", NL, Decimal(110000)),
        ("Sales at the trained stores rose by $80,000 a year. The Leeds store didn't take part; "
         "its sales rose by $20,000 over the same year.", EN, Decimal(60000)),
    ],
)  # fmt: skip
def test_a_change_where_the_programme_was_not_given_is_taken_off_the_benefit(
    text: str, language: Language, amount: Decimal
) -> None:
    reading = read(text, language)
    assert [b.amount for b in reading.benefits] == [amount]
    assert reading.costs == []
    assert reading.isolation is IsolationMethod.CONTROL_GROUP  # the comparison isolates it


def test_a_weekly_benefit_recurs_the_weeks_of_a_season_a_year() -> None:
    reading = read("Een plukker is per week 2 uur sneller klaar, tegen € 17,80 per uur. We hebben "
                   "ongeveer 40 oogstweken per jaar.", NL)  # fmt: skip
    assert [b.periods_per_year for b in reading.benefits] == [Decimal(40)]


def test_minutes_at_an_hourly_rate_that_do_not_divide_are_a_cost_to_twenty_decimals() -> None:
    """ "20 minutes at €22 an hour" is €7.333...: the reader used to fail on it (a cost holds at
    most 20 decimals), and with it the whole chat turn."""
    (cost,) = read("Each rep spent 20 minutes in the e-learning, at €22 an hour.", EN).costs
    assert abs(cost.amount - Decimal(22) / 3) < Decimal("1e-19")
    assert cost.per_participant


def test_such_an_accident_costs_is_the_value_of_one() -> None:
    reading = read(
        "We hadden 1 ernstig ongeval per jaar minder; zo'n ongeval kost ons € 85.000.", NL
    )
    assert [(b.quantity, b.unit_value) for b in reading.benefits] == [(Decimal(1), Decimal(85000))]


def test_a_later_sentence_gives_a_figure_its_period() -> None:
    reading = read(
        "De stilstand is met 96 uur gedaald. Een uur stilstand kost ons € 2.900. Die 96 uur is "
        "de daling over een heel jaar.",
        NL,
    )
    assert [(b.quantity, b.unit_value, b.period) for b in reading.benefits] == [
        (Decimal(96), Decimal(2900), Period.YEAR)
    ]


def test_a_question_about_a_products_period_carries_both_its_sentences() -> None:
    reading = read("De stilstand is met 96 uur gedaald. Een uur stilstand kost ons € 2.900.", NL)
    assert reading.without_period == ["96 uur"]
    assert reading.context["96 uur"].endswith("kost ons € 2.900.")


def test_a_change_the_user_puts_no_value_on_is_not_asked_about() -> None:
    reading = read("CO2 went down by about 180 tonnes as well, but we're not putting a money "
                   "value on that.", EN)  # fmt: skip
    assert reading.recounts == [] and reading.questions() == []


@pytest.mark.parametrize(
    ("text", "language"),
    [("OK, then add the survey and data analysis: $1,200.", EN),
     ("Voeg ook de enquête toe: € 1.200.", NL)],
)  # fmt: skip
def test_adding_an_item_to_the_figures_is_a_cost(text: str, language: Language) -> None:
    reading = read(text, language)
    assert [c.amount for c in reading.costs] == [Decimal(1200)] and reading.unclear == []


@pytest.mark.parametrize(
    ("text", "language", "method"),
    [
        ("We didn't have a control group.", EN, None),
        ("Een controlegroep hadden we niet.", NL, None),
        ("Zonder controlegroep kunnen we niets zeggen.", NL, None),
        ("We compared them with a control group that did not get the training.", EN,
         IsolationMethod.CONTROL_GROUP),
        ("Uit een vergelijking met winkels die nog niet meededen (controlegroep) blijkt 60%.", NL,
         IsolationMethod.CONTROL_GROUP),
        ("An external PMO consultant estimates that 45% of that is due to the course.", EN,
         IsolationMethod.EXPERT_ESTIMATE),
        ("Een onderhoudsexpert van de leverancier schat dat 35% door de opleiding komt.", NL,
         IsolationMethod.EXPERT_ESTIMATE),
        ("We asked the participants themselves: they attribute 65% to the course.", EN,
         IsolationMethod.PARTICIPANT_ESTIMATE),
        ("De kwaliteitscommissie heeft ernaar gekeken en denkt dat 40% door de cursus komt.", NL,
         IsolationMethod.EXPERT_ESTIMATE),
        ("The hygiene committee estimates that 30% of the drop is due to the course.", EN,
         IsolationMethod.EXPERT_ESTIMATE),
        ("De chauffeurs van vestiging Tilburg kregen de training niet, dat was onze "
         "vergelijkingsgroep.", NL, IsolationMethod.CONTROL_GROUP),
        ("De nachtploeg (niet getraind) was de controlegroep, daar bleef het gelijk.", NL,
         IsolationMethod.CONTROL_GROUP),
        ("Op basis van die vergelijking schrijven we 60% toe aan de training.", NL,
         IsolationMethod.CONTROL_GROUP),
        ("We compared with the Westside branch - 28 aides, no coaching.", EN,
         IsolationMethod.CONTROL_GROUP),
        ("We vergeleken het met de vestiging in Zwolle, die de training niet kreeg.", NL,
         IsolationMethod.CONTROL_GROUP),
        ("Helemaal zeker ben ik niet, de controlegroep werkt in een andere regio.", NL,
         IsolationMethod.CONTROL_GROUP),
        ("I'm not fully sure, the control stores are in bigger towns.", EN,
         IsolationMethod.CONTROL_GROUP),
    ],
)  # fmt: skip
def test_the_isolation_method_named_and_not_denied(
    text: str, language: Language, method: IsolationMethod | None
) -> None:
    assert read(text, language).isolation == method


@pytest.mark.parametrize(
    ("text", "language", "category"),
    [
        ("We bought places on the course at £2,150 per delegate, exam included.", EN,
         CostCategory.ACQUISITION),
        ("De training zelf hebben we ingekocht bij een externe partij: € 375 per deelnemer.", NL,
         CostCategory.ACQUISITION),
        ("We bought practice kits at $35 per picker.", EN, CostCategory.MATERIALS),
        ("O ja, de evaluatie zelf (vragenlijst en analyse door een extern bureau) kostte € 2.300.",
         NL, CostCategory.EVALUATION),
        ("The evaluation survey and its analysis cost us $1,900.", EN, CostCategory.EVALUATION),
    ],
)  # fmt: skip
def test_a_bought_programme_is_acquisition_and_the_evaluation_is_evaluation(
    text: str, language: Language, category: CostCategory
) -> None:
    assert [line.category for line in read(text, language).costs] == [category]


def test_the_words_of_an_earlier_amount_do_not_name_the_next_one() -> None:
    reading = read(
        "We bought places on the course at £2,150 per delegate. Travel came to £640 per person.",
        EN,
    )
    assert [c.category for c in reading.costs] == [
        CostCategory.ACQUISITION,
        CostCategory.TRAVEL_LODGING,
    ]


def test_a_day_rate_of_the_faculty_is_its_delivery_times_the_days_said_after_it() -> None:
    reading = read(
        "Praktijkdag door een instructeur: € 2.750 per dag, en we hebben 3 praktijkdagen gedraaid.",
        NL,
    )
    assert [(c.category, c.amount, c.per_participant) for c in reading.costs] == [
        (CostCategory.DELIVERY, Decimal(8250), False)
    ]


def test_a_rate_without_a_duration_is_asked_about_not_dropped() -> None:
    reading = read("Trainer: € 900 per dag.", NL)
    assert reading.costs == [] and reading.unclear == ["€ 900"]


def test_shares_named_per_benefit_are_read_per_benefit() -> None:
    reading = read(
        "Isolatie: het MT heeft een schatting gemaakt. Verzuim: 50% door het traject, zekerheid "
        "70%. Verloop: ook 50%, maar zekerheid 60%.",
        NL,
    )
    assert reading.per_benefit == [
        ("Verzuim", Decimal(50), Decimal(70)),
        ("Verloop", Decimal(50), Decimal(60)),
    ]
    assert reading.attribution == [] and reading.confidence == []
    assert reading.isolation is IsolationMethod.MANAGEMENT_ESTIMATE


def test_one_benefits_shares_are_the_messages_shares() -> None:
    reading = read("Absenteeism: 40% due to the programme, 80% confident.", EN)
    assert reading.per_benefit == []
    assert (reading.attribution, reading.confidence) == ([Decimal(40)], [Decimal(80)])


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Reaction scores were great and 92% finished on time.", EN),
        ("De respons op de vragenlijst was 78%.", NL),
    ],
)
def test_a_completion_or_response_rate_is_no_roi_figure(text: str, language: Language) -> None:
    reading = read(text, language)
    assert (reading.attribution, reading.confidence, reading.loose_percentages) == ([], [], [])


def test_the_conversations_group_is_the_participants_when_others_are_counted_too() -> None:
    text = "Nee sorry, het waren 16 inkopers; er sloten twee collega's van een andere afdeling aan."
    assert read(text, NL, group="inkopers").participants == [16]
    assert read(text, NL).participants == [16, 2]  # without a group: asked which is right


def test_the_category_the_user_books_a_cost_under_wins() -> None:
    text = (
        "The agency billed us $38,500 for design and delivery together; I don't have a split, "
        "so book it all as delivery."
    )
    assert [c.category for c in read(text, EN).costs] == [CostCategory.DELIVERY]


def test_a_share_the_user_charges_to_this_programme_prorates_the_cost() -> None:
    reading = read(
        "We hebben een licentie op een cursusbibliotheek van € 9.600 per jaar; die gebruiken we "
        "ook voor andere trainingen, dus reken daar 25% van toe aan dit programma.",
        NL,
    )
    assert [(c.amount, c.prorate_pct) for c in reading.costs] == [(Decimal(9600), Decimal(25))]
    assert reading.attribution == []


def test_a_replaced_amount_with_the_sessions_currency_code_is_not_read() -> None:
    """The chat writes the session's currency before bare amounts ("not USD 6,000")."""
    reading = read("Sorry, the coaching was $7,500, not USD 6,000.", EN)
    assert [c.amount for c in reading.costs] == [Decimal(7500)] and reading.unclear == []


@pytest.mark.parametrize(
    ("text", "language", "category", "amount", "each"),
    [
        ("Tijd deelnemers: 6 dagen van 8 uur, € 58 per uur.", NL, CostCategory.PARTICIPANT_TIME,
         Decimal(2784), True),
        ("Managers' time: one full day of 7 hours at £48 an hour.", EN,
         CostCategory.PARTICIPANT_TIME, Decimal(336), True),
        ("Our agents spent 120 hours in total on the course at £30 an hour.", EN,
         CostCategory.PARTICIPANT_TIME, Decimal(3600), False),
        ("Room hire at the civic centre was £150 a day for 3 days.", EN, CostCategory.FACILITIES,
         Decimal(450), False),
    ],
)  # fmt: skip
def test_whose_time_a_rate_prices(
    text: str, language: Language, category: CostCategory, amount: Decimal, each: bool
) -> None:
    assert [(c.category, c.amount, c.per_participant) for c in read(text, language).costs] == [
        (category, amount, each)
    ]


def test_a_count_that_moved_from_one_level_to_another_is_the_difference() -> None:
    reading = read(
        "Violations dropped from 19 a year to 7 a year, and each investigation costs about "
        "$14,000.",
        EN,
    )
    assert [(b.quantity, b.unit_value, b.period) for b in reading.benefits] == [
        (Decimal(12), Decimal(14000), Period.YEAR)
    ]


def test_each_before_on_the_course_is_every_participant() -> None:
    reading = read("Reps spent 2.5 hours each on the course, and their hourly cost is $85.", EN)
    assert [(c.amount, c.per_participant) for c in reading.costs] == [(Decimal("212.5"), True)]


@pytest.mark.parametrize(
    ("text", "language", "named"),
    [
        ("The shrinkage figure is 50% due to the course, based on the trend line.", EN, "shrink"),
        ("Van de verzuimdaling komt 40% door de training, zekerheid 70%.", NL, "verzuim"),
        ("Attribution 50%, confidence 80%.", EN, None),
        ("The shrinkage and the hires are both 50% due to the course.", EN, None),
    ],
)
def test_shares_without_a_benefit_say_what_they_are_of(
    text: str, language: Language, named: str | None
) -> None:
    reading = read(text, language)
    said = (reading.shares_of or "").lower()
    assert (named in said) if named else reading.shares_of is None, reading.shares_of
    assert reading.attribution  # still the message's: the chat matches the name to a line


def test_a_share_on_a_numbered_item_goes_to_that_items_benefit() -> None:
    reading = read(
        "Benefits, 12 operators:\n"
        "1. One-off saving of £18,000 because we didn't need a second packing line.\n"
        "2. Scrap batches went from 30 to 18 a month, each scrap batch costs £220.\n"
        "60% attribution on item 2.",
        EN,
    )
    shares = {line.unit_value or line.amount: line.attribution_pct for line in reading.benefits}
    assert shares == {Decimal(18000): Decimal(100), Decimal(220): Decimal(60)}
    assert reading.attribution == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Benefits:\n- cloud bill down EUR 5,200 per month\n- 1 hr per week less firefighting "
            "per dev, internal rate EUR 80/h\nattribution 50% for the cloud bill (prices also "
            "changed), confidence 75% for all three",
            EN,
        ),
        (
            "Baten:\n- de cloudrekening daalde met € 5.200 per maand\n- 1 uur per week minder "
            "brandjes blussen per developer à € 80 per uur\nToeschrijving 50% voor de "
            "cloudrekening, zekerheid 75% voor allebei.",
            NL,
        ),
    ],
)
def test_a_share_for_one_and_a_share_for_all_in_one_sentence(text: str, language: Language) -> None:
    reading = read(text, language)
    bill = next(line for line in reading.benefits if line.amount == 5200)
    hours = next(line for line in reading.benefits if line.unit_value == 80)
    assert (bill.attribution_pct, hours.attribution_pct) == (Decimal(50), Decimal(100))
    assert reading.confidence == [Decimal(75)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Transportkosten van € 2.400.000 per jaar gingen met 3% omlaag. En elke planner is 4 "
            "uur per maand minder bezig met herplannen, à € 52 per uur. Zekerheid: 90% op de "
            "transportkosten, 60% op de tijdwinst.",
            {Decimal(2400000): Decimal(90), Decimal(52): Decimal(60)},
        ),
        (
            "Valincidenten gingen van 64 naar 40 per jaar; een val kost ons € 3.200. Daarnaast "
            "daalde de claimlast van € 310.000 per jaar met 9 %. Voor de claims ben ik maar 50% "
            "zeker.",
            {Decimal(3200): Decimal(100), Decimal(310000): Decimal(50)},
        ),
    ],
)
def test_a_share_names_its_benefit_by_a_word_of_its_own(
    text: str, want: dict[Decimal, Decimal]
) -> None:
    reading = read(text, NL)
    assert {line.unit_value: line.confidence_pct for line in reading.benefits} == want


@pytest.mark.parametrize(
    ("text", "language", "amount", "each"),
    [
        ("Kosten:\n- 6 bijeenkomsten door bureau De Brug à € 1.850", NL, 11_100, False),
        ("Costs: 4 workshops with an external trainer at £900 each.", EN, 3_600, False),
        ("- 3 individuele coachgesprekken per deelnemer à € 175", NL, 525, True),
        ("We ran 4 sessions, each cost €500.", EN, 2_000, False),
        ("We hadden 3 workshops, elk à € 900.", NL, 2_700, False),
        ("Room hire was $300 per session, 6 sessions.", EN, 1_800, False),
        ("Each session cost $500 and we ran 4 sessions.", EN, 2_000, False),
        ("A day of training costs $1,200 and we ran 3 days.", EN, 3_600, False),
        ("Een trainingsdag kost € 1.100, het waren 2 dagen.", NL, 2_200, False),
        ("A day of training costs $1,200.", EN, 1_200, False),
    ],
)
def test_so_many_things_at_a_price_each_is_their_product(
    text: str, language: Language, amount: int, each: bool
) -> None:
    """However many words name the things, the count that starts the clause (or that the
    sentence gave just before "each", or after "per session") times the price; per participant
    when counted per participant. The price of one day ("a day of training costs") times the
    days the message names (it was that one day's price)."""
    (line,) = read(text, language).costs
    assert (line.amount, line.per_participant) == (Decimal(amount), each)


def test_a_price_per_participant_per_counted_thing_is_each_ones_cost_over_them() -> None:
    text = (
        "Kosten: 6 bijeenkomsten door bureau De Brug à € 1.850. "
        "Reiskosten: € 25 per deelnemer per bijeenkomst."
    )
    travel = read(text, NL).costs[1]
    assert (travel.amount, travel.per_participant) == (Decimal(150), True)
    assert "6 bijeenkomsten × € 25" in travel.description
    once = read("Reiskosten: € 25 per deelnemer per bijeenkomst.", NL).costs[0]
    assert (once.amount, once.per_participant) == (Decimal(25), True)  # no count: as said


@pytest.mark.parametrize(
    ("text", "share", "value"),
    [
        ("De herhaalcontacten kosten ons € 540.000 per jaar en namen met 7,5% af.", "0.075",
         540_000),
        ("De kosten van € 80.000 per jaar gingen met 10% omlaag.", "0.1", 80_000),
        ("De omzet van € 200.000 per jaar nam met 4% toe.", "0.04", 200_000),
    ],
)  # fmt: skip
def test_a_dutch_separable_verb_around_the_change_makes_it_a_kpi_change(
    text: str, share: str, value: int
) -> None:
    """ "namen met 7,5% af": the verb's two parts stand around the percentage."""
    reading = read(text, NL)
    assert reading.costs == []
    (benefit,) = reading.benefits
    assert (benefit.quantity, benefit.unit_value) == (Decimal(share), Decimal(value))


@pytest.mark.parametrize(
    ("text", "language", "method"),
    [
        ("Het MT durft daar maar 25% aan de training toe te schrijven, met 60% zekerheid.", NL,
         IsolationMethod.MANAGEMENT_ESTIMATE),
        ("De regiomanagers schatten dat 40% van de daling door de training komt.", NL,
         IsolationMethod.MANAGEMENT_ESTIMATE),
        ("The regional managers estimate 40% of the drop is down to the course.", EN,
         IsolationMethod.MANAGEMENT_ESTIMATE),
        ("Our store managers estimate 40% of the rise is down to the course.", EN,
         IsolationMethod.SUPERVISOR_ESTIMATE),
    ],
)  # fmt: skip
def test_whose_estimate_managers_above_the_participants_own_are_management(
    text: str, language: Language, method: IsolationMethod
) -> None:
    """ "toe te schrijven" is an estimate's verb, and managers of a region, a plant or the
    production are above the participants' own (chat dev10 n01, n07, n19 read none or their
    supervisors)."""
    assert read(text, language).isolation is method


@pytest.mark.parametrize(
    ("text", "group", "method"),
    [
        ("The area managers attribute 40% of that to the coaching, 70% confident.",
         "store managers", IsolationMethod.SUPERVISOR_ESTIMATE),
        ("The area managers attribute 40% of that to the coaching, 70% confident.",
         "cashiers", IsolationMethod.MANAGEMENT_ESTIMATE),
        ("Uit de klantenenquête blijkt dat 40% bleef door hoe de medewerker het gesprek voerde, "
         "dus 40% toe te schrijven aan de training.", "medewerkers",
         IsolationMethod.CUSTOMER_INPUT),
    ],
)  # fmt: skip
def test_whose_estimate_depends_on_who_took_part(
    text: str, group: str, method: IsolationMethod
) -> None:
    """Area managers are the supervisors of store managers who took part, management above
    cashiers; a share from the customer survey is the customers' (chat dev4 g30, dev5 h06)."""
    assert read(text, EN if text.startswith("The") else NL, group=group).isolation is method


@pytest.mark.parametrize(
    ("text", "language", "group", "method"),
    [
        ("Our head brewer reckons roughly 60 to 70 percent of that is down to the course.", EN,
         "brewers and cellar hands", IsolationMethod.SUPERVISOR_ESTIMATE),
        ("head of security says 50-60% of that is the training, the rest is the new cameras.", EN,
         "stewards", IsolationMethod.SUPERVISOR_ESTIMATE),
        ("Het hoofd baanonderhoud denkt dat 80% daarvan door de cursus komt.", NL,
         "greenkeepers", IsolationMethod.SUPERVISOR_ESTIMATE),
        ("Our head of quality estimates 40% of that is due to the course.", EN, "operators",
         None),
        ("Ik schat uit het hoofd dat 40% door de cursus komt.", NL, "operators", None),
    ],
)  # fmt: skip
def test_the_head_of_the_participants_work_is_their_supervisor(
    text: str, language: Language, group: str, method: IsolationMethod | None
) -> None:
    """A head brewer over brewers, the head of security over stewards (chat dev15 r02, r06,
    r21 read the participants or nothing); not the head of a staff function, nor "uit het
    hoofd"."""
    assert read(text, language, group=group).isolation is method


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Onze HR-manager denkt dat 30% van de daling door de training komt.", NL),
        ("The quality manager thinks 30% of the drop is down to the course.", EN),
        ("Toeschrijving: 30% (inschatting operationeel manager). Zekerheid: 70%.", NL),
        ("De praktijkhouders schatten dat 30% van de stijging door de training komt.", NL),
        ("Directie: 30% daarvan door de training, 70% zeker.", NL),
    ],
)
def test_a_staff_manager_the_owners_or_a_labelled_board_are_managements_estimate(
    text: str, language: Language
) -> None:
    """Chat dev16 s11, s13, s03, s21: a staff function's manager, the practice owners, and a
    share under the board's name ("directie: 45% daarvan") were read as the participants'
    supervisors or as no method."""
    assert read(text, language).isolation is IsolationMethod.MANAGEMENT_ESTIMATE
