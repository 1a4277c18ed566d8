"""``evalassist objectives check``: the SMART checker on the command line."""

from __future__ import annotations

import typer
from rich.table import Table

from assistant.cli.common import handle_errors, print_json, stdout
from assistant.errors import InvalidInputError
from assistant.planning import check_objective
from assistant.text.language import Language

app = typer.Typer(help="Check learning and business objectives.", no_args_is_help=True)

_HEADERS = {
    Language.NL: ("Criterium", "Oordeel", "Reden", "Suggestie", "voldoet", "voldoet niet"),
    Language.EN: ("Criterion", "Verdict", "Reason", "Suggestion", "pass", "fail"),
}


@app.command("check")
@handle_errors
def check(
    text: str = typer.Argument(..., help="The objective, in Dutch or English."),
    lang: Language | None = typer.Option(None, "--lang", help="nl or en; detected if omitted."),
    as_json: bool = typer.Option(False, "--json", help="Print the SmartVerdict as JSON."),
) -> None:
    """Judge an objective on SMART: Specific, Measurable, Achievable/Acceptable, Relevant/
    Realistic, Time-bound - with a reason and a suggestion per criterion."""
    if not text.strip():
        raise InvalidInputError("The objective is empty: give the text to check.")
    verdict = check_objective(text, lang)
    if as_json:
        print_json(verdict)
        return
    criterion, result, reason, suggestion, ok, not_ok = _HEADERS[verdict.language]
    table = Table(title=f"SMART {verdict.score}/5", show_lines=True)
    for header in (criterion, result, reason, suggestion):
        table.add_column(header, overflow="fold")
    for item in verdict.criteria:
        mark = f"[green]{ok}[/green]" if item.passed else f"[red]{not_ok}[/red]"
        table.add_row(item.label, mark, item.reason, item.suggestion or "")
    stdout().print(table)
