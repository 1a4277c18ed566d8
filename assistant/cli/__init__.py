"""The ``evalassist`` console script (the one place in ``assistant`` that uses Typer).

A subcommand's module is imported when that subcommand runs, not at every start: `evalassist db
upgrade` (which deployments run beside starting replicas) no longer loads the chat, the coder and
the knowledge base first.
"""

from __future__ import annotations

import functools
import importlib

import typer
from typer import _click as click  # Typer's own copy of Click, whose groups it subclasses
from typer.core import TyperGroup

from assistant import __version__

# name -> "module:attribute", an attribute that is a Typer (a group) or a command function.
SUBCOMMANDS: dict[str, str] = {
    "serve": "assistant.cli.serve:serve",
    "worker": "assistant.cli.worker:worker",
    "ask": "assistant.cli.kb:ask",
    "chat": "assistant.cli.chat:chat",
    "db": "assistant.cli.db:app",
    "roi": "assistant.cli.roi:app",
    "objectives": "assistant.cli.objectives:app",
    "plan": "assistant.cli.plan:app",
    "kb": "assistant.cli.kb:app",
    "feedback": "assistant.cli.feedback:app",
}


@functools.cache
def _subcommand(name: str) -> click.Command:
    module, attribute = SUBCOMMANDS[name].split(":")
    target = getattr(importlib.import_module(module), attribute)
    holder = typer.Typer(add_completion=False, pretty_exceptions_enable=False)
    holder.callback()(lambda: None)  # a group, so the command below keeps its own name
    if isinstance(target, typer.Typer):
        holder.add_typer(target, name=name)
    else:
        holder.command(name=name)(target)
    group = typer.main.get_command(holder)
    assert isinstance(group, TyperGroup)
    return group.commands[name]


class _LazyGroup(TyperGroup):
    def list_commands(self, ctx: click.Context) -> list[str]:
        return list(SUBCOMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        return _subcommand(cmd_name) if cmd_name in SUBCOMMANDS else None


app = typer.Typer(
    name="evalassist",
    cls=_LazyGroup,
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


def main() -> None:
    app()
