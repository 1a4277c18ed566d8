"""Prompt tokens per comment on the LLM coding path, from recorded traffic.

    .venv/bin/python benchmarks/feedback_llm_tokens.py [--batch 20]

The recorded cassette (a real llama.cpp server) gives the prompt tokens of one real request and
its length in characters; that tokens-per-character ratio is applied to the prompts the LLM
coder would send for the dev comments in batches of ``--batch``. The ratio is SmolLM2's
tokenizer; other models' tokenizers differ by some tens of percent.
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
DEV = ROOT / "datasets/feedback/dev"


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
    args = parser.parse_args()
    ratio = recorded_ratio()
    texts = [
        truncate_for_model(clean(json.loads(line)["text"]).text)
        for path in sorted(DEV.glob("*.jsonl"))
        for line in path.read_text("utf-8").splitlines()
        if line.strip()
    ]
    batches = [texts[i : i + args.batch] for i in range(0, len(texts), args.batch)]
    for language in ("en", "nl"):
        fixed = prompt_chars([], language) * ratio
        per_comment = [prompt_chars(batch, language) * ratio / len(batch) for batch in batches]
        print(
            f"{language}: fixed prompt ~{fixed:.0f} tokens; at batch {args.batch}: "
            f"~{statistics.mean(per_comment):.0f} prompt tokens per comment "
            f"({len(texts)} dev comments, {ratio:.3f} tokens/char from the cassette)"
        )


if __name__ == "__main__":
    main()
