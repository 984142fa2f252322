"""Server under load: a bounded test on loopback only.

Builds a database of N synthetic events (default 1,000,000), starts ``pactline serve`` on 127.0.0.1, runs
C concurrent clients for S seconds against list and detail endpoints, and prints p50/p95/p99 latency,
requests per second and errors. Every request goes to 127.0.0.1; the loop stops by itself.

With ``--think 0`` (the default) each client fires its next request the moment the last is answered, so
latency measures the server's saturation: by Little's law p50 is about clients / throughput. With
``--think T`` each client pauses a random 0..2T seconds between requests, as people at a dashboard do.

    python benchmarks/load.py [--events 1000000] [--clients 100] [--seconds 30] [--think 0]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request  # only to wait for start-up
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from pactline.store.database import Store  # noqa: E402

PAIRS = [["BLR", "CHN"], ["IDN", "KEN"], ["CHL", "PER"], ["GHA", "PER"], ["EGY", "JOR"], ["JPN", "KOR"]]


def build(db: Path, n: int) -> None:
    """N events spread over ten years and six pairs, numbered (seq) in date order as the link stage stores them."""
    with Store(db) as store:
        store.con.execute("DELETE FROM events")
        store.con.execute(
            """INSERT INTO events
               SELECT 'evt_' || lpad(CAST(i AS VARCHAR), 9, '0'),
                      strftime(DATE '2015-01-01' + CAST(i * 3650 // ? AS INTEGER), '%Y-%m-%d'), NULL, 'stated',
                      ['CONSULT', 'AGREE', 'SUPPORT', 'REJECT', 'ACCUSE'][1 + i % 5], 'meet', '040',
                      '{"name": "Government", "country": "CHN", "role": "government"}',
                      '{"name": "Government", "country": "BLR", "role": "government"}',
                      [['BLR','CHN'], ['IDN','KEN'], ['CHL','PER'], ['GHA','PER'], ['EGY','JOR'], ['JPN','KOR']][1 + i % 6],
                      'Capital', 'Officials met to discuss cooperation number ' || CAST(i AS VARCHAR),
                      '[{"doc_id": "doc_x", "source": "synthetic", "start": 0, "end": 10, "quote": "Officials met"}]',
                      1.0, 1, ['evm_' || CAST(i AS VARCHAR)], ['synthetic'], i, NULL
               FROM range(?) t(i)""",
            [n, n],
        )
        store.refresh_event_counts()
        store.set_meta("links_stale", "0")


def pick_path(rng: random.Random, events: int) -> str:
    """The mix of a dashboard: 40 % timeline pages, 30 % filtered by pair and year, 30 % one event."""
    pick = rng.random()
    if pick < 0.4:
        return f"/api/events?limit=50&offset={rng.randrange(0, 5000)}"
    if pick < 0.7:
        pair = ",".join(rng.choice(PAIRS))
        year = rng.randrange(2015, 2025)
        return f"/api/events?parties={pair}&date_from={year}&date_to={year}&limit=20"
    return f"/api/events/evt_{rng.randrange(events):09d}"


async def drive(port: int, args: argparse.Namespace) -> tuple[list[float], list[str]]:
    """All clients in one asyncio loop (no GIL contention between client threads to blur the timings); each
    keeps one HTTP/1.1 keep-alive connection, as a browser does, and opens a new one after any failure."""
    latencies: list[float] = []
    errors: list[str] = []
    deadline = time.monotonic() + args.seconds

    async def client(seed: int) -> None:
        rng = random.Random(seed)
        if args.think:
            await asyncio.sleep(rng.uniform(0, 2 * args.think))  # users arrive spread out, not all at once
        connection: tuple[asyncio.StreamReader, asyncio.StreamWriter] | None = None
        while time.monotonic() < deadline:
            path = pick_path(rng, args.events)
            started = time.perf_counter()
            try:
                if connection is None:
                    connection = await asyncio.open_connection("127.0.0.1", port)
                reader, writer = connection
                writer.write(f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".encode())
                head = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), 30)
                status = int(head.split(b" ", 2)[1])
                length = next(int(line.split(b":", 1)[1]) for line in head.split(b"\r\n")
                              if line.lower().startswith(b"content-length:"))
                await asyncio.wait_for(reader.readexactly(length), 30)
                if status == 200:
                    latencies.append(time.perf_counter() - started)
                else:
                    errors.append(f"HTTP {status}")
            except Exception as exc:  # every failure counts as an error, whatever its kind
                errors.append(type(exc).__name__)
                if connection is not None:
                    connection[1].close()
                connection = None
            if args.think:
                await asyncio.sleep(rng.uniform(0, 2 * args.think))
        if connection is not None:
            connection[1].close()

    await asyncio.gather(*(client(i) for i in range(args.clients)))
    return latencies, errors


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--clients", type=int, default=100)
    parser.add_argument("--seconds", type=float, default=30)
    parser.add_argument("--think", type=float, default=0.0,
                        help="mean pause in seconds between one client's requests (0: each client sends its next "
                             "request as soon as the last is answered, which measures saturation)")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="pactline-load-"))
    db = work / "load.duckdb"
    t = time.perf_counter()
    build(db, args.events)
    print(f"built {args.events} events in {time.perf_counter() - t:.1f} s")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    server = subprocess.Popen([sys.executable, "-m", "pactline", "serve", "--db", str(db), "--port", str(port)], env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    for _ in range(100):
        try:
            urllib.request.urlopen(base + "/api/stats", timeout=2)
            break
        except OSError:
            time.sleep(0.3)
    try:
        latencies, errors = asyncio.run(drive(port, args))
    finally:
        server.terminate()
        server.wait(timeout=10)
    if latencies:
        q = statistics.quantiles(latencies, n=100)
        print(f"{args.clients} clients (think {args.think:g} s), {args.seconds:.0f} s, {args.events} events: {len(latencies)} requests "
              f"({len(latencies) / args.seconds:.0f}/s), p50 {q[49] * 1000:.0f} ms, p95 {q[94] * 1000:.0f} ms, "
              f"p99 {q[98] * 1000:.0f} ms, errors {len(errors)}")
    else:
        print(f"no successful request; errors: {errors[:5]}")


if __name__ == "__main__":
    main()
