"""``Plan``: the evaluation plan a manager signs off, as one validated JSON document.

Objectives per level, the impact map, the measurement plan (V-model: designed from level 4/5 down,
measured from level 1 up), the ROI forecast, open questions and the passages every method
recommendation cites. Figures are labelled as baseline, target or forecast: a draft never holds a
measurement.
"""

from __future__ import annotations

from decimal import Decimal
from enum import IntEnum, StrEnum
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from assistant.llm.engine import EngineInfo
from assistant.planning.brief import Methodology, ProgramBrief
from assistant.planning.questions import OpenQuestion
from assistant.planning.smart import SmartVerdict
from assistant.roi.models import CostCategory, IsolationMethod
from assistant.roi.results import RoiResult
from assistant.text.language import Language

SCHEMA_VERSION: Literal[1] = 1
Text = Annotated[str, Field(min_length=1, max_length=2000)]
CitationIds = Annotated[list[str], Field(min_length=1, max_length=10)]
"""Every method recommendation cites at least one knowledge-base passage by chunk id."""


class Level(IntEnum):
    """Kirkpatrick levels 1-4; Phillips adds 5 (ROI)."""

    REACTION = 1
    LEARNING = 2
    BEHAVIOUR = 3
    RESULTS = 4
    ROI = 5


class FigureKind(StrEnum):
    BASELINE = "baseline"
    TARGET = "target"
    FORECAST = "forecast"
    UNIT_VALUE = "unit_value"
    """An agreed value of one unit of a KPI (e.g. the cost of one day of absence)."""
    MEASURED = "measured"


class Figure(BaseModel):
    """A number with what it is: a baseline, a target (agreed or ``proposed``), a forecast, or
    - only once someone measured it - a measurement."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    kind: FigureKind
    value: Decimal
    unit: Annotated[str, Field(max_length=40)] | None = None
    proposed: bool = False
    """A norm the plan suggests, not one the client gave: to be confirmed."""


class _Part(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Objective(_Part):
    """One objective at one level, with its SMART verdict."""

    id: Annotated[str, Field(pattern=r"^L[1-5]-\d+$")]
    level: Level
    text: Text
    indicator: Text
    baseline: Figure | None = None
    target: Figure | None = None
    deadline: str | None = None
    origin: Literal["brief", "method"]
    """``brief``: the client's own goal or behaviour; ``method``: proposed from the method."""
    smart: SmartVerdict
    citation_ids: list[str] = []


class StrategicGoal(_Part):
    id: str
    text: Text
    proposed: bool
    """True when derived from the KPIs rather than stated in the brief: to be confirmed."""


class OperationalGoal(_Part):
    id: str
    description: Text
    kpi: str | None = None
    baseline: Figure | None = None
    target: Figure | None = None
    unit: str | None = None
    deadline: str | None = None
    figures: str | None = None
    """Baseline and target as the plan's language writes them: "6 % → 4,5 %", "$40,000 → ?"."""


class CriticalBehaviour(_Part):
    id: str
    text: Text
    success_indicators: list[Text]


class LearningActivity(_Part):
    id: str
    text: Text


class Link(_Part):
    """An arrow of the impact map, from the contributing element to what it serves."""

    source: str
    target: str
    assumed: bool = False
    """True when the brief does not say so and the link is the plan's assumption."""


class ImpactMap(_Part):
    """Learning activities -> critical work behaviours -> operational -> strategic goals."""

    strategic_goals: list[StrategicGoal]
    operational_goals: list[OperationalGoal]
    behaviours: list[CriticalBehaviour]
    activities: list[LearningActivity]
    links: list[Link]
    mermaid: str
    citation_ids: CitationIds


class LevelPlan(_Part):
    """How one level is measured: what, with which instruments, from where, when, by whom."""

    level: Level
    name: str
    what: Text
    indicators: list[Text]
    instruments: list[Text]
    data_source: Text
    timing: Text
    owner: Text
    baselines: list[Figure] = []
    targets: list[Figure] = []
    citation_ids: CitationIds


class Isolation(_Part):
    method: IsolationMethod
    label: str
    reason: Text
    confidence_adjustment: Text | None = None
    citation_ids: CitationIds


class Conversion(_Part):
    """How an improvement of one KPI becomes money (Phillips level 5)."""

    operational_goal_id: str
    kpi: str
    method: Text
    data_source: Text
    unit_values: list[Figure] = []
    """Values per unit the brief gives for this KPI (e.g. cost of one day of absence)."""
    citation_ids: CitationIds


class CostItem(_Part):
    """One line of the fully-loaded cost checklist; ``amounts`` are the brief's own lines."""

    category: CostCategory
    label: str
    in_brief: bool
    lines: list[str] = []


class PhillipsSection(_Part):
    isolation: Isolation
    conversions: list[Conversion]
    cost_checklist: list[CostItem]
    cost_citation_ids: CitationIds
    intangibles: list[Text]
    intangibles_citation_ids: CitationIds


class EvidenceLink(_Part):
    level: Level
    evidence: Text
    leading_indicators: list[Text]


class KirkpatrickSection(_Part):
    """Levels 1-4 as a chain of evidence: no isolation, no money, and labelled so."""

    label: Text
    chain: list[EvidenceLink]
    citation_ids: CitationIds


class Recommendation(_Part):
    """A method rule the plan applies (V-model order, SMART, transfer, monitoring)."""

    topic: str
    text: Text
    citation_ids: CitationIds


class MeasurementPlan(_Part):
    recommendations: list[Recommendation]
    levels: list[LevelPlan]
    phillips: PhillipsSection | None = None
    kirkpatrick: KirkpatrickSection | None = None


class PlanCitation(_Part):
    """A knowledge-base passage the plan cites, quoted, with where it stands in its source."""

    chunk_id: str
    collection: str
    source: str
    title: str
    quote: Text
    line_start: int
    line_end: int
    start: int
    end: int


class Budget(_Part):
    """The brief's cost and benefit lines, written out with every figure as the brief gave it."""

    costs: list[str]
    benefits: list[str]
    note: str


class Plan(BaseModel):
    """The evaluation plan. The same brief always gives the same plan (offline engine)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    schema_version: Literal[1] = SCHEMA_VERSION
    title: str
    language: Language
    methodology: Methodology
    brief: ProgramBrief
    objectives: list[Objective]
    impact_map: ImpactMap
    measurement_plan: MeasurementPlan
    budget: Budget | None = None
    roi_forecast: RoiResult | None = None
    open_questions: list[OpenQuestion]
    citations: list[PlanCitation]
    engine: EngineInfo

    @model_validator(mode="after")
    def _consistent(self) -> Plan:
        known = {citation.chunk_id for citation in self.citations}
        missing = sorted(set(cited_ids(self)) - known)
        if missing:
            raise ValueError(f"cited passages missing from 'citations': {', '.join(missing)}")
        if self.roi_forecast is not None and self.roi_forecast.label != "forecast":
            raise ValueError("roi_forecast must carry the label 'forecast'")
        if self.methodology is Methodology.KIRKPATRICK and self.measurement_plan.phillips:
            raise ValueError("a Kirkpatrick plan has no Phillips section (isolation, money)")
        return self


def cited_ids(plan: Plan) -> list[str]:
    """Every chunk id the plan cites, in reading order, repeats included."""
    found: list[str] = [*plan.impact_map.citation_ids]
    for objective in plan.objectives:
        found.extend(objective.citation_ids)
    measurement = plan.measurement_plan
    for recommendation in measurement.recommendations:
        found.extend(recommendation.citation_ids)
    for level in measurement.levels:
        found.extend(level.citation_ids)
    if measurement.phillips is not None:
        phillips = measurement.phillips
        found.extend(phillips.isolation.citation_ids)
        for conversion in phillips.conversions:
            found.extend(conversion.citation_ids)
        found.extend(phillips.cost_citation_ids + phillips.intangibles_citation_ids)
    if measurement.kirkpatrick is not None:
        found.extend(measurement.kirkpatrick.citation_ids)
    return found
