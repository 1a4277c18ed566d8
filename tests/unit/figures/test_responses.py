"""Per-respondent estimates pasted as a table are read as rows, not as costs or loose shares."""

from __future__ import annotations

from decimal import Decimal

from assistant.figures import read
from assistant.figures.responses import responses
from assistant.text.language import Language


def test_a_pasted_table_is_one_row_per_respondent() -> None:
    text = (
        "Ik vroeg iedereen naar de besparing, het deel door de training en de zekerheid:\n"
        "Anna: € 4.000, 50%, 70%\n"
        "Bram  € 2.500  40%  80%\n"
        "C\t1800\t30%\t90%"
    )
    rows = responses(text, Language.NL)
    assert [(r.label, r.annual_value, r.attribution, r.confidence) for r in rows] == [
        ("Anna", Decimal(4000), Decimal(50), Decimal(70)),
        ("Bram", Decimal(2500), Decimal(40), Decimal(80)),
        ("C", Decimal(1800), Decimal(30), Decimal(90)),
    ]


def test_sentences_with_an_amount_and_two_shares_are_no_table() -> None:
    text = "De trainer kostte € 3.000, 20% korting en 10% toeslag.\nAnna: € 4.000, 50%, 70%"
    assert responses(text, Language.NL) == []  # one row is no table


def test_a_tables_figures_are_no_costs_or_loose_percentages() -> None:
    text = "4 of the 10 replied:\nA  $6,000  60%  80%\nB  $4,500  50%  70%"
    reading = read(text, Language.EN, known=10)
    assert not reading.costs and not reading.benefits and not reading.questions()
    assert [r.annual_value for r in reading.responses] == [Decimal(6000), Decimal(4500)]


def test_a_group_written_with_a_slash_is_counted() -> None:
    """Chat dev13 p30: "12 AP/AR specialists completed ..." counted no one."""
    assert read("14 HR/L&D advisers completed the course.", Language.EN).participants == [14]
