"""Offline feedback coder speed and memory.

Run from a checkout: ``.venv/bin/python benchmarks/feedback_bench.py [--rows 100000]``.

1. Warm throughput in-process: comments/second for the offline coder (one process, one thread)
   on the training-corpus texts, repeated, after a warm-up pass; plus model load time.
2. End to end: a generated CSV (``;``, cp1252, like a Dutch Excel export) with ``--rows`` rows
   coded by the real CLI (``python -m assistant.cli feedback code``) in a subprocess, timed, with
   the peak RSS of that process from ``/usr/bin/time -v`` (or ``getrusage`` of the child).
"""

from __future__ import annotations

import argparse
import csv
import os
import random
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from assistant.feedback.models import CommentIn  # noqa: E402
from assistant.feedback.train import load_rows  # noqa: E402

EXTRA = ["", "-", "n.v.t.", "8/10", "prima", '=HYPERLINK("http://x","y")']


def corpus_texts() -> list[str]:
    return [row["text"] for row in load_rows("train")] + EXTRA


def warm_throughput(texts: list[str], seconds: float) -> tuple[float, float]:
    start = time.perf_counter()
    from assistant.feedback.offline import OfflineCoder

    coder = OfflineCoder.load()
    load_s = time.perf_counter() - start
    batch = [CommentIn(text=text) for text in texts]
    coder.code(batch)  # warm-up: caches, allocator
    done, start = 0, time.perf_counter()
    while time.perf_counter() - start < seconds:
        coder.code(batch)
        done += len(batch)
    return load_s, done / (time.perf_counter() - start)


def cold_load() -> float:
    """Seconds to import the coder and load the artefact in a fresh interpreter."""
    code = (
        "import time; t = time.perf_counter()\n"
        "from assistant.feedback.offline import OfflineCoder; OfflineCoder.load()\n"
        "print(time.perf_counter() - t)"
    )
    run = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env=os.environ | {"PYTHONPATH": str(ROOT)},
        check=True,
    )
    return float(run.stdout.strip())


def write_csv(path: Path, texts: list[str], rows: int) -> None:
    rng = random.Random(7)
    with path.open("w", encoding="cp1252", errors="replace", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(["respondent", "cursus", "opmerking", "score"])
        for i in range(rows):
            writer.writerow([f"R{i:06d}", "Leiderschap", rng.choice(texts), rng.randint(1, 10)])


def end_to_end(texts: list[str], rows: int) -> None:
    folder = Path(tempfile.mkdtemp(prefix="fb-bench-"))
    try:
        source, output = folder / "export.csv", folder / "coded.csv"
        write_csv(source, texts, rows)
        command = [
            sys.executable,
            "-m",
            "assistant.cli",
            "feedback",
            "code",
            str(source),
            "--text-column",
            "opmerking",
            "--output",
            str(output),
            "--json",
        ]
        env = os.environ | {"EVALASSIST_DATA_DIR": str(folder / "data"), "PYTHONPATH": str(ROOT)}
        timer = "/usr/bin/time" if Path("/usr/bin/time").exists() else None
        start = time.perf_counter()
        if timer:
            run = subprocess.run(
                [timer, "-v", *command], cwd=ROOT, env=env, capture_output=True, text=True
            )
            match = re.search(r"Maximum resident set size \(kbytes\): (\d+)", run.stderr)
            peak_kb = int(match.group(1)) if match else -1
            how = "/usr/bin/time -v"
        else:
            run = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True)
            peak_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
            how = "getrusage(RUSAGE_CHILDREN)"
        elapsed = time.perf_counter() - start
        if run.returncode != 0:
            raise SystemExit(f"CLI failed ({run.returncode}): {run.stderr[-2000:]}")
        size_mb = source.stat().st_size / 1e6
        print(
            f"end to end: {rows:,} rows ({size_mb:.1f} MB cp1252 ';' CSV) coded via the CLI in "
            f"{elapsed:.1f} s = {rows / elapsed:,.0f} rows/s (incl. start-up, row count pass, "
            f"summary pass); peak RSS {peak_kb / 1024:.0f} MB ({how})"
        )
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--seconds", type=float, default=5.0)
    args = parser.parse_args()
    texts = corpus_texts()
    load_s, rate = warm_throughput(texts, args.seconds)
    mean_len = sum(map(len, texts)) / len(texts)
    cold = cold_load()
    print(
        f"model load: {load_s * 1000:.0f} ms with modules imported; {cold * 1000:.0f} ms in a "
        "fresh interpreter (imports of numpy, pydantic, PyStemmer included)"
    )
    print(
        f"warm throughput: {rate:,.0f} comments/s (1 process, 1 thread; {len(texts)} corpus "
        f"texts, mean {mean_len:.0f} chars; cpus={os.cpu_count()})"
    )
    if args.rows:
        end_to_end(texts, args.rows)


if __name__ == "__main__":
    main()
