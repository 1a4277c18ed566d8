"""Reusable FastAPI dependencies: services, the reader's language and the API-key guard."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Query, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from api.language import request_lang
from assistant.messages import Lang
from assistant.services import Services

_bearer = HTTPBearer(auto_error=False, description="An API key from EVALASSIST_API_KEYS.")


def get_services(request: Request) -> Services:
    services: Services = request.app.state.services
    return services


def current_workspace(
    request: Request,
    _credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> str:
    """The workspace of the request's key (checked by ``guards.ApiKeyGate`` before the route
    runs; declared here so the OpenAPI document names the bearer scheme)."""
    workspace: str = request.state.workspace
    return workspace


WorkspaceDep = Annotated[str, Depends(current_workspace)]


ServicesDep = Annotated[Services, Depends(get_services)]

# Offsets and versions are stored as 32/64-bit integers: beyond this a request is refused (422).
MAX_INDEX = 2**31 - 1


def reader_lang(
    request: Request,
    language: Annotated[
        Lang | None,
        Query(description="The reader's language (nl or en); default: from Accept-Language."),
    ] = None,
) -> Lang:
    """The language a person reads the answer in: ``?language=`` if given, else
    ``Accept-Language`` (which the page sends), else English."""
    return language or request_lang(request)


ReaderLangDep = Annotated[Lang, Depends(reader_lang)]
