"""``evalassist chat``: talk to the assistant in the terminal; sessions persist across runs."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import typer
from rich.console import Console
from rich.markdown import Markdown
from rich.panel import Panel

from assistant.chat import ChatReply, ChatService, MessageIn, SessionCreate
from assistant.chat.handle_plan import summarise
from assistant.chat.service import transcript
from assistant.cli.common import check_output_path, handle_errors, load_settings, stdout
from assistant.errors import InvalidInputError
from assistant.services import Services
from assistant.text.language import Language
from knowledge_base.answer import source_lines

COMMANDS = "/new  /plan  /export [FILE]  /sessions  /help  /quit"


@handle_errors
def chat(
    session: str | None = typer.Option(None, "--session", help="Resume this session id."),
    new: bool = typer.Option(False, "--new", help="Start a new session instead of resuming."),
    lang: Language | None = typer.Option(
        None,
        "--lang",
        help="Reply language (nl, en) for a new session; detected per message otherwise.",
    ),
    as_json: bool = typer.Option(False, "--json", help="Print each reply as a JSON line."),
) -> None:
    """Chat with the assistant (Dutch or English). Without --session or --new the most recent
    session continues. Reads lines from a pipe until EOF when stdin is not a terminal; end a
    line with a backslash to continue a message on the next line (e.g. pasted comments)."""
    services = Services.build(load_settings())
    service = services.chat
    session_id = _session(service, session, new, lang)
    console = stdout()
    interactive = sys.stdin.isatty()
    if not as_json:
        info = service.get(session_id)
        console.print(
            f"[bold]evalassist chat[/bold] - {info.title or 'new session'} "
            f"({info.id[:8]}, {info.messages} messages)   {COMMANDS}",
            highlight=False,
        )
    for message in _messages(console, interactive):
        if message.startswith("/"):
            outcome = _command(message, service, services, session_id, console)
            if outcome is None:
                break
            session_id = outcome
            continue
        if interactive:
            with console.status("..."):
                reply = service.send(session_id, MessageIn(text=message))
        else:
            reply = service.send(session_id, MessageIn(text=message))
        _render(console, reply, as_json=as_json, rich=interactive)
    services.close()


def _session(service: ChatService, wanted: str | None, new: bool, lang: Language | None) -> str:
    if wanted is not None:
        return service.get(wanted).id
    latest = None if new else service.latest()
    if latest is not None:
        return latest.id
    return service.create(SessionCreate(language=lang)).id


def _messages(console: Console, interactive: bool) -> Iterator[str]:
    """Messages from the prompt (a terminal) or from stdin lines, until EOF."""
    pending: list[str] = []
    while True:
        try:
            line = console.input("[bold cyan]> [/bold cyan]") if interactive else next(sys.stdin)
        except (EOFError, StopIteration, KeyboardInterrupt):
            return
        line = line.rstrip("\r\n")
        if line.endswith("\\"):
            pending.append(line[:-1])
            continue
        message = "\n".join([*pending, line])
        pending = []
        if message.strip() or not interactive:
            yield message


def _command(
    text: str, service: ChatService, services: Services, session_id: str, console: Console
) -> str | None:
    """Run a slash command; the session to continue with, or ``None`` to quit."""
    name, _, argument = text.strip().partition(" ")
    if name in ("/quit", "/exit", "/q"):
        return None
    if name == "/new":
        created = service.create(SessionCreate())
        console.print(f"New session {created.id[:8]}.", highlight=False)
        return created.id
    if name == "/plan":
        state = service.get(session_id).state
        if state.plan_id is None:
            console.print("No plan in this session yet.")
        else:
            record = services.plans.get(state.plan_id)
            language = record.plan.language
            console.print(
                f"{record.plan.title} (plan {record.id}, version {record.version})"
                f"{summarise(record.plan, language)}",
                markup=False,
                highlight=False,
            )
        return session_id
    if name == "/export":
        session = service.get(session_id)
        path = Path(argument.strip() or f"chat-{session.id[:8]}.md")
        check_output_path(path, option="/export", suffixes=(".md", ".txt"))
        path.write_text(transcript(session), encoding="utf-8")
        console.print(f"Exported {session.messages} messages to {path}.", highlight=False)
        return session_id
    if name == "/sessions":
        for item in service.list(limit=20).items:
            mark = "*" if item.id == session_id else " "
            console.print(
                f"{mark} {item.id}  {item.updated_at:%Y-%m-%d %H:%M}  {item.title}",
                markup=False,
                highlight=False,
            )
        return session_id
    if name == "/help":
        console.print(COMMANDS)
        return session_id
    raise InvalidInputError(f"Unknown command {name}; commands: {COMMANDS}")


def _render(console: Console, reply: ChatReply, *, as_json: bool, rich: bool) -> None:
    if as_json:
        sys.stdout.write(reply.model_dump_json() + "\n")
        sys.stdout.flush()
        return
    sources = source_lines(reply.citations, reply.language)
    if rich:
        listed = "  \n".join(line.strip() for line in sources)  # no indented code blocks
        body = Markdown(reply.text + ("\n\n" + listed if sources else ""))
        panel = Panel(body, title="evalassist", title_align="left", border_style="green")
        Console().print(panel)  # wrapped to the terminal, unlike the soft-wrapping stdout()
        return
    console.print(reply.text, markup=False, highlight=False)
    for line in sources:
        console.print(line, markup=False, highlight=False)
    console.print()
