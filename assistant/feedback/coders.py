"""Calibrated coders, stored by workspace and name in the database every replica shares.

A stored coder is the shipped model's version, the adapter (as JSON) and the calibration
report. It is bound to the shipped model it was calibrated on: when an upgrade ships another
model, using it is a clear error that asks to calibrate again (the report's figures would no
longer hold).
"""

from __future__ import annotations

import re
import threading
from datetime import UTC, datetime
from typing import Any

from pydantic import BaseModel
from sqlalchemy import JSON, DateTime, String, delete, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Mapped, Session, mapped_column, sessionmaker

from assistant.errors import ConflictError, InvalidInputError, NotFoundError
from assistant.feedback.adapter import Adapter
from assistant.feedback.calibration import CalibrationReport
from assistant.feedback.coder import offline_coder
from assistant.feedback.offline import OfflineCoder
from assistant.messages import Text
from assistant.store.db import Base
from assistant.workspaces import DEFAULT_WORKSPACE

NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{0,62}$")


class CoderRow(Base):
    __tablename__ = "feedback_coders"

    workspace: Mapped[str] = mapped_column(String(63), primary_key=True)
    name: Mapped[str] = mapped_column(String(63), primary_key=True)
    version: Mapped[str] = mapped_column(String(16))
    base_model: Mapped[str] = mapped_column(String(64))
    adapter: Mapped[dict[str, Any]] = mapped_column(JSON)
    report: Mapped[dict[str, Any]] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class CoderOut(BaseModel):
    """A stored calibrated coder: its name, version and what calibrating it measured."""

    name: str
    version: str
    model: str
    created_at: datetime
    report: CalibrationReport


def check_name(name: str) -> str:
    if not NAME.match(name):
        raise InvalidInputError(Text.of("calibration.bad_name", name=name[:80]))
    return name


class CoderStore:
    """Save, list, load and delete calibrated coders of a workspace."""

    def __init__(self, sessions: sessionmaker[Session], base: OfflineCoder | None = None) -> None:
        """``base``: the shipped coder the adapters sit on (default: the one this install ships,
        loaded on first use)."""
        self.sessions = sessions
        self._base = base
        self._loaded: dict[tuple[str, str, str], OfflineCoder] = {}
        self._lock = threading.Lock()

    @property
    def base(self) -> OfflineCoder:
        if self._base is None:
            self._base = offline_coder()
        return self._base

    def exists(self, name: str, *, workspace: str = DEFAULT_WORKSPACE) -> bool:
        with self.sessions() as session:
            return session.get(CoderRow, (workspace, name)) is not None

    def check_free(self, name: str, *, workspace: str = DEFAULT_WORKSPACE) -> None:
        """A clear error, before any work, when ``name`` is taken or malformed."""
        check_name(name)
        if self.exists(name, workspace=workspace):
            raise ConflictError(Text.of("calibration.name_exists", name=name))

    def save(
        self,
        name: str,
        adapter: Adapter,
        report: CalibrationReport,
        *,
        workspace: str = DEFAULT_WORKSPACE,
    ) -> CoderOut:
        check_name(name)
        row = CoderRow(
            workspace=workspace,
            name=name,
            version=adapter.digest(),
            base_model=self.base.model_name,
            adapter=adapter.to_dict(),
            report=report.model_dump(mode="json"),
            created_at=datetime.now(UTC),
        )
        try:
            with self.sessions.begin() as session:
                session.add(row)
        except IntegrityError as exc:  # another request saved the same name meanwhile
            raise ConflictError(Text.of("calibration.name_exists", name=name)) from exc
        return _out(row)

    def list(self, *, workspace: str = DEFAULT_WORKSPACE) -> list[CoderOut]:
        with self.sessions() as session:
            rows = session.scalars(
                select(CoderRow).where(CoderRow.workspace == workspace).order_by(CoderRow.name)
            ).all()
            return [_out(row) for row in rows]

    def get(self, name: str, *, workspace: str = DEFAULT_WORKSPACE) -> CoderOut:
        with self.sessions() as session:
            row = session.get(CoderRow, (workspace, name))
            if row is None:
                raise NotFoundError(Text.of("calibration.not_found", name=name[:80]))
            return _out(row)

    def delete(self, name: str, *, workspace: str = DEFAULT_WORKSPACE) -> None:
        with self.sessions.begin() as session:
            deleted = session.execute(
                delete(CoderRow).where(CoderRow.workspace == workspace, CoderRow.name == name)
            )
            if not getattr(deleted, "rowcount", 0):
                raise NotFoundError(Text.of("calibration.not_found", name=name[:80]))

    def coder(self, name: str, *, workspace: str = DEFAULT_WORKSPACE) -> OfflineCoder:
        """The calibrated coder ``name``, loaded once per version and process."""
        with self.sessions() as session:
            row = session.get(CoderRow, (workspace, name))
            if row is None:
                raise NotFoundError(Text.of("calibration.not_found", name=name[:80]))
            version, base_model, data = row.version, row.base_model, row.adapter
        if base_model != self.base.model_name:
            raise InvalidInputError(
                Text.of(
                    "calibration.stale",
                    name=name,
                    calibrated_on=base_model,
                    shipped=self.base.model_name,
                )
            )
        key = (workspace, name, version)
        with self._lock:
            if key not in self._loaded:
                self._loaded[key] = self.base.calibrated(Adapter.from_dict(data), name)
            return self._loaded[key]


def _out(row: CoderRow) -> CoderOut:
    report = CalibrationReport.model_validate(row.report)
    created = row.created_at if row.created_at.tzinfo else row.created_at.replace(tzinfo=UTC)
    return CoderOut(
        name=row.name,
        version=row.version,
        model=report.coder_model,
        created_at=created,
        report=report,
    )
