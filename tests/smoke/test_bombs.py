"""Each upload bomb from the attacker's probe, sent to the served product while another client
polls /healthz: every bomb is refused with its limit named, every poll answers within a
second, and the server's peak memory stays under 1 GB."""

from __future__ import annotations

import io
import threading
import time
import zipfile
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from openpyxl import Workbook

from tests.integration.servers import Replica

PEAK_LIMIT_BYTES = 1024**3
MB = 1024 * 1024


def _zip_bomb(member: str, unpacked_mb: int) -> bytes:
    """A zip whose one member unpacks to ``unpacked_mb`` MB of zeros (about 1,000:1)."""
    buffer = io.BytesIO()
    with (
        zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive,
        archive.open(member, "w", force_zip64=True) as handle,
    ):
        block = b"\0" * MB
        for _ in range(unpacked_mb):
            handle.write(block)
    return buffer.getvalue()


def _declared_huge_sheet() -> bytes:
    """A real, tiny workbook whose sheet declares 17 billion cells."""
    book = Workbook()
    book.active.append(["text"])
    book.active.append(["Goede training"])
    buffer = io.BytesIO()
    book.save(buffer)
    source = zipfile.ZipFile(io.BytesIO(buffer.getvalue()))
    patched = io.BytesIO()
    with zipfile.ZipFile(patched, "w", zipfile.ZIP_DEFLATED) as archive:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = data.replace(
                    b'<dimension ref="A1:A2"/>', b'<dimension ref="A1:XFD1048576"/>'
                )
            archive.writestr(item, data)
    return patched.getvalue()


TARGETS = {
    "feedback": ("/v1/feedback/jobs", {"text_column": "text"}),
    "knowledge": ("/v1/knowledge/documents", {"collection": "acme"}),
}
BOMBS = {
    "xlsx zip bomb": (
        "feedback",
        "enquete.xlsx",
        lambda: _zip_bomb("xl/worksheets/sheet1.xml", 600),
    ),
    "xlsx declaring 17e9 cells": ("feedback", "klein.xlsx", _declared_huge_sheet),
    "docx zip bomb": ("knowledge", "beleid.docx", lambda: _zip_bomb("word/document.xml", 600)),
    "csv of 1,000,000 rows": ("feedback", "rijen.csv", lambda: b"text\n" + b"x\n" * 1_000_000),
    "csv cell of 200,000 characters": ("feedback", "cel.csv", lambda: b"text\n" + b"y" * 200_000),
}


def _peak_rss(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) * 1024
    raise AssertionError("no VmHWM")


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Replica]:
    replica = Replica(tmp_path_factory.mktemp("bombs"))
    try:
        replica.wait_ready()
        yield replica
    finally:
        replica.stop()


@pytest.mark.parametrize("name", list(BOMBS))
def test_a_bomb_is_refused_while_the_server_keeps_answering(server: Replica, name: str) -> None:
    target, filename, make = BOMBS[name]
    body = make()
    latencies: list[float] = []
    done, polling = threading.Event(), threading.Event()

    def poll() -> None:
        with httpx.Client(base_url=server.url, timeout=10) as client:
            while not done.is_set():
                began = time.perf_counter()
                client.get("/healthz").raise_for_status()
                latencies.append(time.perf_counter() - began)
                polling.set()
                time.sleep(0.05)

    poller = threading.Thread(target=poll)
    poller.start()
    try:
        # The upload starts once the poller is answered, so a bomb refused at once still has a
        # poll (a refusal faster than the first poll left no latency: "max() arg is empty").
        assert polling.wait(timeout=30), "the server never answered /healthz"
        path, form = TARGETS[target]
        response = httpx.post(
            f"{server.url}{path}", files={"file": (filename, body)}, data=form, timeout=120
        )
    finally:
        done.set()
        poller.join()
    peak = _peak_rss(server.process.pid)
    print(
        f"{name}: {len(body):,} bytes -> {response.status_code}; slowest /healthz "
        f"{max(latencies):.3f} s over {len(latencies)} polls; server peak {peak / MB:.0f} MB"
    )
    assert response.status_code in (413, 422), response.text[:300]
    assert "EVALASSIST_" in response.json()["detail"] or "limit" in response.json()["detail"]
    assert latencies and max(latencies) < 1.0, f"slowest /healthz: {max(latencies):.2f} s"
    assert peak < PEAK_LIMIT_BYTES
