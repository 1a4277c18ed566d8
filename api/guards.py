"""ASGI guards in front of every route: which Host a request may name (DNS rebinding), who may
call the API (the key, checked before any body is read, and its workspace), that state changes
come from the page or a client and not another site's form (CSRF), and how fast (rate limit)."""

from __future__ import annotations

import hashlib
import math
import threading
import time
from collections.abc import Iterable
from urllib.parse import urlsplit

from starlette.datastructures import Headers
from starlette.responses import JSONResponse
from starlette.types import ASGIApp, Receive, Scope, Send

from api.language import negotiate
from api.problems import problem_response
from api.security import ApiKeyVerifier
from assistant.messages import Text

UNSAFE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})
# Bodies a route reads; a browser form can send text/plain and urlencoded ones cross-site.
BODY_TYPES = ("application/json", "multipart/form-data")
PROBES = ("/healthz", "/readyz")


def _hostname(host: str) -> str:
    """``Host`` (or an origin's netloc) without port or IPv6 brackets, lower case."""
    return (urlsplit(f"//{host}").hostname or "").lower()


def _problem_sender(
    scope: Scope, status: int, slug: str, text: Text, headers: dict[str, str] | None = None
) -> JSONResponse:
    """The problem response a guard answers with, in the request's language."""
    lang = negotiate(Headers(scope=scope).get("accept-language"))
    return problem_response(
        status, Text(f"problem.{slug}").render(lang), text.render(lang), slug=slug, headers=headers
    )


class HostAllowList:
    """400 for a ``Host`` not in the allow-list (``*`` allows any; ``*.example.org`` a domain).
    Health probes are exempt: load balancers call them by address."""

    def __init__(self, app: ASGIApp, hosts: Iterable[str]) -> None:
        self.app = app
        names = [h.strip().lower() for h in hosts if h.strip()]
        self.any = "*" in names
        self.exact = {_hostname(h) for h in names if not h.startswith("*.")}
        self.suffixes = tuple(h[1:] for h in names if h.startswith("*."))

    def allows(self, host: str) -> bool:
        name = _hostname(host)
        return self.any or name in self.exact or bool(name and name.endswith(self.suffixes))

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["path"] not in PROBES:
            host = Headers(scope=scope).get("host", "")
            if not self.allows(host):
                text = Text("http.bad_host", {"host": host[:100]})
                await _problem_sender(scope, 400, "bad-host", text)(scope, receive, send)
                return
        await self.app(scope, receive, send)


class ApiKeyGate:
    """With keys configured, ``/v1``, ``/docs`` and ``/openapi.json`` need a valid key, checked
    before the body is read (so a bad body without a key is 401, not 422). Every request's
    workspace goes to ``scope["state"]["workspace"]``: the key's, or the keyless one."""

    def __init__(self, app: ASGIApp, verifier: ApiKeyVerifier) -> None:
        self.app = app
        self.verifier = verifier

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        workspace = self.verifier.open_workspace
        path: str = scope["path"]
        guarded = path.startswith(("/v1/", "/docs", "/openapi.json")) or path == "/v1"
        if self.verifier.enabled and guarded:
            scheme, _, token = Headers(scope=scope).get("authorization", "").partition(" ")
            found = self.verifier.workspace(token.strip()) if scheme.lower() == "bearer" else None
            if found is None:
                text = Text("http.api_key_required")
                headers = {"WWW-Authenticate": "Bearer"}
                sender = _problem_sender(scope, 401, "unauthorized", text, headers)
                await sender(scope, receive, send)
                return
            workspace = found
        scope.setdefault("state", {})["workspace"] = workspace
        await self.app(scope, receive, send)


class CrossSiteGuard:
    """State-changing ``/v1`` requests only from the page itself or a non-browser client: 403
    when the browser says the request comes from another site (``Sec-Fetch-Site``, else
    ``Origin``), 415 for a body type no route reads (what a cross-site form could send)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if (
            scope["type"] == "http"
            and scope["method"] in UNSAFE_METHODS
            and scope["path"].startswith("/v1")
        ):
            headers = Headers(scope=scope)
            problem = self._problem(headers)
            if problem is not None:
                status, slug, text = problem
                await _problem_sender(scope, status, slug, text)(scope, receive, send)
                return
        await self.app(scope, receive, send)

    @staticmethod
    def _problem(headers: Headers) -> tuple[int, str, Text] | None:
        site = headers.get("sec-fetch-site")
        origin = headers.get("origin")
        if site is not None and site not in ("same-origin", "none"):
            return 403, "forbidden", Text("http.cross_site")
        same_host = origin is not None and (
            urlsplit(origin).netloc.lower() == headers.get("host", "").lower()
        )
        if site is None and origin is not None and not same_host:
            return 403, "forbidden", Text("http.cross_site")
        declared = headers.get("content-type", "").split(";")[0].strip().lower()
        has_body = headers.get("content-length", "0") != "0" or "transfer-encoding" in headers
        if has_body and declared not in BODY_TYPES:
            return 415, "unsupported-media-type", Text("http.body_type", {"type": declared or "-"})
        return None


class RateLimit:
    """A token bucket per API key (per client address without keys) over ``/v1``: ``rate``
    requests a second with bursts of ``burst``; 429 with ``Retry-After`` beyond that."""

    def __init__(self, app: ASGIApp, rate: float, burst: int) -> None:
        self.app = app
        self.rate = rate
        self.burst = float(burst)
        self._buckets: dict[str, tuple[float, float]] = {}
        self._lock = threading.Lock()

    def take(self, who: str, now: float) -> float:
        """Take one token; 0 when granted, else the seconds until one is free."""
        with self._lock:
            tokens, then = self._buckets.get(who, (self.burst, now))
            tokens = min(self.burst, tokens + (now - then) * self.rate)
            if tokens >= 1:
                self._buckets[who] = (tokens - 1, now)
                return 0.0
            self._buckets[who] = (tokens, now)
            if len(self._buckets) > 100_000:  # forget idle clients
                self._buckets = {k: v for k, v in self._buckets.items() if now - v[1] < 60}
            return (1 - tokens) / self.rate

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["path"].startswith("/v1"):
            wait = self.take(self._who(scope), time.monotonic())
            if wait:
                retry = str(max(1, math.ceil(wait)))
                text = Text("http.rate_limited", {"seconds": retry})
                sender = _problem_sender(scope, 429, "rate-limited", text, {"Retry-After": retry})
                await sender(scope, receive, send)
                return
        await self.app(scope, receive, send)

    @staticmethod
    def _who(scope: Scope) -> str:
        token = Headers(scope=scope).get("authorization", "")
        if token:
            return "key:" + hashlib.sha256(token.encode()).hexdigest()
        client = scope.get("client")
        return "addr:" + (client[0] if client else "-")
