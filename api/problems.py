"""RFC 9457 problem details: every error leaves the API as ``application/problem+json``."""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from assistant.errors import EvalAssistError, FieldProblem, json_pointer

PROBLEM_MEDIA_TYPE = "application/problem+json"
TYPE_BASE = "https://evalassist.dev/problems/"
log = logging.getLogger("evalassist.api")


def problem_response(
    status: int,
    title: str,
    detail: str,
    *,
    slug: str,
    fields: tuple[FieldProblem, ...] = (),
    headers: dict[str, str] | None = None,
) -> JSONResponse:
    body: dict[str, Any] = {
        "type": TYPE_BASE + slug,
        "title": title,
        "status": status,
        "detail": detail,
    }
    if fields:
        body["errors"] = [{"pointer": f.pointer, "detail": f.message} for f in fields]
    return JSONResponse(body, status_code=status, media_type=PROBLEM_MEDIA_TYPE, headers=headers)


def _request_fields(exc: RequestValidationError) -> tuple[FieldProblem, ...]:
    problems = []
    for item in exc.errors():
        location = list(item.get("loc", ()))
        if location and location[0] == "body":
            location = location[1:]
        problems.append(FieldProblem(pointer=json_pointer(location), message=str(item["msg"])))
    return tuple(problems)


def install_problem_handlers(app: FastAPI) -> None:
    @app.exception_handler(EvalAssistError)
    async def _domain(_: Request, exc: EvalAssistError) -> JSONResponse:
        if exc.status >= 500:
            log.error("request failed: %s", exc.detail)
        return problem_response(
            exc.status, exc.title, exc.detail, slug=exc.type_slug, fields=exc.fields
        )

    @app.exception_handler(RequestValidationError)
    async def _validation(_: Request, exc: RequestValidationError) -> JSONResponse:
        fields = _request_fields(exc)
        detail = f"{len(fields)} invalid field(s): " + "; ".join(
            f"{f.pointer}: {f.message}" for f in fields[:5]
        )
        return problem_response(422, "Invalid input", detail, slug="invalid-input", fields=fields)

    @app.exception_handler(StarletteHTTPException)
    async def _http(_: Request, exc: StarletteHTTPException) -> JSONResponse:
        title = {401: "Unauthorized", 404: "Not found", 405: "Method not allowed"}.get(
            exc.status_code, "HTTP error"
        )
        return problem_response(
            exc.status_code,
            title,
            str(exc.detail),
            slug=title.lower().replace(" ", "-"),
            headers=dict(exc.headers) if exc.headers else None,
        )

    @app.exception_handler(Exception)
    async def _unexpected(_: Request, exc: Exception) -> JSONResponse:
        log.exception("unhandled error", exc_info=exc)
        return problem_response(
            500, "Internal error", "An unexpected error occurred.", slug="internal"
        )
