"""Amounts of money with their currency, as advisors type them."""

from decimal import Decimal

import pytest

from assistant.text.money import currencies_in, currency_named, find_money, parse_money

MONEY = [
    ("€ 12.500,-", "12500", "EUR"),
    ("€12.500,-", "12500", "EUR"),
    ("€ 12.500", "12500", "EUR"),
    ("€ 12.500,00", "12500", "EUR"),
    ("€ 12.500,50", "12500.50", "EUR"),
    ("€12,500.50", "12500.50", "EUR"),
    ("k€ 18", "18000", "EUR"),
    ("k€18", "18000", "EUR"),
    ("€18k", "18000", "EUR"),
    ("€ 85k", "85000", "EUR"),
    ("$30k", "30000", "USD"),
    ("$30K", "30000", "USD"),
    ("$ 30,000", "30000", "USD"),
    ("$120,000", "120000", "USD"),
    ("$1.2m", "1200000", "USD"),
    ("$ 2 million", "2000000", "USD"),
    ("€ 1,5 mln", "1500000", "EUR"),
    ("1,5 mln euro", "1500000", "EUR"),
    ("€ 3 ton", "300000", "EUR"),  # Dutch: three hundred thousand euro
    ("2,5 miljoen euro", "2500000", "EUR"),
    ("EUR 22.500", "22500", "EUR"),
    ("EUR 22,500", "22500", "EUR"),
    ("EUR22500", "22500", "EUR"),
    ("eur 1.500", "1500", "EUR"),
    ("22,500 euros", "22500", "EUR"),
    ("22.500 euro", "22500", "EUR"),
    ("22.500 EUR", "22500", "EUR"),
    ("1.234,56 EUR", "1234.56", "EUR"),
    ("1,500 euro", "1500", "EUR"),
    ("12 euro", "12", "EUR"),
    ("3.000 dollar", "3000", "USD"),
    ("3,000 dollars", "3000", "USD"),
    ("USD 1,234.56", "1234.56", "USD"),
    ("usd 500", "500", "USD"),
    ("£1,200", "1200", "GBP"),
    ("£ 1.200", "1200", "GBP"),
    ("GBP 40,000", "40000", "GBP"),
    ("40 pounds", "40", "GBP"),
    ("500 pond", "500", "GBP"),
    ("-€ 500", "-500", "EUR"),
    ("€ -500", "-500", "EUR"),
    ("-500 euro", "-500", "EUR"),
    ("25 k€", "25000", "EUR"),
    ("CAD 42,000", "42000", "CAD"),
    ("C$ 5,000", "5000", "CAD"),
    ("300 Canadian dollars", "300", "CAD"),
    ("AUD 3k", "3000", "AUD"),
    ("CHF 1.200", "1200", "CHF"),
    ("800 Zwitserse franken", "800", "CHF"),
    ("CHF 4'000", "4000", "CHF"),
    ("CHF 1’250.50", "1250.50", "CHF"),
]


@pytest.mark.parametrize(("text", "amount", "currency"), MONEY)
def test_one_amount(text: str, amount: str, currency: str) -> None:
    money = parse_money(text)
    assert (money.amount, money.currency) == (Decimal(amount), currency)


IN_SENTENCES = [
    ("De trainer kost € 12.500,- en de locatie 2.000 euro.", [("12500", "EUR"), ("2000", "EUR")]),
    ("Budget: k€ 18, plus $30k for licences.", [("18000", "EUR"), ("30000", "USD")]),
    ("We expect savings of 22,500 euros a year", [("22500", "EUR")]),
    ("EUR 22.500 voor 25 deelnemers", [("22500", "EUR")]),
    ("de kosten zijn 1,5 mln euro in totaal", [("1500000", "EUR")]),
    ("Total budget $85,000; coaching $12,000.", [("85000", "USD"), ("12000", "USD")]),
    ("we hebben 25 deelnemers en 3 dagen", []),
    ("groei van 12,5% in 2027", []),
    ("5 eurocent", []),
    ("the Euro area", []),
]


@pytest.mark.parametrize(("text", "expected"), IN_SENTENCES)
def test_amounts_in_sentences(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.amount, m.currency) for m in find_money(text)] == [
        (Decimal(a), c) for a, c in expected
    ]


def test_found_amount_keeps_its_span_and_writing() -> None:
    text = "De trainer kost € 12.500,- per dag"
    (money,) = find_money(text)
    assert text[money.start : money.end] == money.text == "€ 12.500,-"


def test_currencies_in_order_of_first_mention() -> None:
    assert currencies_in("$30k en k€ 18 en nog $5") == ["USD", "EUR"]


@pytest.mark.parametrize("text", ["12.500", "€", "twaalf", "€ 12.500 en € 3.000"])
def test_not_one_amount(text: str) -> None:
    with pytest.raises(ValueError):
        parse_money(text)


@pytest.mark.parametrize(
    ("text", "amount", "currency"),
    [
        ("de opleider kostte twaalfhonderd euro per deelnemer", Decimal(1200), "EUR"),
        ("the coach cost us twelve hundred dollars", Decimal(1200), "USD"),
        ("we hadden twaalf deelnemers en de zaal was gratis", None, None),
    ],
)
def test_an_amount_in_words_before_its_currencys_name(
    text: str, amount: Decimal | None, currency: str | None
) -> None:
    """Chat dev13 p11: "opleider kostte twaalfhonderd euro per deelnemer" was no amount."""
    found = [(m.amount, m.currency) for m in find_money(text)]
    assert found == ([(amount, currency)] if amount is not None else [])


@pytest.mark.parametrize(
    ("text", "written"),
    [("EUR 12.500,50", "12500.50"), ("€ 1.500,00", "1500.00"), ("$120,000.50", "120000.50")],
)
def test_an_amount_keeps_the_cents_as_written(text: str, written: str) -> None:
    """A form shows what the user typed ("12500,50"), not a normalised "12500,5"."""
    assert str(parse_money(text).amount) == written


def test_a_scaled_amount_has_no_decimal_exponent() -> None:
    assert str(parse_money("€ 1,5 mln").amount) == "1500000"
    assert str(parse_money("k€ 18").amount) == "18000"


@pytest.mark.parametrize(
    ("text", "amount", "currency"),
    [
        ("ontwikkeling SEK 85.000", Decimal(85000), "SEK"),
        ("NOK 12,500 for the venue", Decimal(12500), "NOK"),
        ("3.000 Zweedse kronen", Decimal(3000), "SEK"),
        ("500 Swiss francs", Decimal(500), "CHF"),
        ("500 zwitserse frank", Decimal(500), "CHF"),
        ("DKK 2.500", Decimal(2500), "DKK"),
    ],
)
def test_any_iso_currency_by_its_code_or_babel_name(
    text: str, amount: Decimal, currency: str
) -> None:
    [money] = find_money(text)
    assert (money.amount, money.currency) == (amount, currency)


@pytest.mark.parametrize("text", ["TOP 10 employees", "we try 500 times", "brl 200"])
def test_capital_words_and_lower_case_codes_are_no_currency(text: str) -> None:
    assert find_money(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [("The provider charged R185,000; absenteeism of R6.8m a year.",
      [("185000", "ZAR"), ("6800000", "ZAR")]),
     ("Room R2 costs €5, and R&D 500 is a code.", [("5", "EUR")]),
     ("2 million rand", [("2000000", "ZAR")])],
)  # fmt: skip
def test_the_rand_by_its_letter_only_right_before_an_amount(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(str(m.amount), m.currency) for m in find_money(text)] == expected


@pytest.mark.parametrize(
    ("text", "amount", "currency"),
    [("₹2,45,000", "245000", "INR"), ("Rs 75,000", "75000", "INR"), ("NZ$4,200", "4200", "NZD"),
     ("₩1,500,000", "1500000", "KRW"), ("R$ 2.300", "2300", "BRL"),
     ("3,500 rupees", "3500", "INR"), ("S$148,000", "148000", "SGD"),
     ("4 500 zł", "4500", "PLN"), ("Kč 45 000", "45000", "CZK"), ("3,000 zlotys", "3000", "PLN"),
     ("₹6.8 lakh", "680000", "INR"), ("Rs 2.5 crore", "25000000", "INR"),
     ("₹38 lakhs", "3800000", "INR")],
)  # fmt: skip
def test_currency_signs_from_babel_and_indian_grouping(
    text: str, amount: str, currency: str
) -> None:
    [money] = find_money(text)
    assert (money.amount, money.currency) == (Decimal(amount), currency)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Alle bedragen zijn in Zweedse kronen, SEK.", "SEK"),
        ("Want to see the ROI, all figures in INR.", "INR"),
        ("all nz dollars", "NZD"),
        ("De kosten in Deense kronen", "DKK"),
        ("We paid 300 dollars", None),  # an amount: its currency is the amount's
        ("TOP 10 tips for the course", None),
        ("I want the ROI of our course", None),
    ],
)
def test_a_currency_named_without_an_amount(text: str, code: str | None) -> None:
    """Chat dev11 m23 ("Alle bedragen zijn in Zweedse kronen, SEK", then "165.000 kr") ran in
    euro."""
    assert currency_named(text) == code
