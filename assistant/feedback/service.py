"""The feedback service: what every transport (REST, CLI) calls to code comments."""

from __future__ import annotations

import re
import shutil
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path, PureWindowsPath
from typing import Any

from sqlalchemy import Engine

from assistant.errors import InvalidInputError
from assistant.feedback.agreement import agreement
from assistant.feedback.calibration import calibrate
from assistant.feedback.coder import Coder, code_comments, offline_coder
from assistant.feedback.coders import CoderOut, CoderStore
from assistant.feedback.inspect import TableInfo, inspect_table
from assistant.feedback.jobs import ACTIVE, JobPage, JobSource, JobStatusOut, JobStore
from assistant.feedback.models import AgreementReport, CodedComment, CommentIn, JobResultItem
from assistant.feedback.pipeline import kp_fields
from assistant.feedback.samples import read_sample
from assistant.feedback.sinks import KP_COLUMNS, open_sink
from assistant.feedback.summary import LabelCheck
from assistant.feedback.tables import column_not_found, open_table, table_format
from assistant.feedback.xlsx import too_many_rows
from assistant.messages import Lang, Text
from assistant.settings import Settings
from assistant.store.migrate import open_database
from assistant.uploads import UploadLimits
from assistant.workspaces import DEFAULT_WORKSPACE

MAX_SYNC = 1_000
UPLOAD_PREFIX = "upload-"
RESULT_FORMATS = ("json", "csv", "xlsx")
# Names Windows keeps for devices, with any extension: no upload is stored under them.
_DEVICE_NAMES = {"CON", "PRN", "AUX", "NUL"} | {
    f"{port}{n}" for port in ("COM", "LPT") for n in range(10)
}


class FeedbackService:
    """Codes comments with the configured engine; runs long batches as persisted jobs."""

    def __init__(
        self,
        settings: Settings,
        coder: Callable[[], Coder] = offline_coder,
        *,
        engine: Engine | None = None,
    ) -> None:
        """``coder`` makes the coding engine on first use (the engine chooser passes it)."""
        self.settings = settings
        self._make_coder = coder
        self._coder: Coder | None = None
        self._engine = engine
        self._owns_engine = False
        self._jobs: JobStore | None = None

    @property
    def upload_limits(self) -> UploadLimits:
        """What an uploaded table may hold (rows, cells, unpacked size), from the settings."""
        return UploadLimits.from_settings(self.settings)

    @property
    def coder(self) -> Coder:
        if self._coder is None:
            self._coder = self._make_coder()
        return self._coder

    @property
    def jobs(self) -> JobStore:
        if self._jobs is None:
            if self._engine is None:  # standalone (CLI): this service owns its engine
                self._engine, self._owns_engine = open_database(self.settings), True
            self._jobs = JobStore(
                self._engine,
                self.coder,
                lease_s=self.settings.job_lease_s,
                retention_days=self.settings.job_retention_days,
                max_active=self.settings.max_active_jobs,
            )
        return self._jobs

    def classify(
        self,
        comments: Sequence[CommentIn],
        *,
        reader: Lang | None = None,
        coder: str | None = None,
        workspace: str = DEFAULT_WORKSPACE,
    ) -> list[CodedComment]:
        """Code up to ``MAX_SYNC`` comments synchronously; ``reader`` as in ``code_comments``;
        ``coder``: a calibrated coder of ``workspace`` (none: the configured engine)."""
        if len(comments) > MAX_SYNC:
            raise InvalidInputError(
                Text.of("feedback.too_many", count=len(comments), limit=f"{MAX_SYNC:,}")
            )
        engine = self.coder if coder is None else self.coders.coder(coder, workspace=workspace)
        return code_comments(engine, comments, reader=reader)

    @property
    def coders(self) -> CoderStore:
        return self.jobs.coders

    def calibrate(
        self,
        texts: Sequence[str],
        labels: Sequence[str | None],
        *,
        name: str,
        workspace: str = DEFAULT_WORKSPACE,
    ) -> CoderOut:
        """Calibrate the shipped coder to the coded rows and store it as ``name``."""
        self.coders.check_free(name, workspace=workspace)
        result = calibrate(self.coders.base, texts, labels, name=name)
        return self.coders.save(name, result.adapter, result.report, workspace=workspace)

    def calibrate_file(
        self,
        *,
        filename: str,
        content: Iterator[bytes],
        text_column: str,
        label_column: str,
        name: str,
        sheet: str | None = None,
        workspace: str = DEFAULT_WORKSPACE,
    ) -> CoderOut:
        """``calibrate`` on an uploaded export's text and label columns (rows without a label
        are the uncoded comments it suggests coding next)."""
        self.coders.check_free(name, workspace=workspace)
        with self._stored(filename, content) as path:
            texts, labels = read_sample(
                path,
                text_column=text_column,
                label_column=label_column,
                sheet=sheet,
                limits=self.upload_limits,
                name=PureWindowsPath(filename).name,
            )
        return self.calibrate(texts, labels, name=name, workspace=workspace)

    def submit_comments(
        self,
        comments: Sequence[CommentIn],
        *,
        reader: Lang | None = None,
        workspace: str = DEFAULT_WORKSPACE,
        coder: str | None = None,
    ) -> JobStatusOut:
        if not comments:
            raise InvalidInputError(Text.of("feedback.empty_job"))
        if len(comments) > self.settings.max_job_rows:
            raise too_many_rows("JSON", self.upload_limits)
        records = (comment.model_dump() for comment in comments)
        return self.jobs.submit(
            records,
            columns=["id", "text", "context"],
            text_column="text",
            reader=reader,
            workspace=workspace,
            coder=coder,
        )

    def inspect_file(
        self, *, filename: str, content: Iterator[bytes], sheet: str | None
    ) -> TableInfo:
        """Format, encoding, delimiter, sheets, columns and sample rows of an uploaded export,
        read by the same code that reads it for a job."""
        with self._stored(filename, content) as path:
            return inspect_table(path, filename=filename, sheet=sheet, limits=self.upload_limits)

    def submit_file(
        self,
        *,
        filename: str,
        content: Iterator[bytes],
        text_column: str,
        sheet: str | None,
        reader: Lang | None = None,
        workspace: str = DEFAULT_WORKSPACE,
        coder: str | None = None,
    ) -> JobStatusOut:
        """Store an uploaded CSV/XLSX/JSONL export and queue its rows as a job (coded by the
        calibrated ``coder`` when one is named)."""
        with self._stored(filename, content) as path:
            table = open_table(path, sheet=sheet, limits=self.upload_limits)
            if text_column not in table.columns:
                raise InvalidInputError(column_not_found(text_column, filename, table.columns))
            source = JobSource(
                filename=PureWindowsPath(filename).name[:255],  # no folders, / or \\
                format=table.kind,
                encoding=table.encoding if table.kind != "xlsx" else None,
                delimiter=table.delimiter if table.kind == "csv" else None,
                sheet=table.sheet,
            )
            return self.jobs.submit(
                table.rows(),
                columns=table.columns,
                text_column=text_column,
                source=source,
                reader=reader,
                workspace=workspace,
                coder=coder,
            )

    @contextmanager
    def _stored(self, filename: str, content: Iterator[bytes]) -> Iterator[Path]:
        """The upload as a temporary file, named as the upload (so that messages about it name
        the file people chose) in portable characters; removed afterwards."""
        suffix = Path(filename).suffix.lower()
        table_format(Path(f"upload{suffix}"))
        stem = re.sub(r"[^\w\-]+", "_", PureWindowsPath(filename).stem).strip("_")[:100]
        with tempfile.TemporaryDirectory(prefix=UPLOAD_PREFIX, dir=self._uploads_dir()) as folder:
            if not stem or stem.upper() in _DEVICE_NAMES:
                stem = "upload"
            path = Path(folder) / f"{stem}{suffix}"
            with path.open("wb") as handle:
                for chunk in content:
                    handle.write(chunk)
            yield path

    def list_jobs(self, *, offset: int, limit: int, workspace: str = DEFAULT_WORKSPACE) -> JobPage:
        return self.jobs.recent(offset=offset, limit=limit, workspace=workspace)

    def job_status(self, job_id: str, *, workspace: str = DEFAULT_WORKSPACE) -> JobStatusOut:
        return self.jobs.status(job_id, workspace=workspace)

    def cancel_job(self, job_id: str, *, workspace: str = DEFAULT_WORKSPACE) -> JobStatusOut:
        return self.jobs.cancel(job_id, workspace=workspace)

    def cancel_or_delete_job(
        self, job_id: str, *, workspace: str = DEFAULT_WORKSPACE
    ) -> JobStatusOut | None:
        """Cancel a queued or running job (its status), or delete a finished one (``None``)."""
        status = self.jobs.status(job_id, workspace=workspace)
        if status.status in ACTIVE:
            return self.jobs.cancel(job_id, workspace=workspace)
        self.jobs.delete(job_id, workspace=workspace)
        return None

    def job_results(
        self,
        job_id: str,
        *,
        offset: int = 0,
        limit: int = 1_000,
        workspace: str = DEFAULT_WORKSPACE,
    ) -> tuple[int, list[JobResultItem]]:
        return self.jobs.page(job_id, offset=offset, limit=limit, workspace=workspace)

    def job_agreement(
        self, job_id: str, gold_column: str, *, workspace: str = DEFAULT_WORKSPACE
    ) -> AgreementReport:
        """Agreement of a finished job's primary levels with a human-coded column of its input,
        over the rows where that column is filled (codes compared upper-cased: l2 = L2)."""
        job, results = self.jobs.results(job_id, workspace=workspace)
        if gold_column not in job.columns:
            source = Text.of("feedback.job_source", job_id=job_id)
            raise InvalidInputError(column_not_found(gold_column, source, job.columns))
        gold: list[str] = []
        predicted: list[str] = []
        check = LabelCheck()
        for row, (record, coded) in enumerate(results, start=1):
            value = str(record.get(gold_column) or "").strip().upper()
            if value:
                gold.append(check(value, column=gold_column, row=row))
                predicted.append(coded.primary.value)
        check.raise_if_bad()
        return agreement(gold, predicted)

    def export_job(
        self, job_id: str, fmt: str, folder: Path, *, workspace: str = DEFAULT_WORKSPACE
    ) -> Path:
        """Write the job's rows plus ``kp_*`` columns to ``folder/results.<fmt>``; a CSV keeps
        the uploaded file's delimiter (``;`` in, ``;`` out) and is UTF-8 with a BOM, which
        Excel opens correctly and which holds every character the coder may write."""
        if fmt not in ("csv", "xlsx"):
            raise InvalidInputError(Text.of("feedback.results_format", format=fmt))
        job, results = self.jobs.results(job_id, workspace=workspace)
        columns = list(job.columns) + [name for name in KP_COLUMNS if name not in job.columns]
        path = folder / f"results.{fmt}"
        source = self.jobs.source(job_id, workspace=workspace)
        delimiter = (source.delimiter if source else None) or ","
        sink = open_sink(path, fmt, columns, delimiter=delimiter, offset=None)
        complete = False
        try:
            for record, coded in results:
                row: dict[str, Any] = dict(record) | kp_fields(coded)
                sink.write([row])
            complete = True
        finally:
            sink.close(complete=complete)
        return path

    def export_name(self, job_id: str, fmt: str, *, workspace: str = DEFAULT_WORKSPACE) -> str:
        """The download's file name: the upload's name with ``-coded`` (``.tsv`` for a
        tab-separated upload), or ``feedback-<id>`` for a JSON job."""
        source = self.jobs.source(job_id, workspace=workspace)
        if source is None:
            return f"feedback-{job_id}.{fmt}"
        suffix = "tsv" if fmt == "csv" and source.delimiter == "\t" else fmt
        return f"{Path(source.filename).stem}-coded.{suffix}"

    def _uploads_dir(self) -> Path:
        folder = self.settings.ensure_data_dir() / "uploads"
        folder.mkdir(exist_ok=True)
        return folder

    def remove_stale_uploads(self, *, older_than_s: float = 3600.0) -> int:
        """Delete upload files a killed process left behind (a live upload is minutes old at
        most); how many."""
        cutoff = time.time() - older_than_s
        stale = [
            folder
            for folder in self._uploads_dir().glob(f"{UPLOAD_PREFIX}*")
            if folder.is_dir() and folder.stat().st_mtime < cutoff
        ]
        for folder in stale:
            remove_tree(folder)
        return len(stale)

    def start(self) -> None:
        """Resume unfinished jobs in the background (called by the API at start-up), after
        removing what uploads a killed process left behind."""
        self.remove_stale_uploads()
        self.jobs.start()

    def close(self) -> None:
        if self._jobs is not None:
            self._jobs.close()
            self._jobs = None
        if self._owns_engine and self._engine is not None:
            self._engine.dispose()
            self._engine, self._owns_engine = None, False


def remove_tree(folder: Path) -> None:
    shutil.rmtree(folder, ignore_errors=True)
