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
    assert model.model_name == llm_settings.llm_model  # type: ignore[attr-defined]
    assert model.max_retries == 0  # type: ignore[attr-defined]
    assert model.max_tokens == 200  # type: ignore[attr-defined]
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


def test_every_capability_picks_its_engine_from_the_settings(
    settings: Settings, llm_settings: Settings
) -> None:
    from assistant.chat.agent import LlmChatEngine
    from assistant.chat.context import ChatTools
    from assistant.chat.engine import OfflineChatEngine
    from assistant.engines import Engines
    from assistant.feedback.llm_coder import LlmCoder
    from assistant.feedback.offline import OfflineCoder
    from assistant.planning.plan.composer import OfflineComposer
    from assistant.planning.plan.llm_composer import LlmComposer
    from knowledge_base.answer import OfflineAnswerer
    from knowledge_base.llm_answer import LlmAnswerer

    tools = ChatTools(ask=print, code=print, plans=print)  # type: ignore[arg-type]
    searcher = object()
    for chosen, engines in (
        (settings, (OfflineAnswerer, OfflineComposer, OfflineCoder, OfflineChatEngine)),
        (llm_settings, (LlmAnswerer, LlmComposer, LlmCoder, LlmChatEngine)),
    ):
        chooser = Engines(chosen)
        built = (
            chooser.answerer(None, None),
            chooser.composer(searcher),  # type: ignore[arg-type]
            chooser.coder(),
            chooser.chat_engine(tools),
        )
        assert [type(engine) for engine in built] == list(engines)
        assert chooser.model() is chooser.model()  # the chat model is made once
