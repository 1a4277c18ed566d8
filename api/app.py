"""The FastAPI application factory: ``create_app(settings)``."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import APIRouter, Depends, FastAPI

from api.deps import require_api_key
from api.problems import install_problem_handlers
from api.routes import chat, feedback, health, knowledge, objectives, plans, roi
from api.security import ApiKeyVerifier, BodySizeLimit
from api.web import install_web
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


def create_app(settings: Settings, *, services: Services | None = None) -> FastAPI:
    """Build the app. Services are built in the lifespan unless a test passes its own."""

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        owned = services is None
        app.state.services = services or Services.build(settings)
        if owned:
            app.state.services.start()
        try:
            yield
        finally:
            if owned:
                app.state.services.close()

    app = FastAPI(
        title="evalassist",
        version=__version__,
        summary="Evaluate L&D programmes: Kirkpatrick levels 1-4 and Phillips ROI.",
        lifespan=lifespan,
    )
    app.state.settings = settings
    app.state.api_keys = ApiKeyVerifier(settings.api_keys)
    install_problem_handlers(app)
    app.add_middleware(
        BodySizeLimit,
        max_bytes=settings.max_body_bytes,
        path_limits={"/v1/knowledge/documents": settings.max_upload_bytes + 64 * 1024},
    )
    app.include_router(health.router)
    v1 = APIRouter(prefix="/v1", dependencies=[Depends(require_api_key)])
    for router in V1_ROUTERS:
        v1.include_router(router)
    app.include_router(v1)
    install_web(app)
    return app
