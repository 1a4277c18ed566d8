"""The chat's pydantic models: sessions, messages, what a turn remembers, and what a reply carries.

Everything a reply computed travels as structured data beside its text (citations, the plan id,
the ``RoiInput`` understood, the ``RoiResult``, coded comments, a SMART verdict), so the REST API,
the CLI and the web page can show it without parsing prose.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from enum import StrEnum
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

from assistant.feedback.models import CodedComment
from assistant.llm.engine import EngineInfo
from assistant.planning.brief import BriefDraft
from assistant.planning.smart import SmartVerdict
from assistant.planning.time_savings import TimeUnit
from assistant.roi import (
    BenefitLine,
    CostLine,
    IsolationMethod,
    RespondentEstimate,
    RoiInput,
    RoiResult,
)
from assistant.text.language import Language
from knowledge_base.models import Citation

MAX_MESSAGE_CHARS = 100_000
"""Longer messages are refused at the edge; the engine reads at most ``READ_CHARS`` of one."""


class Intent(StrEnum):
    """What a user message asks for; the router picks exactly one per turn."""

    ASK_METHOD = "ask_method"
    DESCRIBE_PROGRAMME = "describe_programme"
    DRAFT_PLAN = "draft_plan"
    REVISE_PLAN = "revise_plan"
    SHOW_PLAN = "show_plan"
    COMPUTE_ROI = "compute_roi"
    CONFIRM_ROI = "confirm_roi"
    CORRECT_ROI = "correct_roi"
    CODE_COMMENTS = "code_comments"
    CHECK_OBJECTIVE = "check_objective"
    GREETING = "greeting"
    HELP = "help"
    SMALLTALK = "smalltalk"
    OUT_OF_SCOPE = "out_of_scope"
    UNCLEAR = "unclear"
    EMPTY = "empty"
    SAFETY = "safety"


Awaiting = Literal["brief", "roi_figures", "roi_confirmation", "plan_go"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class OpenFigure(_Model):
    """A figure the chat asked about: the answer is read together with its sentence."""

    kind: Literal["role", "value", "period", "rate", "pct", "count", "times"]
    shown: str
    """The figure as the user wrote it ("EUR 80.000", "9 %")."""
    context: str
    """The sentence it stood in."""
    unit: str | None = None
    """For a rate: the time unit it is asked per ("hour"); for a cost per thing, the thing
    ("session")."""
    asked: int = 0
    """How many times the chat has asked about it; from the second time it offers the most
    conservative reading, taken when the user then just says to go ahead."""
    shares: RoiFigures | None = None
    """The attribution, confidence and isolation said of this benefit while it waited on its
    answer, kept for its line when another benefit came with shares of its own."""


class RoiFigures(_Model):
    """The figures for an ROI calculation gathered so far, each as the user gave it."""

    participants: int | None = None
    participant_group: str | None = Field(default=None, description='"teamleiders", "associates"')
    units: dict[str, int] = Field(
        default_factory=dict, description='sites, teams, stores counted so far: {"sites": 5}'
    )
    currency: str | None = None
    time_rate: tuple[str, TimeUnit] | None = Field(
        default=None, description='the participants\' time priced at, as written: ("€ 46", "hour")'
    )
    costs: list[CostLine] = []
    benefits: list[BenefitLine] = []
    attribution_pct: Decimal | None = None
    confidence_pct: Decimal | None = None
    isolation_method: IsolationMethod | None = None
    profit_margin_pct: Decimal | None = None
    cut_pct: Decimal | None = Field(
        default=None, description="an extra conservative cut the user asked for, in percent"
    )
    open: list[OpenFigure] = Field(default_factory=list, description="figures asked about")
    stated_total: Decimal | None = Field(
        default=None, description="a total that did not match the items, until the user settles it"
    )
    benefit_years: int | None = Field(
        default=None, description="the years the user asked the benefits to be counted over"
    )
    responses: list[RespondentEstimate] = Field(
        default_factory=list, description="per-respondent estimates pasted as a table"
    )
    response_labels: list[str] = Field(
        default_factory=list, description='the respondents as the table named them ("A", "Anna")'
    )
    disputed_shares: dict[str, list[Decimal]] = Field(
        default_factory=dict,
        description='two values said for one share ({"attribution": [30, 40]}), until the user '
        "settles which holds",
    )


class ChatState(_Model):
    """What the conversation has built so far; every turn reads and updates it."""

    brief: BriefDraft = BriefDraft()
    asked: list[str] = Field(default_factory=list, description="brief fields asked, oldest first")
    awaiting: Awaiting | None = None
    pending: list[str] = Field(
        default_factory=list,
        description="brief fields the last reply "
        "asked about; the next message is read as their answer",
    )
    plan_id: str | None = None
    plan_version: int | None = None
    roi_figures: RoiFigures = RoiFigures()
    roi_input: RoiInput | None = Field(default=None, description="the last RoiInput understood")
    roi_confirmed: bool = False
    roi_result: RoiResult | None = None
    last_question: str | None = Field(
        default=None, description="the last method question, for a follow-up to build on"
    )
    turns: int = 0
    language: Language | None = Field(default=None, description="the last reply's language")


class PlanInfo(_Model):
    """A stored plan version the reply drafted, revised or shows."""

    plan_id: str
    version: int
    title: str
    summary: str
    objective_id: str | None = Field(default=None, description="the objective a revision changed")


class ToolResults(_Model):
    """The structured outcome of the tools a turn used (empty fields: not used)."""

    plan: PlanInfo | None = None
    brief: BriefDraft | None = None
    open_questions: list[str] = []
    roi_input: RoiInput | None = None
    roi_result: RoiResult | None = None
    coded_comments: list[CodedComment] = []
    smart: SmartVerdict | None = None
    topics: list[str] = Field(
        default_factory=list,
        description="a method question the sources do not cover: the nearest topics they treat",
    )


class ChatReply(_Model):
    """The assistant's answer to one message: text plus everything it is based on."""

    text: str
    language: Language
    intent: Intent
    citations: list[Citation] = []
    tools: ToolResults = ToolResults()
    engine: EngineInfo = EngineInfo()
    notes: list[str] = Field(
        default_factory=list, description="what the engine did on the side (e.g. truncation)"
    )


Role = Literal["user", "assistant"]


class ChatMessage(_Model):
    """One message of a session's history; assistant messages keep their structured reply."""

    position: int
    role: Role
    text: str
    language: Language | None = None
    intent: Intent | None = None
    reply: ChatReply | None = None
    created_at: datetime


Title = Annotated[str, Field(min_length=1, max_length=200, pattern=r"\S")]


class ChatSessionInfo(_Model):
    """A session as lists show it."""

    id: str
    title: str
    language: Language | None = Field(default=None, description="reply language override")
    created_at: datetime
    updated_at: datetime
    messages: int = 0


class ChatSession(ChatSessionInfo):
    """A session with its memory and its history."""

    state: ChatState
    history: list[ChatMessage] = []


class SessionPage(_Model):
    items: list[ChatSessionInfo]
    total: int
    offset: int
    limit: int


class SessionCreate(_Model):
    title: Title | None = None
    language: Language | None = None


class SessionUpdate(_Model):
    """Rename a session, or set (or clear, with null) its reply language."""

    title: Title | None = None
    language: Language | None = None


class MessageIn(_Model):
    """A user message; empty text is allowed and gets a gentle question back."""

    text: Annotated[str, Field(max_length=MAX_MESSAGE_CHARS)]
