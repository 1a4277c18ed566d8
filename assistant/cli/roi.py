"""``evalassist roi``: the Phillips ROI calculator on the command line."""

from __future__ import annotations

import json
import sys
from decimal import Decimal
from enum import StrEnum

import typer
from pydantic import ValidationError

from assistant.cli.common import handle_errors, print_json, read_text_input, stdout
from assistant.cli.roi_render import render_result
from assistant.errors import InvalidInputError, invalid_input
from assistant.roi import RoiInput, compute_roi
from assistant.roi.example import example_payload

app = typer.Typer(
    name="roi",
    help="Phillips ROI: compute ROI, BCR, payback and break-even from costs and benefits.",
    no_args_is_help=True,
)


class LangChoice(StrEnum):
    en = "en"
    nl = "nl"


LANG_HELP = "Language of labels, formulas and warnings."


def load_roi_input(text: str) -> RoiInput:
    """Parse JSON exactly (fractions straight to Decimal) and validate it as ``RoiInput``."""
    try:
        data = json.loads(text, parse_float=Decimal)
    except json.JSONDecodeError as exc:
        raise InvalidInputError(
            f"ROI input is not valid JSON (line {exc.lineno}, column {exc.colno}): {exc.msg}"
        ) from exc
    try:
        return RoiInput.model_validate(data)
    except ValidationError as exc:
        raise invalid_input(exc, what="ROI input") from exc


@app.command()
@handle_errors
def compute(
    source: str = typer.Option(
        ..., "--input", "-i", help="RoiInput JSON file, or - to read standard input."
    ),
    as_json: bool = typer.Option(False, "--json", help="Print the RoiResult as JSON."),
    lang: LangChoice = typer.Option(LangChoice.en, "--lang", help=LANG_HELP),
) -> None:
    """Compute the ROI of a programme from a RoiInput JSON file (see `evalassist roi example`)."""
    result = compute_roi(load_roi_input(read_text_input(source)), lang=lang.value)
    if as_json:
        print_json(result)
    else:
        render_result(result, lang=lang.value, console=stdout())


@app.command()
@handle_errors
def example(lang: LangChoice = typer.Option(LangChoice.en, "--lang", help=LANG_HELP)) -> None:
    """Print a complete example RoiInput that `evalassist roi compute` accepts."""
    sys.stdout.write(json.dumps(example_payload(lang.value), indent=2, ensure_ascii=False) + "\n")
