"""Units of measurement after a number make it a quantity (pint's registry, domain rule on top)."""

from __future__ import annotations

import pytest

from assistant.chat.roi_figures import with_currency
from assistant.text.measures import is_measure_unit


@pytest.mark.parametrize(
    "word", ["litres", "liter", "km", "kilometer", "kg", "tonnes", "kWh", "gallons", "miles"]
)
def test_units_of_length_area_volume_mass_and_energy_are_measures(word: str) -> None:
    assert is_measure_unit(word)


@pytest.mark.parametrize(
    "word", ["in", "at", "a", "are", "dag", "dagen", "hours", "euro", "pallets", "percent", "k"]
)
def test_words_pint_knows_otherwise_and_durations_are_not(word: str) -> None:
    assert not is_measure_unit(word)


def test_a_quantity_in_litres_gets_no_currency_but_a_bare_amount_does() -> None:
    text = "Drivers used 1,150 litres of diesel less a year; the coach charged 2,400."
    assert with_currency(text, "EUR") == (
        "Drivers used 1,150 litres of diesel less a year; the coach charged EUR 2,400."
    )


def test_a_count_of_things_gets_no_currency_but_a_price_before_a_verb_does() -> None:
    assert with_currency("Each agent handles 450 tickets a month.", "EUR") == (
        "Each agent handles 450 tickets a month."
    )
    assert with_currency("We hebben 3.200 uitgegeven aan de zaal.", "EUR") == (
        "We hebben EUR 3.200 uitgegeven aan de zaal."
    )


def test_working_days_and_hours_in_a_year_get_no_currency() -> None:
    text = "Reken met 215 werkdagen per jaar; we count 1,650 working hours a year."
    assert with_currency(text, "EUR") == text


def test_a_count_multiplied_by_a_price_gets_no_currency() -> None:
    text = "Licenties: 150 x € 18; reis: € 35 x 40; overhead: 6k."
    assert with_currency(text, "EUR") == "Licenties: 150 x € 18; reis: € 35 x 40; overhead: EUR 6k."


def test_the_size_of_a_group_of_people_gets_no_currency() -> None:
    text = "The whole assembly department of 120 was in scope. The trainer fee was 4,500."
    assert with_currency(text, "EUR") == (
        "The whole assembly department of 120 was in scope. The trainer fee was EUR 4,500."
    )
    assert with_currency("Een ploeg van 140 deed mee.", "EUR") == "Een ploeg van 140 deed mee."


def test_a_count_that_moved_after_a_benefits_label_gets_no_currency() -> None:
    text = "Opbrengst: het aantal klachten ging van 240 naar 170 per jaar."
    assert with_currency(text, "EUR") == text
    assert with_currency("Baten: de schadekosten daalden van 4.000 naar 2.500.", "EUR") == (
        "Baten: de schadekosten daalden van EUR 4.000 naar EUR 2.500."
    )


def test_a_count_that_moved_from_about_one_figure_to_another_gets_no_currency() -> None:
    text = "Mis-picks went from about 1,150 to roughly 900. Het verloop ging van zo'n 120 naar 80."
    assert with_currency(text, "EUR") == text


def test_bare_millions_get_the_currency() -> None:
    assert with_currency("Baten: extra provisie van 1,2 mln per jaar.", "EUR") == (
        "Baten: extra provisie van EUR 1,2 mln per jaar."
    )
    assert with_currency("Fuel costs: 1.8 million a year.", "GBP") == (
        "Fuel costs: GBP 1.8 million a year."
    )
    assert with_currency("We have 2 million customers.", "EUR") == "We have 2 million customers."


def test_tons_of_money_get_the_currency_and_tonnes_of_waste_do_not() -> None:
    assert with_currency("Baten: ruim 3 ton extra omzet per jaar.", "EUR") == (
        "Baten: ruim EUR 3 ton extra omzet per jaar."
    )
    text = "We produceren 2 ton afval minder per week."
    assert with_currency(text, "EUR") == text


def test_a_products_number_and_a_count_in_a_later_clause_get_no_currency() -> None:
    """ "Office 365" names a product; "..., en de stilstanden gingen van 25 naar 15" moves a
    count although the clause before it spoke of money."""
    text = (
        "After the Office 365 training the quality costs of € 500,000 fell by 6%, and "
        "stoppages went from 250 to 150 a month."
    )
    assert with_currency(text, "EUR") == text
    assert with_currency("We paid Acme 4500 for the course.", "EUR") == (
        "We paid Acme EUR 4500 for the course."
    )
