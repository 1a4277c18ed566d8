"""Real servers for the integration tests: a Chroma server (``chroma run``) and evalassist
replicas (``evalassist serve``, as the README starts it), each a process of its own."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest

from tests.served import free_port, product_env, serve_command

CHROMA = Path(sys.executable).with_name("chroma")


class Chroma:
    """A Chroma server on a fixed port and directory, so it can be stopped and started again."""

    def __init__(self, path: Path) -> None:
        if not CHROMA.exists() and not shutil.which("chroma"):
            pytest.skip("the chroma CLI is not installed")
        self.path = path
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.process: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        executable = str(CHROMA if CHROMA.exists() else "chroma")
        argv = [executable, "run", "--path", str(self.path), "--host", "127.0.0.1"]
        self.process = subprocess.Popen(
            [*argv, "--port", str(self.port)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        _wait(f"{self.url}/api/v2/heartbeat", self.process, timeout=30)

    def stop(self) -> None:
        if self.process is not None:
            self.process.terminate()
            self.process.wait(timeout=10)
            self.process = None


@contextmanager
def chroma_server(path: Path) -> Iterator[Chroma]:
    server = Chroma(path)
    server.start()
    try:
        yield server
    finally:
        server.stop()


class Replica:
    """``evalassist serve`` in its own data directory, with the given environment."""

    def __init__(self, workdir: Path, *args: str, **env: str) -> None:
        """``args``: more ``serve`` options (``--workers 2``)."""
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        workdir.mkdir(parents=True, exist_ok=True)
        self.log = workdir / "server.log"
        with self.log.open("wb") as log:
            self.process = subprocess.Popen(
                [*serve_command(self.port), *args],
                cwd=workdir,
                env=product_env(workdir / "data", **env),
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
            )

    def wait_ready(self, timeout: float = 120) -> None:
        _wait(f"{self.url}/readyz", self.process, timeout=timeout, log=self.log)

    def kill(self) -> None:
        """SIGKILL: no shutdown, no lease given back."""
        self.process.kill()
        self.process.wait()

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.kill()


def _wait(
    url: str, process: subprocess.Popen[bytes], *, timeout: float, log: Path | None = None
) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            tail = log.read_text(errors="replace")[-3000:] if log else ""
            raise RuntimeError(f"{url}: the process exited with {process.returncode}\n{tail}")
        try:
            if httpx.get(url, timeout=2).status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.2)
    tail = log.read_text(errors="replace")[-3000:] if log else ""
    raise RuntimeError(f"{url} did not answer 200 within {timeout:.0f} s\n{tail}")


SCRIPTS = Path(__file__).resolve().parents[2] / "scripts"


class Postgres:
    """A PostgreSQL cluster of this test's own (``scripts/test_postgres.sh``), so the test may
    stop and start it; skipped where PostgreSQL is not installed."""

    def __init__(self) -> None:
        if not list(Path("/usr/lib/postgresql").glob("*/bin/initdb")):
            pytest.skip("PostgreSQL is not installed")
        # Not under pytest's private temporary directory: the postgres user must reach it.
        self.path = Path(tempfile.mkdtemp(prefix="evalassist-pg-"))
        self.path.chmod(0o755)
        self.port = free_port()
        self.url = ""

    def remove(self) -> None:
        self.stop()
        shutil.rmtree(self.path, ignore_errors=True)

    def start(self) -> None:
        self.url = self._run("start").strip()

    def stop(self) -> None:
        self._run("stop")

    def _run(self, action: str) -> str:
        script = str(SCRIPTS / "test_postgres.sh")
        done = subprocess.run(
            [script, action, str(self.path), str(self.port)],
            capture_output=True,
            text=True,
            timeout=120,
        )
        if done.returncode:
            raise RuntimeError(f"test_postgres.sh {action} failed: {done.stderr}")
        return done.stdout
