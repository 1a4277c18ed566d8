"""A scripted chat model for unit tests of the LLM engines (cassettes prove the real wiring)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from langchain_core.callbacks import CallbackManagerForLLMRun
from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AIMessage, BaseMessage
from langchain_core.outputs import ChatGeneration, ChatResult


class ScriptedToolModel(BaseChatModel):
    """Answers each call with the next scripted step and records the prompts it saw.

    A step is ``(tool_name, arguments)`` for a tool call, or ``("text", {"content": ...})`` for
    a plain answer. The last step repeats when the script runs out.
    """

    script: list[tuple[str, dict[str, Any]]]
    seen: list[list[BaseMessage]] = []
    tool_choices: list[Any] = []

    @property
    def _llm_type(self) -> str:
        return "scripted-tool-model"

    def bind_tools(self, tools: Sequence[Any], **kwargs: Any) -> ScriptedToolModel:
        self.tool_choices.append(kwargs.get("tool_choice"))
        return self

    def _generate(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: CallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> ChatResult:
        self.seen.append(list(messages))
        name, arguments = self.script[min(len(self.seen), len(self.script)) - 1]
        if name == "text":
            answer = AIMessage(content=str(arguments["content"]))
            return ChatResult(generations=[ChatGeneration(message=answer)])
        message = AIMessage(
            content="",
            tool_calls=[{"name": name, "args": arguments, "id": f"call-{len(self.seen)}"}],
        )
        return ChatResult(generations=[ChatGeneration(message=message)])
