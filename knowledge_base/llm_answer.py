"""The LLM answer engine: answers only from the retrieved passages, with validated citations.

The model sees the passages numbered [1]..[k] and returns its text plus the numbers it cited.
A citation outside 1..k (in the list or in the text) is invalid output: the model is asked once
more, then the offline engine answers and the result says why. The model never sees anything
but the passages and the question, and its cited ids are mapped back to real chunk ids here.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from pydantic import BaseModel, Field

from assistant.llm import EngineInfo, LlmFailure, invoke_structured
from assistant.prompts import load_prompt
from assistant.text.language import Language, detect_language
from knowledge_base.answer import NOT_COVERED, Answerer, Thresholds, is_weak
from knowledge_base.models import Answer, Citation, SearchHit

if TYPE_CHECKING:
    from langchain_core.language_models import BaseChatModel

PROMPT = "knowledge/answer"
_MARKER = re.compile(r"\[(\d+)\]")
_QUOTE_CHARS = 400


class GroundedAnswer(BaseModel):
    """The answer to the question, written only from the numbered passages."""

    answer: str = Field(description="the answer text, with [n] after each sourced sentence")
    cited: list[int] = Field(description="the passage numbers cited in the answer")


def _citations_exist(passages: int) -> Callable[[GroundedAnswer], None]:
    """Every cited number, listed or written as [n], is one of the passages sent."""

    def check(reply: GroundedAnswer) -> None:
        numbers = set(reply.cited) | {int(n) for n in _MARKER.findall(reply.answer)}
        unknown = sorted(n for n in numbers if not 1 <= n <= passages)
        if unknown:
            raise ValueError(f"cited passages {unknown} do not exist (1..{passages})")
        if not reply.answer.strip():
            raise ValueError("the answer is empty")

    return check


def _passages(hits: Sequence[SearchHit]) -> str:
    return "\n\n".join(
        f"[{n}] {hit.title}\n{hit.text.strip()}" for n, hit in enumerate(hits, start=1)
    )


def _quote(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= _QUOTE_CHARS else flat[:_QUOTE_CHARS].rsplit(" ", 1)[0] + " …"


class LlmAnswerer:
    """Grounded answers from a chat model; the offline answerer covers every failure."""

    def __init__(
        self,
        model: BaseChatModel,
        *,
        model_name: str,
        fallback: Answerer,
        thresholds: Thresholds | None = None,
    ) -> None:
        self._model = model
        self._model_name = model_name
        self._fallback = fallback
        self._thresholds = thresholds or Thresholds()

    def answer(
        self, question: str, hits: Sequence[SearchHit], *, language: Language | None = None
    ) -> Answer:
        language = language or detect_language(question)
        if not hits or is_weak(hits, self._thresholds, language=language):
            return self._fallback.answer(question, hits, language=language)
        from langchain_core.messages import HumanMessage

        prompt = load_prompt(PROMPT, language)
        message = HumanMessage(prompt.render(question=question, passages=_passages(hits)))
        try:
            reply = invoke_structured(
                self._model, GroundedAnswer, [message], check=_citations_exist(len(hits))
            )
        except LlmFailure as exc:
            fallback = self._fallback.answer(question, hits, language=language)
            return fallback.fallen_back(self._model_name, str(exc))
        cited = sorted(set(reply.cited) | {int(n) for n in _MARKER.findall(reply.answer)})
        citations = [
            Citation(
                n=n,
                chunk_id=hits[n - 1].chunk_id,
                source=hits[n - 1].source,
                title=hits[n - 1].title,
                authors=hits[n - 1].authors,
                line_start=hits[n - 1].line_start,
                line_end=hits[n - 1].line_end,
                quote=_quote(hits[n - 1].text),
            )
            for n in cited
        ]
        return Answer(
            question=question,
            language=language,
            answer=reply.answer.strip(),
            citations=citations,
            covered=bool(citations) and reply.answer.strip() != NOT_COVERED[language],
            **EngineInfo.llm(self._model_name, prompt).model_dump(),
        )
