"""Feedback coding: Kirkpatrick levels for open survey comments, synchronously or as jobs."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query, Request, Response
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import FileResponse
from pydantic import BaseModel, Field, TypeAdapter, ValidationError
from starlette.background import BackgroundTask
from starlette.datastructures import UploadFile

from api.deps import MAX_INDEX, ReaderLangDep, ServicesDep, WorkspaceDep
from assistant.errors import InvalidInputError, invalid_input
from assistant.feedback.calibration import read_labels
from assistant.feedback.coders import CoderOut
from assistant.feedback.inspect import TableInfo
from assistant.feedback.jobs import JobPage, JobStatusOut
from assistant.feedback.models import (
    MAX_TEXT_CHARS,
    AgreementReport,
    CodedComment,
    CommentIn,
    JobResultItem,
)
from assistant.feedback.service import MAX_SYNC, remove_tree
from assistant.messages import LANGS, Lang, Text

router = APIRouter(prefix="/feedback", tags=["feedback"])
MAX_CALIBRATION_ROWS = 20_000
_COMMENTS = TypeAdapter(list[CommentIn])
_MEDIA = {
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


class ClassifyRequest(BaseModel):
    comments: list[CommentIn] = Field(max_length=MAX_SYNC)


class ClassifyResponse(BaseModel):
    items: list[CodedComment]


class ResultsPage(BaseModel):
    job_id: str
    total: int
    offset: int
    items: list[JobResultItem]


CoderQuery = Annotated[
    str | None,
    Query(max_length=63, description="A calibrated coder of yours (default: the shipped one)."),
]


@router.post("/classify")
def classify(
    body: ClassifyRequest,
    services: ServicesDep,
    reader: ReaderLangDep,
    workspace: WorkspaceDep,
    coder: CoderQuery = None,
) -> ClassifyResponse:
    """Code up to 1,000 comments now: primary level, all levels, roi, confidence, evidence.

    Instructions inside a comment are treated as data; they never change any label. A comment
    without a language of its own (an empty cell, "-", "8/10") is explained in the reader's
    language (`language`, else `Accept-Language`); other comments in their own.
    """
    return ClassifyResponse(
        items=services.feedback.classify(
            body.comments, reader=reader, coder=coder, workspace=workspace
        )
    )


def _chunks(upload: UploadFile) -> Iterator[bytes]:
    while chunk := upload.file.read(1 << 20):
        yield chunk


_JOB_BODY = {
    "requestBody": {
        "required": True,
        "content": {
            "application/json": {
                "schema": {"type": "array", "items": {"$ref": "#/components/schemas/CommentIn"}}
            },
            "multipart/form-data": {
                "schema": {
                    "type": "object",
                    "required": ["file"],
                    "properties": {
                        "file": {"type": "string", "format": "binary"},
                        "text_column": {"type": "string", "default": "text"},
                        "sheet": {"type": "string"},
                        "language": {"type": "string", "enum": list(LANGS)},
                        "coder": {"type": "string", "description": "a calibrated coder"},
                    },
                }
            },
        },
    }
}


class LabelledComment(BaseModel):
    text: str = Field(default="", max_length=MAX_TEXT_CHARS)
    label: str | None = Field(
        None, max_length=20, description="your code (L1-L4, NONE); none: not coded yet"
    )


class CalibrateRequest(BaseModel):
    name: str = Field(max_length=63)
    items: list[LabelledComment] = Field(max_length=MAX_CALIBRATION_ROWS)


def _inline_schema(model: type[BaseModel]) -> dict[str, Any]:
    """``model``'s JSON schema with its ``$defs`` inlined: a body schema the route declares by
    hand (``openapi_extra``) cannot add components of its own."""
    schema = model.model_json_schema()
    defs = schema.pop("$defs", {})

    def resolve(node: Any) -> Any:
        if isinstance(node, dict):
            if "$ref" in node:
                return resolve(defs[node["$ref"].rsplit("/", 1)[-1]])
            return {key: resolve(value) for key, value in node.items()}
        if isinstance(node, list):
            return [resolve(value) for value in node]
        return node

    resolved: dict[str, Any] = resolve(schema)
    return resolved


_CALIBRATE_BODY = {
    "requestBody": {
        "required": True,
        "content": {
            "application/json": {"schema": _inline_schema(CalibrateRequest)},
            "multipart/form-data": {
                "schema": {
                    "type": "object",
                    "required": ["file", "label_column", "name"],
                    "properties": {
                        "file": {"type": "string", "format": "binary"},
                        "text_column": {"type": "string", "default": "text"},
                        "label_column": {"type": "string"},
                        "name": {"type": "string"},
                        "sheet": {"type": "string"},
                    },
                }
            },
        },
    }
}


_INSPECT_BODY = {
    "requestBody": {
        "required": True,
        "content": {
            "multipart/form-data": {
                "schema": {
                    "type": "object",
                    "required": ["file"],
                    "properties": {
                        "file": {"type": "string", "format": "binary"},
                        "sheet": {"type": "string"},
                    },
                }
            },
        },
    }
}


@dataclass(frozen=True)
class _Upload:
    """The multipart `file`, and its optional text fields (empty ones read as absent)."""

    file: UploadFile
    fields: dict[str, str]

    @property
    def sheet(self) -> str | None:
        return self.fields.get("sheet")

    @property
    def text_column(self) -> str | None:
        return self.fields.get("text_column")

    @property
    def language(self) -> Lang | None:
        value = self.fields.get("language")
        return _language(value) if value else None


_FIELDS = ("sheet", "text_column", "language", "coder", "label_column", "name")


async def _upload(request: Request) -> _Upload:
    form = await request.form()
    upload = form.get("file")
    if not isinstance(upload, UploadFile) or not upload.filename:
        raise InvalidInputError(Text.of("feedback.no_file"))
    values = {name: form.get(name) for name in _FIELDS}
    return _Upload(
        file=upload,
        fields={
            name: str(value) for name, value in values.items() if isinstance(value, str) and value
        },
    )


class _LanguageField(BaseModel):
    language: Lang


def _language(value: object) -> Lang:
    try:
        return _LanguageField.model_validate({"language": value}).language
    except ValidationError as exc:
        raise invalid_input(exc) from exc


@router.post("/inspect", openapi_extra=_INSPECT_BODY)
async def inspect_upload(request: Request, services: ServicesDep) -> TableInfo:
    """Read an uploaded CSV, XLSX or JSONL export the way a job will read it, without coding it:
    its format, encoding and delimiter (CSV), its sheets (XLSX), the columns of the chosen
    `sheet` (default: the first sheet that looks like a table), the row count and the first rows.
    """
    if not request.headers.get("content-type", "").startswith("multipart/form-data"):
        raise InvalidInputError(Text.of("feedback.not_multipart"))
    upload = await _upload(request)
    # Reading a table is blocking work: off the event loop, so other requests keep flowing.
    return await run_in_threadpool(
        services.feedback.inspect_file,
        filename=upload.file.filename or "",
        content=_chunks(upload.file),
        sheet=upload.sheet,
    )


@router.get("/jobs")
def list_jobs(
    services: ServicesDep,
    workspace: WorkspaceDep,
    offset: Annotated[int, Query(ge=0, le=MAX_INDEX, description="Jobs to skip.")] = 0,
    limit: Annotated[int, Query(ge=1, le=100, description="Jobs per page.")] = 20,
) -> JobPage:
    """Coding jobs, newest first, with status, progress, the uploaded file's name and when they
    were created; `total` and `next_offset` (null on the last page) for paging."""
    return services.feedback.list_jobs(offset=offset, limit=limit, workspace=workspace)


@router.post("/jobs", status_code=202, openapi_extra=_JOB_BODY)
async def submit_job(
    request: Request,
    services: ServicesDep,
    workspace: WorkspaceDep,
    reader: ReaderLangDep,
    coder: CoderQuery = None,
) -> JobStatusOut:
    """Queue a coding job: a JSON list of comments, or a multipart upload of a CSV, XLSX or JSONL
    export (form fields `file`, `text_column` (default `text`) and optional `sheet`).
    A calibrated coder of yours codes it when named (form field or query `coder`).

    The job keeps the reader's language (form field or query `language`, else
    `Accept-Language`): comments without a language of their own are explained in it.
    Returns `202` with the job id; poll `GET /v1/feedback/jobs/{id}`.
    """
    content_type = request.headers.get("content-type", "")
    if content_type.startswith("multipart/form-data"):
        upload = await _upload(request)
        return await run_in_threadpool(
            services.feedback.submit_file,
            filename=upload.file.filename or "",
            content=_chunks(upload.file),
            text_column=upload.text_column or "text",
            sheet=upload.sheet,
            reader=upload.language or reader,
            workspace=workspace,
            coder=upload.fields.get("coder") or coder,
        )
    try:
        comments = await run_in_threadpool(_COMMENTS.validate_json, await request.body())
    except ValidationError as exc:
        raise invalid_input(exc, what=Text.of("validation.what.job")) from exc
    return await run_in_threadpool(
        services.feedback.submit_comments,
        comments,
        reader=reader,
        workspace=workspace,
        coder=coder,
    )


@router.get("/jobs/{job_id}")
def job_status(job_id: str, services: ServicesDep, workspace: WorkspaceDep) -> JobStatusOut:
    """A job's status and progress (`done` of `total` comments)."""
    return services.feedback.job_status(job_id, workspace=workspace)


@router.delete(
    "/jobs/{job_id}",
    response_model=JobStatusOut,
    responses={204: {"description": "The finished job and its rows were deleted."}},
)
def cancel_or_delete_job(
    job_id: str, services: ServicesDep, workspace: WorkspaceDep
) -> JobStatusOut | Response:
    """Cancel a queued or running job (200 with its status; coded rows are kept but no results
    are served), or delete a finished, cancelled or failed job and its rows (204)."""
    cancelled = services.feedback.cancel_or_delete_job(job_id, workspace=workspace)
    return Response(status_code=204) if cancelled is None else cancelled


@router.get("/jobs/{job_id}/results", response_model=None)
def job_results(
    job_id: str,
    services: ServicesDep,
    workspace: WorkspaceDep,
    format: Literal["json", "csv", "xlsx"] = "json",
    offset: Annotated[int, Query(ge=0, le=MAX_INDEX)] = 0,
    limit: Annotated[int, Query(ge=1, le=10_000)] = 1_000,
) -> ResultsPage | FileResponse:
    """A finished job's results: paginated JSON (each coded comment with its `text`), or the
    whole export as CSV or XLSX (the input columns plus `kp_primary`, `kp_levels`, `kp_roi`,
    `kp_confidence`, `kp_evidence`, `kp_rationale`, `kp_engine` and the audit record's
    `kp_model`, `kp_prompt_version`, `kp_prompt_hash`, `kp_fallback_reason`; cells are safe to
    open in Excel)."""
    if format == "json":
        total, items = services.feedback.job_results(
            job_id, offset=offset, limit=limit, workspace=workspace
        )
        return ResultsPage(job_id=job_id, total=total, offset=offset, items=items)
    folder = Path(tempfile.mkdtemp(dir=services.settings.ensure_data_dir()))
    try:
        path = services.feedback.export_job(job_id, format, folder, workspace=workspace)
    except Exception:
        remove_tree(folder)
        raise
    return FileResponse(
        path,
        media_type=_MEDIA[format],
        filename=services.feedback.export_name(job_id, format, workspace=workspace),
        background=BackgroundTask(remove_tree, folder),
    )


@router.get("/jobs/{job_id}/agreement")
def job_agreement(
    job_id: str,
    services: ServicesDep,
    workspace: WorkspaceDep,
    gold_column: Annotated[str, Query(min_length=1, description="The human-coded column.")],
) -> AgreementReport:
    """Agreement between a finished job's `primary` levels and a column of its input holding
    human codes (L1-L4 or NONE): accuracy, Cohen's kappa, macro-F1, per level and the confusion
    matrix, over the rows where that column is filled. 422 when the column is not in the input
    or no row has a human code."""
    return services.feedback.job_agreement(job_id, gold_column, workspace=workspace)


@router.post("/coders", status_code=201, openapi_extra=_CALIBRATE_BODY)
async def calibrate(request: Request, services: ServicesDep, workspace: WorkspaceDep) -> CoderOut:
    """Calibrate the coder to your own coding and store it under `name`: a JSON body
    (`name`, `items` of `text` and `label`) or a multipart upload (`file`, `text_column`,
    `label_column`, `name`, optional `sheet`). Rows without a label are not used to calibrate;
    the report suggests which of them to code next. The report gives kappa before and after
    (5-fold cross-validated on your sample, with 95 % intervals), per level, and a learning
    curve. 409 when the name is taken; 422 for unknown labels or too few rows per level."""
    if request.headers.get("content-type", "").startswith("multipart/form-data"):
        upload = await _upload(request)
        label_column = upload.fields.get("label_column")
        if not label_column:
            raise InvalidInputError(Text.of("calibration.no_label_column"))
        return await run_in_threadpool(
            services.feedback.calibrate_file,
            filename=upload.file.filename or "",
            content=_chunks(upload.file),
            text_column=upload.text_column or "text",
            label_column=label_column,
            name=upload.fields.get("name") or "",
            sheet=upload.sheet,
            workspace=workspace,
        )
    try:
        body = CalibrateRequest.model_validate_json(await request.body())
    except ValidationError as exc:
        raise invalid_input(exc) from exc
    labels = read_labels([item.label for item in body.items])
    return await run_in_threadpool(
        services.feedback.calibrate,
        [item.text for item in body.items],
        labels,
        name=body.name,
        workspace=workspace,
    )


@router.get("/coders")
def list_coders(services: ServicesDep, workspace: WorkspaceDep) -> list[CoderOut]:
    """Your calibrated coders with their calibration reports, by name."""
    return services.feedback.coders.list(workspace=workspace)


@router.get("/coders/{name}")
def get_coder(name: str, services: ServicesDep, workspace: WorkspaceDep) -> CoderOut:
    """One calibrated coder and its calibration report."""
    return services.feedback.coders.get(name, workspace=workspace)


@router.delete("/coders/{name}", status_code=204)
def delete_coder(name: str, services: ServicesDep, workspace: WorkspaceDep) -> Response:
    """Delete a calibrated coder (jobs it coded keep its name and version in `kp_model`)."""
    services.feedback.coders.delete(name, workspace=workspace)
    return Response(status_code=204)
