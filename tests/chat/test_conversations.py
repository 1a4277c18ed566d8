"""Scripted conversations, Dutch and English, one per journey. Every reply passes the money rule
(checked in ``Conversation.say``); these tests assert on the structured results and language."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from assistant.chat import Intent
from assistant.feedback.models import Level
from assistant.roi import RoiInput, compute_roi
from assistant.text.language import Language
from knowledge_base.service import KnowledgeService
from tests.chat.conftest import Conversation
from tests.checks import present

NL, EN = Language.NL, Language.EN
Talk = Callable[..., Conversation]


def _citations_exist(reply, kb: KnowledgeService) -> None:
    assert reply.citations
    chunks = kb.index.snapshot.chunks
    known = {chunk.chunk_id: chunk for chunk in chunks}
    for citation in reply.citations:
        assert citation.chunk_id in known
        assert f"[{citation.n}]" in reply.text


# --- method questions ------------------------------------------------------------------------


def test_nl_method_question_with_citations(talk: Talk, shipped_service: KnowledgeService) -> None:
    c = talk()
    hello = c.say("Goedemorgen")
    assert hello.intent is Intent.GREETING and hello.language is NL
    answer = c.say("Hoe isoleer je het effect van een training?")
    assert answer.intent is Intent.ASK_METHOD and answer.language is NL
    _citations_exist(answer, shipped_service)
    thanks = c.say("Dank je wel!")
    assert thanks.intent is Intent.SMALLTALK and thanks.language is NL


def test_en_method_questions_with_citations(talk: Talk, shipped_service: KnowledgeService) -> None:
    c = talk()
    assert c.say("Hello").language is EN
    first = c.say("What is the Phillips ROI methodology?")
    assert first.intent is Intent.ASK_METHOD and first.language is EN
    _citations_exist(first, shipped_service)
    second = c.say("How do I measure behaviour change at work?")
    assert second.intent is Intent.ASK_METHOD
    _citations_exist(second, shipped_service)


# --- brief over several turns, then a plan ------------------------------------------------------


def test_nl_brief_gathered_over_turns_then_plan_stored(talk: Talk, services) -> None:
    c = talk()
    first = c.say("We starten een leiderschapsprogramma voor 40 teamleiders.")
    assert first.intent is Intent.DESCRIBE_PROGRAMME and first.language is NL
    assert first.tools.brief is not None and first.tools.brief.participants == 40
    assert first.tools.open_questions == ["Hoe heet het programma?"]
    second = c.say("Coachend leidinggeven")
    assert present(second.tools.brief).title == "Coachend leidinggeven"
    assert len(second.tools.open_questions) == 1 and "organisatiedoel" in second.text
    third = c.say("Het verzuim moet dalen van 6% naar 4,5% binnen een jaar.")
    goal = present(third.tools.brief).business_goals[0]
    assert goal.baseline == Decimal(6) and goal.target == Decimal("4.5")
    fourth = c.say("Teamleiders voeren elke week een coachgesprek met hun medewerkers.")
    assert present(fourth.tools.brief).desired_behaviours
    fifth = c.say("Twee trainingsdagen en drie intervisiebijeenkomsten")
    assert present(fifth.tools.brief).learning_activities and "plan" in fifth.text
    plan = c.say("Ja, stel het plan op.")
    assert plan.intent is Intent.DRAFT_PLAN and plan.language is NL and plan.tools.plan
    stored = services.plans.get(plan.tools.plan.plan_id)
    assert stored.version == 1 and stored.plan.title == "Coachend leidinggeven"
    assert stored.plan.brief.participants == 40
    assert services.chat.get(c.session_id).state.plan_id == stored.id


def test_en_brief_in_few_turns_then_plan(talk: Talk, services) -> None:
    c = talk()
    first = c.say("I want to set up an evaluation for our sales training for 60 account managers.")
    assert first.language is EN and present(first.tools.brief).participants == 60
    second = c.say("Customer First")
    assert present(second.tools.brief).title == "Customer First"
    third = c.say("Customer satisfaction should rise from 7.2 to 8 by the end of 2027.")
    assert present(third.tools.brief).business_goals
    fourth = c.say("Account managers should call every key client once a month.")
    assert present(fourth.tools.brief).desired_behaviours
    plan = c.say("Draft the evaluation plan.")
    assert plan.intent is Intent.DRAFT_PLAN and plan.language is EN
    stored = services.plans.get(present(plan.tools.plan).plan_id)
    assert stored.plan.language is EN and stored.plan.title == "Customer First"


# --- plan revision -------------------------------------------------------------------------------

BRIEF_NL = (
    "Programma: Veilig werken op hoogte\n"
    "Doelgroep: 80 monteurs\n"
    "Het aantal valincidenten moet dalen van 12 naar 6 per jaar voor eind 2027.\n"
    "Monteurs gebruiken bij elke klus op hoogte een valbeveiliging."
)


def test_nl_plan_revised_as_new_version(talk: Talk, services) -> None:
    c = talk()
    c.say(BRIEF_NL)
    drafted = c.say("Stel het evaluatieplan op.")
    plan_id = present(drafted.tools.plan).plan_id
    before = services.plans.get(plan_id).plan
    revised = c.say("Maak het doel voor niveau 3 concreter")
    assert revised.intent is Intent.REVISE_PLAN and revised.language is NL
    assert revised.tools.plan is not None
    assert revised.tools.plan.version == 2 and revised.tools.plan.objective_id == "L3-1"
    after = services.plans.get(plan_id)
    assert after.version == 2
    old = next(o for o in before.objectives if o.id == "L3-1")
    new = next(o for o in after.plan.objectives if o.id == "L3-1")
    assert new.text != old.text and new.text.startswith(old.text.rstrip("."))
    assert new.smart.score >= old.smart.score and revised.tools.smart == new.smart
    assert services.plans.get(plan_id, 1).plan == before


def test_en_plan_revision_of_level_4(talk: Talk, services) -> None:
    c = talk()
    c.say(
        "Our programme is called 'Lean Leaders'. Team leaders should run a daily stand-up "
        "with their team. Rework should fall from 9% to 6% within 12 months."
    )
    assert c.say("Write the plan now.").tools.plan is not None
    shown = c.say("Show me the plan.")
    assert shown.intent is Intent.SHOW_PLAN and present(shown.tools.plan).version == 1
    revised = c.say("Make the level 4 objective more specific.")
    assert revised.intent is Intent.REVISE_PLAN and revised.language is EN
    revised_plan = present(revised.tools.plan)
    assert revised_plan.version == 2 and present(revised_plan.objective_id).startswith("L4")


# --- ROI -----------------------------------------------------------------------------------------


def test_nl_roi_confirmed_after_a_correction_equals_the_calculator(talk: Talk) -> None:
    c = talk()
    asked = c.say("Kun je de ROI berekenen?")
    assert asked.intent is Intent.COMPUTE_ROI and asked.tools.roi_input is None
    understood = c.say(
        "De training kost EUR 22.500 voor 25 deelnemers en levert een besparing op van "
        "EUR 60.000 per jaar. 50 % is toe te schrijven aan de training (schatting deelnemers)."
    )
    roi_input = understood.tools.roi_input
    assert roi_input is not None and understood.tools.roi_result is None
    assert roi_input.participants == 25 and roi_input.costs[0].amount == Decimal(22500)
    assert roi_input.benefits[0].attribution_pct == Decimal(50)
    assert "€\u00a022.500" in understood.text and "Klopt dit?" in understood.text
    corrected = c.say("Nee, de besparing is EUR 40.000 per jaar, niet 60.000.")
    assert corrected.intent is Intent.CORRECT_ROI
    assert present(corrected.tools.roi_input).benefits[0].amount == Decimal(40000)
    assert corrected.tools.roi_result is None
    result = c.say("Ja, dat klopt.")
    assert result.intent is Intent.CONFIRM_ROI and result.language is NL
    expected = compute_roi(present(corrected.tools.roi_input), lang="nl")
    assert result.tools.roi_result == expected
    assert expected.roi_pct == Decimal("-11.11")
    assert "-11,11\u00a0%" in result.text


def test_en_roi_with_english_number_formats(talk: Talk) -> None:
    c = talk()
    understood = c.say(
        "Calculate the ROI: the programme costs EUR 22,500 for 30 participants and saves "
        "EUR 85,000 a year; 40% of that is due to the training (control group)."
    )
    assert understood.language is EN and understood.intent is Intent.COMPUTE_ROI
    roi_input = present(understood.tools.roi_input)
    assert roi_input.costs[0].amount == Decimal(22500) and roi_input.participants == 30
    assert roi_input.benefits[0].isolation_method.value == "control_group"
    fixed = c.say("No, there are 25 participants.")
    assert present(fixed.tools.roi_input).participants == 25
    result = c.say("Yes, that's right.")
    assert result.tools.roi_result == compute_roi(
        RoiInput.model_validate(present(fixed.tools.roi_input).model_dump())
    )
    assert result.tools.roi_result.roi_pct == Decimal("51.11")
    assert "51.11%" in result.text and "BCR" in result.text


def test_nl_contradictory_figures_get_a_question_not_a_guess(talk: Talk) -> None:
    c = talk()
    question = c.say(
        "Bereken de ROI. We hebben 25 deelnemers. De training kost in totaal EUR 30.000: "
        "trainer EUR 20.000 en locatie EUR 5.000. Het levert EUR 80.000 per jaar op."
    )
    assert question.intent is Intent.COMPUTE_ROI
    assert question.tools.roi_input is None and question.tools.roi_result is None
    assert "?" in question.text and "€\u00a030.000" in question.text
    clear = c.say(
        "De trainer kost EUR 25.000 en de locatie EUR 5.000, het levert EUR 80.000 per jaar op."
    )
    assert clear.tools.roi_input is not None
    assert sorted(line.amount for line in clear.tools.roi_input.costs) == [5000, 25000]
    done = c.say("ja")
    assert done.tools.roi_result == compute_roi(clear.tools.roi_input, lang="nl")


def test_en_partial_and_contradictory_figures_are_asked_about(talk: Talk) -> None:
    c = talk()
    partial = c.say("What is the ROI? Costs are EUR 12,000 and the savings are EUR 30,000.")
    assert partial.tools.roi_input is None and "per year" in partial.text
    people = c.say(
        "The savings are EUR 30,000 per year. There were 10 participants in the "
        "course and 12 participants in it."
    )
    assert people.tools.roi_input is None and "Which number" in people.text
    # a self-correction is not a contradiction: the figure after "no wait" counts, to confirm
    settled = c.say("10 participants, no wait, 12 participants.")
    assert present(settled.tools.roi_input).participants == 12 and "12" in settled.text
    done = c.say("yes")
    assert present(done.tools.roi_result).roi_pct == Decimal("150.00")


# --- comments and objectives ---------------------------------------------------------------------


def test_nl_pasted_comments_are_coded(talk: Talk) -> None:
    c = talk()
    assert c.say("Hoi").intent is Intent.GREETING
    reply = c.say(
        "Kun je deze opmerkingen coderen?\n"
        "- De trainer was erg enthousiast en de zaal was prima.\n"
        "- Sinds de training voer ik elke week een coachgesprek met mijn medewerkers.\n"
        "- Ik weet nu hoe ik een feedbackgesprek opbouw.\n"
        "- n.v.t."
    )
    assert reply.intent is Intent.CODE_COMMENTS and reply.language is NL
    levels = [coded.primary for coded in reply.tools.coded_comments]
    assert levels == [Level.L1, Level.L3, Level.L2, Level.NONE]
    assert "niveau 3 (gedrag)" in reply.text
    assert c.say("Bedankt").intent is Intent.SMALLTALK


def test_en_pasted_comments_are_coded(talk: Talk) -> None:
    c = talk()
    c.say("Hi")
    reply = c.say(
        "Code these comments:\n"
        "The trainer was great and the day was well organised.\n"
        "Since the course I hold a weekly one-to-one with each of my agents.\n"
        "Absenteeism in my team dropped by a third, which saved us a lot of money."
    )
    assert reply.language is EN
    coded = reply.tools.coded_comments
    assert [c.primary for c in coded] == [Level.L1, Level.L3, Level.L4] and coded[2].roi
    assert "level 4 (results)" in reply.text
    assert c.say("Thanks, that helps.").language is EN


def test_nl_objective_checked_against_smart(talk: Talk) -> None:
    c = talk()
    weak = c.say(
        "Is dit doel SMART: 'De deelnemers worden zich bewust van het belang van feedback.'"
    )
    assert weak.intent is Intent.CHECK_OBJECTIVE and weak.language is NL
    assert weak.tools.smart is not None and not weak.tools.smart.passed
    assert "Tip:" in weak.text and "Specifiek" in weak.text
    strong = c.say(
        'Toets deze doelstelling: "Binnen 6 maanden na de training voeren alle 40 teamleiders '
        "van Klantcontact elke week een coachgesprek, zoals afgesproken met de directeur, "
        'zodat het verzuim daalt van 6% naar 4,5%."'
    )
    assert present(strong.tools.smart).score > weak.tools.smart.score
    assert c.say("Dank je").intent is Intent.SMALLTALK


def test_en_objective_checked_against_smart(talk: Talk) -> None:
    c = talk()
    assert c.say("Good morning").language is EN
    reply = c.say('Is this objective SMART? "Participants improve their communication skills."')
    assert reply.intent is Intent.CHECK_OBJECTIVE and reply.language is EN
    assert reply.tools.smart is not None
    assert reply.tools.smart.language is EN and reply.tools.smart.score < 5
    assert "Specific" in reply.text
    better = c.say(
        'Check this objective: "Within 3 months all 12 supervisors hold a weekly '
        "safety briefing, as agreed with the plant manager, so that incidents fall "
        'from 10 to 6 a year."'
    )
    assert present(better.tools.smart).score > reply.tools.smart.score


def test_en_roi_two_cost_items_one_corrected(talk: Talk) -> None:
    c = talk()
    understood = c.say(
        "The workshop costs 18,000 euro, coaching 6,000 euro. We expect 90,000 euro extra "
        "margin per year, 30% due to the training, managers estimate it, 70% confident, for "
        "45 participants. What is the ROI?"
    )
    first = present(understood.tools.roi_input)
    assert [line.amount for line in first.costs] == [18000, 6000]
    benefit = first.benefits[0]
    assert benefit.amount == Decimal(90000)
    assert (benefit.attribution_pct, benefit.confidence_pct) == (Decimal(30), Decimal(70))
    assert benefit.isolation_method.value == "supervisor_estimate"
    fixed = c.say("Actually the coaching costs 7,500.")
    assert [line.amount for line in present(fixed.tools.roi_input).costs] == [18000, 7500]
    result = c.say("yes")
    assert result.tools.roi_result == compute_roi(present(fixed.tools.roi_input))
    assert "-25.88%" in result.text


def test_en_answers_after_the_brief_is_ready_are_not_behaviours(talk: Talk) -> None:
    c = talk()
    c.say("Our course is called 'Safe Driving'. Drivers should check their tyres every week.")
    ready = c.say("It is a half-day e-learning for 200 drivers.")
    assert ready.tools.brief is not None
    assert ready.tools.brief.desired_behaviours == ["Drivers should check their tyres every week"]
    assert ready.tools.brief.participants == 200
    plan = c.say("go ahead")
    assert plan.intent is Intent.DRAFT_PLAN and present(plan.tools.plan).title == "Safe Driving"
