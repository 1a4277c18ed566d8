"""Shared fixtures: isolated settings, and no network beyond loopback, ever."""

from __future__ import annotations

import ipaddress
import os
import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import settings as hypothesis_settings

from assistant.settings import Settings

pytest_plugins = ["tests.db_fixtures", "tests.kb_fixtures", "tests.plan_fixtures"]

# CI (``HYPOTHESIS_PROFILE=ci`` in .ci/run) draws the same examples every run, so a submission
# lands or not on its own merits; ``make test`` elsewhere keeps drawing new ones, which is how
# the property tests keep finding bugs (stop 33: an empty brief answer).
hypothesis_settings.register_profile("ci", derandomize=True)
hypothesis_settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))

_real_connect = socket.socket.connect
_real_connect_ex = socket.socket.connect_ex


def _is_local(address: object) -> bool:
    if isinstance(address, str | bytes):  # AF_UNIX path
        return True
    if not isinstance(address, tuple) or not address:
        return False
    host = address[0]
    if host in ("localhost", ""):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _guarded(real):
    def connect(sock: socket.socket, address: object):
        if not _is_local(address):
            raise RuntimeError(f"tests must not touch the network (tried {address!r})")
        return real(sock, address)

    return connect


@pytest.fixture(autouse=True)
def _no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(socket.socket, "connect", _guarded(_real_connect))
    monkeypatch.setattr(socket.socket, "connect_ex", _guarded(_real_connect_ex))


@pytest.fixture(autouse=True)
def _clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """No EVALASSIST_* or OPENAI_* variable of the developer's shell leaks into a test."""
    for name in list(os.environ):
        if name.startswith(("EVALASSIST_", "OPENAI_")):
            monkeypatch.delenv(name)
    # An in-process app need not warm the chat up in the background (a served product does).
    monkeypatch.setenv("EVALASSIST_WARM_UP", "false")


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(data_dir=tmp_path / "data")


@pytest.fixture
def anyio_backend() -> Iterator[str]:
    yield "asyncio"


# --- recorded LLM traffic (pytest-recording); see scripts/record_cassettes.sh -----------------

RECORDER_DEFAULT_URL = "http://127.0.0.1:8765/v1"
# The model name is part of every recorded request; scripts/record_cassettes.sh serves the GGUF
# under this alias (or RECORDER_MODEL_ALIAS when recording with another model).
RECORDED_MODEL = os.environ.get("RECORDER_MODEL_ALIAS", "qwen2.5-coder-1.5b-instruct")


def _stamp_recording(response: dict[str, Any]) -> dict[str, Any]:
    stamp = os.environ.get("RECORDER_STAMP")
    if stamp:
        response.setdefault("headers", {})["x-recorded-with"] = [stamp]
    return response


@pytest.fixture(scope="module")
def vcr_config() -> dict[str, Any]:
    return {
        "filter_headers": [
            ("authorization", "REDACTED"),
            "openai-organization",
            "openai-project",
            "cookie",
            "set-cookie",
        ],
        "match_on": ["method", "path", "query", "body"],
        "before_record_response": _stamp_recording,
        "decode_compressed_response": True,
    }


@pytest.fixture(scope="module")
def vcr_cassette_dir(request: pytest.FixtureRequest) -> str:
    return str(Path(__file__).parent / "cassettes" / request.module.__name__.split(".")[-1])


@pytest.fixture
def llm_settings(tmp_path: Path) -> Settings:
    """Settings for the LLM engine: the local recorder when recording, any URL when replaying."""
    return Settings(
        data_dir=tmp_path / "data",
        llm_provider="openai",
        llm_model=RECORDED_MODEL,
        llm_server="llama-cpp-python",
        llm_timeout_s=600,  # grammar-constrained tool calls on a busy CPU are slow to record
        llm_max_retries=0,
        openai_api_key="sk-local-recorder",
        openai_base_url=os.environ.get("RECORDER_BASE_URL", RECORDER_DEFAULT_URL),
    )
