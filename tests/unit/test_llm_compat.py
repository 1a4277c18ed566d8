"""Requests as each OpenAI-compatible server reads them: one test per known quirk."""

from typing import Any

import pytest
from langchain_core.messages import AIMessage, HumanMessage, SystemMessage, ToolMessage

from assistant.llm import make_chat_model
from assistant.llm.compat import Server, adapt, detect
from assistant.settings import Settings

TOOL_CALL = {"type": "function", "id": "c1", "function": {"name": "search", "arguments": "{}"}}


def _payload(**extra: Any) -> dict[str, Any]:
    return {
        "model": "m",
        "messages": [
            {"role": "system", "content": "s"},
            {"role": "user", "content": "hoe isoleer je het effect?"},
            {"role": "assistant", "content": None, "tool_calls": [TOOL_CALL]},
            {"role": "tool", "content": "passage 1: controlegroep", "tool_call_id": "c1"},
        ],
        **extra,
    }


@pytest.mark.parametrize("server", list(Server))
def test_a_tool_call_turn_has_empty_content_never_null(server: Server) -> None:
    sent = adapt(_payload(), server)
    assistant = [m for m in sent["messages"] if m["role"] == "assistant"]
    assert assistant and all(m["content"] == "" for m in assistant)


@pytest.mark.parametrize(
    ("server", "key"),
    [
        (Server.OPENAI, "max_completion_tokens"),
        (Server.AZURE, "max_completion_tokens"),
        (Server.OLLAMA, "max_tokens"),
        (Server.VLLM, "max_tokens"),
        (Server.LLAMA_CPP, "max_tokens"),
        (Server.LLAMA_CPP_PYTHON, "max_tokens"),
        (Server.GENERIC, "max_tokens"),
    ],
)
def test_the_output_budget_is_sent_once_under_the_name_the_server_reads(
    server: Server, key: str
) -> None:
    sent = adapt(_payload(max_completion_tokens=300, extra_body={"max_tokens": 300}), server)
    budget_keys = {"max_tokens", "max_completion_tokens"} & set(sent)
    assert budget_keys == {key}
    assert sent[key] == 300
    assert "extra_body" not in sent  # nothing left in it


def test_other_extra_body_fields_are_kept() -> None:
    sent = adapt(_payload(max_tokens=10, extra_body={"top_k": 5}), Server.VLLM)
    assert sent["extra_body"] == {"top_k": 5}
    assert sent["max_tokens"] == 10


def test_llama_cpp_python_sees_tool_results_as_a_user_turn_naming_the_tool() -> None:
    sent = adapt(_payload(), Server.LLAMA_CPP_PYTHON)
    assert [m["role"] for m in sent["messages"]] == ["system", "user", "assistant", "user"]
    assert sent["messages"][-1]["content"] == "Result of search:\npassage 1: controlegroep"


@pytest.mark.parametrize("server", [s for s in Server if s is not Server.LLAMA_CPP_PYTHON])
def test_servers_that_render_tool_turns_get_them_unchanged(server: Server) -> None:
    sent = adapt(_payload(), server)
    assert sent["messages"][-1] == {
        "role": "tool",
        "content": "passage 1: controlegroep",
        "tool_call_id": "c1",
    }


def test_llama_cpp_python_gets_a_named_tool_instead_of_required() -> None:
    tools = [{"type": "function", "function": {"name": "Coding", "parameters": {}}}]
    sent = adapt(_payload(tools=tools, tool_choice="required"), Server.LLAMA_CPP_PYTHON)
    assert sent["tool_choice"] == {"type": "function", "function": {"name": "Coding"}}
    two = [*tools, {"type": "function", "function": {"name": "Other", "parameters": {}}}]
    assert (
        adapt(_payload(tools=two, tool_choice="required"), Server.LLAMA_CPP_PYTHON)["tool_choice"]
        == "auto"
    )
    assert adapt(_payload(tools=two, tool_choice="required"), Server.VLLM)["tool_choice"] == (
        "required"
    )


def test_llama_cpp_python_gets_json_object_with_the_schema_instead_of_json_schema() -> None:
    schema = {"type": "object", "properties": {"level": {"type": "string"}}}
    wanted = {"type": "json_schema", "json_schema": {"name": "Coding", "schema": schema}}
    sent = adapt(_payload(response_format=wanted), Server.LLAMA_CPP_PYTHON)
    assert sent["response_format"] == {"type": "json_object", "schema": schema}
    assert adapt(_payload(response_format=wanted), Server.OPENAI)["response_format"] == wanted


def test_adapting_leaves_langchains_payload_untouched() -> None:
    payload = _payload(max_tokens=5)
    adapt(payload, Server.LLAMA_CPP_PYTHON)
    assert payload == _payload(max_tokens=5)


@pytest.mark.parametrize(
    ("url", "server"),
    [
        (None, Server.OPENAI),
        ("https://api.openai.com/v1", Server.OPENAI),
        ("https://contoso.openai.azure.com/openai/v1/", Server.AZURE),
        ("http://localhost:11434/v1", Server.OLLAMA),
        ("http://127.0.0.1:8000/v1", Server.GENERIC),
    ],
)
def test_the_server_kind_is_read_from_the_url_where_it_says(
    url: str | None, server: Server
) -> None:
    assert detect(url) is server


def test_the_chat_model_sends_adapted_requests(llm_settings: Settings) -> None:
    configured = llm_settings.model_copy(update={"llm_server": "llama-cpp-python"})
    model = make_chat_model(configured, max_tokens=64)
    assert model is not None
    messages = [
        SystemMessage("s"),
        HumanMessage("q"),
        AIMessage("", tool_calls=[{"name": "search", "args": {}, "id": "c1"}]),
        ToolMessage("found", tool_call_id="c1"),
    ]
    sent = model._get_request_payload(messages)  # type: ignore[attr-defined]
    assert sent["max_tokens"] == 64 and "max_completion_tokens" not in sent
    assert sent["messages"][2]["content"] == ""
    assert sent["messages"][3] == {"role": "user", "content": "Result of search:\nfound"}


def test_llama_cpp_python_asked_for_text_sees_earlier_calls_as_sentences() -> None:
    sent = adapt(_payload(tool_choice="none"), Server.LLAMA_CPP_PYTHON)
    assert sent["messages"][2] == {"role": "assistant", "content": "I called search with {}."}
    assert "tool_calls" not in sent["messages"][2]
    still_calling = adapt(_payload(tool_choice="auto"), Server.LLAMA_CPP_PYTHON)
    assert still_calling["messages"][2]["tool_calls"] == [TOOL_CALL]
