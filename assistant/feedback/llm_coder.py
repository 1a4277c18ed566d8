"""The LLM coder: batches of comments, the codebook as instructions, validated labels.

Comments are cleaned (markup, formulas and instruction clauses removed, as for the offline
coder), truncated for the model, and sent as JSON strings inside a data block. The reply must
code every comment of the batch exactly once with valid labels; otherwise the model is asked
once more, and then the offline coder codes that batch (``engine="offline-fallback"``).
Confidence is not something the model can report honestly: it is derived from agreement with
the offline coder (see ``_confidence``).

Before its first comment, the model codes a trial: 20 plain training comments with known codes
(``artefact/model_trial.json``, two per level and language). A model that codes fewer than 17 of
them right codes nothing: every comment keeps the offline code, and the rows it would have
coded say why. Measured on the blind split, a 1.5B model sent only the unsure comments still
lowered kappa from 0.95 to 0.75; the cascade alone does not keep a weak model from making
results worse.
"""

from __future__ import annotations

import json
import threading
from collections import Counter
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import BaseModel, Field

from assistant.feedback import rationale
from assistant.feedback.cues import find_cues
from assistant.feedback.models import CodedComment, CommentIn, Level, sort_levels
from assistant.feedback.text import clean, detect_lang, truncate_for_model
from assistant.llm import EngineInfo, LlmFailure, invoke_structured
from assistant.prompts import PromptTemplate, load_prompt

if TYPE_CHECKING:
    from langchain_core.language_models import BaseChatModel

    from assistant.feedback.coder import Coder

PROMPT = "feedback/code_batch"
CODEBOOK = "feedback/codebook"
DEFAULT_BATCH = 20
# The offline coder is right 96-99 % of the time at >= 0.9 on every split measured (dev, blind,
# the hidden set): below it, the model is asked.
DEFAULT_THRESHOLD = 0.9
AGREED_CONFIDENCE = 0.9
DISPUTED_CONFIDENCE = 0.5
TRIAL = Path(__file__).parent / "artefact" / "model_trial.json"
TRIAL_RIGHT = 17  # of 20: below this the model codes nothing


class CodedItem(BaseModel):
    n: int = Field(description="the comment's number in this batch")
    primary: Level
    levels: list[Level] = Field(description="every level clearly present, including primary")
    roi: bool
    evidence: str = Field(default="", description="a phrase copied from the comment")
    rationale: str = Field(default="", description="one short sentence")


class CodedBatch(BaseModel):
    """Kirkpatrick codes for the numbered comments, one item per comment."""

    items: list[CodedItem]


def _complete_and_consistent(size: int) -> Callable[[CodedBatch], None]:
    """Every comment of the batch coded exactly once; NONE never with another level."""

    def check(batch: CodedBatch) -> None:
        numbers = Counter(item.n for item in batch.items)
        if set(numbers) != set(range(1, size + 1)) or any(n > 1 for n in numbers.values()):
            raise ValueError(f"code each comment 1..{size} exactly once, got {sorted(numbers)}")
        for item in batch.items:
            if Level.NONE in item.levels and set(item.levels) != {Level.NONE}:
                raise ValueError(f"comment {item.n}: NONE cannot go with another level")

    return check


class LlmCoder:
    """Codes comments with a chat model, in batches, bounded in concurrency."""

    engine = "llm"

    def __init__(
        self,
        model: BaseChatModel,
        *,
        model_name: str,
        fallback: Coder,
        batch_size: int = DEFAULT_BATCH,
        concurrency: int = 1,
        threshold: float = DEFAULT_THRESHOLD,
        trial: bool = True,
    ) -> None:
        """``threshold``: only comments the offline coder codes with a confidence below it go to
        the model (a cascade); the others keep the offline result. 1.0 sends every comment.
        ``trial``: the model codes the trial comments first and codes nothing if it fails."""
        self._model = model
        self._model_name = model_name
        self._fallback = fallback
        self._batch_size = batch_size
        self._concurrency = concurrency
        self.threshold = threshold
        self._trial: str | None = None if trial else ""  # "": passed or skipped; else why not
        self._trial_lock = threading.Lock()

    def code(self, batch: Sequence[CommentIn]) -> list[CodedComment]:
        offline = self._fallback.code(batch)
        unsure = [i for i, coded in enumerate(offline) if coded.confidence < self.threshold]
        failed = self._failed_trial() if unsure else ""
        if failed:
            asked = set(unsure)
            return [
                coded.fallen_back(self._model_name, failed) if i in asked else coded
                for i, coded in enumerate(offline)
            ]
        chunks = [
            unsure[start : start + self._batch_size]
            for start in range(0, len(unsure), self._batch_size)
        ]

        def code_chunk(positions: list[int]) -> list[CodedComment]:
            return self._code_chunk([batch[i] for i in positions], [offline[i] for i in positions])

        if self._concurrency == 1 or len(chunks) <= 1:
            coded = [code_chunk(chunk) for chunk in chunks]
        else:
            with ThreadPoolExecutor(max_workers=self._concurrency) as pool:
                coded = list(pool.map(code_chunk, chunks))
        results = list(offline)
        for positions, chunk_results in zip(chunks, coded, strict=True):
            for i, result in zip(positions, chunk_results, strict=True):
                results[i] = result
        return results

    def _failed_trial(self) -> str:
        """Why the model may not code (its trial result, run once per coder), or ``""``."""
        with self._trial_lock:
            if self._trial is None:
                self._trial = self._run_trial()
            return self._trial

    def _run_trial(self) -> str:
        items = json.loads(TRIAL.read_text(encoding="utf-8"))
        comments = [CommentIn(id=item["id"], text=item["text"]) for item in items]
        coded = self._code_chunk(comments, self._fallback.code(comments))
        if any(c.engine != "llm" for c in coded):
            return f"the model failed its coding trial: {coded[0].fallback_reason}"
        right = sum(
            c.primary.value == item["primary"] for c, item in zip(coded, items, strict=True)
        )
        if right < TRIAL_RIGHT:
            return (
                f"the model coded {right} of {len(items)} trial comments right "
                f"(at least {TRIAL_RIGHT} needed), so the offline coder codes"
            )
        return ""

    def _code_chunk(
        self, chunk: list[CommentIn], offline: list[CodedComment]
    ) -> list[CodedComment]:
        from langchain_core.messages import HumanMessage

        texts = [truncate_for_model(clean(item.text).text) for item in chunk]
        langs = [detect_lang(text) for text in texts]
        prompt = _prompt(langs)
        lines = "\n".join(
            json.dumps({"n": n, "text": t}, ensure_ascii=False)
            for n, t in enumerate(texts, start=1)
        )
        codebook = load_prompt(CODEBOOK, prompt.language)
        message = HumanMessage(prompt.render(codebook=codebook.body, comments=lines))
        try:
            reply = invoke_structured(
                self._model, CodedBatch, [message], check=_complete_and_consistent(len(chunk))
            )
        except LlmFailure as exc:
            return [coded.fallen_back(self._model_name, str(exc)) for coded in offline]
        by_number = {item.n: item for item in reply.items}
        record = EngineInfo.llm(self._model_name, prompt, codebook)
        return [
            self._coded(chunk[i], texts[i], by_number[i + 1], offline[i], record)
            for i in range(len(chunk))
        ]

    def _coded(
        self,
        item: CommentIn,
        text: str,
        label: CodedItem,
        offline: CodedComment,
        record: EngineInfo,
    ) -> CodedComment:
        # the roi flag needs money in the comment (codebook): a model's flag without it is dropped
        roi = label.roi and "money" in find_cues(text.lower())
        levels = [Level.NONE] if label.primary is Level.NONE else [*label.levels, label.primary]
        levels = sort_levels([lv for lv in levels if lv is not Level.NONE] or [Level.NONE])
        evidence = label.evidence.strip() if label.evidence.strip() in text else ""
        said = label.rationale.strip()[:500]
        if offline.lang != "mixed" and detect_lang(said, default=offline.lang) != offline.lang:
            # a rationale in another language than the comment's: ours, in the comment's
            said = rationale.for_model(
                label.primary, levels, roi=roi, lang=offline.lang, stripped=False
            )
        return CodedComment(
            id=item.id,
            primary=label.primary,
            levels=levels,
            roi=roi,
            confidence=_confidence(label.primary, offline),
            evidence=evidence[:500],
            rationale=said,
            lang=offline.lang,
            **record.model_dump(),
        )


def _confidence(primary: Level, offline: CodedComment) -> float:
    """Agreement-based: two independent coders that agree are right more often than not.

    A heuristic, not a calibrated probability; the offline coder's own confidence is the
    calibrated one (see benchmarks/feedback_eval.py).
    """
    return AGREED_CONFIDENCE if primary is offline.primary else DISPUTED_CONFIDENCE


def _prompt(langs: Sequence[str]) -> PromptTemplate:
    dutch = sum(lang in ("nl", "mixed") for lang in langs)
    return load_prompt(PROMPT, "nl" if dutch > len(langs) / 2 else "en")
