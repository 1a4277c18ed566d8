"""The one place that chooses each engine (used by ``services.py`` and the CLI, nothing else).

Every capability has an offline engine that works on a fresh machine. When a chat model is
configured (``EVALASSIST_LLM_PROVIDER=openai``), the offline engine is wrapped by its LLM twin,
which falls back to it. LLM engines import their offline engine; offline modules never import
an LLM engine or this module, so no import circle runs through an engine pair.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from assistant.llm import make_chat_model
from assistant.llm.factory import MAX_OUTPUT_TOKENS
from assistant.settings import Settings

if TYPE_CHECKING:
    from langchain_core.language_models import BaseChatModel

    from assistant.chat.context import ChatTools
    from assistant.chat.engine import ChatEngine
    from assistant.feedback.coder import Coder
    from assistant.planning.plan.composer import PlanComposer
    from assistant.planning.plan.grounding import Searcher
    from knowledge_base.answer import Answerer
    from knowledge_base.card_drafts import CardDrafter
    from knowledge_base.card_index import CardIndex
    from knowledge_base.embeddings import Embeddings

# Feedback batches of 20 comments need room for 20 structured codings.
CODER_MAX_TOKENS = 4096


class Engines:
    """Builds each engine from ``Settings``; the chat model is made once per output budget."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._models: dict[int, BaseChatModel | None] = {}
        self._lock = threading.Lock()

    def model(self, *, max_tokens: int = MAX_OUTPUT_TOKENS) -> BaseChatModel | None:
        """The configured chat model, or ``None`` when the offline engines are selected."""
        with self._lock:
            if max_tokens not in self._models:
                self._models[max_tokens] = make_chat_model(self.settings, max_tokens=max_tokens)
            return self._models[max_tokens]

    def coder(self) -> Coder:
        """Comment coding: the shipped offline coder, or the LLM coder falling back to it."""
        from assistant.feedback.coder import offline_coder

        fallback = offline_coder()
        model = self.model(max_tokens=CODER_MAX_TOKENS)
        if model is None:
            return fallback
        from assistant.feedback.llm_coder import LlmCoder

        return LlmCoder(
            model,
            model_name=self.settings.llm_model,
            fallback=fallback,
            concurrency=self.settings.llm_concurrency,
            threshold=self.settings.llm_coding_threshold,
        )

    def composer(self, searcher: Searcher) -> PlanComposer:
        """Plan drafting: offline, or the LLM rewording on top of the offline plan."""
        from assistant.planning.plan.composer import OfflineComposer

        offline = OfflineComposer(searcher)
        model = self.model()
        if model is None:
            return offline
        from assistant.planning.plan.llm_composer import LlmComposer

        return LlmComposer(model, model_name=self.settings.llm_model, offline=offline)

    def answerer(self, embeddings: Embeddings | None, cards: CardIndex | None) -> Answerer:
        """Knowledge answers: method cards offline, or the LLM answer falling back to them."""
        from knowledge_base.service import offline_answerer

        offline = offline_answerer(embeddings, cards)
        model = self.model()
        if model is None:
            return offline
        from knowledge_base.card_answer import CardAnswerer
        from knowledge_base.llm_answer import LlmAnswerer

        by_cards = offline if isinstance(offline, CardAnswerer) else None
        return LlmAnswerer(
            model, model_name=self.settings.llm_model, fallback=offline, cards=by_cards
        )

    def card_drafter(self) -> CardDrafter | None:
        """Method cards drafted from uploads: only with a language model."""
        model = self.model()
        if model is None:
            return None
        from knowledge_base.card_drafts import CardDrafter

        return CardDrafter(model, model_name=self.settings.llm_model)

    def chat_engine(self, tools: ChatTools) -> ChatEngine:
        """Chat: the offline rules engine, or the LLM agent falling back to it."""
        from assistant.chat.engine import OfflineChatEngine

        offline = OfflineChatEngine(tools)
        model = self.model()
        if model is None:
            return offline
        from assistant.chat.agent import LlmChatEngine

        return LlmChatEngine(
            model, model_name=self.settings.llm_model, tools=tools, offline=offline
        )
