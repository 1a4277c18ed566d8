"""Amounts of money with their currency: "€ 12.500,-", "k€ 18", "$30k", "€ 1,5 mln",
"EUR 22.500", "22,500 euros", "-€ 500".

The currency comes from a symbol, an ISO code or a currency word (``lexicons/currencies.yaml``);
a "k" fused with the symbol ("k€", "€k") means thousands. Amounts are read as money, so "1.500"
is one thousand five hundred in either language, and keep the digits written ("12.500,50" is
12500.50, not 12500.5) unless a scale multiplied them.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal
from functools import cache

from babel.numbers import get_currency_name, get_currency_symbol, list_currencies

from assistant.text.language import Language
from assistant.text.lexicon import alternation, table, words
from assistant.text.numbers import DIGITS, SCALES, find_numbers, normal, parse_digits, scale_of

_THOUSAND = Decimal(1000)


@dataclass(frozen=True)
class Money:
    """An amount with its ISO 4217 currency, where it stood in the text and how it was written."""

    amount: Decimal
    currency: str
    start: int
    end: int
    text: str


_NOT_CODES = frozenset({"ALL", "TOP", "CUP", "MOP", "BOB", "TRY", "MAD", "GEL", "SOS", "NAD",
                        "BAM", "PEN", "BOV", "XXX", "XTS"})  # fmt: skip
"""ISO 4217 codes that are also words people write in capitals ("TOP 10", "TRY 3 times")."""


@cache
def _iso_codes() -> frozenset[str]:
    """The ISO 4217 codes Babel (CLDR) knows, written as codes in capitals ("SEK 85.000")."""
    return frozenset(c for c in list_currencies() if len(c) == 3 and c.isalpha()) - _NOT_CODES


@cache
def _currency_of() -> dict[str, str]:
    """Currency words to codes: the lexicon's (symbols, "k€", "quid"), then every ISO code's
    symbol in English ("₹", "NZ$", "R$") and its Dutch and English name, singular and plural,
    from Babel ("Zweedse kronen", "Swiss francs")."""
    found = {word: code for code, names in table("currencies").items() for word in names}
    for code in sorted(_iso_codes()):
        symbol = get_currency_symbol(code, locale="en").lower()
        if any(unicodedata.category(char) == "Sc" for char in symbol):  # a sign: "₹", "NZ$"
            found.setdefault(symbol, code)
    for code in sorted(_iso_codes()):
        for locale in ("nl", "en"):
            for count in (1, 2):
                name = get_currency_name(code, count=count, locale=locale).lower()
                if " " in name:  # one-word names ("euro", "dollar") are the lexicon's
                    found.setdefault(name, code)
    return found


@cache
def _thousands() -> frozenset[str]:
    """The lexicon's forms that count in thousands: a currency with a "k" before or after it
    ("k€", "€k", "keur"), not a word or code that merely starts or ends with one ("SEK",
    "zwitserse frank")."""
    listed = {word for names in table("currencies").values() for word in names}
    return frozenset(
        word
        for word in listed
        if (word.startswith("k") and word[1:] in listed)
        or (word.endswith("k") and word[:-1] in listed)
    )


_MONEY_SCALES = {"ton": Decimal(100_000)}
"""Scales said of money only: "€ 3 ton" is 300.000 euro in Dutch (of anything else, "3 ton" is
three tonnes, so numbers in general do not read it)."""
_SPACED = r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:[.,]\d{1,2})?(?![\d.,]?\d)"
"""Thousands grouped by spaces, next to a currency ("R 42 000", "€ 1 250,50", "5 000 euro")."""
_LETTERS = {"R": "ZAR"}
"""Currency symbols of one capital letter, read only right before a number ("R185,000")."""


@cache
def _pattern() -> re.Pattern[str]:
    known = {code.lower() for code in table("currencies")}
    codes = "|".join(sorted(c for c in _iso_codes() if c.lower() not in known))
    letters = "|".join(rf"{letter}(?=\s?\d(?:\d|[.,]\d))" for letter in _LETTERS)
    names = f"{alternation(list(_currency_of()))}|(?-i:{codes}|{letters})"
    scales = alternation([w for key in SCALES for w in words("numbers", key)] + list(_MONEY_SCALES))
    amount = rf"(?P<numN>{DIGITS})(?:\s?(?P<scaleN>{scales})(?![\w]))?"
    first, second = amount.replace("N>", "1>"), amount.replace("N>", "2>")
    first = first.replace(f"(?P<num1>{DIGITS})", f"(?P<num1>{_SPACED}|{DIGITS})")
    second = second.replace(f"(?P<num2>{DIGITS})", f"(?P<num2>{_SPACED}|{DIGITS})")
    return re.compile(
        rf"(?<![\w.,])(?P<sign1>[-−])?(?P<cur1>{names})\s?(?P<inner>[-−])?\s?"
        rf"{first}(?:,-|,—|\.-)?"
        rf"|(?<![\w.,])(?P<sign2>[-−])?{second}(?:,-)?\s?(?P<cur2>{names})(?![\w])",
        re.IGNORECASE,
    )


def find_money(text: str, *, language: Language | None = None) -> list[Money]:
    """Every amount of money in ``text``, in order."""
    found = []
    for m in _pattern().finditer(text):
        currency_text = (m["cur1"] or m["cur2"]).lower()
        number, scale = (m["num1"], m["scale1"]) if m["num1"] else (m["num2"], m["scale2"])
        amount = parse_digits(re.sub(r"[ \u00a0\u202f]", "", number), language=language, money=True)
        thousands = currency_text in _thousands()
        if scale:
            amount *= scale_of(scale) or _MONEY_SCALES.get(scale.lower(), Decimal(1))
        if thousands:
            amount *= _THOUSAND
        if scale or thousands:
            amount = normal(amount)
        if m["sign1"] or m["sign2"] or m["inner"]:
            amount = -amount
        currency = (
            _currency_of().get(currency_text)
            or _LETTERS.get(currency_text.upper())
            or currency_text.upper()
        )
        found.append(Money(amount, currency, m.start(), m.end(), m.group()))
    return sorted([*found, *_in_words(text, found, language)], key=lambda money: money.start)


def _in_words(text: str, found: list[Money], language: Language | None) -> list[Money]:
    """An amount written in words before its currency's name ("twaalfhonderd euro", "twelve
    hundred dollars"), the words read by text2num (``find_numbers``)."""
    if not _names_pattern().search(text):
        return []  # no currency named in words: no amount in words either (and no cost)
    amounts = []
    for number in find_numbers(text, language=language):
        if not number.in_words or any(m.start <= number.start < m.end for m in found):
            continue
        named = _NAME_AFTER.match(text, number.end)
        currency = _currency_of().get(named[1].lower()) if named else None
        if named is None or currency is None:
            continue
        amounts.append(Money(number.value, currency, number.start, named.end(),
                             text[number.start : named.end()]))  # fmt: skip
    return amounts


_NAME_AFTER = re.compile(r"\s+([^\W\d_]+)")


def parse_money(text: str, *, language: Language | None = None) -> Money:
    """The one amount ``text`` consists of; ``ValueError`` otherwise."""
    found = find_money(text.strip(), language=language)
    if len(found) != 1 or found[0].text != text.strip():
        raise ValueError(f"not an amount of money: {text!r}")
    return found[0]


def currency_codes() -> frozenset[str]:
    """The ISO 4217 codes this reader knows ("EUR", "USD", "GBP", "SEK", ...)."""
    return frozenset(code.upper() for code in table("currencies")) | _iso_codes()


@cache
def _names_pattern() -> re.Pattern[str]:
    """Currency names of words ("Zweedse kronen", "nz dollars") and codes in capitals."""
    words = [
        w for w in _currency_of() if len(w) > 3 and w.replace(" ", "").replace("-", "").isalpha()
    ]
    codes = "|".join(sorted(_iso_codes()))
    return re.compile(rf"(?<![\w$€£])(?:(?i:{alternation(words)})|{codes})(?![\w$€£])")


def currency_named(text: str) -> str | None:
    """The one currency ``text`` names without an amount ("all figures in INR", "Alle
    bedragen zijn in Zweedse kronen, SEK"), as its ISO code; ``None`` when it names an amount,
    none or two."""
    if find_money(text):
        return None
    codes = {_currency_of().get(m.group().lower(), m.group().upper())
             for m in _names_pattern().finditer(text)}  # fmt: skip
    return codes.pop() if len(codes) == 1 else None


def currencies_in(text: str) -> list[str]:
    """The ISO codes of the amounts in ``text``, first mention first, each once."""
    return list(dict.fromkeys(money.currency for money in find_money(text)))
