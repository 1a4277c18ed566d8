"""The ``evalassist`` console script (the one place in ``assistant`` that uses Typer)."""

from __future__ import annotations

import typer

from assistant import __version__
from assistant.cli import db, feedback, kb, objectives, plan, roi
from assistant.cli.chat import chat
from assistant.cli.serve import serve
from assistant.cli.worker import worker

app = typer.Typer(
    name="evalassist",
    help="Evaluate L&D programmes: Kirkpatrick levels 1-4 and Phillips ROI, offline first.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"evalassist {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: bool = typer.Option(
        False, "--version", callback=_version, is_eager=True, help="Show the version and exit."
    ),
) -> None:
    """evalassist command line."""


app.command()(serve)
app.command()(worker)
app.add_typer(db.app, name="db")
app.add_typer(roi.app, name="roi")
app.add_typer(objectives.app, name="objectives")
app.add_typer(plan.app, name="plan")
app.add_typer(kb.app, name="kb")
app.add_typer(feedback.app, name="feedback")
app.command()(kb.ask)
app.command()(chat)


def main() -> None:
    app()
