"""``/v1/chat``: chat sessions with memory, and messages answered by the chat assistant."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Annotated

from fastapi import APIRouter, Header, Query, Response, status
from fastapi.responses import StreamingResponse

from api.deps import MAX_INDEX, ServicesDep, WorkspaceDep
from assistant.chat import (
    ChatEvent,
    ChatReply,
    ChatSession,
    ChatSessionInfo,
    MessageIn,
    SessionCreate,
    SessionPage,
    SessionUpdate,
)

router = APIRouter(prefix="/chat", tags=["chat"])
EVENT_STREAM = "text/event-stream"


@router.post("/sessions", status_code=status.HTTP_201_CREATED)
def create_session(
    services: ServicesDep, workspace: WorkspaceDep, request: SessionCreate
) -> ChatSession:
    """Start a conversation.

    `title` is optional (the first message names the session otherwise); `language` (`nl` or
    `en`) fixes the reply language, which is otherwise detected per message.
    """
    return services.chat_in(workspace).create(request)


@router.get("/sessions")
def list_sessions(
    services: ServicesDep,
    workspace: WorkspaceDep,
    offset: Annotated[int, Query(ge=0, le=MAX_INDEX, description="Sessions to skip.")] = 0,
    limit: Annotated[int, Query(ge=1, le=100, description="Sessions per page.")] = 20,
) -> SessionPage:
    """The stored sessions, most recently active first, one page at a time."""
    return services.chat_in(workspace).list(offset=offset, limit=limit)


@router.get("/sessions/{session_id}")
def get_session(services: ServicesDep, workspace: WorkspaceDep, session_id: str) -> ChatSession:
    """A session with its memory (`state`: the brief so far, the current plan, the last ROI
    input and result) and its full history; assistant messages keep their structured reply."""
    return services.chat_in(workspace).get(session_id)


@router.patch("/sessions/{session_id}")
def update_session(
    services: ServicesDep,
    workspace: WorkspaceDep,
    session_id: str,
    request: SessionUpdate,
) -> ChatSessionInfo:
    """Rename a session (`title`) or set its reply language (`language`; `null` detects it
    per message again). Fields you leave out stay as they are."""
    return services.chat_in(workspace).update(session_id, request)


@router.delete("/sessions/{session_id}", status_code=status.HTTP_204_NO_CONTENT)
def delete_session(services: ServicesDep, workspace: WorkspaceDep, session_id: str) -> Response:
    """Delete a session and its history (stored plans stay under `/v1/plans`)."""
    services.chat_in(workspace).delete(session_id)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


_SSE_EXAMPLE = 'event: token\ndata: {"text": "Hallo, "}\n\n'


@router.post(
    "/sessions/{session_id}/messages",
    response_model=ChatReply,
    responses={200: {"content": {EVENT_STREAM: {"example": _SSE_EXAMPLE}}}},
)
def send_message(
    services: ServicesDep,
    workspace: WorkspaceDep,
    session_id: str,
    message: MessageIn,
    accept: Annotated[str | None, Header()] = None,
) -> ChatReply | Response:
    """Send a message and get the assistant's reply.

    The reply carries its `text`, `language`, the `intent` it understood, the `citations` behind
    `[n]` markers, and the structured results of the tools it used (`tools`: plan id and
    summary, the ROI input it understood, the calculator's ROI result, coded comments, a SMART
    verdict). Amounts, ROI, BCR and payback in a reply only ever come from the ROI calculator
    or from your own messages.

    With `Accept: text/event-stream` the same reply streams as server-sent events: `tool`
    events (`{"tool", "result"}`) first, then `token` events (`{"text"}`, chunks of the reply
    text in order), then one `done` event holding the complete reply as above.
    """
    if accept and EVENT_STREAM in accept:
        events = services.chat_in(workspace).stream(session_id, message)
        return StreamingResponse(_sse(events), media_type=EVENT_STREAM,
                                 headers={"Cache-Control": "no-store"})  # fmt: skip
    return services.chat_in(workspace).send(session_id, message)


def _sse(events: Iterator[ChatEvent]) -> Iterator[str]:
    for event in events:
        yield f"event: {event.event}\ndata: {json.dumps(event.data, ensure_ascii=False)}\n\n"
