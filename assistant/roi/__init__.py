"""The deterministic Phillips ROI calculator: pure, exact (``Decimal``), no I/O.

``compute_roi(RoiInput) -> RoiResult`` is the one entry point every transport calls.
"""

from assistant.roi.calculator import compute_roi
from assistant.roi.models import (
    Adjustment,
    BenefitLine,
    CostCategory,
    CostLine,
    IsolationMethod,
    Period,
    RespondentEstimate,
    Respondents,
    RoiInput,
)
from assistant.roi.results import RoiLine, RoiResult, RoiStep, RoiWarning, StepKind, WarningCode
from assistant.roi.texts import LANGS, Lang

__all__ = [
    "LANGS",
    "Adjustment",
    "BenefitLine",
    "CostCategory",
    "CostLine",
    "IsolationMethod",
    "Lang",
    "Period",
    "RespondentEstimate",
    "Respondents",
    "RoiInput",
    "RoiLine",
    "RoiResult",
    "RoiStep",
    "RoiWarning",
    "StepKind",
    "WarningCode",
    "compute_roi",
]
