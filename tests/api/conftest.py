import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from api import create_app
from assistant.services import Services
from assistant.settings import Settings
from tests.served import LOCAL_URL


@pytest.fixture(scope="session")
def ready_data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data directory whose knowledge base was built once, as the app's start-up builds it on
    a first run (~1 s: chunking the shipped sources and filling Chroma)."""
    directory = tmp_path_factory.mktemp("ready") / "data"
    services = Services.build(Settings(data_dir=directory))
    try:
        services.knowledge.ensure_ready()
    finally:
        services.close()
    return directory


@pytest.fixture
def settings(tmp_path: Path, ready_data: Path) -> Settings:
    """Each API test starts from a copy of that directory (its own database and index, as
    before), so it pays for a copy instead of a build. The start-up still runs in full and
    finds the knowledge base ready; the first-run build itself is tested in tests/kb and by the
    served smoke tests, which start from an empty directory."""
    shutil.copytree(ready_data, tmp_path / "data")
    return Settings(data_dir=tmp_path / "data")


@pytest.fixture
def client(settings: Settings) -> Iterator[TestClient]:
    with TestClient(create_app(settings), base_url=LOCAL_URL) as test_client:
        yield test_client
