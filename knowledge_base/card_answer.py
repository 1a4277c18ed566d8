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
from assistant.messages import Text
from assistant.text.formatting import join
from assistant.text.language import Language, detect_language
from knowledge_base.answer import NOT_COVERED, Answerer, Thresholds, is_weak
from knowledge_base.card_index import CardIndex, CardMatch
from knowledge_base.cards import Card
from knowledge_base.domain import DomainCheck
from knowledge_base.models import SHIPPED_COLLECTION, Answer, Citation, SearchHit


@dataclass(frozen=True)
class CardThresholds:
    """When a card answers: on its own when the question is very close to one of its keys, or
    when it is close and the passage retrieval agrees (strong passages, and the card cites one
    of the top five). Calibrated with ``benchmarks/card_calibration.py`` and
    ``benchmarks/answer_eval.py --sets retrieval_eval off_topic`` (development questions only);
    the blind sets are reported, never tuned on."""

    alone: float = 0.855
    supported: float = 0.835
    second_margin: float = 0.02  # a second card joins within this similarity of the first
    quoted: float = 0.83  # strong passages but no card: quote them from this similarity on
    nearest: float = 0.80  # below this, no nearest topics are offered


class CardAnswerer:
    """Answers from the method cards; ``passages`` quotes what no card covers."""

    def __init__(
        self,
        index: CardIndex,
        passages: Answerer,
        *,
        thresholds: CardThresholds | None = None,
        passage_thresholds: Thresholds | None = None,
        domain: DomainCheck | None = None,
    ) -> None:
        self._index = index
        self._passages = passages
        self._domain = domain
        self._thresholds = thresholds or CardThresholds()
        self._passage_thresholds = passage_thresholds or Thresholds()
        self.engine = EngineInfo(
            engine=Engine.OFFLINE, prompt_version=f"method-cards@{index.digest[:12]}"
        )

    def answer(
        self, question: str, hits: Sequence[SearchHit], *, language: Language | None = None
    ) -> Answer:
        language = Language(language or detect_language(question))
        if self.outside(question, hits):
            return self._not_covered(question, language, [])  # no L&D topic is near it
        matches = self.matches(question)
        chosen = self.chosen(matches, hits, language)
        if chosen:
            return self._from_cards(question, language, chosen)
        strong = self._strong(hits, language)
        uploads = [hit for hit in hits if hit.collection != SHIPPED_COLLECTION]
        near = bool(matches) and matches[0].similarity >= self._thresholds.quoted
        if strong and (uploads or near):
            answer = self._passages.answer(question, uploads or hits, language=language)
            if answer.covered:
                lead = Text.of("kb.quoted_from_uploads" if uploads else "kb.quoted_without_card")
                said = f"{lead.render(language.value)} {answer.answer}"
                return answer.model_copy(update={"answer": said})
        return self._not_covered(question, language, matches)

    def outside(self, question: str, hits: Sequence[SearchHit]) -> bool:
        """Whether the question is not about learning and development at all (the domain
        check); a question an organisation's own document answers is never outside."""
        if self._domain is None or any(hit.collection != SHIPPED_COLLECTION for hit in hits[:5]):
            return False
        return not self._domain.inside(self._index.vector(question))

    def chosen(
        self, matches: Sequence[CardMatch], hits: Sequence[SearchHit], language: Language
    ) -> list[CardMatch]:
        """The card that answers and, for a question about two concepts, a second one."""
        t = self._thresholds
        top = {hit.chunk_id for hit in hits[:5]}
        strong = self._strong(hits, language)

        def answers(match: CardMatch) -> bool:
            if match.similarity >= t.alone:
                return True
            return (
                strong and match.similarity >= t.supported and bool(top & self._chunks(match.card))
            )

        able = [m for m in matches if answers(m)]
        if not able:
            return []
        first, rest = able[0], able[1:]
        second = next(
            (
                m
                for m in rest
                if first.similarity - m.similarity <= t.second_margin
                and self._chunks(first.card) != self._chunks(m.card)  # not the same thing twice
            ),
            None,
        )
        return [first] if second is None else [first, second]

    def matches(self, question: str) -> list[CardMatch]:
        """The cards closest to the question; a close one citing the passage it is asked for
        first."""
        return self._index.match(question, asked_passage_first=True)

    def _strong(self, hits: Sequence[SearchHit], language: Language) -> bool:
        return bool(hits) and not is_weak(hits, self._passage_thresholds, language=language)

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
            topics = join([f"“{card.title[language]}”" for card in nearest], language)
            text += " " + Text.of("kb.nearest_topics", topics=topics).render(language.value)
        return Answer(
            question=question,
            language=language,
            answer=text,
            citations=[],
            covered=False,
            nearest=[card.id for card in nearest],
            nearest_titles=[card.title[language] for card in nearest],
            **self.engine.model_dump(),
        )


def numbered(citations: Sequence[Citation], *, start: int) -> list[Citation]:
    return [c.model_copy(update={"n": start + i}) for i, c in enumerate(citations)]
