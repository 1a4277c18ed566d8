"""Grounding: the passage each kind of method recommendation cites.

A topic is grounded by its method card when the knowledge base has one (the card's first quote,
in the passage it stands in: the same layer that answers method questions). Without a card a
topic falls back to a fixed retrieval query (so the same brief gives the same citations) and cue
phrases: the best-ranked hit that contains a cue, else the best hit. Only passages the knowledge
base holds are ever cited.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol, runtime_checkable

from assistant.errors import ProviderError
from assistant.messages import Text
from assistant.planning.plan.models import PlanCitation
from knowledge_base.models import Citation, SearchHit, SearchRequest, SearchResponse

CANDIDATES = 10
MAX_QUOTE = 420


class Topic(StrEnum):
    SMART = "smart"
    V_MODEL = "v_model"
    IMPACT_MAP = "impact_map"
    REACTION = "reaction"
    LEARNING = "learning"
    BEHAVIOUR = "behaviour"
    FOLLOW_UP = "follow_up"
    RESULTS = "results"
    ROI = "roi"
    CONTROL_GROUP = "control_group"
    ESTIMATES = "estimates"
    CONVERSION = "conversion"
    FULLY_LOADED = "fully_loaded"
    INTANGIBLES = "intangibles"
    KIRKPATRICK = "kirkpatrick"
    TRANSFER = "transfer"
    MONITORING = "monitoring"


@dataclass(frozen=True)
class TopicQuery:
    query: str
    cues: tuple[str, ...]
    """Lower-case phrases a fitting passage contains, most specific first."""


QUERIES: dict[Topic, TopicQuery] = {
    Topic.SMART: TopicQuery(
        "SMART-doelen Specifiek Meetbaar Acceptabel Realistisch Tijdgebonden SMART goals",
        ("smart-doelen", "smart"),
    ),
    Topic.V_MODEL: TopicQuery(
        "V-model doelen vaststellen van niveau 4 naar beneden, meten van onder naar boven",
        ("v-model",),
    ),
    Topic.IMPACT_MAP: TopicQuery(
        "impactmap Brinkerhoff Kessels Smit werkgedrag indicatoren operationele strategische "
        "doelstellingen",
        ("impactmap koppelt", "welke indicatoren voor succesvol", "impactmap"),
    ),
    Topic.REACTION: TopicQuery(
        "niveau 1 reactie tevredenheid direct na de training digitale evaluaties",
        ("direct na de training meten", "tevredenheid"),
    ),
    Topic.LEARNING: TopicQuery(
        "niveau 2 leren kennistesten assessments reflectieopdrachten voor- en na-tests",
        ("kennistesten", "toetsen", "assessments"),
    ),
    Topic.BEHAVIOUR: TopicQuery(
        "360 feedback voor en na de training observaties door leidinggevenden gedragsverandering",
        ("360° feedback surveys", "observaties door leidinggevenden", "360"),
    ),
    Topic.FOLLOW_UP: TopicQuery(
        "impact op het werk 30-90 dagen na de training hoe vaak nieuwe vaardigheden gebruiken",
        ("30-90 dagen", "3 maanden na een training"),
    ),
    Topic.RESULTS: TopicQuery(
        "niveau 4 organisatieresultaten KPI's analyseren vergeleken met vooraf vastgestelde "
        "organisatiedoelen",
        ("vergeleken met vooraf vastgestelde organisatiedoelen", "kpi"),
    ),
    Topic.ROI: TopicQuery(
        "niveau 5 financieel rendement ROI netto opbrengsten totale kosten formule",
        ("roi (%) = (netto", "netto opbrengsten", "roi (%)"),
    ),
    Topic.CONTROL_GROUP: TopicQuery(
        "controlegroepen waarbij de ene groep traint en de andere niet resultaten vergelijken",
        ("controlegroepen", "controlegroep"),
    ),
    Topic.ESTIMATES: TopicQuery(
        "welk percentage door het programma komt schatting deelnemer leidinggevende "
        "conservatieve correctie",
        ("conservatieve correctie", "schatting van de deelnemer"),
    ),
    Topic.CONVERSION: TopicQuery(
        "productiviteitsgroei waarderen in euro's omzet per medewerker correctie meetfouten "
        "verbeteringen omzetten in geldwaarde",
        ("in euro", "geldwaarde", "dollarwaarde"),
    ),
    Topic.FULLY_LOADED: TopicQuery(
        "fully loaded costs ontwikkel licentiekosten salariskosten overhead reiskosten",
        ("fully loaded costs reken", "fully loaded"),
    ),
    Topic.INTANGIBLES: TopicQuery(
        "immateriële statistieken vertrouwen werktevredenheid toewijding moeilijker te meten",
        ("immateri",),
    ),
    Topic.KIRKPATRICK: TopicQuery(
        "Kirkpatrick-model vier niveaus reactie leren gedrag resultaten evalueren",
        ("kirkpatrick-model", "kirkpatrick"),
    ),
    Topic.TRANSFER: TopicQuery(
        "transfer neemt toe als deelnemers steun ervaren van leidinggevenden en collega's",
        ("transfer toeneemt", "transfer"),
    ),
    Topic.MONITORING: TopicQuery(
        "uitvoering en monitoring tussentijdse resultaten rapportages vóór en na de training",
        ("tussentijds", "monitoring"),
    ),
}


TOPIC_CARDS: dict[Topic, tuple[str, ...]] = {
    Topic.SMART: ("smart-objectives",),
    Topic.V_MODEL: ("v-model",),
    Topic.IMPACT_MAP: ("impact-map",),
    Topic.ROI: ("roi-formula",),
    Topic.CONTROL_GROUP: ("isolation",),
    Topic.ESTIMATES: ("isolation",),
    Topic.FULLY_LOADED: ("fully-loaded-costs",),
    Topic.INTANGIBLES: ("intangible-benefits",),
    Topic.TRANSFER: ("transfer-to-work", "transfer-building-blocks"),
    Topic.REACTION: ("level-1-reaction",),
    Topic.LEARNING: ("level-2-learning",),
    Topic.BEHAVIOUR: ("level-3-behaviour-change",),
    Topic.RESULTS: ("level-4-organisational-results",),
    Topic.KIRKPATRICK: ("kirkpatrick-model",),
    Topic.MONITORING: ("delivery-and-monitoring",),
}
"""The method card that grounds a topic (the first that exists); other topics search."""


class Searcher(Protocol):
    """What grounding needs of the knowledge base (``KnowledgeService`` has it)."""

    def search(self, request: SearchRequest) -> SearchResponse: ...


@runtime_checkable
class CardPassages(Protocol):
    """A knowledge base with method cards: a card's quotes with the passages they stand in."""

    def card_passages(self, card_id: str) -> list[tuple[Citation, SearchHit]]: ...


class Grounding:
    """Cites one passage per topic (searched once), remembering the order of first use."""

    def __init__(self, searcher: Searcher) -> None:
        self._searcher = searcher
        self._by_topic: dict[Topic, PlanCitation] = {}
        self._used: dict[str, PlanCitation] = {}

    def cite(self, *topics: Topic) -> list[str]:
        """The chunk ids to cite for ``topics`` (distinct, in order)."""
        ids: list[str] = []
        for topic in topics:
            citation = self._citation(topic)
            used = self._used.get(citation.chunk_id)
            if used is None:
                self._used[citation.chunk_id] = citation
            elif citation.quote not in used.quote:  # one passage, cited for another sentence
                quote = f"{used.quote} […] {citation.quote}"[:2000]
                self._used[citation.chunk_id] = used.model_copy(update={"quote": quote})
            if citation.chunk_id not in ids:
                ids.append(citation.chunk_id)
        return ids

    @property
    def citations(self) -> list[PlanCitation]:
        return list(self._used.values())

    def _citation(self, topic: Topic) -> PlanCitation:
        if topic not in self._by_topic and isinstance(self._searcher, CardPassages):
            for card_id in TOPIC_CARDS.get(topic, ()):
                passages = self._searcher.card_passages(card_id)
                if passages:
                    quoted, hit = _with_cue(passages, QUERIES[topic].cues)
                    self._by_topic[topic] = to_citation(hit, None).model_copy(
                        update={
                            "quote": quoted.quote[:MAX_QUOTE],
                            "line_start": quoted.line_start,
                            "line_end": quoted.line_end,
                        }
                    )
                    break
        if topic not in self._by_topic:
            spec = QUERIES[topic]
            hits = self._searcher.search(SearchRequest(query=spec.query, k=CANDIDATES)).hits
            if not hits:
                raise ProviderError(Text.of("plan.kb_empty"))
            hit, cue = best_hit(hits, spec.cues)
            self._by_topic[topic] = to_citation(hit, cue)
        return self._by_topic[topic]


def _with_cue(
    passages: list[tuple[Citation, SearchHit]], cues: tuple[str, ...]
) -> tuple[Citation, SearchHit]:
    """The card quote holding the most specific cue of the topic, else the card's first."""
    for cue in cues:
        for quoted, hit in passages:
            if cue in quoted.quote.lower():
                return quoted, hit
    return passages[0]


def best_hit(hits: list[SearchHit], cues: tuple[str, ...]) -> tuple[SearchHit, str | None]:
    """The best-ranked hit containing the most specific cue; the top hit when none does."""
    for cue in cues:
        for hit in hits:
            if cue in hit.text.lower():
                return hit, cue
    return hits[0], None


_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+|\s+(?=[-•]\s)|\n+")


def to_citation(hit: SearchHit, cue: str | None) -> PlanCitation:
    return PlanCitation(
        chunk_id=hit.chunk_id,
        collection=hit.collection,
        source=hit.source,
        title=hit.title,
        quote=quote(hit.text, cue),
        line_start=hit.line_start,
        line_end=hit.line_end,
        start=hit.start,
        end=hit.end,
    )


def quote(text: str, cue: str | None) -> str:
    """The passage's sentence holding the cue (and the next, when short), verbatim."""
    sentences = [s.strip() for s in _SENTENCE_END.split(text) if s and s.strip()]
    if not sentences:
        return text.strip()[:MAX_QUOTE]
    index = 0
    if cue is not None:
        index = next((i for i, s in enumerate(sentences) if cue in s.lower()), 0)
    chosen = sentences[index]
    if len(chosen) < 160 and index + 1 < len(sentences):
        chosen = f"{chosen} {sentences[index + 1]}"
    if len(chosen) > MAX_QUOTE:
        chosen = chosen[:MAX_QUOTE].rsplit(" ", 1)[0] + " …"
    return chosen
