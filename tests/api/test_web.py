"""The web page's serving: headers, cached assets, size budget, and tables kept in step."""

from __future__ import annotations

import re
from pathlib import Path

from fastapi.testclient import TestClient

from api.web import STATIC_DIR
from assistant.roi.models import CostCategory, IsolationMethod, Period

FIRST_LOAD_BUDGET = 500 * 1024
_IMPORT = re.compile(r"""^\s*import\s[^;]*?from\s+"(\.{1,2}/[^"]+)";""", re.MULTILINE | re.DOTALL)
_ASSET_REF = re.compile(r'(?:href|src)="(/static/[^"]+)"')


def _code(path: Path) -> str:
    """A JS/CSS/HTML file without its comment lines."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return "\n".join(line for line in lines if not line.lstrip().startswith(("//", "/*", "*")))


def _assets(client: TestClient) -> list[str]:
    return _ASSET_REF.findall(client.get("/").text)


def test_page_is_served_with_a_strict_policy(client: TestClient) -> None:
    response = client.get("/")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    csp = response.headers["content-security-policy"]
    for directive in ("default-src 'self'", "script-src 'self'", "frame-ancestors 'none'"):
        assert directive in csp
    assert "unsafe" not in csp
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["referrer-policy"] == "no-referrer"
    assert response.headers["cache-control"] == "no-cache"
    assert "{{" not in response.text
    assert client.head("/").status_code == 200


def test_assets_are_immutable_under_a_content_hash(client: TestClient) -> None:
    assets = _assets(client)
    assert assets
    for path in assets:
        response = client.get(path)
        assert response.status_code == 200, path
        assert "immutable" in response.headers["cache-control"]
        assert "content-security-policy" in response.headers
    script = next(path for path in assets if path.endswith("app.js"))
    assert client.get(script).headers["content-type"].startswith("text/javascript")


def test_api_answers_get_nosniff_and_docs_the_pages_csp(client: TestClient) -> None:
    response = client.get("/healthz")
    assert response.headers["x-content-type-options"] == "nosniff"
    assert "default-src 'self'" in client.get("/docs").headers["content-security-policy"]


def test_no_asset_refers_to_another_host() -> None:
    for path in STATIC_DIR.rglob("*"):
        if path.suffix in {".js", ".css", ".html"}:
            text = _code(path)
            assert not re.search(r"https?://(?!www\.w3\.org/2000/svg)", text), path
            assert "innerHTML" not in text and "insertAdjacentHTML" not in text, path


def _module_graph(entry: Path) -> set[Path]:
    seen: set[Path] = set()
    todo = [entry]
    while todo:
        module = todo.pop()
        if module in seen:
            continue
        seen.add(module)
        todo.extend((module.parent / ref).resolve() for ref in _IMPORT.findall(module.read_text()))
    return seen


def test_first_load_stays_under_the_budget(client: TestClient) -> None:
    """Everything the first visit fetches: the page, its links, every module app.js imports."""
    files = _module_graph((STATIC_DIR / "app.js").resolve())
    files |= {STATIC_DIR / name for name in ("app.css", "icons.svg", "favicon.svg")}
    total = len(client.get("/").content) + sum(path.stat().st_size for path in files)
    assert total < FIRST_LOAD_BUDGET, f"first load is {total} bytes"


def _js_list(name: str, text: str) -> list[str]:
    match = re.search(rf"export const {name} = \[(.*?)\];", text, re.DOTALL)
    assert match, name
    return re.findall(r'"([a-z_]+)"', match.group(1))


def test_form_enums_match_the_api() -> None:
    text = (STATIC_DIR / "pages" / "roi-enums.js").read_text()
    assert _js_list("COST_CATEGORIES", text) == [c.value for c in CostCategory]
    assert _js_list("PERIODS", text) == [p.value for p in Period]
    assert _js_list("ISOLATION_METHODS", text) == [m.value for m in IsolationMethod]


def _keys(lang: str) -> list[str]:
    text = (STATIC_DIR / "i18n" / f"{lang}.js").read_text(encoding="utf-8")
    return re.findall(r'^\s*"([\w.]+)":', text, re.MULTILINE)


def test_both_languages_have_the_same_strings() -> None:
    en, nl = _keys("en"), _keys("nl")
    assert len(en) == len(set(en)) and len(nl) == len(set(nl))
    assert set(en) == set(nl)


def test_every_string_the_code_asks_for_exists() -> None:
    known = set(_keys("en"))
    used: set[str] = set()
    for path in STATIC_DIR.rglob("*.js"):
        used |= set(re.findall(r'\bt\("([\w.]+)"', _code(path)))
    assert used - known == set()


def test_roi_example_endpoint_matches_the_cli(client: TestClient) -> None:
    from assistant.roi.example import example_input

    response = client.get("/v1/roi/example", params={"lang": "nl"})
    assert response.status_code == 200
    assert response.json() == example_input("nl").model_dump(mode="json")
