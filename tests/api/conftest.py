from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from api import create_app
from assistant.settings import Settings
from tests.served import LOCAL_URL


@pytest.fixture
def client(settings: Settings) -> Iterator[TestClient]:
    with TestClient(create_app(settings), base_url=LOCAL_URL) as test_client:
        yield test_client
