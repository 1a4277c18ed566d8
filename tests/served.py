"""Start the product the way the README does - ``evalassist serve`` as its own process - for the
browser tests and the API smoke tests. In-process ``create_app()`` tests stay for speed elsewhere.
"""

from __future__ import annotations

import os
import random
import socket
import subprocess
import sys
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

import httpx

BIN = Path(sys.executable).parent
# What in-process API tests send as their base URL: a loopback name the Host allow-list admits.
LOCAL_URL = "http://localhost"
START_TIMEOUT_S = 90.0


def free_port() -> int:
    """A free port below the kernel's ephemeral range. A port the kernel hands out (bind to 0)
    can be taken again, between this check and the server's own bind, by any outgoing
    connection (20 replicas talking to PostgreSQL make many); one below that range is only ever
    taken by an explicit bind."""
    low = 20_000
    high = min(32_000, _ephemeral_low() - 1)
    for _ in range(500):
        port = random.randint(low, high)
        with socket.socket() as sock:
            try:
                sock.bind(("127.0.0.1", port))
            except OSError:
                continue
            return port
    raise RuntimeError(f"no free port between {low} and {high}")


def _ephemeral_low() -> int:
    try:
        return int(Path("/proc/sys/net/ipv4/ip_local_port_range").read_text().split()[0])
    except (OSError, ValueError, IndexError):
        return 32_768  # Linux's default; other systems start higher


def serve_command(port: int) -> list[str]:
    """What ``make run`` runs, on a free port."""
    return [str(BIN / "evalassist"), "serve", "--host", "127.0.0.1", "--port", str(port)]


def uvicorn_factory_command(port: int) -> list[str]:
    """The documented alternative for process managers: uvicorn's own CLI on the app factory."""
    return [
        str(BIN / "uvicorn"),
        "--factory",
        "api:app_from_env",
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
    ]


def product_env(data_dir: Path, **extra: str) -> dict[str, str]:
    """The developer's environment without EVALASSIST_*/OPENAI_* leaking in, plus a data dir."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("EVALASSIST_", "OPENAI_"))}
    env["EVALASSIST_DATA_DIR"] = str(data_dir)
    env.update(extra)
    return env


@contextmanager
def served(workdir: Path, command: Sequence[str] | None = None, **env: str) -> Iterator[str]:
    """Run the product in ``workdir`` until the block ends; yields its base URL.

    Its log goes to ``workdir/server.log`` and is shown when it fails to start.
    """
    port = free_port()
    argv = list(command) if command else serve_command(port)
    argv = [arg.replace("{port}", str(port)) for arg in argv]
    workdir.mkdir(parents=True, exist_ok=True)
    log_path = workdir / "server.log"
    with log_path.open("wb") as log:
        process = subprocess.Popen(
            argv,
            cwd=workdir,
            env=product_env(workdir / "data", **env),
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        base_url = f"http://127.0.0.1:{port}"
        try:
            _wait_until_up(base_url, process, log_path)
            yield base_url
        finally:
            process.terminate()
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def _wait_until_up(base_url: str, process: subprocess.Popen[bytes], log_path: Path) -> None:
    deadline = time.monotonic() + START_TIMEOUT_S
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the server exited with {process.returncode}:\n{_tail(log_path)}")
        try:
            if httpx.get(base_url + "/healthz", timeout=2).status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.2)
    raise RuntimeError(
        f"the server did not answer /healthz in {START_TIMEOUT_S:.0f} s:\n{_tail(log_path)}"
    )


def _tail(path: Path, lines: int = 40) -> str:
    return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])
