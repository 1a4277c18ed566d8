"""Offline vs a configured model vs the guarded combination on the blind sets (issue 18).

    EVALASSIST_LLM_PROVIDER=openai OPENAI_BASE_URL=http://127.0.0.1:8766/v1 \\
    EVALASSIST_LLM_MODEL=qwen EVALASSIST_LLM_SERVER=llama-cpp-python \\
    .venv/bin/python benchmarks/llm_compare.py answers|coding|chat [--limit N] [--details F]

``--limit N`` takes N items spread evenly over the set (a local model on 2 cores needs about a
minute per answer).

- ``answers`` (benchmarks/data/answers_blind.jsonl): offline is the offline answerer; guarded is
  the LLM answer engine as shipped (query rewrite, citations checked, guards, fallback); model is
  the model's own first answer in that same call, before any check: what a user would read
  without the guards. Scored like benchmarks/answer_eval.py: useful (covered and every key point
  held), English questions answered in English, off-topic questions rejected.
- ``coding`` (datasets/feedback blind split): offline; model
  (every comment to the model, threshold 1.0); guarded (the cascade at the configured threshold).
  Cohen's kappa and macro-F1 against the gold primary level, share sent to the model.
- ``chat`` (benchmarks/data/chat_blind/conversations): offline; model (the
  agent takes every turn); guarded (the agent as shipped: figures and open tasks stay with the
  reader). ROI conversations confirmed with figures equal to the expected calculation, as in
  benchmarks/chat_blind_eval.py.

Every mode reports fallbacks with their reasons and seconds per item on this machine.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from answer_eval import in_language, keys_held, load  # noqa: E402
from chat_blind_eval import conversation  # noqa: E402

from assistant.llm.adapted import AdaptedChatOpenAI  # noqa: E402
from assistant.settings import Settings  # noqa: E402
from knowledge_base.answer_guard import markers, says_not_covered  # noqa: E402
from knowledge_base.models import Answer, AskRequest  # noqa: E402

CAPTURED: list[dict[str, Any]] = []
DETAILS: list[dict[str, Any]] = []  # per item, every mode's answer, for --details
MODES: set[str] = set()  # --modes: run only these (coding, chat)


def _capture_tool_calls() -> None:
    """Record every structured reply the model gives (the benchmark's view before the guards)."""
    original = AdaptedChatOpenAI._create_chat_result

    def recording(self: AdaptedChatOpenAI, *args: Any, **kwargs: Any) -> Any:
        result = original(self, *args, **kwargs)
        for generation in result.generations:
            for call in getattr(generation.message, "tool_calls", []) or []:
                CAPTURED.append(call)
        return result

    AdaptedChatOpenAI._create_chat_result = recording  # type: ignore[method-assign,assignment]


def _settings(data_dir: Path, *, offline: bool = False) -> Settings:
    return (
        Settings(data_dir=data_dir, llm_provider="offline")
        if offline
        else Settings(data_dir=data_dir)
    )


class Clock:
    """Seconds spent in ``with`` blocks, added up."""

    def __init__(self) -> None:
        self.seconds = 0.0
        self.last = 0.0

    def __enter__(self) -> Clock:
        self._start = time.perf_counter()
        return self

    def __exit__(self, *exc: object) -> None:
        self.last = time.perf_counter() - self._start
        self.seconds += self.last


def answers(limit: int | None) -> dict[str, Any]:
    from assistant.services import Services

    items = _every_kth(load("answers_blind"), limit)
    _capture_tool_calls()
    scores: dict[str, Counter[str]] = {m: Counter() for m in ("offline", "model", "guarded")}
    reasons: Counter[str] = Counter()
    clocks = {"offline": Clock(), "guarded": Clock()}
    with tempfile.TemporaryDirectory() as tmp:
        offline = Services(settings=_settings(Path(tmp) / "o", offline=True)).knowledge
        guarded = Services(settings=_settings(Path(tmp) / "g")).knowledge
        offline.ensure_ready()
        guarded.ensure_ready()
        for item in items:
            request = AskRequest(question=item["question"])
            with clocks["offline"]:
                plain = offline.ask(request)
            CAPTURED.clear()
            with clocks["guarded"]:
                answer = guarded.ask(request)
            first = next((c["args"] for c in CAPTURED if c["name"] == "GroundedAnswer"), None)
            raw = _raw_answer(first, plain) if first is not None else plain
            if answer.fallback_reason:
                reasons[_reason(answer.fallback_reason)] += 1
            modes = (("offline", plain), ("model", raw), ("guarded", answer))
            for mode, got in modes:
                _score(scores[mode], got, item)
            DETAILS.append(
                {"id": item["id"], "language": item["language"]}
                | {
                    mode: {
                        "useful": _useful(got, item),
                        "in_language": in_language(got, item["language"]),
                        "engine": str(got.engine),
                        "fallback_reason": got.fallback_reason,
                        "answer": got.answer[:1500],
                    }
                    for mode, got in modes
                }
            )
            print(
                f"{item['id']} offline={_useful(plain, item)} model={_useful(raw, item)} "
                f"guarded={_useful(answer, item)} {answer.engine} {clocks['guarded'].last:.1f}s",
                file=sys.stderr,
                flush=True,
            )
    n = len(items)
    return {
        "items": n,
        "modes": {m: _rates(c) for m, c in scores.items()},
        "fallbacks": dict(reasons),
        "seconds_per_item": {m: round(c.seconds / n, 2) for m, c in clocks.items()},
    }


def _every_kth(items: list[Any], limit: int | None) -> list[Any]:
    """``limit`` items spread over the whole set (sets are ordered by kind and language)."""
    if not limit or limit >= len(items):
        return items
    step = len(items) / limit
    return [items[int(i * step)] for i in range(limit)]


def _raw_answer(args: dict[str, Any], plain: Answer) -> Answer:
    text = str(args.get("answer", ""))
    covered = bool(text.strip()) and not says_not_covered(text)
    cited = [c for c in plain.citations if c.n in set(args.get("cited") or []) | markers(text)]
    return plain.model_copy(update={"answer": text, "covered": covered, "citations": cited})


def _useful(answer: Answer, item: dict[str, Any]) -> bool:
    if item.get("off_topic"):
        return not answer.covered
    held = keys_held(answer, item) if item.get("points") else []
    return bool(held) and all(held) and answer.covered


def _score(counter: Counter[str], answer: Answer, item: dict[str, Any]) -> None:
    if item.get("off_topic"):
        counter["off_topic"] += 1
        counter["off_topic_rejected"] += not answer.covered
        return
    counter["on_topic"] += 1
    counter["useful"] += _useful(answer, item)
    if item["language"] == "en":
        counter["english"] += 1
        counter["english_in_english"] += in_language(answer, "en")


def _rates(counter: Counter[str]) -> dict[str, float]:
    def share(part: str, whole: str) -> float:
        return round(counter[part] / counter[whole], 3) if counter[whole] else float("nan")

    return {
        "useful": share("useful", "on_topic"),
        "english_in_english": share("english_in_english", "english"),
        "off_topic_rejected": share("off_topic_rejected", "off_topic"),
    }


def _reason(reason: str) -> str:
    """A fallback reason without the model name and item-specific details."""
    said = reason.split(": ", 1)[-1]
    return said.split(" (")[0][:90]


def coding(limit: int | None) -> dict[str, Any]:
    from assistant.engines import CODER_MAX_TOKENS
    from assistant.feedback.agreement import agreement
    from assistant.feedback.coder import Coder, offline_coder
    from assistant.feedback.llm_coder import LlmCoder
    from assistant.feedback.models import CommentIn
    from assistant.feedback.train import load_rows
    from assistant.llm import make_chat_model

    rows = _every_kth(load_rows("blind"), limit)
    comments = [CommentIn(id=row["id"], text=row["text"]) for row in rows]
    gold = [row["primary"] for row in rows]
    settings = Settings(data_dir=Path(tempfile.mkdtemp()))
    model = make_chat_model(settings, max_tokens=CODER_MAX_TOKENS)
    if model is None:
        raise SystemExit("configure a model (EVALASSIST_LLM_PROVIDER=openai ...)")
    coders: dict[str, Coder] = {
        "offline": offline_coder(),
        "model": LlmCoder(model, model_name=settings.llm_model, fallback=offline_coder(),
                          concurrency=1, threshold=1.0, trial=False),
        "guarded": LlmCoder(model, model_name=settings.llm_model, fallback=offline_coder(),
                            concurrency=1, threshold=settings.llm_coding_threshold),
    }  # fmt: skip
    result: dict[str, Any] = {"items": len(rows), "modes": {}}
    for mode, coder in coders.items():
        if MODES and mode not in MODES:
            continue
        with Clock() as clock:
            coded = coder.code(comments)
        spent = clock.seconds
        report = agreement(gold, [c.primary.value for c in coded])
        engines = Counter(str(c.engine) for c in coded)
        reasons = Counter(_reason(c.fallback_reason) for c in coded if c.fallback_reason)
        result["modes"][mode] = {
            "kappa": round(report.kappa, 3),
            "macro_f1": round(report.macro_f1, 3),
            "engines": dict(engines),
            "fallbacks": dict(reasons),
            "seconds_per_item": round(spent / len(rows), 2),
        }
        print(f"{mode}: {result['modes'][mode]}", file=sys.stderr, flush=True)
    return result


def chat(limit: int | None) -> dict[str, Any]:
    from assistant.chat.agent import LlmChatEngine
    from assistant.engines import Engines
    from assistant.services import Services

    cases = _every_kth(
        sorted((ROOT / "benchmarks/data/chat_blind/conversations").glob("*.json")), limit
    )
    loaded = [json.loads(path.read_text("utf-8")) for path in cases]
    result: dict[str, Any] = {"conversations": len(loaded), "modes": {}}
    original = Engines.chat_engine
    for mode in ("offline", "model", "guarded"):
        if MODES and mode not in MODES:
            continue

        def chat_engine(self: Engines, tools: Any, mode: str = mode) -> Any:
            engine = original(self, tools)
            if isinstance(engine, LlmChatEngine):
                engine.guard_turns = mode == "guarded"
            return engine

        Engines.chat_engine = chat_engine  # type: ignore[method-assign]
        counts: Counter[str] = Counter()
        reasons: Counter[str] = Counter()
        turns, clock = 0, Clock()
        with tempfile.TemporaryDirectory() as tmp:
            services = Services(settings=_settings(Path(tmp), offline=mode == "offline"))
            for case in loaded:
                with clock:
                    outcome = conversation(services, case)
                turns += len(case["turns"])
                if case.get("expected_roi_input"):
                    counts["roi"] += 1
                    counts["confirmed"] += bool(outcome.get("confirmed"))
                    counts["equal"] += bool(outcome.get("equal"))
                    counts["exact"] += bool(outcome.get("exact"))
                counts["broken_replies"] += outcome["broken_replies"]
                counts["llm_replies"] += outcome["engines"].count("llm")
                for reason in outcome["fallbacks"]:
                    reasons[_reason(reason)] += 1
                shown = {k: v for k, v in outcome.items() if k not in ("replies", "got", "want")}
                print(f"{mode} {shown}", file=sys.stderr, flush=True)
            services.close()
        result["modes"][mode] = {
            **counts,
            "fallbacks": dict(reasons),
            "seconds_per_turn": round(clock.seconds / max(1, turns), 2),
        }
    Engines.chat_engine = original  # type: ignore[method-assign]
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("capability", choices=["answers", "coding", "chat"])
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--details", type=Path, help="write each item's answers here (JSONL)")
    parser.add_argument("--modes", nargs="+", default=[], help="only these modes")
    args = parser.parse_args()
    MODES.update(args.modes)
    run = {"answers": answers, "coding": coding, "chat": chat}[args.capability]
    print(json.dumps(run(args.limit), indent=2))
    if args.details:
        lines = (json.dumps(d, ensure_ascii=False) for d in DETAILS)
        args.details.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
