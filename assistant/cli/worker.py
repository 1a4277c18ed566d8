"""``evalassist worker``: code queued feedback jobs without serving the API (beside replicas
that run with ``EVALASSIST_JOB_WORKER=false``, or to add coding capacity)."""

from __future__ import annotations

import signal
from types import FrameType

import typer

from assistant.cli.common import handle_errors, load_settings, stderr


@handle_errors
def worker(
    threads: int = typer.Option(
        1,
        min=1,
        max=64,
        help="Worker threads (more help a language-model coder, not the offline one).",
    ),
) -> None:
    """Code queued feedback jobs until stopped (SIGTERM or Ctrl-C finishes the current batch)."""
    from assistant.feedback.service import FeedbackService
    from assistant.services import Services

    services = Services.build(load_settings())
    feedback: FeedbackService = services.feedback
    jobs = feedback.jobs
    jobs.threads = threads

    def stop(_signal: int, _frame: FrameType | None) -> None:
        jobs.close()

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    jobs.start()
    stderr().print(f"evalassist worker {jobs.owner}: {threads} thread(s), waiting for jobs")
    try:
        jobs.wait()
    finally:
        services.close()
