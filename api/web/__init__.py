"""The web page: ``/`` serves ``static/index.html``; assets live under a content-hashed path.

The page is a client of the same ``/v1`` REST API as any integrator; nothing here computes.
Assets are served from ``/static/<hash>/`` where the hash covers every file, so browsers may
cache them for a year and still see a new release (or a developer's edit) at once.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from fastapi import FastAPI
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles

from api.web.headers import SecurityHeaders

STATIC_DIR = Path(__file__).parent / "static"
_ASSET_PREFIX = "{{ASSETS}}"


def asset_hash(folder: Path = STATIC_DIR) -> str:
    """A short digest of every file's path and content under ``folder``."""
    digest = hashlib.sha256()
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        digest.update(path.relative_to(folder).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def install_web(app: FastAPI) -> None:
    """Serve the page at ``/`` and its assets, with the security and cache headers."""
    assets = f"/static/{asset_hash()}"
    page = (STATIC_DIR / "index.html").read_text(encoding="utf-8").replace(_ASSET_PREFIX, assets)

    @app.api_route("/", methods=["GET", "HEAD"], include_in_schema=False)
    def index() -> HTMLResponse:
        return HTMLResponse(page, headers={"Cache-Control": "no-cache"})

    app.mount(assets, StaticFiles(directory=STATIC_DIR), name="static")
    app.add_middleware(SecurityHeaders)
