"""``ChatOpenAI`` whose every request body passes ``compat.adapt`` (imported only with an LLM)."""

from __future__ import annotations

from typing import Any

from langchain_core.language_models import LanguageModelInput
from langchain_openai import ChatOpenAI

from assistant.llm.compat import Server, adapt


class AdaptedChatOpenAI(ChatOpenAI):
    """LangChain's OpenAI chat model, with requests adapted to one kind of server."""

    server: Server = Server.GENERIC

    def _get_request_payload(
        self, input_: LanguageModelInput, *, stop: list[str] | None = None, **kwargs: Any
    ) -> dict[str, Any]:
        payload = super()._get_request_payload(input_, stop=stop, **kwargs)
        return adapt(payload, self.server)
