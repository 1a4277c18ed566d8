from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from api import create_app
from assistant.settings import Settings


@pytest.fixture
def client(settings: Settings) -> Iterator[TestClient]:
    with TestClient(create_app(settings)) as test_client:
        yield test_client
