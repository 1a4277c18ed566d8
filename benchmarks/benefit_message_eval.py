"""Benefits as the chat reads them from one message: their value over a year, attribution and
confidence.

    .venv/bin/python benchmarks/benefit_message_eval.py [--set dev|dev2|heldout] [--show-misses]

``datasets/roi_benefits/messages_{dev,dev2,heldout}.jsonl`` (80 messages each, half Dutch, half
English; see that folder's README): each message is sent to the offline chat as users send it,
after "I want to calculate the ROI of a training" in its language, and the benefits the chat then
holds are compared with the expected ones. ``dev`` and ``dev2`` may be tuned on; ``heldout`` is
reported, never tuned on.

A benefit is valued right when one benefit line of the chat has its value over a year for the
whole group (amount or quantity x unit value, times the periods in a year, times the
participants when it is per participant) within 0.5 %, and is one-off when it is; its shares are
right when that line also has its attribution and confidence (100 % when none is said). A message
is right when every benefit is valued right with its shares, no other benefit line was made, and
no figure was left open as a question.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from decimal import Decimal
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from assistant.chat import MessageIn, SessionCreate  # noqa: E402
from assistant.chat.models import RoiFigures  # noqa: E402
from assistant.chat.roi_figures import settled  # noqa: E402
from assistant.roi import BenefitLine  # noqa: E402
from assistant.roi.models import PERIODS_PER_YEAR, Period  # noqa: E402
from assistant.services import Services  # noqa: E402
from assistant.settings import Settings  # noqa: E402

DATA = ROOT / "datasets" / "roi_benefits"
OPENERS = {
    "nl": "Ik wil de ROI van een training berekenen.",
    "en": "I want to calculate the ROI of a training.",
}


def yearly(line: BenefitLine, participants: int | None) -> Decimal:
    base = line.amount if line.amount is not None else (line.quantity or 0) * (line.unit_value or 0)
    periods = line.periods_per_year or PERIODS_PER_YEAR[line.period]
    value = Decimal(base) * Decimal(periods)
    return value * (participants or 0) if line.per_participant else value


def _close(a: Decimal, b: float) -> bool:
    return abs(float(a) - b) <= max(1.0, 0.005 * abs(b))


def _share(got: Decimal, want: float | None) -> bool:
    return abs(float(got) - (100.0 if want is None else want)) <= 0.5


def score(row: dict[str, Any], figures: RoiFigures) -> dict[str, Any]:
    """How the chat's benefits compare with the expected ones of ``row``."""
    participants = figures.participants or row.get("participants")
    lines = [settled(line, figures) for line in figures.benefits]
    unused = list(range(len(lines)))
    valued = shared = 0
    wrong: list[str] = []
    for want in row["benefits"]:
        match = next(
            (
                i
                for i in unused
                if _close(yearly(lines[i], participants), want["yearly_value"])
                and (lines[i].period == Period.ONCE) == want["one_off"]
            ),
            None,
        )
        if match is None:
            wrong.append(f"not valued: {want['what']} {want['yearly_value']}")
            continue
        unused.remove(match)
        valued += 1
        line = lines[match]
        if _share(line.attribution_pct, want["attribution_pct"]) and _share(
            line.confidence_pct, want["confidence_pct"]
        ):
            shared += 1
        else:
            wrong.append(
                f"shares of {want['what']}: {line.attribution_pct}/{line.confidence_pct}, want "
                f"{want['attribution_pct']}/{want['confidence_pct']}"
            )
    extra = [f"extra: {lines[i].description} {yearly(lines[i], participants)}" for i in unused]
    opened = [f"open: {figure.kind} {figure.shown}" for figure in figures.open]
    return {
        "benefits": len(row["benefits"]),
        "valued": valued,
        "shared": shared,
        "right": shared == len(row["benefits"]) and not extra and not opened,
        "problems": wrong + extra + opened,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--set", choices=["dev", "dev2", "heldout"], default="dev")
    parser.add_argument("--show-misses", action="store_true")
    args = parser.parse_args()
    path = DATA / f"messages_{args.set}.jsonl"
    rows = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        services = Services(settings=Settings(data_dir=Path(tmp)))
        try:
            chat = services.chat
            for row in rows:
                session = chat.create(SessionCreate()).id
                chat.send(session, MessageIn(text=OPENERS[row["language"]]))
                chat.send(session, MessageIn(text=row["text"]))
                results.append((row, score(row, chat.get(session).state.roi_figures)))
        finally:
            services.close()
    benefits = sum(r["benefits"] for _, r in results)
    for language in ("nl", "en", None):
        part = [r for row, r in results if language in (None, row["language"])]
        n = sum(r["benefits"] for r in part)
        print(
            f"{language or 'all'}: messages right {sum(r['right'] for r in part)}/{len(part)}, "
            f"benefits valued {sum(r['valued'] for r in part)}/{n}, "
            f"with their shares {sum(r['shared'] for r in part)}/{n}"
        )
    print(f"benefits: {benefits}")
    if args.show_misses:
        for row, r in results:
            if not r["right"]:
                print(f"\n{row['id']} [{row['language']}] {row['text']}", file=sys.stderr)
                for problem in r["problems"]:
                    print(f"    {problem}", file=sys.stderr)


if __name__ == "__main__":
    main()
