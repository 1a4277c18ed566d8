"""The offline coder: codebook rules for clear-cut comments, a linear model for the rest."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from assistant.feedback import rationale, rules
from assistant.feedback.adapter import Adapter, adapter_names
from assistant.feedback.cues import COMPILED
from assistant.feedback.features import extract
from assistant.feedback.linear import (
    LEVEL_OUTPUTS,
    PRIMARY_CLASSES,
    LinearModel,
    apply_tie_rule,
)
from assistant.feedback.models import CodedComment, CommentIn, Level, sort_levels
from assistant.feedback.text import Cleaned, clean, detect_lang, sentence_at, truncate_for_model
from assistant.llm.engine import Engine
from assistant.messages import Lang as ReaderLang

PROMPT_VERSION = "kirkpatrick-codebook-1.0"
RULE_CONFIDENCE = 0.97
_MONEY = COMPILED["money"]


@dataclass(frozen=True)
class _Pending:
    position: int
    item: CommentIn
    cleaned: Cleaned
    model_text: str
    lang: str
    names: list[str]
    spans: dict[str, int]


class OfflineCoder:
    """Deterministic, fast and explainable: same input, same output, no network."""

    engine = "offline"

    def __init__(
        self, model: LinearModel, *, adapter: Adapter | None = None, name: str | None = None
    ) -> None:
        """``adapter``: an evaluator's calibration (``name`` is what they called it); every
        result then names it and its version beside the shipped model's."""
        self.model = model
        self.adapter = adapter
        tag = f"+{name or 'calibrated'}@{adapter.digest()}" if adapter is not None else ""
        self.model_name = f"kp-linear@{model.version}{tag}"
        self.rules_name = f"codebook-rules@{PROMPT_VERSION}{tag}"
        self._disabled = adapter.disabled_rules if adapter is not None else frozenset()
        # Features whose place in the text ``extract`` records (words, stems, bigrams, cues).
        self._located = np.asarray(
            [feature[:2] in ("w:", "b:", "s:", "k:") for feature in model.features], dtype=bool
        )

    def calibrated(self, adapter: Adapter, name: str) -> OfflineCoder:
        """This coder with ``adapter`` on top."""
        return OfflineCoder(self.model, adapter=adapter, name=name)

    @classmethod
    def load(cls, directory: Path | None = None) -> OfflineCoder:
        return cls(LinearModel.load(directory))

    def code(
        self, batch: Sequence[CommentIn], *, reader: ReaderLang | None = None
    ) -> list[CodedComment]:
        """Code ``batch`` in order. Empty cells, fillers and comments with no language of their own
        ("-", "n.v.t.", "8/10") are explained in the ``reader``'s language (when known; else in
        the comment's, English when it has none); other comments in their own language."""
        results: list[CodedComment | None] = [None] * len(batch)
        pending: list[_Pending] = []
        for position, item in enumerate(batch):
            cleaned = clean(item.text)
            # Nothing left after cleaning: the removed instruction/markup still tells the language.
            lang = detect_lang(cleaned.text or item.text, default=reader or "en")
            decision = rules.decide(cleaned.text)
            if decision is not None and decision.rule not in self._disabled:
                results[position] = self._from_rule(item, cleaned, decision, lang, reader)
                continue
            model_text = truncate_for_model(cleaned.text)
            features = extract(model_text)
            pending.append(
                _Pending(position, item, cleaned, model_text, lang, features.names, features.spans)
            )
        if pending:
            for entry, coded in zip(pending, self._from_model(pending), strict=True):
                results[entry.position] = coded
        return [coded for coded in results if coded is not None]

    def _from_rule(
        self,
        item: CommentIn,
        cleaned: Cleaned,
        decision: rules.RuleDecision,
        lang: str,
        reader: ReaderLang | None,
    ) -> CodedComment:
        # A filler's rationale ("n.v.t.", "no comment", noise) is a note to the reader, not about
        # what the comment says: it is in the reader's language when that is known.
        said_in = reader if reader and decision.level is Level.NONE else lang
        return CodedComment(
            id=item.id,
            primary=decision.level,
            levels=[decision.level],
            roi=False,
            confidence=RULE_CONFIDENCE,
            evidence=cleaned.text[:240],
            rationale=rationale.for_rule(decision.rule, lang=said_in, stripped=cleaned.stripped),
            lang=_lang_field(lang),
            engine=Engine.RULES,
            model=self.rules_name,
            prompt_version=PROMPT_VERSION,
        )

    def _from_model(self, pending: list[_Pending]) -> list[CodedComment]:
        model = self.model
        rows = [model.indices(entry.names + ["const"]) for entry in pending]
        scores, values = model.score(rows)
        primary_p: np.ndarray = scores.primary
        calibrate = model.calibrate
        if self.adapter is not None:
            adapter = self.adapter
            names = [adapter_names(entry.names) for entry in pending]
            primary_p = adapter.probabilities(scores.primary, adapter.rows(names))
            calibrate = adapter.confidence if adapter.calibration else model.calibrate
        top = apply_tie_rule(primary_p, scores.levels, **model.tie_rule)
        coded = []
        for n, entry in enumerate(pending):
            primary = Level(PRIMARY_CLASSES[int(top[n])])
            levels = self._levels(primary, scores.levels[n])
            roi = (
                primary is not Level.NONE
                and float(scores.roi[n]) >= model.roi_threshold
                and _MONEY.search(entry.model_text.lower()) is not None
            )
            evidence = self._evidence(entry, rows[n], values[n], int(top[n]))
            coded.append(
                CodedComment(
                    id=entry.item.id,
                    primary=primary,
                    levels=levels,
                    roi=roi,
                    confidence=round(calibrate(float(primary_p[n, top[n]])), 4),
                    evidence=evidence,
                    rationale=rationale.for_model(
                        primary, levels, roi=roi, lang=entry.lang, stripped=entry.cleaned.stripped
                    ),
                    lang=_lang_field(entry.lang),
                    engine=Engine.OFFLINE,
                    model=self.model_name,
                    prompt_version=PROMPT_VERSION,
                )
            )
        return coded

    def _levels(self, primary: Level, probabilities: np.ndarray) -> list[Level]:
        if primary is Level.NONE:
            return [Level.NONE]
        present: set[Level] = {primary}
        for k, name in enumerate(LEVEL_OUTPUTS):
            if probabilities[k] >= self.model.level_thresholds[k]:
                present.add(Level(name))
        return sort_levels(present)

    def _evidence(self, entry: _Pending, row: list[int], values: np.ndarray, klass: int) -> str:
        """The sentence holding the word n-gram or cue that pushed hardest toward the label."""
        text = entry.model_text
        columns = np.asarray(row)
        contributions = self.model.weights[columns, klass] * values
        contributions[~self._located[columns]] = 0.0
        features = self.model.features
        for j in np.argsort(-contributions):
            if contributions[j] <= 0.0:
                break
            offset = entry.spans.get(features[row[j]])
            if offset is not None:
                return sentence_at(text, offset)
        return text[:240]


def _lang_field(lang: str) -> str:
    return lang if lang in ("nl", "en", "mixed") else "en"
