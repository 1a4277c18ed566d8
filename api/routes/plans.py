"""``/v1/plans``: draft evaluation plans, store them with versions, list, edit and export them."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Header, Query, Response, status

from api.deps import MAX_INDEX, ServicesDep, WorkspaceDep
from assistant.errors import PreconditionFailedError
from assistant.messages import Text
from assistant.planning.plan import Plan, PlanDraftRequest
from assistant.planning.plan.export import MEDIA_TYPES, ExportFormat
from assistant.store.plans import PlanPage, PlanRecord

router = APIRouter(prefix="/plans", tags=["plans"])

VersionQuery = Annotated[
    int | None, Query(ge=1, le=MAX_INDEX, description="A stored version; the latest when omitted.")
]


@router.post("", status_code=status.HTTP_201_CREATED)
def create_plan(
    services: ServicesDep, workspace: WorkspaceDep, request: PlanDraftRequest, response: Response
) -> PlanRecord:
    """Draft an evaluation plan and store it as version 1.

    Send either `brief` (a ProgramBrief: `title` and at least one business goal or desired
    behaviour; see the schema) or `text` (a free-text brief in Dutch or English, with optional
    `language`). The plan holds objectives per level with a SMART verdict each, the impact map
    (also as Mermaid), the measurement plan per level, in Phillips mode the isolation method,
    KPI-to-money conversion, fully loaded cost checklist, intangibles and - when the brief has
    costs and expected benefits - the ROI calculator's forecast (label `forecast`). Every method
    recommendation cites knowledge-base passages listed in `citations`. Targets and baselines are
    labelled as such; nothing is presented as measured. What the brief leaves open is listed in
    `open_questions`. The same brief always gives the same plan.
    """
    record = services.plans_in(workspace).create(request)
    response.headers["Location"] = f"/v1/plans/{record.id}"
    return record


@router.get("")
def list_plans(
    services: ServicesDep,
    workspace: WorkspaceDep,
    limit: Annotated[int, Query(ge=1, le=100, description="Plans per page.")] = 20,
    offset: Annotated[int, Query(ge=0, le=MAX_INDEX, description="Plans to skip.")] = 0,
) -> PlanPage:
    """List stored plans, most recently updated first, with `total` and the `next_offset` to
    pass for the next page (null on the last page)."""
    return services.plans_in(workspace).list(limit=limit, offset=offset)


@router.get("/{plan_id}")
def get_plan(
    services: ServicesDep,
    workspace: WorkspaceDep,
    plan_id: str,
    response: Response,
    version: VersionQuery = None,
) -> PlanRecord:
    """One stored plan, at its latest version or at `version`. 404 when there is no such plan.
    The `ETag` is the latest version: send it back as `If-Match` with an edit."""
    record = services.plans_in(workspace).get(plan_id, version)
    response.headers["ETag"] = f'"{record.latest_version}"'
    return record


def _if_match(value: str | None) -> int | None:
    """The version an ``If-Match`` names (``"3"``, ``W/"3"`` or ``3``); ``None`` for none or
    ``*``; 412 for anything that is not a version."""
    if value is None or value.strip() == "*":
        return None
    tag = value.strip().removeprefix("W/").strip('"')
    if not tag.isdigit() or len(tag) > 9:
        raise PreconditionFailedError(Text.of("plan.bad_if_match", value=repr(value[:40])))
    return int(tag)


@router.put("/{plan_id}", responses={412: {"description": "`If-Match` names an older version."}})
def update_plan(
    services: ServicesDep,
    workspace: WorkspaceDep,
    plan_id: str,
    plan: Plan,
    response: Response,
    if_match: Annotated[str | None, Header(description="The ETag (version) edited from.")] = None,
) -> PlanRecord:
    """Store an edited plan as the next version (2, 3, ...); earlier versions stay readable with
    `?version=`. The body is a whole `Plan` and keeps the hard rules a draft keeps: every cited
    passage id is in its `citations` and exists in the knowledge base, every number of the brief
    still appears, nothing is presented as measured, and `roi_forecast` is the ROI calculator's
    forecast for the brief's costs and benefits (filled in when sent as null). A plan that
    breaks a rule is refused with 422 and a JSON Pointer per offending part. With `If-Match`
    (the `ETag` of the version edited), an edit of a plan saved meanwhile is refused with 412."""
    record = services.plans_in(workspace).update(plan_id, plan, expected=_if_match(if_match))
    response.headers["ETag"] = f'"{record.latest_version}"'
    return record


@router.get(
    "/{plan_id}/export",
    response_class=Response,
    responses={
        200: {
            "content": {media: {} for media in MEDIA_TYPES.values()},
            "description": "The plan as Markdown, Word (DOCX) or JSON.",
        }
    },
)
def export_plan(
    services: ServicesDep,
    workspace: WorkspaceDep,
    plan_id: str,
    format: Annotated[ExportFormat, Query(description="md, docx or json.")] = ExportFormat.MD,
    version: VersionQuery = None,
) -> Response:
    """Download a plan as Markdown (`md`), a Word document (`docx`: headings, a table per level,
    the impact map and the ROI forecast as tables, the source list) or `json`. The file is named
    after the plan's title and version (`first-call-fix-v3.docx`) in `Content-Disposition`."""
    exported = services.plans_in(workspace).export(plan_id, format, version)
    return Response(
        content=exported.content,
        media_type=exported.media_type,
        headers={"Content-Disposition": f'attachment; filename="{exported.filename}"'},
    )
