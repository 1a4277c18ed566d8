"""``evalassist plan``: evaluation plans; ``plan parse`` reads a free-text brief."""

from __future__ import annotations

import typer
from rich.table import Table

from assistant.cli.common import handle_errors, print_json, read_text_input, stdout
from assistant.errors import InvalidInputError
from assistant.planning import BriefExtraction, Language, brief_from_text

app = typer.Typer(
    help="Evaluation plans: briefs, objectives, measurement plans.", no_args_is_help=True
)

_LABELS = {
    Language.NL: ("Veld", "Waarde", "Open vragen", "Brief compleet", "ja", "nee"),
    Language.EN: ("Field", "Value", "Open questions", "Brief complete", "yes", "no"),
}


@app.command("parse")
@handle_errors
def parse(
    text: str | None = typer.Option(None, "--text", help="The brief as free text."),
    file: str | None = typer.Option(None, "--file", help="Read the text from a file (- = stdin)."),
    lang: Language | None = typer.Option(None, "--lang", help="nl or en; detected if omitted."),
    as_json: bool = typer.Option(False, "--json", help="Print the BriefExtraction as JSON."),
) -> None:
    """Read a programme brief from free text and list what is still open (nothing is guessed)."""
    if (text is None) == (file is None):
        raise InvalidInputError("Give the brief with either --text or --file.")
    source = text if text is not None else read_text_input(file or "-")
    if not source.strip():
        raise InvalidInputError("The brief is empty.")
    extraction = brief_from_text(source, lang)
    if as_json:
        print_json(extraction)
        return
    _render(extraction)


def _render(extraction: BriefExtraction) -> None:
    field, value, open_title, complete, yes, no = _LABELS[extraction.language]
    table = Table(show_lines=True)
    table.add_column(field)
    table.add_column(value, overflow="fold")
    data = extraction.brief.model_dump(mode="json", exclude_none=True)
    for name, item in data.items():
        if item in ([], None):
            continue
        lines = item if isinstance(item, list) else [item]
        table.add_row(name, "\n".join(_line(entry) for entry in lines))
    table.add_row(complete, yes if extraction.complete else no)
    console = stdout()
    console.print(table, markup=False)
    if extraction.open_questions:
        console.print(f"\n{open_title}:", markup=False)
        for question in extraction.open_questions:
            console.print(f"- {question.question}  ({question.field})", markup=False)


def _line(item: object) -> str:
    if isinstance(item, dict):
        if "text" in item:
            return str(item["text"])
        return ", ".join(f"{k}: {_line(v)}" for k, v in item.items() if v not in (None, []))
    return str(item)
