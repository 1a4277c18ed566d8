"""The open questions of a brief: what the advisor still has to ask, in the brief's language.

Ordered like the V-model is designed: business goals (level 4) first, then behaviour (level 3),
learning (levels 2 and 1), then the practical and financial details.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

from assistant.planning.brief import BriefDraft, Methodology
from assistant.text.language import Language


class OpenQuestion(BaseModel):
    """Something the brief does not say yet; ``field`` is the JSON pointer it would fill."""

    model_config = ConfigDict(frozen=True)

    field: str
    question: str


Q: dict[Language, dict[str, str]] = {
    Language.NL: {
        "title": "Hoe heet het programma?",
        "goals": (
            "Welk organisatiedoel (niveau 4) moet het programma dienen: welke KPI, van welke "
            "nulmeting naar welke streefwaarde, voor wanneer?"
        ),
        "kpi": "Aan welke KPI meet je '{goal}'?",
        "baseline": "Wat is de huidige waarde (nulmeting) van {kpi}?",
        "target": "Welke streefwaarde geldt voor {kpi}?",
        "deadline": "Voor wanneer moet {kpi} de streefwaarde bereiken?",
        "behaviours": (
            "Welk concreet, waarneembaar gedrag (niveau 3) moeten deelnemers na het programma "
            "in hun werk laten zien?"
        ),
        "activities": "Uit welke leeractiviteiten bestaat het programma (training, coaching, "
        "intervisie, praktijkopdrachten, e-learning)?",
        "target_group": "Voor welke doelgroep is het programma?",
        "participants": "Hoeveel deelnemers doen mee?",
        "organisation": "Voor welke organisatie is het programma?",
        "duration": "Hoe lang duurt het programma?",
        "start_date": "Wanneer start het programma?",
        "methodology": (
            "Wil je ook het financiële rendement (ROI, niveau 5) berekenen volgens Phillips, of "
            "volstaat Kirkpatrick (niveau 1-4)?"
        ),
        "costs": (
            "Wat kost het programma, volledig (fully loaded): ontwerp, uitvoering, materialen, "
            "locatie, reizen, evaluatie en de tijd van de deelnemers?"
        ),
        "benefits": (
            "Welke opbrengst verwacht je per jaar (bijv. besparing door lager verzuim), en hoe "
            "wordt het effect van het programma geïsoleerd?"
        ),
        "benefit_period": "Over welke periode geldt de verwachte opbrengst van {amount}: per "
        "jaar, per maand of eenmalig?",
        "unclear_amount": "Waar hoort het bedrag {amount} bij: de kosten van het programma, of "
        "de waarde van een verbetering (bijv. per verzuimdag)?",
        "currency": "In welke valuta reken je? De tekst noemt {currencies}.",
    },
    Language.EN: {
        "title": "What is the programme called?",
        "goals": (
            "Which business goal (level 4) should the programme serve: which KPI, from which "
            "baseline to which target, by when?"
        ),
        "kpi": "Which KPI measures '{goal}'?",
        "baseline": "What is the current value (baseline) of {kpi}?",
        "target": "What is the target value for {kpi}?",
        "deadline": "By when should {kpi} reach its target?",
        "behaviours": (
            "Which concrete, observable behaviour (level 3) should participants show at work "
            "after the programme?"
        ),
        "activities": "Which learning activities make up the programme (training, coaching, "
        "peer learning, on-the-job assignments, e-learning)?",
        "target_group": "Who is the programme for (target group)?",
        "participants": "How many participants will take part?",
        "organisation": "Which organisation is the programme for?",
        "duration": "How long does the programme last?",
        "start_date": "When does the programme start?",
        "methodology": (
            "Do you also want the financial return (ROI, level 5) after Phillips, or is "
            "Kirkpatrick (levels 1-4) enough?"
        ),
        "costs": (
            "What does the programme cost, fully loaded: design, delivery, materials, venue, "
            "travel, evaluation and participants' time?"
        ),
        "benefits": (
            "Which benefit do you expect per year (e.g. savings from lower absenteeism), and "
            "how will the programme's effect be isolated?"
        ),
        "benefit_period": "Over which period does the expected benefit of {amount} apply: per "
        "year, per month or once?",
        "unclear_amount": "What is the amount {amount}: a cost of the programme, or the value of "
        "an improvement (e.g. per day of absence)?",
        "currency": "Which currency do you work in? The text mentions {currencies}.",
    },
}


def open_questions(
    draft: BriefDraft,
    language: Language,
    *,
    benefits_without_period: list[str],
    unclear_amounts: list[str],
    currencies: list[str],
) -> list[OpenQuestion]:
    """Every question the draft leaves open, most important first."""
    q = Q[language]
    asked: list[OpenQuestion] = []

    def ask(pointer: str, key: str, **values: str) -> None:
        asked.append(OpenQuestion(field=pointer, question=q[key].format(**values)))

    if draft.title is None:
        ask("/title", "title")
    if not draft.business_goals:
        ask("/business_goals", "goals")
    for index, goal in enumerate(draft.business_goals):
        kpi = goal.kpi or goal.description[:60]
        if goal.kpi is None:
            ask(f"/business_goals/{index}/kpi", "kpi", goal=goal.description[:80])
        if goal.baseline is None:
            ask(f"/business_goals/{index}/baseline", "baseline", kpi=kpi)
        if goal.target is None:
            ask(f"/business_goals/{index}/target", "target", kpi=kpi)
        if goal.deadline is None:
            ask(f"/business_goals/{index}/deadline", "deadline", kpi=kpi)
    for key, value in (
        ("behaviours", draft.desired_behaviours),
        ("activities", draft.learning_activities),
    ):
        if not value:
            ask(f"/{'desired_behaviours' if key == 'behaviours' else 'learning_activities'}", key)
    for name in ("target_group", "participants", "organisation", "duration", "start_date"):
        if getattr(draft, name) is None:
            ask(f"/{name}", name)
    if draft.methodology is None:
        ask("/methodology", "methodology")
    if draft.methodology is not Methodology.KIRKPATRICK:
        if not draft.costs:
            ask("/costs", "costs")
        if not draft.expected_benefits:
            ask("/expected_benefits", "benefits")
    for amount in benefits_without_period:
        ask("/expected_benefits", "benefit_period", amount=amount)
    for amount in unclear_amounts:
        ask("/costs", "unclear_amount", amount=amount)
    if len(currencies) > 1:
        ask("/costs", "currency", currencies=", ".join(currencies))
    return asked
