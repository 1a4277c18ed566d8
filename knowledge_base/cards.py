"""Method cards: one concept or case of the sources, explained in Dutch and English.

A card is the layer a good textbook has over its chapters: an answer of a few sentences and its
key points in both languages, the ways an advisor might ask for it, and the verbatim passages
that say it. Cards are data (``knowledge_base/cards/*.yaml``) and are checked when loaded:

- every quote occurs in its source's reflowed text (whitespace-insensitive);
- every number written in digits in an answer or key point occurs in one of its quotes.

A card that breaks either rule is rejected with the card id and the reason.
"""

from __future__ import annotations

import functools
import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    ValidationInfo,
    field_validator,
)

from assistant.errors import InvalidInputError
from assistant.text.language import Language
from assistant.text.numbers import find_numbers
from assistant.yaml_files import load_yaml
from knowledge_base.catalog import SourceCatalog
from knowledge_base.documents import chunk_shipped
from knowledge_base.models import Chunk, Citation
from knowledge_base.reflow import Reflowed

CARDS_DIR = Path(__file__).parent / "cards"
COVERAGE_FILE = Path(__file__).parent / "sources" / "card_coverage.yaml"
MIN_QUESTIONS = 8
LANGUAGES: tuple[Language, ...] = (Language.NL, Language.EN)


class Bilingual(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    nl: str = Field(min_length=1)
    en: str = Field(min_length=1)

    def __getitem__(self, language: Language) -> str:
        return self.nl if language == "nl" else self.en


class BilingualList(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    nl: tuple[str, ...]
    en: tuple[str, ...]

    def __getitem__(self, language: Language) -> tuple[str, ...]:
        return self.nl if language == "nl" else self.en


class CardQuote(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    source: str = Field(description="the source file, e.g. 003_296b70487a60b110.txt")
    quote: str = Field(min_length=12, description="verbatim from the source's reflowed text")


class Card(BaseModel):
    """One concept or case of the sources; see the module docstring for the rules."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$")
    kind: Literal["concept", "case"] = "concept"
    title: Bilingual
    answer: Bilingual
    points: BilingualList
    questions: BilingualList
    levels: tuple[int, ...] = ()
    related: tuple[str, ...] = ()
    citations: tuple[CardQuote, ...] = Field(min_length=1)

    @field_validator("questions")
    @classmethod
    def _enough_questions(cls, questions: BilingualList, info: ValidationInfo) -> BilingualList:
        """Shipped cards need ``MIN_QUESTIONS`` per language; drafted ones say their minimum."""
        least = (info.context or {}).get("min_questions", MIN_QUESTIONS)
        for language in LANGUAGES:
            if len(set(questions[language])) < least:
                raise ValueError(f"at least {least} distinct {language} questions")
        return questions

    @field_validator("points")
    @classmethod
    def _some_points(cls, points: BilingualList) -> BilingualList:
        if not points.nl or not points.en:
            raise ValueError("key points in both languages")
        return points

    @field_validator("levels")
    @classmethod
    def _levels_exist(cls, levels: tuple[int, ...]) -> tuple[int, ...]:
        if any(level not in range(1, 6) for level in levels):
            raise ValueError("levels are 1-5 (Kirkpatrick 1-4, Phillips 5)")
        return levels


class CardError(InvalidInputError):
    """A card file or card that breaks the card rules; the message names the card and why."""


@dataclass(frozen=True)
class CardSet:
    cards: tuple[Card, ...]
    digest: str  # sha256 of the card files, so shipped vectors and audit records name them


@dataclass(frozen=True)
class Located:
    """Where a card's quote stands: its span in the reflowed source and the chunks it falls in."""

    source: str
    start: int
    end: int
    line_start: int
    line_end: int
    chunk_ids: tuple[str, ...]


@dataclass(frozen=True)
class _Source:
    reflowed: Reflowed
    chunks: tuple[Chunk, ...]


@functools.cache
def _shipped(file: str) -> _Source:
    entry = SourceCatalog.load().entry(file)
    if entry is None:
        raise CardError(f"unknown source {file!r}")
    reflowed, chunks = chunk_shipped(entry)
    return _Source(reflowed, tuple(chunks))


def shipped_chunks(file: str) -> tuple[Chunk, ...]:
    return _shipped(file).chunks


@functools.cache
def locate(quote: CardQuote) -> Located | None:
    """The quote in its shipped source's reflowed text, whitespace-insensitive; None when
    absent."""
    source = _shipped(quote.source)
    return locate_in(quote.quote, quote.source, source.reflowed, source.chunks)


def locate_in(
    quote: str, source: str, reflowed: Reflowed, chunks: Sequence[Chunk]
) -> Located | None:
    """``quote`` in one document's reflowed text (shipped or uploaded), whitespace-insensitive."""
    span = reflowed.find_words(quote)
    if span is None:
        return None
    start, end = span
    return Located(
        source=source,
        start=start,
        end=end,
        line_start=reflowed.line_at(start),
        line_end=reflowed.line_at(end - 1),
        chunk_ids=tuple(c.chunk_id for c in chunks if c.start < end and start < c.end),
    )


def cite(quote: str, located: Located, chunks: Sequence[Chunk]) -> Citation:
    """A located quote as a citation of the passage it stands in, whole if one passage holds it
    (numbered later)."""
    touching = [c for c in chunks if c.chunk_id in located.chunk_ids]
    chunk = next(
        (c for c in touching if c.start <= located.start and located.end <= c.end), touching[0]
    )
    return Citation(
        n=0,
        chunk_id=chunk.chunk_id,
        source=chunk.source,
        title=chunk.title,
        authors=chunk.authors,
        line_start=located.line_start,
        line_end=located.line_end,
        quote=" ".join(quote.split()),
        language=chunk.language,
    )


def shipped_citations(card: Card) -> tuple[Citation, ...]:
    """A shipped card's quotes as citations (the loader has checked that each is found)."""
    return _shipped_citations(card.citations)


@functools.cache
def _shipped_citations(quotes: tuple[CardQuote, ...]) -> tuple[Citation, ...]:
    """Kept per process: every knowledge service cites the same shipped quotes (callers
    number copies, never these)."""
    citations = []
    for quote in quotes:
        located = locate(quote)
        if located is not None and located.chunk_ids:
            citations.append(cite(quote.quote, located, shipped_chunks(quote.source)))
    return tuple(citations)


def digit_values(text: str, language: Language) -> set[Decimal]:
    return {found.value for found in find_numbers(text, language=language, words_too=False)}


def problems(card: Card) -> list[str]:
    """Why ``card`` breaks the quote or number rule (empty when it keeps both)."""
    found: list[str] = []
    quoted: set[Decimal] = set()
    for citation in card.citations:
        if locate(citation) is None:
            found.append(f"quote not in {citation.source}: {citation.quote[:60]!r}")
        quoted |= digit_values(citation.quote, Language.NL)
    for language in LANGUAGES:
        said = " ".join([card.answer[language], *card.points[language]])
        for value in sorted(digit_values(said, language) - quoted):
            found.append(f"{language} answer or points say {value}, no quote does")
    return found


def parse_cards(files: Iterable[Path]) -> CardSet:
    """Read, validate and check every card; any broken card fails the whole set."""
    digest = hashlib.sha256()
    cards: list[Card] = []
    errors: list[str] = []
    for path in sorted(files):
        raw = path.read_bytes()
        digest.update(path.name.encode() + b"\0" + raw)
        entries = load_yaml(raw) or []
        if not isinstance(entries, list):
            raise CardError(f"{path.name}: a card file is a list of cards")
        for n, entry in enumerate(entries, start=1):
            try:
                card = Card.model_validate(entry)
            except ValidationError as exc:
                name = entry.get("id", f"#{n}") if isinstance(entry, dict) else f"#{n}"
                errors.append(f"{path.name} {name}: {_first_errors(exc)}")
                continue
            errors += [f"{path.name} {card.id}: {p}" for p in problems(card)]
            cards.append(card)
    errors += _link_errors(cards)
    if errors:
        raise CardError("Rejected cards:\n" + "\n".join(errors))
    return CardSet(tuple(cards), digest.hexdigest())


def _first_errors(exc: ValidationError) -> str:
    return "; ".join(
        f"{'.'.join(str(p) for p in error['loc'])}: {error['msg']}" for error in exc.errors()[:3]
    )


def _link_errors(cards: Sequence[Card]) -> list[str]:
    ids = [card.id for card in cards]
    errors = [f"duplicate card id {i}" for i in sorted({i for i in ids if ids.count(i) > 1})]
    known = set(ids)
    for card in cards:
        errors += [
            f"{card.id}: related card {r} does not exist" for r in card.related if r not in known
        ]
    return errors


@functools.cache
def shipped_cards() -> CardSet:
    return parse_cards(CARDS_DIR.glob("*.yaml"))


class _Scope(BaseModel):
    model_config = ConfigDict(extra="forbid")

    source: str
    lines: tuple[int, int] | None = None
    title: str | None = None


def coverage_scope(path: Path | None = None) -> list[Chunk]:
    """The passages the shipped cards must cite: ``sources/card_coverage.yaml``."""
    scopes = [
        _Scope.model_validate(s) for s in load_yaml((path or COVERAGE_FILE).read_text("utf-8"))
    ]
    return [
        chunk
        for scope in scopes
        for chunk in shipped_chunks(scope.source)
        if scope.lines is None or scope.lines[0] <= chunk.line_start <= scope.lines[1]
    ]


def uncovered(cards: Iterable[Card], scope: Iterable[Chunk]) -> list[Chunk]:
    """The passages in ``scope`` that no card's quote falls in."""
    cited = {
        chunk_id
        for card in cards
        for quote in card.citations
        if (found := locate(quote)) is not None
        for chunk_id in found.chunk_ids
    }
    return [chunk for chunk in scope if chunk.chunk_id not in cited]
