"""API keys (constant-time, plain or SHA-256, each opening one workspace) and the request body
size limit."""

from __future__ import annotations

import contextlib
import hashlib
import hmac
from collections.abc import Iterable

from starlette.datastructures import Headers
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from api.language import negotiate
from api.problems import problem_response
from assistant.messages import Text
from assistant.workspaces import DEFAULT_WORKSPACE, parse_key


def _digest(value: str) -> bytes:
    return hashlib.sha256(value.encode()).digest()


class ApiKeyVerifier:
    """Checks bearer tokens against the configured keys and says whose workspace they open.

    Keys are given plain or as ``sha256:<hex>`` of the key, so a deployment need not store
    secrets in clear, each optionally as ``workspace=key``. Every configured key is compared, in
    constant time, against the SHA-256 digest of the presented token.
    """

    def __init__(self, keys: Iterable[str]) -> None:
        entries = [parse_key(key) for key in keys]
        self._keys = tuple(
            (entry.digest or _digest(entry.key), entry.workspace) for entry in entries
        )

    @property
    def enabled(self) -> bool:
        return bool(self._keys)

    @property
    def open_workspace(self) -> str:
        """The workspace of requests without keys (keyless loopback mode)."""
        return DEFAULT_WORKSPACE

    def workspace(self, token: str) -> str | None:
        """The workspace ``token`` belongs to; ``None`` for no valid key."""
        presented = _digest(token)
        found = None
        for digest, workspace in self._keys:
            if hmac.compare_digest(presented, digest):
                found = workspace
        return found

    def verify(self, token: str) -> bool:
        return self.workspace(token) is not None


class BodySizeLimit:
    """ASGI middleware: 413 problem+json for bodies over ``max_bytes`` (declared or streamed)."""

    def __init__(
        self, app: ASGIApp, max_bytes: int, path_limits: dict[str, int] | None = None
    ) -> None:
        self.app = app
        self.max_bytes = max_bytes
        self.path_limits = path_limits or {}

    def _limit(self, path: str) -> int:
        """Uploads may be larger than other bodies: the longest matching path prefix wins."""
        matches = [prefix for prefix in self.path_limits if path.startswith(prefix)]
        return self.path_limits[max(matches, key=len)] if matches else self.max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = self._limit(scope.get("path", ""))
        declared = dict(scope.get("headers", ())).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > limit:
            await self._reject(scope, receive, send, limit)
            return
        received, too_large, started = 0, False, False

        async def limited_receive() -> Message:
            nonlocal received, too_large
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    too_large = True
                    raise _TooLarge
            return message

        async def guarded_send(message: Message) -> None:
            # A framework may turn the _TooLarge raised in receive() into its own error
            # response (FastAPI answers 400); drop that and answer 413 below instead.
            nonlocal started
            if too_large:
                return
            started = started or message["type"] == "http.response.start"
            await send(message)

        with contextlib.suppress(_TooLarge):
            await self.app(scope, limited_receive, guarded_send)
        if too_large and not started:
            await self._reject(scope, receive, send, limit)

    async def _reject(self, scope: Scope, receive: Receive, send: Send, limit: int) -> None:
        lang = negotiate(Headers(scope=scope).get("accept-language"))
        response = problem_response(
            413,
            Text("problem.payload-too-large").render(lang),
            Text("http.body_too_large", {"limit": limit}).render(lang),
            slug="payload-too-large",
        )
        await response(scope, receive, send)


class _TooLarge(Exception):
    pass
