"""RFC 9457 problem details: every error leaves the API as ``application/problem+json``.

``title``, ``detail`` and each ``errors[].detail`` are in the request's ``Accept-Language``
(Dutch or English; English when the client asks for neither); pointers never change.
"""

from __future__ import annotations

import logging
from http import HTTPStatus
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from api.language import request_lang
from assistant.errors import EvalAssistError, FieldProblem, field_problems
from assistant.messages import Lang, Text
from assistant.store.db import unavailable

PROBLEM_MEDIA_TYPE = "application/problem+json"
TYPE_BASE = "https://evalassist.dev/problems/"
log = logging.getLogger("evalassist.api")
_HTTP_SLUGS = {401: "unauthorized", 404: "not-found", 405: "method-not-allowed"}
_HTTP_DETAILS = {404: "http.not_found", 405: "http.method_not_allowed"}


def problem_response(
    status: int,
    title: str,
    detail: str,
    *,
    slug: str,
    fields: tuple[FieldProblem, ...] = (),
    lang: Lang = "en",
    headers: dict[str, str] | None = None,
) -> JSONResponse:
    body: dict[str, Any] = {
        "type": TYPE_BASE + slug,
        "title": title,
        "status": status,
        "detail": detail,
    }
    if fields:
        body["errors"] = [{"pointer": f.pointer, "detail": f.message_in(lang)} for f in fields]
    return JSONResponse(body, status_code=status, media_type=PROBLEM_MEDIA_TYPE, headers=headers)


def _request_fields(exc: RequestValidationError) -> tuple[FieldProblem, ...]:
    errors = []
    for item in exc.errors():
        location = list(item.get("loc", ()))
        if location and location[0] == "body":
            location = location[1:]
        errors.append({**item, "loc": location})
    return field_problems(errors)


def _validation_detail(fields: tuple[FieldProblem, ...], lang: Lang) -> str:
    listed = "; ".join(f"{f.pointer}: {f.message_in(lang)}" for f in fields[:5])
    return Text("validation.summary", {"count": len(fields), "fields": listed}).render(lang)


def _http_detail(exc: StarletteHTTPException, lang: Lang) -> str:
    if isinstance(exc.detail, Text):
        return exc.detail.render(lang)
    default = HTTPStatus(exc.status_code).phrase if exc.status_code in _HTTP_DETAILS else None
    if exc.detail == default:
        return Text(_HTTP_DETAILS[exc.status_code]).render(lang)
    return str(exc.detail)


def install_problem_handlers(app: FastAPI) -> None:
    @app.exception_handler(EvalAssistError)
    async def _domain(request: Request, exc: EvalAssistError) -> JSONResponse:
        if exc.status >= 500:
            log.error("request failed: %s", exc.detail)
        lang = request_lang(request)
        return problem_response(
            exc.status,
            exc.title_in(lang),
            exc.detail_in(lang),
            slug=exc.type_slug,
            fields=exc.fields,
            lang=lang,
            headers={"Retry-After": "5"} if exc.status == 503 else None,
        )

    @app.exception_handler(RequestValidationError)
    async def _validation(request: Request, exc: RequestValidationError) -> JSONResponse:
        lang = request_lang(request)
        fields = _request_fields(exc)
        title = Text("problem.invalid-input").render(lang)
        detail = _validation_detail(fields, lang)
        return problem_response(422, title, detail, slug="invalid-input", fields=fields, lang=lang)

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        lang = request_lang(request)
        slug = _HTTP_SLUGS.get(exc.status_code, "http-error")
        return problem_response(
            exc.status_code,
            Text(f"problem.{slug}").render(lang),
            _http_detail(exc, lang),
            slug=slug,
            headers=dict(exc.headers) if exc.headers else None,
        )

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
        lang = request_lang(request)
        if unavailable(exc):  # the database is down or restarting: the request may be retried
            log.warning("database unavailable: %s", exc)
            response = problem_response(
                503,
                Text("problem.unavailable").render(lang),
                Text("db.unavailable").render(lang),
                slug="unavailable",
            )
            response.headers["Retry-After"] = "5"
            return response
        log.exception("unhandled error", exc_info=exc)
        return problem_response(
            500,
            Text("problem.internal").render(lang),
            Text("http.unexpected").render(lang),
            slug="internal",
        )
