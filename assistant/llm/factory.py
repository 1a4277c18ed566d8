"""Chat models come from here, and only from here (LangChain's ``ChatOpenAI``, adapted)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from assistant.llm.compat import Server, detect
from assistant.settings import Settings

if TYPE_CHECKING:
    from langchain_core.language_models import BaseChatModel

MAX_OUTPUT_TOKENS = 1024


def server_kind(settings: Settings) -> Server:
    """The configured server kind, or the one the base URL names (``EVALASSIST_LLM_SERVER``)."""
    if settings.llm_server != "auto":
        return Server(settings.llm_server)
    return detect(settings.openai_base_url)


def make_chat_model(
    settings: Settings, *, max_tokens: int = MAX_OUTPUT_TOKENS
) -> BaseChatModel | None:
    """The configured chat model, or ``None`` when the offline engine is selected.

    Works with any OpenAI-compatible server (OpenAI, Azure's v1 endpoint, Ollama, vLLM,
    llama.cpp, llama-cpp-python): every request passes ``compat.adapt`` for the configured kind
    of server. Retries stay low and the timeout short so that a failing provider falls back to
    the offline engine within seconds.
    """
    if settings.llm_provider == "offline":
        return None
    from assistant.llm.adapted import AdaptedChatOpenAI

    api_key = settings.openai_api_key.get_secret_value() if settings.openai_api_key else "unset"
    return AdaptedChatOpenAI(
        model=settings.llm_model,
        api_key=api_key,
        base_url=settings.openai_base_url,
        timeout=settings.llm_timeout_s,
        max_retries=settings.llm_max_retries,
        temperature=0,
        seed=0,
        max_tokens=max_tokens,
        server=server_kind(settings),
    )
