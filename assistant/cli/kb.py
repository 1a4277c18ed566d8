"""``evalassist kb ...`` and ``evalassist ask``: the knowledge base from the command line."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table

from assistant.cli.common import (
    EXIT_BAD_INPUT,
    handle_errors,
    load_settings,
    print_json,
    stderr,
    stdout,
)
from assistant.errors import InvalidInputError
from assistant.services import Services
from assistant.text.language import Language
from knowledge_base.models import (
    AskRequest,
    IngestReport,
    SearchFilters,
    SearchRequest,
)

app = typer.Typer(
    help="The knowledge base: ingest, search, add and list sources.", no_args_is_help=True
)


@contextmanager
def embedding_progress() -> Iterator[Callable[[int, int], None]]:
    """A rich progress bar on stderr, shown only when something has to be embedded."""
    with Progress(
        TextColumn("embedding passages"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        console=stderr(),
        transient=True,
    ) as bar:
        task = None

        def update(done: int, total: int) -> None:
            nonlocal task
            if total == 0:
                return
            if task is None:
                task = bar.add_task("embed", total=total)
            bar.update(task, completed=done, total=total)

        yield update


def _services() -> Services:
    return Services.build(load_settings())


def _parse_line(line: str) -> tuple[object, str]:
    """(id, question) of one batch line; the id is None when even that cannot be read."""
    try:
        item = json.loads(line)
    except json.JSONDecodeError as exc:
        raise _BadLine(None, f"not JSON: {exc.msg}") from exc
    if not isinstance(item, dict):
        raise _BadLine(None, "expected an object with 'id' and 'question'")
    query_id = item.get("id")
    valid_id = isinstance(query_id, int | str) and not isinstance(query_id, bool)
    if not valid_id or query_id == "":
        raise _BadLine(query_id, "'id' must be a non-empty string or an integer")
    question = item.get("question")
    if not isinstance(question, str) or not question.strip():
        raise _BadLine(query_id, "'question' must be a non-empty string")
    return query_id, question


class _BadLine(Exception):
    def __init__(self, query_id: object, reason: str) -> None:
        super().__init__(reason)
        self.query_id = query_id


def _print_report(report: IngestReport, as_json: bool) -> None:
    if as_json:
        print_json(report)
        return
    if not report.changed:
        stdout().print(f"Nothing changed: {len(report.documents)} documents already indexed.")
        return
    table = Table("collection", "document", "status", "added", "removed", "kept")
    for doc in report.documents:
        table.add_row(
            doc.collection,
            doc.doc_id,
            doc.status,
            str(doc.chunks_added),
            str(doc.chunks_removed),
            str(doc.chunks_kept),
        )
    stdout().print(table)
    stdout().print(f"{report.embedded} passages embedded in {report.seconds:.1f} s.")


@app.command()
@handle_errors
def ingest(as_json: bool = typer.Option(False, "--json", help="Machine-readable report.")) -> None:
    """Index the shipped articles (idempotent: a second run changes nothing)."""
    knowledge = _services().knowledge
    with embedding_progress() as progress:
        knowledge.index.open(progress)
        report = knowledge.ingest(progress=progress)
    _print_report(report, as_json)


def _batch(path: Path, k: int, filters: SearchFilters, services: Services) -> None:
    if not path.is_file():
        raise InvalidInputError(f"Queries file not found: {path}")
    failures = 0
    knowledge = services.knowledge
    with path.open(encoding="utf-8-sig") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                query_id, question = _parse_line(line)
                request = SearchRequest(query=question[:2000], k=k, filters=filters)
            except _BadLine as exc:
                failures += 1
                error = f"line {number}: {exc}"
                record = {"id": exc.query_id, "hits": [], "error": error}
                sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
                continue
            hits = knowledge.search(request).hits
            record = {"id": query_id, "hits": [hit.contract_dict() for hit in hits]}
            sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
            sys.stdout.flush()
    if failures:
        stderr().print(f"error: {failures} input line(s) could not be read (see 'error' fields)")
        raise typer.Exit(EXIT_BAD_INPUT)


@app.command()
@handle_errors
def search(
    query: str | None = typer.Argument(None, help="The question or keywords."),
    k: int = typer.Option(5, "--k", min=1, max=50, help="Number of hits."),
    queries: Path | None = typer.Option(
        None, "--queries", help='JSONL file of {"id", "question"}; one result line each.'
    ),
    collection: str | None = typer.Option(None, help="Only this collection."),
    source: str | None = typer.Option(None, help="Only this source file / document id."),
    language: str | None = typer.Option(None, help="Only passages in this language (nl, en)."),
    as_json: bool = typer.Option(False, "--json", help="Machine-readable output."),
) -> None:
    """Hybrid (BM25 + dense) search over the knowledge base."""
    if queries is not None and query is not None:
        raise InvalidInputError("Give either a QUERY or --queries FILE.jsonl, not both.")
    if language not in (None, "nl", "en"):
        raise InvalidInputError("--language must be 'nl' or 'en'.")
    lang = Language(language) if language else None
    filters = SearchFilters(collection=collection, source=source, language=lang)
    services = _services()
    with embedding_progress() as progress:
        services.knowledge.ensure_ready(progress)
    if queries is not None:
        _batch(queries, k, filters, services)
        return
    if not query or not query.strip():
        raise InvalidInputError("Give a QUERY or --queries FILE.jsonl.")
    response = services.knowledge.search(SearchRequest(query=query, k=k, filters=filters))
    if as_json:
        print_json(response)
        return
    out = stdout()
    for rank, hit in enumerate(response.hits, start=1):
        out.print(
            f"[bold]{rank}. {hit.title}[/bold]  ({hit.source}, lines {hit.line_start}-"
            f"{hit.line_end}, score {hit.score:.4f})"
        )
        out.print(hit.text, markup=False, highlight=False)
        out.print()


@app.command()
@handle_errors
def add(
    file: Path = typer.Argument(..., help="A txt, md, pdf, docx or html file."),
    collection: str = typer.Option(..., "--collection", help="Your organisation's collection."),
    as_json: bool = typer.Option(False, "--json", help="Machine-readable report."),
) -> None:
    """Add (or replace) a document in an organisation collection."""
    if not file.is_file():
        raise InvalidInputError(f"File not found: {file}")
    knowledge = _services().knowledge
    with embedding_progress() as progress:
        report = knowledge.add_document(
            filename=file.name, data=file.read_bytes(), collection=collection, progress=progress
        )
    _print_report(report, as_json)


@app.command()
@handle_errors
def remove(
    collection: str = typer.Argument(..., help="The organisation collection."),
    doc_id: str = typer.Argument(..., help="The document id (its file name)."),
) -> None:
    """Remove a document from an organisation collection."""
    change = _services().knowledge.remove_document(collection=collection, doc_id=doc_id)
    stdout().print(f"Removed {change.doc_id} ({change.chunks_removed} passages).")


@app.command()
@handle_errors
def sources(as_json: bool = typer.Option(False, "--json", help="Machine-readable output.")) -> None:
    """List the documents in the knowledge base."""
    knowledge = _services().knowledge
    with embedding_progress() as progress:
        knowledge.ensure_ready(progress)
    infos = knowledge.sources()
    if as_json:
        sys.stdout.write(json.dumps([i.model_dump(mode="json") for i in infos], indent=2) + "\n")
        return
    table = Table("collection", "document", "title", "authors", "passages")
    for info in infos:
        table.add_row(
            info.collection, info.doc_id, info.title, ", ".join(info.authors), str(info.chunks)
        )
    stdout().print(table)


def _print_value(value: object) -> None:
    sys.stdout.write(json.dumps(value, indent=2, ensure_ascii=False) + "\n")


@app.command()
@handle_errors
def cards(
    coverage: bool = typer.Option(
        False, "--coverage", help="List the passages no card cites (exit 1 when any)."
    ),
    as_json: bool = typer.Option(False, "--json", help="Machine-readable output."),
) -> None:
    """The method cards (checked when loaded): id, levels, titles; or their coverage."""
    from knowledge_base.cards import coverage_scope, shipped_cards, uncovered

    card_set = shipped_cards()
    if coverage:
        scope = coverage_scope()
        missing = uncovered(card_set.cards, scope)
        if as_json:
            _print_value(
                {
                    "passages": len(scope),
                    "uncovered": [
                        {
                            "chunk_id": c.chunk_id,
                            "source": c.source,
                            "lines": [c.line_start, c.line_end],
                        }
                        for c in missing
                    ],
                }
            )
        else:
            for chunk in missing:
                stdout().print(
                    f"{chunk.source} lines {chunk.line_start}-{chunk.line_end} ({chunk.chunk_id}): "
                    f"{chunk.text[:80]}",
                    markup=False,
                    highlight=False,
                )
            stdout().print(f"{len(scope) - len(missing)} of {len(scope)} passages cited by a card.")
        if missing:
            raise typer.Exit(1)
        return
    if as_json:
        _print_value([card.model_dump(mode="json") for card in card_set.cards])
        return
    table = Table("card", "levels", "title (nl)", "title (en)", "quotes")
    for card in card_set.cards:
        levels = ",".join(str(level) for level in card.levels)
        table.add_row(card.id, levels, card.title.nl, card.title.en, str(len(card.citations)))
    stdout().print(table)
    stdout().print(f"{len(card_set.cards)} cards, digest {card_set.digest[:12]}.")


@handle_errors
def ask(
    question: str = typer.Argument(..., help="Your question, in Dutch or English."),
    k: int = typer.Option(5, "--k", min=1, max=20, help="Passages to draw from."),
    collection: str | None = typer.Option(None, help="Only this collection."),
    as_json: bool = typer.Option(False, "--json", help="Machine-readable output."),
) -> None:
    """A grounded answer with [n] citations and the list of sources."""
    knowledge = _services().knowledge
    with embedding_progress() as progress:
        knowledge.ensure_ready(progress)
    answer = knowledge.ask(AskRequest(question=question, k=k, collection=collection))
    if as_json:
        print_json(answer)
        return
    from knowledge_base.answer import render_sources

    stdout().print(render_sources(answer), markup=False, highlight=False)
