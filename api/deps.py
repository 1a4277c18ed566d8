"""Reusable FastAPI dependencies: services, the reader's language and the API-key guard."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, HTTPException, Query, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from api.language import request_lang
from api.security import ApiKeyVerifier
from assistant.messages import Lang, Text
from assistant.services import Services

_bearer = HTTPBearer(auto_error=False, description="An API key from EVALASSIST_API_KEYS.")


def get_services(request: Request) -> Services:
    services: Services = request.app.state.services
    return services


def require_api_key(
    request: Request,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> None:
    verifier: ApiKeyVerifier = request.app.state.api_keys
    if not verifier.enabled:
        return
    if credentials is None or not verifier.verify(credentials.credentials):
        raise HTTPException(
            status_code=401,
            detail=Text("http.api_key_required"),
            headers={"WWW-Authenticate": "Bearer"},
        )


ServicesDep = Annotated[Services, Depends(get_services)]


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
