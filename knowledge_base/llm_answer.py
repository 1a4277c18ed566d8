"""The LLM answer engine: answers only from the method cards and passages, citations validated.

Before retrieval the model rewrites the question into the sources' language and terms
(``rewrite_query``; the question itself when that fails). To answer, the model sees the method
cards closest to the question (checked summaries, for what to say) and numbered passages: the
cards' quotes first, then the retrieved passages. It returns its text plus the numbers it cited;
a citation outside 1..k, a listed passage the answer does not use (no ``[n]`` for it in the text,
and fewer than two content words shared with it), an answer in the other language, or one that
leaves out a point of the method card sent is invalid output: the model is asked once more, then
the offline engine answers and the result says why. A valid answer that would still be worse
than the offline one (``answer_guard.worse_than_offline``) is replaced by it, with the reason.
Cited numbers are mapped back to real chunk ids here. When a method card answers the question,
its checked answer and points follow the model's text, so the model can tailor and add, never
lose what it says.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from pydantic import BaseModel, Field

from assistant.llm import EngineInfo, LlmFailure, invoke_structured
from assistant.prompts import load_prompt
from assistant.text.language import Language, detect_language
from knowledge_base.answer import Answerer, Thresholds, is_weak
from knowledge_base.answer_guard import (
    language_problem,
    markers,
    missing_points,
    says_not_covered,
    unused_citations,
    worse_than_offline,
)
from knowledge_base.card_answer import CardAnswerer
from knowledge_base.cards import Card
from knowledge_base.models import Answer, Citation, SearchHit

if TYPE_CHECKING:
    from langchain_core.language_models import BaseChatModel

PROMPT = "knowledge/answer"
REWRITE = "knowledge/rewrite"
_REWRITE_CHARS = 300
_QUOTE_CHARS = 400
FROM_CARD = {Language.NL: "Uit de methodekaart:", Language.EN: "From the method card:"}


class SearchQuery(BaseModel):
    """The question as a short Dutch search query in the sources' terms."""

    query: str = Field(description="the search query, in Dutch")


class GroundedAnswer(BaseModel):
    """The answer to the question, written only from the numbered passages."""

    answer: str = Field(description="the answer text, with [n] after each sourced sentence")
    cited: list[int] = Field(description="the passage numbers cited in the answer")


def _valid(
    support: dict[int, str], language: Language, points: Sequence[str]
) -> Callable[[GroundedAnswer], None]:
    """Every cited number, listed or written as [n], is one of the passages sent (``support``:
    number -> what the passage says) and is used by the answer; the text is not empty, is in
    the question's language and makes every point of the method cards sent (the offline answer
    makes them all)."""

    def check(reply: GroundedAnswer) -> None:
        numbers = set(reply.cited) | markers(reply.answer)
        unknown = sorted(n for n in numbers if n not in support)
        if unknown:
            raise ValueError(f"cited passages {unknown} do not exist (1..{len(support)})")
        if not reply.answer.strip():
            raise ValueError("the answer is empty")
        unused = unused_citations(reply.answer, reply.cited, support)
        if unused and not says_not_covered(reply.answer):
            raise ValueError(
                f"passages {unused} are listed but the answer does not use them; "
                "cite with [n] only what the answer says"
            )
        wrong_language = language_problem(reply.answer, language)
        if wrong_language:
            raise ValueError(wrong_language)
        missing = missing_points(reply.answer, points)
        if missing and not says_not_covered(reply.answer):
            raise ValueError(
                "the answer leaves out points of the method card: " + "; ".join(missing)
            )

    return check


def _quote(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= _QUOTE_CHARS else flat[:_QUOTE_CHARS].rsplit(" ", 1)[0] + " …"


def _material(
    cards: Sequence[Card],
    hits: Sequence[SearchHit],
    by_cards: CardAnswerer | None,
    language: Language,
) -> tuple[list[Citation], dict[int, str]]:
    """The numbered passages the model may cite: the cards' quotes, then the retrieved hits; and
    what each says (a card's quote with its card's answer in ``language``)."""
    passages: list[Citation] = []
    support: dict[int, str] = {}
    for card in cards:
        for quote in by_cards.citations(card, start=len(passages) + 1) if by_cards else []:
            passages.append(quote)
            support[quote.n] = f"{quote.quote} {card.answer[language]}"
    for hit in hits:
        passages.append(Citation.of_hit(hit, n=len(passages) + 1, quote=_quote(hit.text)))
        support[len(passages)] = hit.text
    return passages, support


def _cards_text(cards: Sequence[Card], language: Language) -> str:
    if not cards:
        return "-"
    return "\n\n".join(
        f"{card.title[language]}: {' '.join(card.answer[language].split())}" for card in cards
    )


def _passages_text(passages: Sequence[Citation]) -> str:
    return "\n\n".join(f"[{p.n}] {p.title}\n{p.quote}" for p in passages)


class LlmAnswerer:
    """Grounded answers from a chat model; the offline answerer covers every failure."""

    def __init__(
        self,
        model: BaseChatModel,
        *,
        model_name: str,
        fallback: Answerer,
        cards: CardAnswerer | None = None,
        thresholds: Thresholds | None = None,
    ) -> None:
        self._model = model
        self._model_name = model_name
        self._fallback = fallback
        self._cards = cards
        self._thresholds = thresholds or Thresholds()

    def rewrite_query(self, question: str) -> str:
        """The question plus its rewrite into the sources' Dutch terms, for retrieval; the
        question alone when the model fails (retrieval never waits on a broken model twice)."""
        from langchain_core.messages import HumanMessage

        prompt = load_prompt(REWRITE, detect_language(question))
        message = HumanMessage(prompt.render(question=question))
        try:
            reply = invoke_structured(self._model, SearchQuery, [message], check=_short_query)
        except LlmFailure:
            return question
        return f"{question}\n{' '.join(reply.query.split())}"

    def answer(
        self,
        question: str,
        hits: Sequence[SearchHit],
        *,
        language: Language | None = None,
        offline_hits: Sequence[SearchHit] | None = None,
    ) -> Answer:
        """``hits`` are what the model answers from; ``offline_hits`` (by default the same) what
        the offline answer, given when the model's is not taken, rests on: the question's own
        retrieval, which a rewritten query can only add to for the model, never take from the
        fallback (measured: with the rewritten query's hits, the fallback answered an off-topic
        question as covered that the offline answer rejected)."""
        language = language or detect_language(question)
        cards = (
            [m.card for m in self._cards.chosen(self._cards.matches(question), hits, language)]
            if self._cards
            else []
        )
        plain = hits if offline_hits is None else offline_hits
        offline = self._fallback.answer(question, plain, language=language)
        if self._cards and self._cards.outside(question, plain):
            return offline  # not about learning and development: the model is not asked
        if not cards and (not hits or is_weak(hits, self._thresholds, language=language)):
            return offline
        from langchain_core.messages import HumanMessage

        passages, support = _material(cards, hits, self._cards, language)
        prompt = load_prompt(PROMPT, language)
        message = HumanMessage(
            prompt.render(
                question=question,
                cards=_cards_text(cards, language),
                passages=_passages_text(passages),
            )
        )
        try:
            reply = invoke_structured(
                self._model,
                GroundedAnswer,
                [message],
                check=_valid(
                    support, language, [p for card in cards for p in card.points[language]]
                ),
            )
        except LlmFailure as exc:
            return offline.fallen_back(self._model_name, str(exc))
        citations = [passages[n - 1] for n in sorted(set(reply.cited) | markers(reply.answer))]
        worse = worse_than_offline(reply.answer, citations, offline)
        if worse:
            return offline.fallen_back(self._model_name, worse)
        if says_not_covered(reply.answer):  # and so does the offline engine: its answer says more
            return offline.fallen_back(self._model_name, "the model found no answer either")
        text = reply.answer.strip()
        if cards and offline.cards and offline.covered:
            # The checked card answer stays: the model's text leads, tailored to the question,
            # and can then only add to what the offline answer says, never lose it.
            text = f"{text}\n\n{FROM_CARD[language]}\n{offline.answer}"
            citations = _union(citations, offline.citations)
        return Answer(
            question=question,
            language=language,
            answer=text,
            citations=citations,
            covered=True,
            cards=[card.id for card in cards],
            **EngineInfo.llm(self._model_name, prompt).model_dump(),
        )


def _union(first: Sequence[Citation], second: Sequence[Citation]) -> list[Citation]:
    """Both citation lists by passage number (the card quotes are numbered alike in both)."""
    by_number = {c.n: c for c in second} | {c.n: c for c in first}
    return [by_number[n] for n in sorted(by_number)]


def _short_query(reply: SearchQuery) -> None:
    if not reply.query.strip() or len(reply.query) > _REWRITE_CHARS:
        raise ValueError(f"the query must be 1-{_REWRITE_CHARS} characters")
