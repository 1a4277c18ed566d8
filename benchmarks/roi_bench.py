"""ROI calculator throughput: computations/second in-process, requests/second over loopback HTTP.

Run from a checkout: ``.venv/bin/python benchmarks/roi_bench.py [--seconds 3] [--requests 2000]``.
The HTTP part starts ``evalassist serve`` from this checkout on a free 127.0.0.1 port with a
temporary EVALASSIST_DATA_DIR, sends a bounded number of requests, and stops the server.
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from assistant.roi import RoiInput, compute_roi  # noqa: E402
from assistant.roi.example import example_payload  # noqa: E402

SERVE = "from assistant.cli import main; main()"


def in_process(seconds: float) -> None:
    payload = example_payload()
    roi_input = RoiInput.model_validate(payload)
    for label, work in (
        ("compute_roi(RoiInput)", lambda: compute_roi(roi_input)),
        (
            "validate + compute + dump JSON",
            lambda: compute_roi(RoiInput.model_validate(payload)).model_dump_json(),
        ),
    ):
        count, start = 0, time.perf_counter()
        while time.perf_counter() - start < seconds:
            work()
            count += 1
        elapsed = time.perf_counter() - start
        print(f"in-process  {label:32s} {count / elapsed:10,.0f} /s  ({count} in {elapsed:.1f}s)")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def start_server(port: int, data_dir: str) -> subprocess.Popen[bytes]:
    env = {**os.environ, "EVALASSIST_DATA_DIR": data_dir, "PYTHONPATH": str(ROOT)}
    command = [sys.executable, "-c", SERVE, "serve", "--host", "127.0.0.1", "--port", str(port)]
    server = subprocess.Popen(
        command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=1).status_code == 200:
                return server
        except httpx.TransportError:
            time.sleep(0.1)
    stop_server(server)
    raise SystemExit("evalassist serve did not come up within 30 s")


def stop_server(server: subprocess.Popen[bytes]) -> None:
    server.terminate()
    try:
        server.wait(timeout=10)
    except subprocess.TimeoutExpired:
        server.kill()
        server.wait()


def _worker(url: str, body: bytes, count: int) -> list[float]:
    latencies = []
    headers = {"Content-Type": "application/json"}
    with httpx.Client(timeout=30) as client:
        for _ in range(count):
            start = time.perf_counter()
            response = client.post(url, content=body, headers=headers)
            latencies.append(time.perf_counter() - start)
            response.raise_for_status()
    return latencies


def over_http(requests: int, concurrency: int) -> None:
    body = json.dumps(example_payload()).encode()
    with tempfile.TemporaryDirectory(prefix="evalassist-bench-") as data_dir:
        port = free_port()
        server = start_server(port, data_dir)
        try:
            url = f"http://127.0.0.1:{port}/v1/roi"
            _worker(url, body, 20)  # warm-up
            for clients in sorted({1, concurrency}):
                per_client = max(1, requests // clients)
                start = time.perf_counter()
                with ThreadPoolExecutor(clients) as pool:
                    runs = list(
                        pool.map(_worker, [url] * clients, [body] * clients, [per_client] * clients)
                    )
                elapsed = time.perf_counter() - start
                latencies = sorted(t for run in runs for t in run)
                p50 = statistics.median(latencies) * 1000
                p95 = latencies[int(len(latencies) * 0.95) - 1] * 1000
                print(
                    f"HTTP POST /v1/roi, {clients:2d} client(s) {len(latencies) / elapsed:10,.0f} "
                    f"req/s  ({len(latencies)} requests, p50 {p50:.1f} ms, p95 {p95:.1f} ms)"
                )
        finally:
            stop_server(server)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=3.0, help="in-process run time per case")
    parser.add_argument("--requests", type=int, default=2000, help="HTTP requests per run")
    parser.add_argument("--concurrency", type=int, default=8, help="parallel HTTP clients")
    parser.add_argument("--no-http", action="store_true", help="skip the HTTP part")
    args = parser.parse_args()
    size = len(json.dumps(example_payload()))
    print(f"example input: {size} bytes, Python {sys.version.split()[0]}, {os.cpu_count()} CPUs")
    in_process(args.seconds)
    if not args.no_http:
        over_http(args.requests, args.concurrency)


if __name__ == "__main__":
    main()
