"""The optional language-model engine: one factory, one structured-output call, clear failures."""

from assistant.llm.engine import Engine, EngineInfo
from assistant.llm.factory import make_chat_model
from assistant.llm.structured import LlmFailure, LlmInvalidOutput, LlmUnavailable, invoke_structured

__all__ = [
    "Engine",
    "EngineInfo",
    "LlmFailure",
    "LlmInvalidOutput",
    "LlmUnavailable",
    "invoke_structured",
    "make_chat_model",
]
