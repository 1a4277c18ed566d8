"""``ProgramBrief``: what the client tells the advisor about a programme, before any plan exists.

The brief is the top of the V-model: business goals (level 4) and desired behaviour (level 3)
first, the learning activities after. A ``BriefDraft`` is the same with nothing required yet: what
free-text extraction or a chat conversation has gathered so far.
"""

from __future__ import annotations

from decimal import Decimal
from enum import StrEnum
from typing import Annotated, Any

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, model_validator

from assistant.messages import Text as Message
from assistant.messages import TextValueError
from assistant.planning.dates import DateRef
from assistant.planning.lines import BenefitLine, CostLine
from assistant.text.language import Language, detect_language
from assistant.text.numbers import parse_number
from assistant.text.periods import Duration, parse_duration


class Methodology(StrEnum):
    """Phillips adds level 5 (ROI) and isolation; Kirkpatrick stops at level 4 results."""

    PHILLIPS = "phillips"
    KIRKPATRICK = "kirkpatrick"


def _number(value: Any) -> Any:
    return parse_number(value) if isinstance(value, str) else value


def _duration(value: Any) -> Any:
    return parse_duration(value) if isinstance(value, str) else value


Text = Annotated[str, Field(min_length=1, max_length=500)]
Short = Annotated[str, Field(min_length=1, max_length=200)]
Value = Annotated[Decimal, BeforeValidator(_number), Field(allow_inf_nan=False)]
DurationField = Annotated[Duration, BeforeValidator(_duration)]


class BusinessGoal(BaseModel):
    """A level-4 goal: which KPI moves from which baseline to which target, by when."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    description: Text
    kpi: Short | None = None
    baseline: Value | None = None
    target: Value | None = None
    unit: Annotated[str, Field(min_length=1, max_length=40)] | None = None
    deadline: DateRef | None = None


class BriefDraft(BaseModel):
    """A brief in the making: every field optional, unknown fields rejected."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    title: Short | None = None
    organisation: Short | None = None
    language: Language | None = None
    methodology: Methodology | None = None
    target_group: Short | None = None
    participants: Annotated[int, Field(ge=0, le=10_000_000)] | None = None
    duration: DurationField | None = None
    start_date: DateRef | None = None
    business_goals: Annotated[list[BusinessGoal], Field(max_length=50)] = []
    desired_behaviours: Annotated[list[Text], Field(max_length=50)] = []
    learning_activities: Annotated[list[Text], Field(max_length=50)] = []
    costs: Annotated[list[CostLine], Field(max_length=1000)] = []
    expected_benefits: Annotated[list[BenefitLine], Field(max_length=1000)] = []


class ProgramBrief(BriefDraft):
    """A brief a plan can be drafted from: a title and at least one goal or desired behaviour.

    ``language`` is detected from the texts when omitted; ``methodology`` defaults to Phillips.
    """

    title: Short
    language: Language = Language.NL
    methodology: Methodology = Methodology.PHILLIPS

    @model_validator(mode="before")
    @classmethod
    def _detect_language(cls, data: Any) -> Any:
        if isinstance(data, dict) and data.get("language") is None:
            data = {key: value for key, value in data.items() if key != "language"}
            texts = [str(data.get("title", ""))]
            for goal in data.get("business_goals") or []:
                texts.append(str(goal.get("description", "")) if isinstance(goal, dict) else "")
            texts.extend(str(item) for item in data.get("desired_behaviours") or [])
            data["language"] = detect_language(" ".join(texts))
        return data

    @model_validator(mode="after")
    def _has_goal_or_behaviour(self) -> ProgramBrief:
        if not self.business_goals and not self.desired_behaviours:
            raise TextValueError(Message.of("plan.goal_or_behaviour"))
        return self
