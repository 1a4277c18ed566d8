"""Evaluation planning: the programme brief, reading it from free text, and the SMART checker."""

from assistant.planning.brief import BriefDraft, BusinessGoal, Methodology, ProgramBrief
from assistant.planning.dates import DateRef, find_dates
from assistant.planning.extract import BriefExtraction, brief_from_text
from assistant.planning.lines import BenefitLine, CostCategory, CostLine
from assistant.planning.questions import OpenQuestion
from assistant.planning.smart import CriterionVerdict, SmartCriterion, SmartVerdict, check_objective

__all__ = [
    "BenefitLine",
    "BriefDraft",
    "BriefExtraction",
    "BusinessGoal",
    "CostCategory",
    "CostLine",
    "CriterionVerdict",
    "DateRef",
    "Methodology",
    "OpenQuestion",
    "ProgramBrief",
    "SmartCriterion",
    "SmartVerdict",
    "brief_from_text",
    "check_objective",
    "find_dates",
]
