"""A brief's cost and benefit lines are the ROI calculator's own, so they hand over unchanged."""

from assistant.roi.models import (
    Adjustment,
    BenefitLine,
    CostCategory,
    CostLine,
    IsolationMethod,
    Period,
)

__all__ = ["Adjustment", "BenefitLine", "CostCategory", "CostLine", "IsolationMethod", "Period"]
