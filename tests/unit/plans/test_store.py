"""Plans stored with versions, on SQLite and PostgreSQL."""

import pytest
from sqlalchemy import Engine

from assistant.errors import NotFoundError
from assistant.planning.plan import OfflineComposer, Plan, draft_plan
from assistant.store import make_session_factory
from assistant.store.plans import PlanRepository
from tests.plan_fixtures import example_request


@pytest.fixture(scope="module")
def plan(composer: OfflineComposer) -> Plan:
    return draft_plan(example_request("customer_service_brief.json"), composer=composer)


@pytest.fixture
def repository(db_engine: Engine) -> PlanRepository:
    return PlanRepository(make_session_factory(db_engine))


def test_versions(repository: PlanRepository, plan: Plan) -> None:
    created = repository.create(plan)
    assert created.version == 1
    edited = plan.model_copy(update={"title": "Resolve It First Time (v2)"})
    updated = repository.update(created.id, edited)
    assert (updated.version, updated.latest_version) == (2, 2)
    assert repository.get(created.id).plan.title == "Resolve It First Time (v2)"
    assert repository.get(created.id, 1).plan == plan
    with pytest.raises(NotFoundError):
        repository.get(created.id, 3)


def test_list_pages(repository: PlanRepository, plan: Plan) -> None:
    ids = [repository.create(plan).id for _ in range(3)]
    first = repository.list(limit=2, offset=0)
    assert first.total == 3 and len(first.items) == 2 and first.next_offset == 2
    last = repository.list(limit=2, offset=2)
    assert len(last.items) == 1 and last.next_offset is None
    assert {i.id for i in first.items + last.items} == set(ids)


def test_unknown_plan(repository: PlanRepository, plan: Plan) -> None:
    with pytest.raises(NotFoundError):
        repository.update("nope", plan)
