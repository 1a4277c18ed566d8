"""The engine factory: offline means no model; openai builds a bounded, fail-fast client."""

import socket

import pytest
from langchain_core.messages import HumanMessage
from pydantic import BaseModel

from assistant.llm import LlmUnavailable, invoke_structured, make_chat_model
from assistant.settings import Settings


class Echo(BaseModel):
    text: str


def test_offline_provider_makes_no_model(settings: Settings) -> None:
    assert make_chat_model(settings) is None


def test_openai_provider_is_bounded(llm_settings: Settings) -> None:
    model = make_chat_model(llm_settings, max_tokens=200)
    assert model is not None
    assert model.model_name == "smollm2"  # type: ignore[attr-defined]
    assert model.max_retries == 0  # type: ignore[attr-defined]
    assert model.extra_body == {"max_tokens": 200}  # type: ignore[attr-defined]
    assert str(model.openai_api_base).startswith("http://127.0.0.1")  # type: ignore[attr-defined]


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_refused_connection_fails_fast_as_unavailable(llm_settings: Settings) -> None:
    down = llm_settings.model_copy(
        update={"openai_base_url": f"http://127.0.0.1:{_closed_port()}/v1"}
    )
    model = make_chat_model(down)
    assert model is not None
    with pytest.raises(LlmUnavailable, match="Connection"):
        invoke_structured(model, Echo, [HumanMessage("say hi")])
