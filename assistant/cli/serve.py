"""``evalassist serve``: the web page and the REST API on one port."""

from __future__ import annotations

import copy
import ipaddress
from typing import Any

import typer

from assistant.cli.common import handle_errors, load_settings, stderr
from assistant.errors import InvalidInputError


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@handle_errors
def serve(
    host: str = typer.Option("127.0.0.1", help="Interface to bind; loopback by default."),
    port: int = typer.Option(8000, min=1, max=65535, help="TCP port."),
    insecure: bool = typer.Option(
        False, "--insecure", help="Allow a non-loopback host without API keys."
    ),
    workers: int = typer.Option(
        1,
        min=1,
        max=64,
        help="Server processes on this port; more than one needs a Chroma server "
        "(EVALASSIST_CHROMA_URL).",
    ),
) -> None:
    """Serve the web page at / and the API at /v1 (OpenAPI at /docs)."""
    settings = load_settings()
    if not is_loopback(host) and not settings.api_keys and not insecure:
        raise InvalidInputError(
            f"Refusing to bind {host} without API keys: set EVALASSIST_API_KEYS or pass --insecure."
        )
    if workers > 1 and not settings.chroma_url:
        raise InvalidInputError(
            f"Refusing --workers {workers}: the embedded Chroma store belongs to one process. "
            "Run a Chroma server (chroma run) and set EVALASSIST_CHROMA_URL to serve from "
            "several processes."
        )
    import uvicorn

    from assistant.store.migrate import open_database

    # Say now, not in a worker's traceback, when the database is missing, unreachable or
    # lacks its driver; and migrate it once before the workers start.
    open_database(settings).dispose()
    if not is_loopback(host) and all(is_loopback(h.strip("[]")) for h in settings.allowed_hosts):
        stderr().print(
            "note: only loopback Host names are answered (400 for others); set "
            "EVALASSIST_ALLOWED_HOSTS to the names clients use to reach this server."
        )
    stderr().print(f"evalassist on http://{host}:{port}  (API docs at /docs)")
    # The same factory `uvicorn --factory api:app_from_env` runs: its lifespan prepares the
    # knowledge base (a first run builds the index), starts the job worker and stops both.
    uvicorn.run(
        "api:app_from_env",
        factory=True,
        host=host,
        port=port,
        workers=workers,
        log_level="info",
        log_config=log_config(),
    )


def log_config() -> dict[str, Any]:
    """Uvicorn's logging, with evalassist's own loggers (start-up progress, job errors) beside."""
    from uvicorn.config import LOGGING_CONFIG

    config = copy.deepcopy(LOGGING_CONFIG)
    config["loggers"]["evalassist"] = {"handlers": ["default"], "level": "INFO", "propagate": False}
    return config
