import hashlib

import pytest
from pydantic import ValidationError

from api.security import ApiKeyVerifier
from assistant.settings import Settings


def test_defaults_are_offline_and_local() -> None:
    settings = Settings()
    assert settings.llm_provider == "offline"
    assert settings.api_keys == ()
    assert settings.max_body_bytes == 10 * 1024 * 1024
    assert settings.resolved_database_url.endswith("evalassist.db")


def test_reads_prefixed_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EVALASSIST_API_KEYS", "alpha, beta,,")
    monkeypatch.setenv("EVALASSIST_LLM_PROVIDER", "openai")
    monkeypatch.setenv("OPENAI_BASE_URL", "http://127.0.0.1:8765/v1")
    settings = Settings()
    assert settings.api_keys == ("alpha", "beta")
    assert settings.llm_provider == "openai"
    assert settings.openai_base_url == "http://127.0.0.1:8765/v1"


@pytest.mark.parametrize(
    ("name", "value"),
    [("EVALASSIST_LLM_PROVIDER", "gpt"), ("EVALASSIST_MAX_BODY_BYTES", "-1")],
)
def test_bad_values_fail_fast(monkeypatch: pytest.MonkeyPatch, name: str, value: str) -> None:
    monkeypatch.setenv(name, value)
    with pytest.raises(ValidationError):
        Settings()


def test_api_keys_accept_plain_and_sha256_forms() -> None:
    hashed = "sha256:" + hashlib.sha256(b"s3cret").hexdigest()
    verifier = ApiKeyVerifier(["plain-key", hashed])
    assert verifier.verify("plain-key")
    assert verifier.verify("s3cret")
    assert not verifier.verify("sha256:" + hashlib.sha256(b"s3cret").hexdigest())
    assert not verifier.verify("")
    assert not ApiKeyVerifier([]).enabled
