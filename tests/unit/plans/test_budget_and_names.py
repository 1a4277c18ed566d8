"""The plan's money section says only what is there (a forecast, or why there is none), a loss
is told as the rise needed to break even, and downloads are named after the plan."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

import pytest

from assistant.planning.plan import OfflineComposer, Plan, PlanDraftRequest, draft_plan
from assistant.planning.plan.export import export_filename, to_markdown
from assistant.planning.plan.service import checked_edit
from assistant.roi.results import BreakEven
from tests.plan_fixtures import EXAMPLES


def brief(name: str = "customer_service_brief.json", **changes: Any) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((EXAMPLES / name).read_text(encoding="utf-8"))
    data.update(changes)
    return data


def drafted(composer: OfflineComposer, **changes: Any) -> Plan:
    return draft_plan(PlanDraftRequest(brief=brief(**changes)), composer=composer)


FORECAST_PROMISE = ("ROI forecast below", "ROI-prognose hieronder")


@pytest.mark.parametrize(
    ("changes", "says"),
    [
        ({"expected_benefits": []}, "the brief names no expected benefits in money"),
        ({"costs": []}, "the brief names no costs"),
        (
            {"costs": [{"category": "delivery", "description": "Free pilot", "amount": 0}]},
            "the calculator could not make one from these amounts",
        ),
    ],
)
def test_markdown_promises_no_forecast_that_is_not_there(
    composer: OfflineComposer, changes: dict[str, Any], says: str
) -> None:
    plan = drafted(composer, **changes)
    assert plan.roi_forecast is None and plan.budget is not None
    md = to_markdown(plan)
    assert not any(promise in md for promise in FORECAST_PROMISE)
    assert "ROI forecast (an expectation" not in md
    assert says in md and says in plan.budget.note


def test_markdown_announces_the_forecast_it_shows(composer: OfflineComposer) -> None:
    md = to_markdown(drafted(composer))
    assert "the ROI forecast below uses them" in md
    assert "### ROI forecast (an expectation, not a measurement)" in md


def test_a_forecast_at_a_loss_says_how_far_benefits_must_rise(composer: OfflineComposer) -> None:
    # costs 14,000 + 21,600 + 60 x 238 + 3,000 + 4,500 + 200,000 = 257,380; benefits
    # 21,000 x 4.20 x 60% x 75% + 4,200 x 34 x 50% x 70% = 39,690 + 49,980 = 89,670
    extra = {"category": "acquisition", "description": "Call-centre software", "amount": 200000}
    plan = drafted(composer, costs=[*brief()["costs"], extra])
    forecast = plan.roi_forecast
    assert forecast is not None
    assert (forecast.total_costs, forecast.total_benefits) == (Decimal(257380), Decimal(89670))
    # (257,380 - 89,670) / 89,670 = 187.03...%, rounded up
    assert forecast.break_even.benefit_rise_pct == Decimal("187.04")
    md = to_markdown(plan)
    assert "| Benefits must rise by this to break even | 187.04% |" in md
    assert "Margin to break-even" not in md


def test_an_edit_refreshes_a_forecast_an_older_calculator_stored(
    composer: OfflineComposer,
) -> None:
    plan = drafted(composer, expected_benefits=brief()["expected_benefits"][:1])
    forecast = plan.roi_forecast
    assert forecast is not None and forecast.roi_pct < 0
    margin = -forecast.break_even.benefit_rise_pct  # type: ignore[operator]
    old = forecast.model_copy(
        update={
            "break_even": BreakEven(benefits_needed=forecast.total_costs, benefit_margin_pct=margin)
        }
    )
    stored = plan.model_copy(update={"roi_forecast": old})
    edited = checked_edit(stored, previous=stored, exists=lambda _: True)
    assert edited.roi_forecast == forecast


@pytest.mark.parametrize(
    ("title", "version", "extension", "name"),
    [
        ("First Call Fix", 3, "docx", "first-call-fix-v3.docx"),
        ("Leiderschap in Beweging 2.0", 2, "md", "leiderschap-in-beweging-2-0-v2.md"),
        ("Één team: *veilig*/werken?", 1, "json", "een-team-veilig-werken-v1.json"),
        ('../../etc/passwd "x"', 4, "md", "etc-passwd-x-v4.md"),
        ("Coaching für Café-Mitarbeiter", 1, "docx", "coaching-fur-cafe-mitarbeiter-v1.docx"),
        ("安全培训", 1, "docx", "plan-v1.docx"),
        (
            "A programme whose title runs on and on far beyond what any file name should hold",
            1,
            "md",
            "a-programme-whose-title-runs-on-and-on-far-beyond-what-any-v1.md",
        ),
    ],
)
def test_download_names_come_from_the_title_and_version(
    title: str, version: int, extension: str, name: str
) -> None:
    assert export_filename(title, version=version, extension=extension) == name
