"""``PlanRepository``: plans stored with versions. Creating stores version 1; every update adds
the next version and keeps the earlier ones, so a signed-off plan can always be shown again."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

from pydantic import BaseModel, ConfigDict
from sqlalchemy import DateTime, ForeignKey, Integer, String, Text, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Mapped, Session, mapped_column, sessionmaker

from assistant.errors import (
    ConflictError,
    InvalidInputError,
    NotFoundError,
    PreconditionFailedError,
)
from assistant.messages import Text as Message
from assistant.planning.plan.models import Plan
from assistant.store.db import Base, transaction
from assistant.workspaces import DEFAULT_WORKSPACE


class PlanRow(Base):
    __tablename__ = "plans"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    # Whose it is: the workspace of the API key that made it (assistant.workspaces).
    workspace: Mapped[str] = mapped_column(
        String(63), index=True, default=DEFAULT_WORKSPACE, server_default=DEFAULT_WORKSPACE
    )
    title: Mapped[str] = mapped_column(String(200))
    latest_version: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)


class PlanVersionRow(Base):
    __tablename__ = "plan_versions"

    plan_id: Mapped[str] = mapped_column(
        ForeignKey("plans.id", ondelete="CASCADE"), primary_key=True
    )
    version: Mapped[int] = mapped_column(Integer, primary_key=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    body: Mapped[str] = mapped_column(Text)


class PlanRecord(BaseModel):
    """A stored plan at one version."""

    model_config = ConfigDict(frozen=True)

    id: str
    version: int
    latest_version: int
    created_at: datetime
    updated_at: datetime
    plan: Plan


class PlanSummary(BaseModel):
    model_config = ConfigDict(frozen=True)

    id: str
    title: str
    latest_version: int
    created_at: datetime
    updated_at: datetime


class PlanPage(BaseModel):
    """One page of plans, most recently updated first."""

    items: list[PlanSummary]
    total: int
    limit: int
    offset: int
    next_offset: int | None


def _now() -> datetime:
    return datetime.now(UTC)


def _aware(moment: datetime) -> datetime:
    """SQLite returns naive datetimes; every stored moment is UTC."""
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


class PlanRepository:
    """One workspace's plans (another workspace's are not found)."""

    def __init__(
        self,
        sessions: sessionmaker[Session],
        *,
        workspace: str = DEFAULT_WORKSPACE,
        max_versions: int | None = None,
    ) -> None:
        """``max_versions``: how many plan versions the workspace may keep in all."""
        self._sessions = sessions
        self.workspace = workspace
        self.max_versions = max_versions

    def scoped(self, workspace: str) -> PlanRepository:
        return PlanRepository(self._sessions, workspace=workspace, max_versions=self.max_versions)

    def _row(self, session: Session, plan_id: str, *, lock: bool = False) -> PlanRow:
        row = session.get(PlanRow, plan_id, with_for_update=lock)
        if row is None or row.workspace != self.workspace:
            raise NotFoundError(Message.of("plan.not_found", plan_id=repr(plan_id)))
        return row

    def _check_room(self, session: Session) -> None:
        """Refuse another version when the workspace holds its limit."""
        if self.max_versions is None:
            return
        held = session.scalar(
            select(func.count())
            .select_from(PlanVersionRow)
            .join(PlanRow, PlanRow.id == PlanVersionRow.plan_id)
            .where(PlanRow.workspace == self.workspace)
        )
        if (held or 0) >= self.max_versions:
            raise InvalidInputError(
                Message.of(
                    "plan.too_many_versions",
                    limit=f"{self.max_versions:,}",
                    setting="EVALASSIST_MAX_PLAN_VERSIONS_PER_WORKSPACE",
                )
            )

    def create(self, plan: Plan) -> PlanRecord:
        now = _now()
        plan_id = uuid.uuid4().hex
        with transaction(self._sessions) as session:
            self._check_room(session)
            session.add(
                PlanRow(
                    id=plan_id,
                    workspace=self.workspace,
                    title=plan.title,
                    latest_version=1,
                    created_at=now,
                    updated_at=now,
                )
            )
            session.add(
                PlanVersionRow(
                    plan_id=plan_id, version=1, created_at=now, body=plan.model_dump_json()
                )
            )
        return PlanRecord(
            id=plan_id, version=1, latest_version=1, created_at=now, updated_at=now, plan=plan
        )

    def get(self, plan_id: str, version: int | None = None) -> PlanRecord:
        with self._sessions() as session:
            row = self._row(session, plan_id)
            wanted = version or row.latest_version
            stored = session.get(PlanVersionRow, (plan_id, wanted))
            if stored is None:
                raise NotFoundError(
                    Message.of(
                        "plan.version_not_found",
                        plan_id=repr(plan_id),
                        version=wanted,
                        latest=row.latest_version,
                    )
                )
            return PlanRecord(
                id=plan_id,
                version=wanted,
                latest_version=row.latest_version,
                created_at=_aware(row.created_at),
                updated_at=_aware(stored.created_at),
                plan=Plan.model_validate_json(stored.body),
            )

    def update(self, plan_id: str, plan: Plan, *, expected: int | None = None) -> PlanRecord:
        """Store ``plan`` as the next version; a concurrent update of the same plan conflicts.
        ``expected``: the version the editor started from (``If-Match``); a later one is 412."""
        now = _now()
        try:
            with transaction(self._sessions) as session:
                row = self._row(session, plan_id, lock=True)
                self._check_room(session)
                if expected is not None and expected != row.latest_version:
                    raise PreconditionFailedError(
                        Message.of(
                            "plan.stale_version",
                            plan_id=repr(plan_id),
                            expected=expected,
                            latest=row.latest_version,
                        )
                    )
                version = row.latest_version + 1
                session.add(
                    PlanVersionRow(
                        plan_id=plan_id,
                        version=version,
                        created_at=now,
                        body=plan.model_dump_json(),
                    )
                )
                row.latest_version, row.title, row.updated_at = version, plan.title, now
                created = _aware(row.created_at)
        except IntegrityError as exc:
            raise ConflictError(
                Message.of("plan.changed_meanwhile", plan_id=repr(plan_id))
            ) from exc
        return PlanRecord(
            id=plan_id,
            version=version,
            latest_version=version,
            created_at=created,
            updated_at=now,
            plan=plan,
        )

    def list(self, *, limit: int, offset: int) -> PlanPage:
        with self._sessions() as session:
            mine = PlanRow.workspace == self.workspace
            total = session.scalar(select(func.count()).select_from(PlanRow).where(mine)) or 0
            rows = session.scalars(
                select(PlanRow)
                .where(mine)
                .order_by(PlanRow.updated_at.desc(), PlanRow.id)
                .limit(limit)
                .offset(offset)
            ).all()
            items = [
                PlanSummary(
                    id=row.id,
                    title=row.title,
                    latest_version=row.latest_version,
                    created_at=_aware(row.created_at),
                    updated_at=_aware(row.updated_at),
                )
                for row in rows
            ]
        next_offset = offset + len(items) if offset + len(items) < total else None
        return PlanPage(
            items=items, total=total, limit=limit, offset=offset, next_offset=next_offset
        )
