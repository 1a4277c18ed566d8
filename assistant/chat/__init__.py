"""The chat assistant: sessions with memory over the domain tools, offline engine by default."""

from assistant.chat.context import ChatTools
from assistant.chat.engine import ChatEngine, OfflineChatEngine, Turn, TurnOutcome
from assistant.chat.models import (
    ChatMessage,
    ChatReply,
    ChatSession,
    ChatSessionInfo,
    ChatState,
    Intent,
    MessageIn,
    SessionCreate,
    SessionPage,
    SessionUpdate,
)
from assistant.chat.service import ChatEvent, ChatService

__all__ = [
    "ChatEngine",
    "ChatEvent",
    "ChatMessage",
    "ChatReply",
    "ChatService",
    "ChatSession",
    "ChatSessionInfo",
    "ChatState",
    "ChatTools",
    "Intent",
    "MessageIn",
    "OfflineChatEngine",
    "SessionCreate",
    "SessionPage",
    "SessionUpdate",
    "Turn",
    "TurnOutcome",
]
