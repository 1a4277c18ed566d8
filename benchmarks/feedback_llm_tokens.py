"""Share of comments sent to the model and prompt tokens per 1,000 comments on the LLM coding
path (a cascade: only comments the offline coder is unsure of are sent), from recorded traffic.

    .venv/bin/python benchmarks/feedback_llm_tokens.py [--batch 20] [--split dev] [--threshold 0.9]

The recorded cassette (a real llama.cpp server) gives the prompt tokens of one real request and
its length in characters; that tokens-per-character ratio is applied to the prompts the LLM
coder would send for the split's comments under ``--threshold``, in batches of ``--batch``.
The ratio is SmolLM2's tokenizer; other models' tokenizers differ by some tens of percent.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from assistant.feedback.llm_coder import CODEBOOK, PROMPT  # noqa: E402
from assistant.feedback.text import clean, truncate_for_model  # noqa: E402
from assistant.prompts import load_prompt  # noqa: E402

CASSETTE = ROOT / "tests/cassettes/test_feedback_coder"
DATA = ROOT / "datasets/feedback"


def recorded_ratio() -> float:
    ratios = []
    for path in CASSETTE.glob("*.yaml"):
        for interaction in yaml.safe_load(path.read_text("utf-8"))["interactions"]:
            body = json.loads(interaction["request"]["body"])
            chars = sum(len(message["content"]) for message in body["messages"])
            usage = json.loads(interaction["response"]["body"]["string"])["usage"]
            ratios.append(usage["prompt_tokens"] / chars)
    return statistics.mean(ratios)


def prompt_chars(texts: list[str], language: str) -> int:
    lines = "\n".join(
        json.dumps({"n": n, "text": text}, ensure_ascii=False) for n, text in enumerate(texts, 1)
    )
    codebook = load_prompt(CODEBOOK, language).body
    return len(load_prompt(PROMPT, language).render(codebook=codebook, comments=lines))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--batch", type=int, default=20)
    parser.add_argument("--split", default="dev")
    parser.add_argument("--threshold", type=float, nargs="+", default=[0.9, 1.0])
    args = parser.parse_args()
    from assistant.feedback.coder import offline_coder
    from assistant.feedback.models import CommentIn

    ratio = recorded_ratio()
    raw = [
        json.loads(line)["text"]
        for path in sorted((DATA / args.split).glob("*.jsonl"))
        for line in path.read_text("utf-8").splitlines()
        if line.strip()
    ]
    offline = offline_coder().code([CommentIn(text=text) for text in raw])
    print(f"# {args.split}: {len(raw)} comments, {ratio:.3f} tokens/char from the cassette\n")
    print("| threshold | sent to the model | prompt tokens per 1,000 comments |")
    print("|---|---|---|")
    for threshold in args.threshold:
        texts = [
            truncate_for_model(clean(text).text)
            for text, coded in zip(raw, offline, strict=True)
            if coded.confidence < threshold
            and not (coded.engine == "rules" and coded.primary == "NONE")
        ]
        batches = [texts[i : i + args.batch] for i in range(0, len(texts), args.batch)]
        tokens = sum(
            prompt_chars(batch, language) * ratio / 2
            for batch in batches
            for language in ("en", "nl")
        )  # the mean of the English and the Dutch prompt
        print(
            f"| {threshold:.2f} | {len(texts) / len(raw):.1%} ({len(texts)}) | "
            f"{tokens * 1000 / len(raw):,.0f} |"
        )


if __name__ == "__main__":
    main()
