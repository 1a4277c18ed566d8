"""Chat speed with the offline engine: turn latency and time to the first streamed token.

    .venv/bin/python benchmarks/chat_bench.py [--rounds 5]

A fresh data directory (knowledge index from the shipped cache, SQLite database) and the
in-process ``ChatService`` (the same calls REST and the CLI make, storage included). Scripted
conversations - method questions, a brief over several turns, ROI with a correction, comments,
SMART checks, small talk, in Dutch and English - run ``--rounds`` times after one warm-up
round on a warm process; the first round is reported apart from the repeats (a repeated
question reuses cached question and sentence vectors). Plan drafting and revision turns are
timed apart (they retrieve for every section), and so are method questions.
Every message goes through ``ChatService.stream`` (what the SSE route iterates): time to first
token is from the call to the first ``token`` event; the turn's latency runs to ``done``. The
offline engine answers whole, so the first token comes when the turn is computed.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from assistant.chat import Intent, MessageIn, SessionCreate  # noqa: E402
from assistant.chat.service import ChatService  # noqa: E402
from assistant.chat.warm_up import warm_up  # noqa: E402
from assistant.services import Services  # noqa: E402
from assistant.settings import Settings  # noqa: E402
from knowledge_base.models import AskRequest  # noqa: E402

CONVERSATIONS: list[list[str]] = [
    ["Hallo", "Hoe isoleer je het effect van een training?", "Wat is het V-model?", "Dank je"],
    ["Hello", "What is the Phillips ROI methodology?", "How do I measure behaviour change?"],
    [
        "We starten een leiderschapsprogramma voor 40 teamleiders.",
        "Coachend leidinggeven",
        "Het verzuim moet dalen van 6% naar 4,5% binnen een jaar.",
        "Teamleiders voeren elke week een coachgesprek met hun medewerkers.",
        "Twee trainingsdagen en drie intervisiebijeenkomsten",
        "Stel het plan op",
        "Maak het doel voor niveau 3 concreter",
    ],
    [
        "Bereken de ROI: de training kost EUR 22.500 voor 25 deelnemers en levert EUR 60.000 "
        "per jaar op; 50 % is toe te schrijven aan de training.",
        "Nee, het zijn 30 deelnemers.",
        "ja",
    ],
    [
        "Code these comments:\nGreat trainer.\nSince the course I plan my week on Mondays.\n"
        "Absenteeism dropped and saved money.",
        'Is this objective SMART? "Participants improve their communication skills."',
        "Thanks!",
    ],
]
PLAN_INTENTS = {Intent.DRAFT_PLAN, Intent.REVISE_PLAN}


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(pct / 100 * len(ordered)) - 1))
    return ordered[index]


Timings = dict[str, list[float]]


def run_round(chat: ChatService, timings: Timings) -> None:
    """Every message is streamed: first ``token`` event and ``done`` are both timed."""
    for script in CONVERSATIONS:
        session = chat.create(SessionCreate()).id
        for text in script:
            start = time.perf_counter()
            first = None
            for event in chat.stream(session, MessageIn(text=text)):
                if event.event == "token" and first is None:
                    first = (time.perf_counter() - start) * 1000
                if event.event == "done":
                    intent = Intent(event.data["intent"])
            elapsed = (time.perf_counter() - start) * 1000
            if intent in PLAN_INTENTS:
                timings["plan draft / revise"].append(elapsed)
                continue
            timings["all turns except plan drafting"].append(elapsed)
            timings["first token (same turns)"].append(first or elapsed)
            kind = "method question (KB answer)" if intent is Intent.ASK_METHOD else "other turns"
            timings[kind].append(elapsed)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        services = Services.build(Settings(data_dir=Path(folder) / "data"))
        start = time.perf_counter()
        services.knowledge.ensure_ready()
        services.feedback.coder  # noqa: B018 - load the comment model before timing
        warm_up()  # what `evalassist serve` does in the background at start
        print(f"start-up (index from cache, coder): {time.perf_counter() - start:.1f} s")
        # Load the embedding model with a question the conversations never ask, so the first
        # round measures new questions on a warm process; later rounds repeat them (cached).
        services.knowledge.ask(AskRequest(question="Wat is een leerdoel?"))
        first: Timings = defaultdict(list)
        run_round(services.chat, first)
        timings: Timings = defaultdict(list)
        for _ in range(args.rounds - 1):
            run_round(services.chat, timings)
        services.close()
    for title, table in (("first time (new messages)", first), ("repeated messages", timings)):
        print(title)
        for label, values in table.items():
            print(
                f"  {label:32s} n={len(values):4d}  p50 {statistics.median(values):7.1f} ms  "
                f"p95 {percentile(values, 95):7.1f} ms  max {max(values):7.1f} ms"
            )


if __name__ == "__main__":
    main()
