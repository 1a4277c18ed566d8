"""The one place that adapts a chat request to the OpenAI-compatible server that will read it.

LangChain writes requests the way OpenAI reads them. The servers advisors run locally differ in
small ways that each turn a request into an HTTP error or a silently worse answer (measured with
llama-cpp-python 0.3.36 serving Qwen2.5-Coder-1.5B; the others from their documentation):

- An assistant turn that only calls tools carries ``"content": null``. llama-cpp-python rejects it
  with HTTP 500 before the model runs; Ollama and vLLM builds with strict message schemas do the
  same. ``""`` means the same and every server, OpenAI included, accepts it.
- The output budget: OpenAI and Azure read ``max_completion_tokens`` (reasoning models reject
  ``max_tokens``); llama.cpp, llama-cpp-python, Ollama and vLLM read ``max_tokens``.
- llama-cpp-python's ``chatml-function-calling`` format renders a ``tool`` message as an empty turn,
  so the model never sees what the tool returned: the result is sent as a user turn instead.
  When the request asks for text (``tool_choice: "none"``), the earlier tool-call turns are sent
  as plain sentences too: shown its own ``functions.name:`` syntax, that format's model writes
  another call as its answer instead of the answer.
- llama-cpp-python answers ``tool_choice: "required"`` and ``response_format: json_schema`` with
  HTTP 500; it reads the same wishes as a named tool choice and ``json_object`` with a schema.

``adapt`` is pure: the payload LangChain built in, the payload to send out.
"""

from __future__ import annotations

import copy
import json
from enum import StrEnum
from typing import Any
from urllib.parse import urlsplit

Payload = dict[str, Any]


class Server(StrEnum):
    """Kinds of OpenAI-compatible server whose requests differ (``EVALASSIST_LLM_SERVER``)."""

    OPENAI = "openai"
    AZURE = "azure"
    OLLAMA = "ollama"
    VLLM = "vllm"
    LLAMA_CPP = "llama.cpp"  # llama.cpp's own llama-server
    LLAMA_CPP_PYTHON = "llama-cpp-python"
    GENERIC = "generic"  # any other server that follows the OpenAI chat API


AZURE_HOSTS = (".openai.azure.com", ".services.ai.azure.com", ".cognitiveservices.azure.com")
READS_MAX_COMPLETION_TOKENS = frozenset({Server.OPENAI, Server.AZURE})


def detect(base_url: str | None) -> Server:
    """The server kind a base URL points at, where the URL says it (else ``GENERIC``)."""
    if not base_url:
        return Server.OPENAI
    parts = urlsplit(base_url)
    host = (parts.hostname or "").lower()
    if host == "api.openai.com":
        return Server.OPENAI
    if host.endswith(AZURE_HOSTS):
        return Server.AZURE
    if parts.port == 11434:  # Ollama's port; the other local servers share 8000/8080
        return Server.OLLAMA
    return Server.GENERIC


def adapt(payload: Payload, server: Server) -> Payload:
    """``payload`` (a chat-completions request body) as ``server`` reads it."""
    out = copy.deepcopy(payload)
    _budget(out, server)
    messages = [_empty_content(message) for message in out.get("messages", [])]
    if server is Server.LLAMA_CPP_PYTHON:
        messages = _tool_results_as_user_turns(messages)
        if out.get("tool_choice") == "none":
            messages = [_call_as_sentence(message) for message in messages]
        _tool_choice(out)
        _response_format(out)
    out["messages"] = messages
    return out


def _budget(out: Payload, server: Server) -> None:
    extra = out.get("extra_body") or {}
    limit = out.pop("max_completion_tokens", None) or out.pop("max_tokens", None)
    limit = limit or extra.pop("max_tokens", None) or extra.pop("max_completion_tokens", None)
    extra.pop("max_tokens", None)
    extra.pop("max_completion_tokens", None)
    if not extra:
        out.pop("extra_body", None)
    if limit is not None:
        key = "max_completion_tokens" if server in READS_MAX_COMPLETION_TOKENS else "max_tokens"
        out[key] = limit


def _empty_content(message: dict[str, Any]) -> dict[str, Any]:
    if message.get("role") == "assistant" and message.get("content") is None:
        return {**message, "content": ""}
    return message


def _tool_results_as_user_turns(messages: list[dict[str, Any]]) -> list[dict[str, Any]]:
    names: dict[str, str] = {}
    out: list[dict[str, Any]] = []
    for message in messages:
        for call in message.get("tool_calls") or ():
            names[call.get("id", "")] = call.get("function", {}).get("name", "tool")
        if message.get("role") != "tool":
            out.append(message)
            continue
        name = names.get(message.get("tool_call_id", ""), "tool")
        content = message.get("content")
        text = content if isinstance(content, str) else json.dumps(content, ensure_ascii=False)
        out.append({"role": "user", "content": f"Result of {name}:\n{text}"})
    return out


def _call_as_sentence(message: dict[str, Any]) -> dict[str, Any]:
    calls = message.get("tool_calls")
    if message.get("role") != "assistant" or not calls:
        return message
    said = "; ".join(
        f"I called {call['function']['name']} with {call['function'].get('arguments', '{}')}"
        for call in calls
    )
    text = " ".join(part for part in (message.get("content") or "", said + ".") if part)
    return {"role": "assistant", "content": text}


def _tool_choice(out: Payload) -> None:
    if out.get("tool_choice") != "required":
        return
    tools = out.get("tools") or []
    if len(tools) == 1:
        name = tools[0]["function"]["name"]
        out["tool_choice"] = {"type": "function", "function": {"name": name}}
    else:
        out["tool_choice"] = "auto"


def _response_format(out: Payload) -> None:
    wanted = out.get("response_format")
    if isinstance(wanted, dict) and wanted.get("type") == "json_schema":
        schema = wanted.get("json_schema", {}).get("schema", {})
        out["response_format"] = {"type": "json_object", "schema": schema}
