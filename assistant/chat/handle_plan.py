"""The brief over several turns, the plan drafted from it, and revisions stored as new versions."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import TYPE_CHECKING

from assistant.chat import brief_slots, guard
from assistant.chat.context import Ctx, Draft
from assistant.chat.models import Intent, PlanInfo, ToolResults
from assistant.chat.texts import say
from assistant.planning import BriefDraft, ProgramBrief, check_objective
from assistant.planning.smart import SmartCriterion, SmartVerdict
from assistant.text.formatting import join
from assistant.text.language import Language

if TYPE_CHECKING:
    from assistant.planning.plan import Objective, Plan
    from assistant.store.plans import PlanRecord


def describe(ctx: Ctx) -> Draft:
    """Fold the message into the brief, then ask the next one or two open questions."""
    state = ctx.state
    before = state.brief
    new = brief_slots.read_message(ctx.text, ctx.language, ctx.pending, first=not state.asked)
    state.brief = brief_slots.merge(before, new)
    facts = _facts(before, state.brief, ctx.language)
    parts = [ctx.say("brief_noted", facts=join(facts, ctx.language))] if facts else []
    asked = brief_slots.next_questions(state.brief, ctx.language, state.asked)
    if asked:
        state.asked.extend(q.field for q in asked)
        state.pending = [q.field for q in asked]
        state.awaiting = "brief"
        if len(asked) == 2:
            parts.append(ctx.say("brief_ask_two", first=asked[0].question,
                                 second=asked[1].question))  # fmt: skip
        else:
            parts.append(ctx.say("brief_ask", question=asked[0].question))
    elif brief_slots.ready(state.brief):
        state.awaiting = "plan_go"
        parts.append(ctx.say("brief_ready"))
    else:
        parts.append(ctx.say("brief_start"))
    if not facts and not asked:
        parts.insert(0, ctx.say("brief_nothing"))
    tools = ToolResults(brief=state.brief, open_questions=[q.question for q in asked])
    return Draft(Intent.DESCRIBE_PROGRAMME, " ".join(parts), tools=tools)


_FACT_LABELS = {
    Language.NL: {"title": "de naam", "target_group": "de doelgroep", "participants": "het "
                  "aantal deelnemers", "duration": "de duur", "start_date": "de start",
                  "organisation": "de organisatie", "methodology": "de methode",
                  "business_goals": "een organisatiedoel", "desired_behaviours": "het gewenste "
                  "gedrag", "learning_activities": "de leeractiviteiten", "costs": "kosten",
                  "expected_benefits": "de verwachte opbrengst"},
    Language.EN: {"title": "the name", "target_group": "the target group", "participants":
                  "the number of participants", "duration": "the duration", "start_date":
                  "the start", "organisation": "the organisation", "methodology": "the method",
                  "business_goals": "a business goal", "desired_behaviours": "the desired "
                  "behaviour", "learning_activities": "the learning activities", "costs":
                  "costs", "expected_benefits": "the expected benefit"},
}  # fmt: skip


def _facts(before: BriefDraft, after: BriefDraft, language: Language) -> list[str]:
    """What this turn added, named rather than echoed (so no figure is repeated)."""
    old, new = before.model_dump(), after.model_dump()
    return [label for name, label in _FACT_LABELS[language].items() if new[name] != old[name]
            and new[name] not in (None, [])]  # fmt: skip


def draft(ctx: Ctx) -> Draft:
    """Draft and store the plan from the brief gathered so far."""
    from assistant.planning.plan import PlanDraftRequest

    state = ctx.state
    if not brief_slots.ready(state.brief):
        asked = brief_slots.next_questions(state.brief, ctx.language, [])
        question = asked[0].question if asked else ""
        state.awaiting = "brief"
        state.asked.extend(q.field for q in asked[:1])
        state.pending = [q.field for q in asked[:1]]
        return Draft(Intent.DRAFT_PLAN, ctx.say("plan_not_ready", question=question).strip())
    data = state.brief.model_dump(exclude_none=True) | {"language": ctx.language}
    brief = ProgramBrief.model_validate(data)
    currency = state.roi_figures.currency
    record = ctx.tools.plans().create(PlanDraftRequest(brief=brief, currency=currency))
    state.plan_id, state.plan_version, state.awaiting = record.id, record.version, None
    info = plan_info(record, ctx.language)
    text = ctx.say("plan_drafted", title=info.title, version=info.version, summary=info.summary)
    return Draft(Intent.DRAFT_PLAN, text, tools=ToolResults(plan=info, brief=state.brief),
                 calculator=forecast_numbers(record.plan), language=ctx.language)  # fmt: skip


def show(ctx: Ctx) -> Draft:
    if ctx.state.plan_id is None:
        return Draft(Intent.SHOW_PLAN, ctx.say("plan_none"))
    record = ctx.tools.plans().get(ctx.state.plan_id)
    info = plan_info(record, ctx.language)
    text = ctx.say("plan_show", title=info.title, version=info.version, summary=info.summary)
    return Draft(
        Intent.SHOW_PLAN,
        text,
        tools=ToolResults(plan=info),
        calculator=forecast_numbers(record.plan),
    )


def plan_info(record: PlanRecord, language: Language, objective_id: str | None = None) -> PlanInfo:
    return PlanInfo(
        plan_id=record.id,
        version=record.version,
        title=record.plan.title,
        summary=summarise(record.plan, language),
        objective_id=objective_id,
    )


def summarise(plan: Plan, language: Language) -> str:
    """The objectives per level, one line each, and the first open questions."""
    word = "Niveau" if language is Language.NL else "Level"
    lines = ["", *[f"- {word} {int(o.level)}: {o.text}" for o in plan.objectives]]
    questions = [q.question for q in plan.open_questions[:2]]
    if questions:
        lines.append(say("plan_open", language, questions=" ".join(questions)))
    return "\n".join(lines)


_LEVEL = re.compile(r"\b(?:niveau|level|l)\s?([1-5])\b", re.IGNORECASE)
_LEVEL_WORDS = (
    (3, r"gedrag|behaviou?r"),
    (2, r"leerdoel|leren|learning"),
    (4, r"resultaat|results?|organisatiedoel|business"),
    (1, r"reactie|reaction"),
)


def revise(ctx: Ctx) -> Draft:
    """Sharpen one level's objective with the SMART checker's findings; store a new version."""
    state = ctx.state
    if state.plan_id is None:
        return Draft(Intent.REVISE_PLAN, ctx.say("plan_none"))
    level = _level(ctx.text)
    if level is None:
        return Draft(Intent.REVISE_PLAN, ctx.say("revise_no_level"))
    desk = ctx.tools.plans()
    record = desk.get(state.plan_id)
    target = next((o for o in record.plan.objectives if int(o.level) == level), None)
    if target is None:
        return Draft(Intent.REVISE_PLAN, ctx.say("revise_missing_level", level=level))
    new_text = sharpen(target, record.plan, ctx.language)
    if new_text is None:
        return Draft(Intent.REVISE_PLAN, ctx.say("revise_nothing", level=level))
    verdict = check_objective(new_text, ctx.language)
    revised = target.model_copy(update={"text": new_text, "smart": verdict})
    objectives = [revised if o.id == target.id else o for o in record.plan.objectives]
    stored = desk.update(state.plan_id, record.plan.model_copy(update={"objectives": objectives}))
    state.plan_version = stored.version
    smart = ctx.say("revise_smart", score=verdict.score, old=target.smart.score)
    text = ctx.say("revise_done", level=level, version=stored.version, before=target.text,
                   after=new_text, smart=smart)  # fmt: skip
    info = plan_info(stored, ctx.language, objective_id=target.id)
    return Draft(
        Intent.REVISE_PLAN,
        text,
        tools=ToolResults(plan=info, smart=verdict),
        numbers={Decimal(n) for n in (verdict.score, target.smart.score, stored.version)},
        calculator=forecast_numbers(stored.plan),
    )


def forecast_numbers(plan: Plan) -> set[Decimal]:
    """A plan's ROI forecast comes from the calculator: its figures may be quoted."""
    return guard.numbers_of(plan.roi_forecast)


def _level(text: str) -> int | None:
    m = _LEVEL.search(text)
    if m:
        return int(m.group(1))
    for level, pattern in _LEVEL_WORDS:
        if re.search(pattern, text, re.IGNORECASE):
            return level
    return None


_FIXES: dict[Language, dict[SmartCriterion, str]] = {
    Language.NL: {
        SmartCriterion.TIME_BOUND: "binnen drie maanden na afloop van het programma",
        SmartCriterion.ACCEPTABLE: "zoals afgesproken met de deelnemers en hun leidinggevenden",
        SmartCriterion.MEASURABLE: "waargenomen door de leidinggevende met een vaste "
        "observatielijst",
    },
    Language.EN: {
        SmartCriterion.TIME_BOUND: "within three months after the programme",
        SmartCriterion.ACCEPTABLE: "as agreed with the participants and their managers",
        SmartCriterion.MEASURABLE: "observed by their manager with a fixed observation checklist",
    },
}
_RELEVANT = {Language.NL: "zodat {kpi} verbetert", Language.EN: "so that {kpi} improves"}
_RELEVANT_GENERIC = {Language.NL: "zodat het bijdraagt aan het organisatiedoel",
                     Language.EN: "so that it contributes to the business goal"}  # fmt: skip


def sharpen(objective: Objective, plan: Plan, language: Language) -> str | None:
    """The objective with a concrete clause for each SMART criterion it misses; when it meets
    them all, with how it is observed. ``None`` when there is nothing left to add."""
    verdict: SmartVerdict = check_objective(objective.text, language)
    failed = [c.criterion for c in verdict.criteria if not c.passed]
    clauses = [_FIXES[language][c] for c in failed if c in _FIXES[language]]
    if SmartCriterion.RELEVANT in failed:
        kpi = next((g.kpi for g in plan.brief.business_goals if g.kpi), None)
        clauses.append(_RELEVANT[language].format(kpi=kpi) if kpi else _RELEVANT_GENERIC[language])
    if not clauses:
        source = next((lp.data_source for lp in plan.measurement_plan.levels
                       if lp.level == objective.level), None)  # fmt: skip
        if source is None:
            return None
        measure = _MEASURED[language].format(source=source[:1].lower() + source[1:])
        if measure in objective.text:
            return None
        clauses.append(measure)
    return f"{objective.text.rstrip('.')}, {', '.join(clauses)}."


_MEASURED = {Language.NL: "gemeten met {source}", Language.EN: "measured with {source}"}
