"""Chat models come from here, and only from here (LangChain's ``init_chat_model``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from assistant.settings import Settings

if TYPE_CHECKING:
    from langchain_core.language_models import BaseChatModel

MAX_OUTPUT_TOKENS = 1024


def make_chat_model(
    settings: Settings, *, max_tokens: int = MAX_OUTPUT_TOKENS
) -> BaseChatModel | None:
    """The configured chat model, or ``None`` when the offline engine is selected.

    Works with any OpenAI-compatible server (OpenAI, Azure's v1 endpoint, Ollama, vLLM,
    llama.cpp). Retries stay low and the timeout short so that a failing provider falls back to
    the offline engine within seconds. ``max_tokens`` is also sent in ``extra_body`` because
    llama.cpp ignores ``max_completion_tokens``.
    """
    if settings.llm_provider == "offline":
        return None
    from langchain.chat_models import init_chat_model

    api_key = settings.openai_api_key.get_secret_value() if settings.openai_api_key else "unset"
    model = init_chat_model(
        f"openai:{settings.llm_model}",
        api_key=api_key,
        base_url=settings.openai_base_url,
        timeout=settings.llm_timeout_s,
        max_retries=settings.llm_max_retries,
        temperature=0,
        seed=0,
        max_tokens=max_tokens,
        extra_body={"max_tokens": max_tokens},
    )
    return model
