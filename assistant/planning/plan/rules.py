"""The plan's hard rules, checked in code after every composition (and by the tests):

1. every number in the brief appears unchanged in the plan (and in its rendered document);
2. every method recommendation cites at least one passage the knowledge base returned;
3. nothing is presented as measured: figures are baselines, targets or forecasts, labelled.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from decimal import Decimal
from typing import Any

from assistant.errors import EvalAssistError, FieldProblem
from assistant.messages import Text
from assistant.planning.brief import ProgramBrief
from assistant.planning.plan.format import labelled
from assistant.planning.plan.models import Figure, FigureKind, Level, Plan, cited_ids
from assistant.text.formatting import format_number
from assistant.text.language import Language
from assistant.text.numbers import DIGITS

_NUMBER = re.compile(rf"(?<![\w.,])(?:{DIGITS})(?![\w]|[.,]\d)")
_DATE_FIELDS = frozenset({"year", "quarter", "month", "day", "within"})


class PlanRuleError(EvalAssistError):
    """A composed plan broke a hard rule: a defect of the engine, never the user's input."""

    title = "Plan failed a hard rule"
    type_slug = "plan-rule"


def brief_numbers(brief: ProgramBrief) -> tuple[list[str], list[Decimal]]:
    """The numbers written inside the brief's texts, and its numeric field values. The
    organisation's name is a name, not a figure ("Team 42"): the plan need not repeat it."""
    tokens: list[str] = []
    values: list[Decimal] = []
    fields = brief.model_dump(mode="python", exclude={"language", "methodology", "organisation"})
    for value in _walk(fields):
        if isinstance(value, str):
            tokens.extend(m.group() for m in _NUMBER.finditer(value))
        elif isinstance(value, int | Decimal) and not isinstance(value, bool):
            values.append(Decimal(value))
    return _unique(tokens), _unique(values)


def _walk(data: Any) -> Iterator[Any]:
    if isinstance(data, dict):
        is_date = "text" in data and _DATE_FIELDS & set(data)
        for key, value in data.items():
            if is_date and key in _DATE_FIELDS:
                continue  # a date's parts are read from its text, which is checked as written
            yield from _walk(value)
    elif isinstance(data, list):
        for item in data:
            yield from _walk(item)
    else:
        yield data


def _unique(items: list[Any]) -> list[Any]:
    return list(dict.fromkeys(items))


def _contains(text: str, number: str) -> bool:
    return re.search(rf"(?<![\w.,]){re.escape(number)}(?![\w]|[.,]\d)", text) is not None


def missing_numbers(brief: ProgramBrief, text: str, language: Language) -> list[str]:
    """The brief's numbers that ``text`` (the plan without its brief, or a rendering) lacks."""
    tokens, values = brief_numbers(brief)
    missing = [token for token in tokens if not _contains(text, token)]
    for value in values:
        written = {format_number(value, language), format(value.normalize(), "f"), str(value)}
        if not any(_contains(text, form) for form in written):
            missing.append(format_number(value, language))
    return missing


def plan_text(plan: Plan) -> str:
    """The plan as JSON without the brief it was drafted from, the text rule 1 is checked on."""
    return plan.model_dump_json(exclude={"brief"})


def uncited(plan: Plan) -> list[str]:
    """Method recommendations that cite nothing (the models already require most to cite)."""
    return [o.id for o in plan.objectives if o.origin == "method" and not o.citation_ids]


def unknown_citations(plan: Plan, exists: Callable[[str], bool]) -> list[str]:
    return sorted({chunk_id for chunk_id in cited_ids(plan) if not exists(chunk_id)})


def presented_as_measured(plan: Plan) -> list[str]:
    """Figures a draft presents as measured, or targets a text shows without their label."""
    return [f"{problem.pointer}: {problem.message}" for problem in measured_problems(plan)]


def measured_problems(plan: Plan) -> list[FieldProblem]:
    """``presented_as_measured`` as problems at the plan's parts, in the reader's language."""
    problems = [
        FieldProblem.of(path, Text.of("plan.rule.measured"))
        for path, figure in figures(plan)
        if figure.kind is FigureKind.MEASURED
    ]
    if plan.roi_forecast is not None and plan.roi_forecast.label != "forecast":
        problems.append(FieldProblem.of("/roi_forecast", Text.of("plan.rule.forecast_unlabelled")))
    for index, objective in enumerate(plan.objectives):
        if objective.level is not Level.RESULTS:
            continue
        for figure in (objective.baseline, objective.target):
            if figure is not None and labelled(figure, plan.language) not in objective.text:
                kind = Text.of(f"plan.rule.kind.{figure.kind.value}")
                unlabelled = Text.of("plan.rule.unlabelled", kind=kind)
                problems.append(FieldProblem.of(f"/objectives/{index}", unlabelled))
    return problems


def figures(plan: Plan) -> Iterator[tuple[str, Figure]]:
    for index, objective in enumerate(plan.objectives):
        for name in ("baseline", "target"):
            figure = getattr(objective, name)
            if figure is not None:
                yield f"/objectives/{index}/{name}", figure
    for index, goal in enumerate(plan.impact_map.operational_goals):
        for name in ("baseline", "target"):
            figure = getattr(goal, name)
            if figure is not None:
                yield f"/impact_map/operational_goals/{index}/{name}", figure
    for index, level in enumerate(plan.measurement_plan.levels):
        for name in ("baselines", "targets"):
            for n, figure in enumerate(getattr(level, name)):
                yield f"/measurement_plan/levels/{index}/{name}/{n}", figure


def broken_rules(plan: Plan, *, exists: Callable[[str], bool]) -> list[FieldProblem]:
    """Every broken hard rule, with the JSON Pointer of the part of the plan that breaks it."""
    problems = [
        FieldProblem.of("", Text.of("plan.rule.missing_number", number=n))
        for n in missing_numbers(plan.brief, plan_text(plan), plan.language)
    ]
    pointers = {objective.id: f"/objectives/{i}" for i, objective in enumerate(plan.objectives)}
    problems += [
        FieldProblem.of(pointers[oid], Text.of("plan.rule.uncited", objective=oid))
        for oid in uncited(plan)
    ]
    unknown = unknown_citations(plan, exists)
    places = {c.chunk_id: f"/citations/{i}/chunk_id" for i, c in enumerate(plan.citations)}
    problems += [
        FieldProblem.of(
            places.get(cid, "/citations"), Text.of("plan.rule.unknown_citation", chunk_id=cid)
        )
        for cid in unknown
    ]
    return problems + measured_problems(plan)


def listed(problems: list[FieldProblem]) -> tuple[Text, ...]:
    """Each problem as "pointer: what is wrong", for a detail that names them all."""
    return tuple(
        Text.of("plan.rule.at", pointer=p.pointer or "/", problem=p.text or p.message)
        for p in problems
    )


def enforce(plan: Plan, *, exists: Callable[[str], bool]) -> None:
    """Raise ``PlanRuleError`` naming every broken rule; silent when the plan keeps them all."""
    problems = broken_rules(plan, exists=exists)
    if problems:
        raise PlanRuleError(
            Text.of("plan.draft_breaks_rule", problems=listed(problems)), fields=tuple(problems)
        )
