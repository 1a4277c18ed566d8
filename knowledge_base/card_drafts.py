"""Method cards drafted by the language model from an organisation's uploaded document.

With a model configured, ``KnowledgeService.add_document`` asks it for a few cards about the
document (titles, a short answer, questions and verbatim quotes, in Dutch and English). Each draft
is held to the shipped cards' rules before it is kept: every quote must stand in the document
(else the quote is dropped, with the reason), a card needs at least one quote left, and every
number in its answer must stand in one of those quotes. Kept cards are stored beside the index
and answer questions like the shipped ones; dropped ones are listed in the ingest report.
Offline nothing is drafted: uploads are searched and quoted as passages.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, Field, ValidationError

from assistant.llm import EngineInfo, LlmFailure, invoke_structured
from assistant.prompts import load_prompt
from assistant.text.language import Language, detect_language
from knowledge_base.card_index import IndexedCard
from knowledge_base.cards import Card, cite, digit_values, locate_in
from knowledge_base.models import Chunk, Citation
from knowledge_base.reflow import Reflowed

if TYPE_CHECKING:
    from langchain_core.language_models import BaseChatModel

PROMPT = "knowledge/draft_cards"
MAX_CARDS = 6
DOCUMENT_CHARS = 6_000
"""How much of the document the model reads (small local models have small contexts)."""
_SLUG = re.compile(r"[^a-z0-9]+")


class DraftCard(BaseModel):
    """One concept of the document, in Dutch and English, with verbatim quotes."""

    title_nl: str
    title_en: str
    answer_nl: str = Field(description="2-4 sentences, only what the document says")
    answer_en: str = Field(description="the same answer in English")
    questions_nl: list[str] = Field(description="ways a user might ask for this, in Dutch")
    questions_en: list[str] = Field(description="the same in English")
    quotes: list[str] = Field(description="sentences copied word for word from the document")


class DraftCards(BaseModel):
    """The cards drafted from the document."""

    cards: list[DraftCard]


@dataclass(frozen=True)
class DraftResult:
    cards: list[IndexedCard] = field(default_factory=list)
    rejected: list[str] = field(default_factory=list)  # what was dropped, and why
    engine: EngineInfo | None = None


class CardDrafter:
    """Drafts and checks cards for one uploaded document."""

    def __init__(self, model: BaseChatModel, *, model_name: str) -> None:
        self._model = model
        self._model_name = model_name

    def draft(
        self,
        *,
        collection: str,
        doc_id: str,
        reflowed: Reflowed,
        chunks: Sequence[Chunk],
    ) -> DraftResult:
        from langchain_core.messages import HumanMessage

        text = reflowed.text[:DOCUMENT_CHARS]
        prompt = load_prompt(PROMPT, detect_language(text))
        message = HumanMessage(prompt.render(document=text, cards=str(MAX_CARDS)))
        try:
            reply = invoke_structured(self._model, DraftCards, [message])
        except LlmFailure as exc:
            return DraftResult(rejected=[f"{self._model_name}: {exc}"[:300]])
        engine = EngineInfo.llm(self._model_name, prompt)
        result = DraftResult(engine=engine)
        prefix = _SLUG.sub("-", f"{collection}-{doc_id}".lower()).strip("-")
        for n, draft in enumerate(reply.cards[:MAX_CARDS], start=1):
            kept = _checked(draft, f"{prefix}-{n}", reflowed, chunks, doc_id, result.rejected)
            if kept is not None:
                card, citations = kept
                result.cards.append(IndexedCard(card, citations, collection, doc_id))
        return result


def _checked(
    draft: DraftCard,
    card_id: str,
    reflowed: Reflowed,
    chunks: Sequence[Chunk],
    doc_id: str,
    rejected: list[str],
) -> tuple[Card, tuple[Citation, ...]] | None:
    """The draft as a card that keeps the rules, or None (with the reason in ``rejected``)."""
    citations: list[Citation] = []
    for quote in draft.quotes:
        located = locate_in(quote, doc_id, reflowed, chunks)
        if located is None or not located.chunk_ids:
            rejected.append(f"{card_id}: quote not in the document: {quote[:60]!r}")
            continue
        citations.append(cite(quote, located, chunks))
    if not citations:
        rejected.append(f"{card_id}: no quote from the document left")
        return None
    quoted = set().union(*(digit_values(c.quote, Language.NL) for c in citations))
    quoted |= set().union(*(digit_values(c.quote, Language.EN) for c in citations))
    for language, answer in (("nl", draft.answer_nl), ("en", draft.answer_en)):
        unquoted = digit_values(answer, Language(language)) - quoted
        if unquoted:
            rejected.append(
                f"{card_id}: the {language} answer says {sorted(unquoted)[0]}, no quote does"
            )
            return None
    try:
        card = Card.model_validate(
            {
                "id": card_id,
                "kind": "concept",
                "title": {"nl": draft.title_nl, "en": draft.title_en},
                "answer": {"nl": draft.answer_nl, "en": draft.answer_en},
                "points": {"nl": [draft.title_nl], "en": [draft.title_en]},
                "questions": {"nl": draft.questions_nl, "en": draft.questions_en},
                "citations": [{"source": doc_id, "quote": c.quote} for c in citations],
            },
            context={"min_questions": 1},
        )
    except ValidationError as exc:
        rejected.append(f"{card_id}: {exc.errors()[0]['msg']}")
        return None
    return card, tuple(citations)


def drafts_to_json(cards: Sequence[IndexedCard]) -> list[dict[str, Any]]:
    """A document's drafted cards as JSON data (stored beside the document in the database)."""
    return [
        {
            "card": entry.card.model_dump(mode="json"),
            "citations": [c.model_dump(mode="json") for c in entry.citations],
            "collection": entry.collection,
            "doc_id": entry.doc_id,
        }
        for entry in cards
    ]


def drafts_from_json(data: Sequence[dict[str, Any]]) -> list[IndexedCard]:
    return [
        IndexedCard(
            Card.model_validate(item["card"], context={"min_questions": 1}),
            tuple(Citation.model_validate(c) for c in item["citations"]),
            item["collection"],
            item["doc_id"],
        )
        for item in data
    ]
