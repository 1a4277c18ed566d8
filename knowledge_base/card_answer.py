"""Offline answers from method cards, in the question's language, with the sources' own words.

The closest card answers when it is close enough; a second card joins when the question is about
as close to it (a question touching two concepts). Its quotes become the citations, in the
sources' language and labelled so. Without a card, passages from an organisation's own documents
are quoted as before (and the answer says it is quoted, not explained); without either, the
answer says the sources do not cover the question and offers the nearest topics.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from assistant.llm.engine import Engine, EngineInfo
from assistant.text.language import Language, detect_language
from knowledge_base.answer import NOT_COVERED, Answerer
from knowledge_base.card_index import CardIndex, CardMatch
from knowledge_base.cards import Card
from knowledge_base.models import SHIPPED_COLLECTION, Answer, Citation, SearchHit

_NEAREST = {
    "nl": "Wat de bronnen wel behandelen en er het dichtst bij ligt: {topics}.",
    "en": "The nearest topics the sources do cover: {topics}.",
}
_LIST_JOIN = {"nl": " en ", "en": " and "}
_FROM_UPLOADS = {
    "nl": "Geen methodekaart behandelt dit; uit de documenten van je organisatie:",
    "en": "No method card covers this; from your organisation's documents:",
}


@dataclass(frozen=True)
class CardThresholds:
    """When a card answers. Calibrated with ``benchmarks/answer_eval.py`` on the development
    questions only (the cards' own questions left out one at a time, the first retrieval set and
    the off-topic set); the blind sets are reported, never tuned on."""

    answer: float = 0.86  # the closest card answers from this similarity on
    second_margin: float = 0.015  # a second card joins within this of the first
    passage_support: float = 0.015  # a card that cites a top passage counts this much closer
    nearest: float = 0.80  # below this, no nearest topics are offered


class CardAnswerer:
    """Answers from the method cards; ``passages`` answers questions only uploads cover."""

    def __init__(
        self,
        index: CardIndex,
        passages: Answerer,
        *,
        thresholds: CardThresholds | None = None,
    ) -> None:
        self._index = index
        self._passages = passages
        self._thresholds = thresholds or CardThresholds()
        self.engine = EngineInfo(
            engine=Engine.OFFLINE, prompt_version=f"method-cards@{index.digest[:12]}"
        )

    def answer(
        self, question: str, hits: Sequence[SearchHit], *, language: Language | None = None
    ) -> Answer:
        language = Language(language or detect_language(question))
        matches = self.ranked(question, hits)
        chosen = self.chosen(matches)
        if chosen:
            return self._from_cards(question, language, chosen)
        uploads = [hit for hit in hits if hit.collection != SHIPPED_COLLECTION]
        if uploads:
            answer = self._passages.answer(question, uploads, language=language)
            if answer.covered:
                said = f"{_FROM_UPLOADS[language]} {answer.answer}"
                return answer.model_copy(update={"answer": said})
        return self._not_covered(question, language, matches)

    def ranked(self, question: str, hits: Sequence[SearchHit]) -> list[CardMatch]:
        """Cards by similarity, those citing one of the top passages a little closer."""
        top_passages = {hit.chunk_id for hit in hits[:3]}
        bonus = self._thresholds.passage_support
        adjusted = [
            CardMatch(
                card=m.card,
                similarity=m.similarity,
                lexical=m.lexical,
                score=m.score + (bonus if top_passages & self._chunks(m.card) else 0.0),
            )
            for m in self._index.match(question)
        ]
        return sorted(adjusted, key=lambda m: -m.score)

    def chosen(self, matches: Sequence[CardMatch]) -> list[CardMatch]:
        """The card that answers and, for a question about two concepts, a second one."""
        if not matches or matches[0].score < self._thresholds.answer:
            return []
        first = matches[0]
        second = next(iter(matches[1:2]), None)
        if (
            second is not None
            and second.score >= self._thresholds.answer
            and first.score - second.score <= self._thresholds.second_margin
            and self._chunks(first.card) != self._chunks(second.card)  # the same thing twice
        ):
            return [first, second]
        return [first]

    def citations(self, card: Card, *, start: int) -> list[Citation]:
        """The card's quotes as citations numbered from ``start``."""
        return numbered(self._index.citations(card.id), start=start)

    def _chunks(self, card: Card) -> set[str]:
        return {citation.chunk_id for citation in self._index.citations(card.id)}

    def _from_cards(self, question: str, language: Language, chosen: Sequence[CardMatch]) -> Answer:
        citations: list[Citation] = []
        parts: list[str] = []
        for match in chosen:
            card = match.card
            numbers = []
            for quote in self.citations(card, start=len(citations) + 1):
                citations.append(quote)
                numbers.append(quote.n)
            markers = "".join(f"[{n}]" for n in numbers)
            lines = [card.title[language]] if len(chosen) > 1 else []
            lines.append(f"{' '.join(card.answer[language].split())} {markers}")
            lines += [f"- {point}" for point in card.points[language]]
            parts.append("\n".join(lines))
        return Answer(
            question=question,
            language=language,
            answer="\n\n".join(parts),
            citations=citations,
            covered=True,
            cards=[m.card.id for m in chosen],
            **self.engine.model_dump(),
        )

    def _not_covered(
        self, question: str, language: Language, matches: Sequence[CardMatch]
    ) -> Answer:
        nearest = [m.card for m in matches[:3] if m.similarity >= self._thresholds.nearest]
        text = NOT_COVERED[language]
        if nearest:
            titles = [f"“{card.title[language]}”" for card in nearest]
            listed = ", ".join(titles[:-1]) + _LIST_JOIN[language] + titles[-1]
            text += " " + _NEAREST[language].format(topics=listed if len(titles) > 1 else titles[0])
        return Answer(
            question=question,
            language=language,
            answer=text,
            citations=[],
            covered=False,
            nearest=[card.id for card in nearest],
            **self.engine.model_dump(),
        )


def numbered(citations: Sequence[Citation], *, start: int) -> list[Citation]:
    return [c.model_copy(update={"n": start + i}) for i, c in enumerate(citations)]
