"""The FastAPI application factory: ``create_app(settings)``, and ``app_from_env()`` for servers.

The lifespan is the one owner of the services' life: it prepares the knowledge base, starts the
feedback job worker and closes everything on shutdown, whoever built the ``Services``.
``evalassist serve`` and ``uvicorn --factory api:app_from_env`` run exactly this.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager

from fastapi import APIRouter, Depends, FastAPI

from api.deps import current_workspace
from api.guards import ApiKeyGate, CrossSiteGuard, HostAllowList, RateLimit
from api.problems import install_problem_handlers
from api.routes import chat, feedback, health, knowledge, objectives, plans, roi
from api.security import ApiKeyVerifier, BodySizeLimit
from api.web import install_web
from api.web.docs import install_docs
from assistant import __version__
from assistant.services import Services
from assistant.settings import Settings

V1_ROUTERS: tuple[APIRouter, ...] = (
    roi.router,
    objectives.router,
    knowledge.router,
    feedback.router,
    plans.router,
    chat.router,
)


log = logging.getLogger("evalassist")


def app_from_env() -> FastAPI:
    """The app configured from ``EVALASSIST_*`` variables: what ``evalassist serve`` runs."""
    return create_app(Settings())


def _log_progress() -> Callable[[int, int], None]:
    """Report embedding progress in the server log, at most every tenth of the work."""
    reported = -1

    def update(done: int, total: int) -> None:
        nonlocal reported
        tenth = done * 10 // total if total else 10
        if total and tenth != reported:
            reported = tenth
            log.info("embedding passages: %d of %d", done, total)

    return update


def create_app(settings: Settings, *, services: Services | None = None) -> FastAPI:
    """Build the app; a test may pass its own ``services``: the lifespan still runs them."""

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        running = services or Services.build(settings)
        app.state.services = running
        try:
            running.start(_log_progress())
            yield
        finally:
            running.close()

    app = FastAPI(
        title="evalassist",
        version=__version__,
        summary="Evaluate L&D programmes: Kirkpatrick levels 1-4 and Phillips ROI.",
        lifespan=lifespan,
        docs_url=None,
        redoc_url=None,
    )
    app.state.settings = settings
    app.state.api_keys = ApiKeyVerifier(settings.api_keys)
    install_problem_handlers(app)
    # Added innermost first: a request meets the Host check, the rate limit, the key, the
    # cross-site check and the body limit, in that order, before any route reads its body.
    app.add_middleware(
        BodySizeLimit,
        max_bytes=settings.max_body_bytes,
        path_limits={"/v1/knowledge/documents": settings.max_upload_bytes + 64 * 1024},
    )
    app.add_middleware(CrossSiteGuard)
    app.add_middleware(ApiKeyGate, verifier=app.state.api_keys)
    app.add_middleware(RateLimit, rate=settings.rate_limit_per_s, burst=settings.rate_limit_burst)
    app.add_middleware(HostAllowList, hosts=settings.allowed_hosts)
    app.include_router(health.router)
    v1 = APIRouter(prefix="/v1", dependencies=[Depends(current_workspace)])
    for router in V1_ROUTERS:
        v1.include_router(router)
    app.include_router(v1)
    install_web(app)
    install_docs(app)
    return app
