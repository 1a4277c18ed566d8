"""``POST /v1/objectives/check``: the SMART checker over HTTP."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter
from pydantic import BaseModel, ConfigDict, Field

from assistant.planning import SmartVerdict, check_objective
from assistant.text.language import Language

router = APIRouter(tags=["objectives"])


class ObjectiveCheckRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    text: Annotated[str, Field(min_length=1, max_length=2000, pattern=r"\S")]
    language: Language | None = None


@router.post("/objectives/check")
def check(request: ObjectiveCheckRequest) -> SmartVerdict:
    """Check one objective against SMART.

    Send the objective as `text` (Dutch or English) and optionally `language` (`nl` or `en`;
    detected when omitted). The answer judges the five criteria of that language - Dutch:
    Specifiek, Meetbaar, Acceptabel, Realistisch, Tijdgebonden; English: Specific, Measurable,
    Achievable, Relevant, Time-bound - each with `passed`, the `reason` and a concrete
    `suggestion`, plus the `signals` the rules found (target group, KPI, baseline, target,
    deadline, vague verbs). The rules are deterministic: the same text gives the same verdict.
    """
    return check_objective(request.text, request.language)
