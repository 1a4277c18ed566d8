"""Dutch or English on short chat messages: accuracy, time per call, start-up and size per detector.

Run by hand: ``.venv/bin/python benchmarks/language_eval.py [--data FILE.jsonl]``. Each line of the
data file is ``{"id": ..., "text": ..., "language": "nl"|"en"}`` (1-12 words, chat-like, Dutch
with English loan words included). Start-up is measured in a fresh interpreter (import, build, one
call), so one detector's warm cache never flatters another.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

DATA = Path(__file__).parent / "data" / "language_short.jsonl"

# name -> (setup code run once, expression of one call on `text` giving "nl"/"en"/other, package).
# The detectors assistant.text.language replaced (planning.language: function words + endings,
# 85.9 %; knowledge_base.language: stop words, 90.6 %, on data/language_short.jsonl) are deleted;
# feedback keeps its own "mixed"-aware rule because its trained model uses it as a feature.
DETECTORS: dict[str, tuple[str, str, str | None]] = {
    "feedback.text.detect_lang (function words, 'mixed')": (
        "from assistant.feedback.text import detect_lang as d",
        "d(text)",
        None,
    ),
    "lingua (nl+en, high accuracy)": (
        "from lingua import Language as L, LanguageDetectorBuilder as B\n"
        "det = B.from_languages(L.DUTCH, L.ENGLISH).with_preloaded_language_models().build()",
        "'nl' if det.detect_language_of(text) == L.DUTCH else 'en'",
        "lingua",
    ),
    "lingua (nl+en, low accuracy mode)": (
        "from lingua import Language as L, LanguageDetectorBuilder as B\n"
        "det = B.from_languages(L.DUTCH, L.ENGLISH).with_low_accuracy_mode().build()",
        "'nl' if det.detect_language_of(text) == L.DUTCH else 'en'",
        "lingua",
    ),
    "py3langid (nl+en)": (
        "from py3langid.langid import LanguageIdentifier, MODEL_FILE\n"
        "ident = LanguageIdentifier.from_pickled_model(MODEL_FILE)\n"
        "ident.set_languages(['nl', 'en'])",
        "ident.classify(text)[0]",
        "py3langid",
    ),
    "assistant.text.language (chosen)": (
        "from assistant.text.language import detect_language as d",
        "d(text).value",
        None,
    ),
}


def load(path: Path) -> list[dict[str, str]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def compile_detector(setup: str, call: str) -> Callable[[str], str]:
    scope: dict[str, object] = {}
    exec(setup, scope)  # noqa: S102 - fixed code from this file, run by hand
    return eval(f"lambda text: {call}", scope)  # type: ignore[no-any-return]  # noqa: S307


def start_up_seconds(setup: str, call: str) -> float:
    """Import, build and one call, in a fresh interpreter."""
    code = (
        "import time; t = time.perf_counter()\n"
        f"{setup}\ntext = 'hallo wereld'\n_ = {call}\n"
        "print(time.perf_counter() - t)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=Path.cwd()
    )
    return float(out.stdout.strip().splitlines()[-1])


def installed_mb(package: str | None) -> float | None:
    if package is None:
        return None
    spec = importlib.util.find_spec(package)
    if spec is None or spec.origin is None:
        return None
    root = Path(spec.origin).parent
    return sum(f.stat().st_size for f in root.rglob("*") if f.is_file()) / 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--errors", action="store_true", help="list each detector's mistakes")
    args = parser.parse_args()
    rows = load(args.data)
    print(f"{len(rows)} messages ({sum(r['language'] == 'nl' for r in rows)} nl)\n")
    header = (
        f"{'detector':52} {'acc':>6} {'nl':>6} {'en':>6} {'us/call':>8} {'start s':>8} {'MB':>6}"
    )
    print(header)
    for name, (setup, call, package) in DETECTORS.items():
        try:
            detect = compile_detector(setup, call)
        except ImportError as error:
            print(f"{name:52} not available ({error})")
            continue
        detect("warm up")
        began = time.perf_counter()
        guesses = [detect(row["text"]) for row in rows]
        per_call = (time.perf_counter() - began) / len(rows) * 1e6
        right = [g == r["language"] for g, r in zip(guesses, rows, strict=True)]
        by = {
            lang: sum(ok for ok, r in zip(right, rows, strict=True) if r["language"] == lang)
            / sum(r["language"] == lang for r in rows)
            for lang in ("nl", "en")
        }
        size = installed_mb(package)
        print(
            f"{name:52} {sum(right) / len(rows):6.1%} {by['nl']:6.1%} {by['en']:6.1%} "
            f"{per_call:8.1f} {start_up_seconds(setup, call):8.2f} "
            f"{'-' if size is None else f'{size:.1f}':>6}"
        )
        if args.errors:
            for ok, guess, row in zip(right, guesses, rows, strict=True):
                if not ok:
                    print(f"    {row['language']} -> {guess}: {row['text']}")


if __name__ == "__main__":
    main()
