"""``evalassist plan``: evaluation plans; ``plan parse`` reads a free-text brief."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TypeVar

import typer
from pydantic import BaseModel, ValidationError
from rich.table import Table

from assistant.cli.common import (
    check_output_path,
    handle_errors,
    load_settings,
    parse_json,
    print_json,
    read_text_input,
    stderr,
    stdout,
)
from assistant.errors import InvalidInputError, invalid_input
from assistant.planning import BriefExtraction, ProgramBrief, brief_from_text
from assistant.text.language import Language

app = typer.Typer(
    help="Evaluation plans: briefs, objectives, measurement plans.", no_args_is_help=True
)

BaseModelT = TypeVar("BaseModelT", bound=BaseModel)

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


_OUT_FORMATS = {".md": "md", ".docx": "docx", ".json": "json"}


@app.command("draft")
@handle_errors
def draft(
    brief: str | None = typer.Option(
        None, "--brief", help="A ProgramBrief as a JSON file (- = stdin)."
    ),
    text: str | None = typer.Option(None, "--text", help="The brief as free text (nl or en)."),
    lang: Language | None = typer.Option(None, "--lang", help="Language of --text; detected."),
    currency: str | None = typer.Option(None, "--currency", help="ISO currency, default EUR."),
    as_json: bool = typer.Option(False, "--json", help="Print the Plan as JSON."),
    out: Path | None = typer.Option(
        None, "--out", help="Write the plan to a .md, .docx or .json file."
    ),
) -> None:
    """Draft an evaluation plan from a brief (JSON) or free text: objectives, impact map,
    measurement plan, ROI forecast, open questions and cited sources. Prints Markdown."""
    from assistant.planning.plan import PlanDraftRequest, draft_plan
    from assistant.planning.plan.export import ExportFormat, export_plan, to_markdown
    from assistant.services import Services

    if (brief is None) == (text is None):
        raise InvalidInputError("Give the brief with either --brief FILE.json or --text.")
    fmt = None
    if out is not None:
        check_output_path(out, option="--out", suffixes=_OUT_FORMATS)
        fmt = _OUT_FORMATS[out.suffix.lower()]
    request = _request(brief, text, lang, currency, PlanDraftRequest)
    services = Services.build(load_settings())
    composer = services.engines.composer(services.knowledge)
    plan = draft_plan(request, composer=composer)
    if out is not None and fmt is not None:
        out.write_bytes(export_plan(plan, ExportFormat(fmt)))
        stderr().print(f"Wrote {out}", markup=False, highlight=False)
    if as_json:
        print_json(plan)
    elif out is None:
        sys.stdout.write(to_markdown(plan))


def _request(
    brief: str | None,
    text: str | None,
    lang: Language | None,
    currency: str | None,
    model: type[BaseModelT],
) -> BaseModelT:
    if text is not None and not text.strip():
        raise InvalidInputError("The brief is empty.")
    data: dict[str, object] = {"language": lang, "currency": currency}
    if brief is not None:
        parsed = parse_json(read_text_input(brief), what="The brief")
        try:
            data["brief"] = ProgramBrief.model_validate(parsed)
        except ValidationError as exc:
            raise invalid_input(exc, what="brief") from exc
        data["language"] = None
    else:
        data["text"] = text
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        raise invalid_input(exc, what="request") from exc
