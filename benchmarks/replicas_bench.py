"""Replicas on PostgreSQL and a Chroma server, as processes: feedback-job throughput on one and
on two replicas, and what requests get while PostgreSQL or Chroma restarts.

Run from a checkout where Debian's postgresql is installed:
``.venv/bin/python benchmarks/replicas_bench.py [--rows 20000]``. It starts its own PostgreSQL
cluster (scripts/test_postgres.sh), a ``chroma run`` server and ``evalassist serve`` replicas,
and stops them all.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
import uuid
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import httpx
from sqlalchemy import create_engine, make_url, text

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.integration.servers import Chroma, Postgres, Replica  # noqa: E402


def _database(server: str) -> str:
    name = f"bench_{uuid.uuid4().hex[:8]}"
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    return make_url(server).set(database=name).render_as_string(hide_password=False)


def _env(database: str, chroma: Chroma) -> dict[str, str]:
    return {"EVALASSIST_DATABASE_URL": database, "EVALASSIST_CHROMA_URL": chroma.url}


def throughput(server: str, chroma: Chroma, work: Path, replicas: int, rows: int) -> float:
    """Rows per second from submission to ``done`` with ``replicas`` serve processes."""
    database = _database(server)
    running = [
        Replica(work / f"t{replicas}-{n}", **_env(database, chroma)) for n in range(replicas)
    ]
    try:
        for replica in running:
            replica.wait_ready(timeout=300)
        comments = [
            {"id": str(i), "text": f"Sinds de training plan ik mijn gesprekken beter ({i})."}
            for i in range(rows)
        ]
        began = time.perf_counter()
        job = httpx.post(f"{running[0].url}/v1/feedback/jobs", json=comments, timeout=300).json()
        status = f"{running[0].url}/v1/feedback/jobs/{job['id']}"
        while httpx.get(status).json()["status"] != "done":
            time.sleep(0.05)
        return rows / (time.perf_counter() - began)
    finally:
        for replica in running:
            replica.stop()


def probe(
    url: str,
    restart: tuple[Callable[[], None], Callable[[], None]],
    params: dict[str, str] | None = None,
) -> str:
    """Poll ``url`` every 0.1 s while ``stop()`` then ``start()`` run; the status codes seen and
    how long after ``start()`` returned the first 200 came."""
    stop, start = restart
    codes: Counter[int] = Counter()
    stop()
    for _ in range(20):
        codes[httpx.get(url, params=params, timeout=30).status_code] += 1
        time.sleep(0.1)
    start()
    started = time.perf_counter()
    while True:
        code = httpx.get(url, params=params, timeout=30).status_code
        codes[code] += 1
        if code == 200:
            break
        time.sleep(0.1)
    return f"codes {dict(codes)}; first 200 {time.perf_counter() - started:.1f} s after restart"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=20_000)
    args = parser.parse_args()
    postgres = Postgres()
    postgres.start()
    work = Path(tempfile.mkdtemp(prefix="evalassist-bench-"))
    chroma = Chroma(work / "chroma")
    chroma.start()
    try:
        for replicas in (1, 2):
            rate = throughput(postgres.url, chroma, work, replicas, args.rows)
            print(f"{args.rows} rows, {replicas} replica(s): {rate:,.0f} rows/s")
        database = _database(postgres.url)
        replica = Replica(work / "probe", **_env(database, chroma))
        try:
            replica.wait_ready()
            plans = f"{replica.url}/v1/plans"
            print(
                "PostgreSQL restart, GET /v1/plans:", probe(plans, (postgres.stop, postgres.start))
            )
            search = f"{replica.url}/v1/knowledge/search"
            print(
                "Chroma restart, GET /v1/knowledge/search:",
                probe(search, (chroma.stop, chroma.start), {"q": "ROI"}),
            )
        finally:
            replica.stop()
    finally:
        chroma.stop()
        postgres.remove()


if __name__ == "__main__":
    main()
