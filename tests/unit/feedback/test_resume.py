"""An interrupted run resumes without recoding, losing or duplicating a row."""

import csv
import json
import subprocess
import sys
import textwrap
from collections.abc import Sequence
from pathlib import Path

import pytest

from assistant.errors import InvalidInputError
from assistant.feedback.models import CodedComment, CommentIn
from assistant.feedback.pipeline import code_file, progress_path
from assistant.feedback.tables import open_table

N = 1000
BATCH = 100
REPO = Path(__file__).resolve().parents[3]


def make_input(path: Path) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["nr", "comment"])
        for i in range(N):
            writer.writerow([i, f"Comment {i}: the trainer explained things clearly, line\nbreak"])


class Crash(Exception):
    pass


class CrashingCoder:
    engine = "offline"

    def __init__(self, inner, crash_after: int) -> None:
        self.inner, self.crash_after, self.calls = inner, crash_after, 0

    def code(self, batch: Sequence[CommentIn]) -> list[CodedComment]:
        self.calls += 1
        if self.calls > self.crash_after:
            raise Crash
        return self.inner.code(batch)


def numbers(path: Path) -> list[int]:
    return [int(row["nr"]) for row in open_table(path).rows()]


@pytest.mark.parametrize("suffix", [".csv", ".jsonl", ".xlsx"])
def test_resume_after_an_exception(tmp_path: Path, counting_coder, suffix: str) -> None:
    source, out = tmp_path / "in.csv", tmp_path / f"out{suffix}"
    make_input(source)
    with pytest.raises(Crash):
        code_file(
            source=source,
            output=out,
            text_column="comment",
            coder=CrashingCoder(counting_coder, 3),
            batch_size=BATCH,
        )
    assert len(counting_coder.seen) == 3 * BATCH
    result = code_file(
        source=source,
        output=out,
        text_column="comment",
        coder=counting_coder,
        batch_size=BATCH,
        resume=True,
    )
    assert (result.resumed_from, result.coded_now, result.rows) == (300, 700, N)
    assert len(counting_coder.seen) == N  # nothing coded twice
    assert numbers(out) == list(range(N))
    assert not progress_path(out).exists()


def test_resume_after_a_hard_kill(tmp_path: Path) -> None:
    source, out = tmp_path / "in.csv", tmp_path / "out.csv"
    make_input(source)
    script = textwrap.dedent(f"""
        import os
        from pathlib import Path
        from assistant.feedback.coder import offline_coder
        from assistant.feedback.pipeline import code_file

        inner, calls = offline_coder(), [0]

        class Killer:
            engine = "offline"
            def code(self, batch):
                calls[0] += 1
                if calls[0] == 4:
                    os._exit(137)  # like SIGKILL: no cleanup, no finally blocks
                return inner.code(batch)

        code_file(source=Path({str(source)!r}), output=Path({str(out)!r}),
                  text_column="comment", coder=Killer(), batch_size={BATCH})
    """)
    run = subprocess.run([sys.executable, "-c", script], cwd=REPO, capture_output=True)
    assert run.returncode == 137, run.stderr
    state = json.loads(progress_path(out).read_text())
    assert state["rows"] == 3 * BATCH
    with out.open("a", encoding="utf-8") as handle:  # a torn half-row written after the checkpoint
        handle.write('300,"Comment 300: half a ro')
    from assistant.feedback.coder import offline_coder

    result = code_file(
        source=source,
        output=out,
        text_column="comment",
        coder=offline_coder(),
        batch_size=BATCH,
        resume=True,
    )
    assert result.coded_now == N - 3 * BATCH
    assert numbers(out) == list(range(N))
    assert all(row["kp_primary"] for row in open_table(out).rows())


def test_resume_refuses_a_different_input(tmp_path: Path, counting_coder) -> None:
    source, out = tmp_path / "in.csv", tmp_path / "out.csv"
    make_input(source)
    with pytest.raises(Crash):
        code_file(
            source=source,
            output=out,
            text_column="comment",
            coder=CrashingCoder(counting_coder, 1),
            batch_size=BATCH,
        )
    with source.open("a", encoding="utf-8") as handle:
        handle.write("1000,new row\n")
    with pytest.raises(InvalidInputError, match="different input"):
        code_file(
            source=source, output=out, text_column="comment", coder=counting_coder, resume=True
        )


def test_resume_of_a_finished_run_codes_nothing(tmp_path: Path, counting_coder) -> None:
    source, out = tmp_path / "in.csv", tmp_path / "out.csv"
    make_input(source)
    code_file(source=source, output=out, text_column="comment", coder=counting_coder)
    before = out.read_bytes()
    result = code_file(
        source=source, output=out, text_column="comment", coder=counting_coder, resume=True
    )
    assert result.coded_now == 0 and out.read_bytes() == before
    assert len(counting_coder.seen) == N
