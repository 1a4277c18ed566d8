"""``/docs``: Swagger UI served from this server (the files of the ``fastapi-offline``
package, no CDN) under the same strict CSP as the page, and behind the API key when keys are
set (``guards.ApiKeyGate``)."""

from __future__ import annotations

from pathlib import Path

import fastapi_offline
from fastapi import FastAPI
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles

SWAGGER_DIR = Path(fastapi_offline.__file__).parent / "static"
INIT_DIR = Path(__file__).parent / "docs"
PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>evalassist API</title>
<link rel="icon" href="/docs-assets/favicon.png">
<link rel="stylesheet" href="/docs-assets/swagger-ui.css"></head>
<body><div id="swagger-ui"></div>
<script src="/docs-assets/swagger-ui-bundle.js"></script>
<script src="/docs-init/init.js"></script></body></html>
"""


def install_docs(app: FastAPI) -> None:
    """Serve ``/docs`` (the app is made with ``docs_url=None``) and its assets."""

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        return HTMLResponse(PAGE, headers={"Cache-Control": "no-cache"})

    app.mount("/docs-assets", StaticFiles(directory=SWAGGER_DIR), name="docs-assets")
    app.mount("/docs-init", StaticFiles(directory=INIT_DIR), name="docs-init")
