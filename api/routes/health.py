"""Liveness (``/healthz``: the process answers) and readiness (``/readyz``: the database, Chroma
and the search index answer too) for load balancers and orchestrators."""

from __future__ import annotations

from collections.abc import Callable
from typing import Literal

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel

from api.deps import ServicesDep
from api.language import request_lang
from api.problems import problem_response
from assistant import __version__
from assistant.errors import EvalAssistError
from assistant.messages import Text
from assistant.services import Services
from assistant.store.migrate import check_schema

router = APIRouter(tags=["health"])


class Health(BaseModel):
    status: str
    version: str


class Readiness(BaseModel):
    status: Literal["ready"]
    version: str
    checks: dict[str, Literal["ok"]]


@router.get("/healthz")
def healthz() -> Health:
    """Report that the service is up, and its version (not whether it can serve: /readyz)."""
    return Health(status="ok", version=__version__)


def _problems(services: Services) -> dict[str, str]:
    """Each dependency that does not answer, with why."""
    checks: dict[str, Callable[[], None]] = {
        "database": lambda: check_schema(services.db),
        "chroma": lambda: services.knowledge.index.ping(),
        "index": lambda: _index_ready(services),
    }
    failed: dict[str, str] = {}
    for name, check in checks.items():
        try:
            check()
        except EvalAssistError as exc:
            failed[name] = exc.detail
        except Exception as exc:
            failed[name] = f"{type(exc).__name__}: {exc}"
    return failed


def _index_ready(services: Services) -> None:
    if not services.knowledge.ready:
        raise RuntimeError("the knowledge base is still being opened")


@router.get(
    "/readyz",
    response_model=Readiness,
    responses={503: {"description": "A dependency is down (problem body names it)."}},
)
def readyz(request: Request, services: ServicesDep) -> Readiness | JSONResponse:
    """Whether this replica can serve: the database, Chroma and the search index answer."""
    failed = _problems(services)
    if not failed:
        return Readiness(
            status="ready",
            version=__version__,
            checks={"database": "ok", "chroma": "ok", "index": "ok"},
        )
    lang = request_lang(request)
    response = problem_response(
        503,
        Text("problem.unavailable").render(lang),
        "; ".join(f"{name}: {why}" for name, why in failed.items()),
        slug="unavailable",
    )
    response.headers["Retry-After"] = "5"
    return response
