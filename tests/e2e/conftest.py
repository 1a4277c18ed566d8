"""Browser tests: Debian's Chromium, driven by Playwright, against the product as users start it.

One ``evalassist serve`` process (a subprocess, its real start-up path and data directory) and
one browser per session; each test gets a fresh browser context (own storage,
own language) whose console errors and non-loopback requests fail the test.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

from tests.served import served

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
    "--disable-quic",
]
LOOPBACK = {"127.0.0.1", "localhost", "[::1]", "::1"}


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.e2e)


@pytest.fixture(scope="session")
def base_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """``evalassist serve`` on 127.0.0.1 (free port, temporary working and data directory)."""
    if not CHROMIUM.exists():
        pytest.skip(
            "Debian's chromium is not installed at /usr/bin/chromium (apt-get install chromium)"
        )
    with served(tmp_path_factory.mktemp("e2e")) as url:
        yield url


@pytest.fixture(scope="session")
def browser(base_url: str) -> Iterator[Any]:
    from playwright.sync_api import expect, sync_playwright

    # Another test file may be starting twenty replicas on the other core: the default five
    # seconds for an expectation is too little then (a wait ends as soon as its check holds).
    expect.set_options(timeout=15_000)
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
        )
        yield launched
        launched.close()


@dataclass
class PageProbe:
    """What a page did that a test must not allow: console errors and off-machine requests."""

    console: list[str] = field(default_factory=list)
    foreign_requests: list[str] = field(default_factory=list)
    expected: list[str] = field(default_factory=list)

    def expect(self, text: str) -> None:
        """Allow console messages containing ``text`` (Chromium logs every 4xx it receives)."""
        self.expected.append(text)

    def unexpected(self) -> list[str]:
        return [m for m in self.console if not any(e in m for e in self.expected)]


@pytest.fixture
def probe() -> PageProbe:
    return PageProbe()


def open_page(
    browser: Any, base_url: str, probe: PageProbe, *, locale: str, width: int = 1280
) -> Any:
    context = browser.new_context(locale=locale, viewport={"width": width, "height": 900})
    page = context.new_page()
    page.set_default_timeout(15_000)
    page.on(
        "console",
        lambda msg: (
            probe.console.append(f"{msg.type}: {msg.text}")
            if msg.type in ("error", "warning")
            else None
        ),
    )
    page.on("pageerror", lambda error: probe.console.append(f"pageerror: {error}"))

    def check_host(request: Any) -> None:
        host = urlsplit(request.url).hostname or ""
        if request.url.startswith(("http:", "https:", "ws:", "wss:")) and host not in LOOPBACK:
            probe.foreign_requests.append(request.url)

    page.on("request", check_host)
    page.goto(base_url + "/")
    return page


@pytest.fixture(params=["nl-NL", "en-GB"], ids=["nl", "en"])
def locale(request: pytest.FixtureRequest) -> str:
    value: str = request.param
    return value


@pytest.fixture
def page(browser: Any, base_url: str, probe: PageProbe, locale: str) -> Iterator[Any]:
    """A page of the app in a fresh context whose browser language is ``locale``."""
    page = open_page(browser, base_url, probe, locale=locale)
    yield page
    page.context.close()
    assert probe.unexpected() == [], probe.console
    assert probe.foreign_requests == [], probe.foreign_requests


def screenshot(page: Any, name: str, *, part: str | None = None) -> None:
    """Save the whole page (or one element of it, ``part`` a selector) under test-artifacts/."""
    ARTIFACTS.mkdir(exist_ok=True)
    path = str(ARTIFACTS / f"{name}.png")
    if part:
        page.locator(part).first.screenshot(path=path, animations="disabled", timeout=60_000)
    else:
        # A whole-page capture under load once took more than the 15 s an action gets (CI,
        # beside the twenty-replica test): an artefact may wait longer than a check.
        page.screenshot(path=path, full_page=True, animations="disabled", timeout=60_000)
