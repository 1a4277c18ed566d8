"""Cards drafted from an upload keep the card rules: what the document does not say is dropped,
with the reason; kept cards answer questions and leave with their document."""

from __future__ import annotations

from typing import Any

from assistant.settings import Settings
from knowledge_base.answer import OfflineAnswerer
from knowledge_base.card_answer import CardAnswerer, CardThresholds
from knowledge_base.card_drafts import CardDrafter
from knowledge_base.card_index import CardIndex
from knowledge_base.embeddings import Embeddings
from knowledge_base.models import AskRequest
from knowledge_base.service import KnowledgeService
from tests.fakes import ScriptedToolModel
from tests.kb_fixtures import HashEmbeddings

DOCUMENT = (
    "Onboarding bij Acme\n\n"
    "Nieuwe medewerkers volgen in hun eerste maand drie buddy-gesprekken met een ervaren "
    "collega. Na zes weken beoordeelt de teamleider of de medewerker zelfstandig klanten "
    "helpt. In 2024 haalde 82 procent van de nieuwe medewerkers dat moment op tijd.\n"
)
QUESTIONS_NL = ["Hoe werkt onboarding bij Acme?", "Wat doet een buddy bij Acme?"]
QUESTIONS_EN = ["How does onboarding work at Acme?", "What does a buddy do at Acme?"]


def _card(answer_nl: str, answer_en: str, quotes: list[str]) -> dict[str, Any]:
    return {
        "title_nl": "Onboarding bij Acme",
        "title_en": "Onboarding at Acme",
        "answer_nl": answer_nl,
        "answer_en": answer_en,
        "questions_nl": QUESTIONS_NL,
        "questions_en": QUESTIONS_EN,
        "quotes": quotes,
    }


DRAFTS = {
    "cards": [
        _card(
            "Nieuwe medewerkers hebben in hun eerste maand drie gesprekken met een buddy.",
            "New employees have three talks with a buddy in their first month.",
            [
                "Nieuwe medewerkers volgen in hun eerste maand drie buddy-gesprekken met een "
                "ervaren collega.",
                "Iedereen krijgt een laptop op dag een.",  # not in the document
            ],
        ),
        _card(
            "In 2024 haalde 90 procent het moment op tijd.",  # the document says 82
            "In 2024, 90 percent made it in time.",
            ["In 2024 haalde 82 procent van de nieuwe medewerkers dat moment op tijd."],
        ),
        _card("Een buddy helpt.", "A buddy helps.", ["De buddy is altijd beschikbaar."]),
    ]
}


def _lenient(embeddings: Embeddings, cards: CardIndex) -> CardAnswerer:
    """Bag-of-words test vectors sit far below e5's similarities: a card answers from 0.5."""
    return CardAnswerer(cards, OfflineAnswerer(embeddings), thresholds=CardThresholds(alone=0.5))


def test_drafts_are_checked_kept_cards_answer_and_leave_with_the_document(
    settings: Settings,
) -> None:
    model = ScriptedToolModel(script=[("DraftCards", DRAFTS)], seen=[])
    service = KnowledgeService(
        settings,
        embeddings=HashEmbeddings(),
        answerer=_lenient,
        card_drafter=CardDrafter(model, model_name="scripted"),
    )
    report = service.add_document(
        filename="onboarding.txt", data=DOCUMENT.encode(), collection="acme"
    )

    assert report.cards_drafted == ["acme-onboarding-txt-1"]
    assert report.cards_rejected == [
        "acme-onboarding-txt-1: quote not in the document: "
        "'Iedereen krijgt een laptop op dag een.'",
        "acme-onboarding-txt-2: the nl answer says 90, no quote does",
        "acme-onboarding-txt-3: quote not in the document: 'De buddy is altijd beschikbaar.'",
        "acme-onboarding-txt-3: no quote from the document left",
    ]
    answer = service.ask(AskRequest(question="What does a buddy do at Acme?"))
    assert answer.cards == ["acme-onboarding-txt-1"] and answer.language == "en"
    assert answer.answer.startswith("New employees have three talks with a buddy")
    assert [c.source for c in answer.citations] == ["onboarding.txt"]

    restarted = KnowledgeService(settings, embeddings=HashEmbeddings(), answerer=_lenient)
    again = restarted.ask(AskRequest(question="What does a buddy do at Acme?"))
    assert again.cards == ["acme-onboarding-txt-1"]  # stored beside the index

    restarted.remove_document(collection="acme", doc_id="onboarding.txt")
    gone = restarted.ask(AskRequest(question="What does a buddy do at Acme?"))
    assert "acme-onboarding-txt-1" not in gone.cards


def test_the_same_document_again_is_not_drafted_twice(settings: Settings) -> None:
    model = ScriptedToolModel(script=[("DraftCards", DRAFTS)], seen=[])
    drafter = CardDrafter(model, model_name="scripted")
    service = KnowledgeService(settings, embeddings=HashEmbeddings(), card_drafter=drafter)
    for _ in range(2):
        service.add_document(filename="onboarding.txt", data=DOCUMENT.encode(), collection="acme")
    assert len(model.seen) == 1
