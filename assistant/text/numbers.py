"""Numbers as people write them in Dutch and English: "22.500", "22,500", "4,5", "1,5 mln",
"30k", "vijfentwintig", "twenty-five", "anderhalve", "tweeënhalf".

Digits are parsed by Babel in the locale whose separators the text uses; number words by
text2num (Dutch compounds such as "vijfentwintig" included). The domain rule on top: a single
separator followed by exactly three digits ("1.500") is ambiguous and is read as a thousands
separator for money, in the language that groups with it, or when the language is unknown.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import cache

from babel.numbers import NumberFormatError, parse_decimal
from text_to_num import text2num

from assistant.text.language import Language
from assistant.text.lexicon import alternation, table, words

_INDIAN = r"\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?"
DIGITS = (
    rf"{_INDIAN}|\d{{1,3}}(?:['’]\d{{3}})+(?:\.\d+)?|\d{{1,3}}(?:[.,]\d{{3}})+(?:[.,]\d+)?|"
    r"\d+(?:[.,]\d+)?"
)
"""A number in digits: optionally grouped by ``.`` or ``,`` (or, Swiss, by an apostrophe: "CHF
4'000"; or, Indian, in lakhs: "₹1,20,000") and with decimals."""
DIGITS_OR_WORD = rf"{DIGITS}|[^\W\d_]+(?:-[^\W\d_]+)*"
"""A number in digits, or a word that may be a number word: check it with ``parse_number``."""

_LOCALE = {Language.NL: "nl_NL", Language.EN: "en_GB"}
_GROUP = {Language.NL: ".", Language.EN: ","}
SCALES = {
    "thousand": Decimal(10) ** 3,
    "lakh": Decimal(10) ** 5,
    "million": Decimal(10) ** 6,
    "crore": Decimal(10) ** 7,
    "billion": Decimal(10) ** 9,
}
ABOUT = (
    r"(?:(?:about|around|roughly|some|approximately|ongeveer|zo'n|circa|ca\.|ruim|bijna|ruwweg|"
    r"gemiddeld|gem\.|on average|an average of|average of)"
    r"\s+)?"
)
"""An approximation before a figure ("about", "zo'n"): the figure is still the one meant."""
RANGE_JOIN = r"(?:-|–|—|tot|to|a|à)"
"""Between the two ends of a range: "20-25", "12 à 15", "2 tot 3", "2 to 3"."""
SPACE_GROUPED = r"\d{1,3}(?:[ \u00a0]\d{3})+(?![\d.,])"
"""Thousands grouped by a space ("28 000", "750 750"): one number, as the chat reads it."""
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


def parse_digits(text: str, *, language: Language | None = None, money: bool = False) -> Decimal:
    """One number written in digits ("22.500", "4,5", "-3"); ``ValueError`` otherwise."""
    raw = text.strip()
    sign = -1 if raw[:1] in "-−" else 1
    raw = raw.lstrip("-−").strip()
    if not re.fullmatch(DIGITS, raw):
        raise ValueError(f"not a number: {text!r}")
    if "'" in raw or "’" in raw:  # Swiss grouping: Babel's de_CH reads "4'000.50"
        try:
            return sign * parse_decimal(raw.replace("’", "'"), locale="de_CH", strict=True)
        except NumberFormatError:
            raise ValueError(f"not a number: {text!r}") from None
    if re.fullmatch(_INDIAN, raw):  # Babel's en_IN reads "1,20,000" (one lakh twenty thousand)
        return sign * parse_decimal(raw, locale="en_IN", strict=True)
    marks = [char for char in raw if char in ".,"]
    if not marks:
        return sign * Decimal(raw)
    if len(set(marks)) == 2:
        decimal_mark = marks[-1]
    elif len(marks) > 1:
        decimal_mark = "," if marks[0] == "." else "."
    else:
        head, _, tail = raw.partition(marks[0])
        ambiguous = len(tail) == 3 and len(head) <= 3
        grouping = ambiguous and (money or language is None or _GROUP[language] == marks[0])
        decimal_mark = ("," if marks[0] == "." else ".") if grouping else marks[0]
    locale = _LOCALE[Language.NL if decimal_mark == "," else Language.EN]
    try:
        return sign * parse_decimal(raw, locale=locale, strict=True)
    except NumberFormatError:
        raise ValueError(f"not a number: {text!r}") from None


def parse_word_number(text: str, language: Language | None = None) -> Decimal | None:
    """The value of a number word or phrase ("twee", "vijfentwintig", "twenty-five",
    "anderhalf", "tweeënhalf"), else ``None``."""
    phrase = " ".join(text.lower().split())
    for lang in [language] if language else list(Language):
        value = _word_value(phrase, lang)
        if value is not None:
            return value
    return None


def _word_value(phrase: str, language: Language) -> Decimal | None:
    lexicon = table("numbers", language)
    if phrase in lexicon["half"]:
        return Decimal("0.5")
    if phrase in lexicon["one_and_a_half"]:
        return Decimal("1.5")
    for suffix in lexicon["and_a_half_suffix"]:
        stem = phrase.removesuffix(suffix).strip()
        if stem != phrase and stem:
            whole = _text2num(stem, language)
            return None if whole is None else whole + Decimal("0.5")
    *counted, last = phrase.split()
    scale = scale_of(last, language) if counted else None
    if scale is not None and scale >= 100:  # "two and a half thousand": 2500
        times = _word_value(" ".join(counted), language)
        if times is not None and times != times.to_integral_value():
            return times * scale
    return _text2num(phrase, language)


@cache
def _text2num(phrase: str, language: Language) -> Decimal | None:
    try:
        return Decimal(text2num(phrase, language.value))
    except ValueError:
        return None


def scale_of(word: str, language: Language | None = None) -> Decimal | None:
    """The factor of a scale word ("k", "mln", "miljoen", "thousand", "lakh"), else ``None``."""
    lowered = word.lower()
    for key, factor in SCALES.items():
        if lowered in words("numbers", key, language):
            return factor
    return None


@dataclass(frozen=True)
class FoundNumber:
    """A number found in a text, where it stood and how it was written."""

    value: Decimal
    start: int
    end: int
    text: str
    in_words: bool


@cache
def _quantity(language: Language | None) -> re.Pattern[str]:
    scales = alternation([w for key in SCALES for w in words("numbers", key, language)])
    return re.compile(
        rf"(?<![\w.,])(?P<sign>[-−]\s?)?(?P<num>{DIGITS})(?:\s?(?P<scale>{scales})(?![\w]))?",
        re.IGNORECASE,
    )


def find_numbers(
    text: str, *, language: Language | None = None, words_too: bool = True
) -> list[FoundNumber]:
    """Every number in ``text``, in order: digits with an optional scale ("1,5 mln" is
    1500000), and - with ``words_too`` - number words ("twee", "vijfentwintig"; the article
    "een"/"a" alone is not a number)."""
    found = [_digits_found(m, language) for m in _quantity(language).finditer(text)]
    if words_too:
        taken = [(f.start, f.end) for f in found]
        found += [w for w in _word_numbers(text, language) if not _overlaps(w, taken)]
    return sorted(found, key=lambda f: f.start)


def _digits_found(m: re.Match[str], language: Language | None) -> FoundNumber:
    value = parse_digits(m["num"], language=language, money=bool(m["scale"]))
    if m["scale"]:
        value = normal(value * (scale_of(m["scale"], language) or Decimal(1)))
    if m["sign"] and not _bullet(m):
        value = -value
    return FoundNumber(value, m.start(), m.end(), m.group(), in_words=False)


def _bullet(m: re.Match[str]) -> bool:
    """ "- 55 herhaalbezoeken" at the start of a line is a list item, not minus 55."""
    line_start = m.string.rfind("\n", 0, m.start()) + 1
    return m["sign"][-1:].isspace() and not m.string[line_start : m.start()].strip()


def _word_numbers(text: str, language: Language | None) -> list[FoundNumber]:
    """Runs of number words text2num reads as one number ("one hundred and twenty", "twee");
    a run starts and ends with a number word, and the article "een"/"a" alone is none."""
    tokens = list(_WORD.finditer(text))
    articles = set(words("numbers", "article_one", language))
    found: list[FoundNumber] = []
    index = 0
    while index < len(tokens):
        best: tuple[int, Decimal] | None = None
        if not _is_number_word(tokens[index].group(), language):
            index += 1
            continue
        for end in range(index, min(index + 6, len(tokens))):
            token = tokens[end].group()
            gap = text[tokens[end - 1].end() : tokens[end].start()] if end > index else ""
            if gap.strip() or not (_is_number_word(token, language) or _CONNECTOR.match(token)):
                break
            phrase = text[tokens[index].start() : tokens[end].end()]
            value = parse_word_number(phrase, language)
            if value is not None and _is_number_word(token, language):
                best = (end, value)
        first = tokens[index].group().lower()
        if best is None or (best[0] == index and first in articles):
            index += 1
            continue
        start, stop = tokens[index].start(), tokens[best[0]].end()
        found.append(FoundNumber(best[1], start, stop, text[start:stop], in_words=True))
        index = best[0] + 1
    return found


_CONNECTOR = re.compile(r"^(?:and|en|a)$", re.IGNORECASE)
"""Words inside a number said in words: "one hundred and twenty", "two and a half thousand"."""


def _is_number_word(token: str, language: Language | None) -> bool:
    lowered = token.lower()
    if len(lowered) > 3 and lowered.endswith("s") and parse_word_number(lowered[:-1], language):
        return False  # "the ones who completed", "tens of", "hundreds": no count (text2num: 1)
    return not _CONNECTOR.match(token) and parse_word_number(token, language) is not None


def _overlaps(found: FoundNumber, spans: list[tuple[int, int]]) -> bool:
    return any(found.start < end and start < found.end for start, end in spans)


def parse_number(text: str, *, language: Language | None = None, money: bool = False) -> Decimal:
    """The one number ``text`` consists of, in digits (with a scale) or words; ``ValueError``
    otherwise."""
    raw = text.strip()
    word = parse_word_number(raw, language)
    if word is not None:
        return word
    found = find_numbers(raw, language=language, words_too=False)
    if len(found) != 1 or found[0].text != raw:
        raise ValueError(f"not a number: {text!r}")
    if money and not _quantity(language).fullmatch(raw)["scale"]:  # type: ignore[index]
        return parse_digits(raw, language=language, money=True)
    return found[0].value


def normal(value: Decimal) -> Decimal:
    """A whole value without a decimal exponent (1.5 * 1000 -> 1500, not 1500.0)."""
    return value.quantize(Decimal(1)) if value == value.to_integral_value() else value.normalize()
