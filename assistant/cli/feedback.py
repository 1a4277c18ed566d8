"""``evalassist feedback``: code survey exports into Kirkpatrick levels and check agreement."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import typer
from pydantic import BaseModel
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TaskProgressColumn,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)

from assistant.cli.common import (
    check_output_path,
    handle_errors,
    load_settings,
    print_json,
    stderr,
)
from assistant.engines import Engines
from assistant.feedback.agreement import format_agreement
from assistant.feedback.calibration_text import format_calibration
from assistant.feedback.coder import Coder
from assistant.feedback.models import AgreementReport
from assistant.feedback.pipeline import code_file
from assistant.feedback.report import REPORT_SUFFIXES, write_report
from assistant.feedback.samples import read_sample
from assistant.feedback.service import FeedbackService
from assistant.feedback.summary import FileSummary, file_agreement, summarise
from assistant.feedback.tables import OUTPUT_FORMATS
from assistant.settings import Settings
from assistant.text.language import Language

app = typer.Typer(
    help="Code open comments into Kirkpatrick levels (L1-L4, NONE).", no_args_is_help=True
)


class CodeRun(BaseModel):
    output: str
    rows: int
    coded_now: int
    resumed_from: int
    report: list[str]
    summary: FileSummary


class _RateColumn(TextColumn):
    def __init__(self) -> None:
        super().__init__("")

    def render(self, task):  # type: ignore[no-untyped-def]
        speed = task.finished_speed or task.speed
        return super().render(task) if speed is None else f"{speed:,.0f} rows/s"


def _progress(quiet: bool) -> Progress:
    return Progress(
        TextColumn("coding"),
        BarColumn(),
        MofNCompleteColumn(),
        TaskProgressColumn(),
        _RateColumn(),
        TimeElapsedColumn(),
        TextColumn("ETA"),
        TimeRemainingColumn(),
        console=stderr(),
        disable=quiet,
        transient=False,
    )


@app.command("code")
@handle_errors
def code(
    input_file: Path = typer.Argument(..., metavar="INPUT", help="CSV, XLSX or JSONL export."),
    text_column: str = typer.Option(..., "--text-column", help="Column with the comments."),
    output: Path = typer.Option(..., "--output", "-o", help="Output .csv, .tsv, .xlsx or .jsonl."),
    sheet: str | None = typer.Option(None, "--sheet", help="XLSX sheet (default: the first)."),
    resume: bool = typer.Option(False, "--resume", help="Continue an interrupted run."),
    gold_column: str | None = typer.Option(
        None, "--gold-column", help="Column with human codes: print agreement with kp_primary."
    ),
    report: Path | None = typer.Option(None, "--report", help="Write a report.md or report.html."),
    as_json: bool = typer.Option(False, "--json", help="Print a JSON summary on stdout."),
    lang: Language | None = typer.Option(
        None,
        "--lang",
        help="Your language (nl, en): rationales for empty cells, fillers and comments without "
        "a language of their own are written in it (default: the comment's, else English).",
    ),
    coder_name: str | None = typer.Option(
        None, "--coder", help="A coder calibrated to your coding ('feedback calibrate')."
    ),
) -> None:
    """Code every comment of INPUT; keeps all columns and order and adds the kp_* columns."""
    check_output_path(output, option="--output", suffixes=OUTPUT_FORMATS)
    if report is not None:
        check_output_path(report, option="--report", suffixes=REPORT_SUFFIXES)
    settings = load_settings()
    coder: Coder
    if coder_name is None:
        coder = Engines(settings).coder()
    else:
        with _feedback(settings) as service:
            coder = service.coders.coder(coder_name)
    with _progress(quiet=as_json or not sys.stderr.isatty()) as progress:
        task = progress.add_task("coding", total=None)

        def advance(done: int, total: int | None) -> None:
            progress.update(task, completed=done, total=total)

        result = code_file(
            source=input_file,
            output=output,
            text_column=text_column,
            coder=coder,
            sheet=sheet,
            resume=resume,
            on_progress=advance,
            reader=lang.value if lang else None,
        )
    summary = summarise(
        output,
        text_column=text_column,
        gold_column=gold_column,
    )
    written = write_report(summary, report) if report else []
    if as_json:
        print_json(
            CodeRun(
                output=str(output),
                rows=result.rows,
                coded_now=result.coded_now,
                resumed_from=result.resumed_from,
                report=[str(p) for p in written],
                summary=summary,
            )
        )
        return
    console = stderr()
    console.print(
        f"coded {result.coded_now} rows ({result.rows} in total) -> {output}",
        markup=False,
        highlight=False,
    )
    counts = ", ".join(f"{k}={v}" for k, v in sorted(summary.primary.items()))
    console.print(f"primary: {counts}; roi: {summary.roi_count}", markup=False, highlight=False)
    for path in written:
        console.print(f"report: {path}", markup=False, highlight=False)
    if summary.agreement:
        typer.echo(format_agreement(summary.agreement))


@contextmanager
def _feedback(settings: Settings) -> Iterator[FeedbackService]:
    service = FeedbackService(settings)
    try:
        yield service
    finally:
        service.close()


@app.command("calibrate")
@handle_errors
def calibrate(
    input_file: Path = typer.Argument(
        ..., metavar="INPUT", help="CSV, XLSX or JSONL with your coded comments."
    ),
    text_column: str = typer.Option(..., "--text-column", help="Column with the comments."),
    label_column: str = typer.Option(
        ..., "--label-column", help="Column with your codes (L1-L4, NONE; empty: not coded)."
    ),
    name: str = typer.Option("my-coder", "--name", help="Name to store the coder under."),
    sheet: str | None = typer.Option(None, "--sheet", help="XLSX sheet (default: the first)."),
    as_json: bool = typer.Option(False, "--json", help="Print the report as JSON on stdout."),
) -> None:
    """Adapt the coder to your own coding, measure the gain and store it under NAME.

    The gain is cross-validated on your sample (each comment is coded by a coder calibrated
    without it). Rows whose code is empty are not used to calibrate: the report lists those
    the calibrated coder is least sure of, to code next. Use it with 'feedback code --coder'."""
    settings = load_settings()
    with _feedback(settings) as service:
        service.coders.check_free(name)
        texts, labels = read_sample(
            input_file, text_column=text_column, label_column=label_column, sheet=sheet
        )
        stored = service.calibrate(texts, labels, name=name)
    if as_json:
        print_json(stored)
        return
    typer.echo(format_calibration(stored.report))


@app.command("coders")
@handle_errors
def coders(
    delete: str | None = typer.Option(None, "--delete", help="Delete the coder of this name."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON on stdout."),
) -> None:
    """List the calibrated coders (or delete one)."""
    with _feedback(load_settings()) as service:
        if delete is not None:
            service.coders.delete(delete)
            stderr().print(f"deleted coder {delete}", markup=False, highlight=False)
            return
        stored = service.coders.list()
    if as_json:
        sys.stdout.write(json.dumps([c.model_dump(mode="json") for c in stored], indent=2) + "\n")
        return
    for item in stored:
        report = item.report
        typer.echo(
            f"{item.name}  {item.model}  {report.rows} coded rows  kappa "
            f"{report.kappa_before.value:.3f} -> {report.kappa_after.value:.3f}  "
            f"{item.created_at:%Y-%m-%d %H:%M}"
        )


@app.command("agreement")
@handle_errors
def agreement(
    file: Path = typer.Argument(..., help="CSV, XLSX or JSONL with two label columns."),
    gold_column: str = typer.Option(..., "--gold-column", help="Human (reference) codes."),
    pred_column: str = typer.Option("kp_primary", "--pred-column", help="Codes to compare."),
    sheet: str | None = typer.Option(None, "--sheet", help="XLSX sheet (default: the first)."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON on stdout."),
) -> None:
    """Cohen's kappa, accuracy, macro-F1, per-class P/R/F1 and the confusion matrix."""
    result: AgreementReport = file_agreement(
        file, gold_column=gold_column, pred_column=pred_column, sheet=sheet
    )
    if as_json:
        sys.stdout.write(json.dumps(result.model_dump(), indent=2) + "\n")
    else:
        typer.echo(format_agreement(result))
