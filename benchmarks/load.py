"""Server under load: a bounded test on loopback only.

Builds a database of N synthetic events (default 1,000,000), starts ``pactline serve`` on 127.0.0.1, runs
C concurrent clients for S seconds against list and detail endpoints, and prints p50/p95/p99 latency,
requests per second and errors. Every request goes to 127.0.0.1; the loop stops by itself.

    python benchmarks/load.py [--events 1000000] [--clients 100] [--seconds 30]
"""

from __future__ import annotations

import argparse
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from pactline.store import Store  # noqa: E402

PAIRS = [["BLR", "CHN"], ["IDN", "KEN"], ["CHL", "PER"], ["GHA", "PER"], ["EGY", "JOR"], ["JPN", "KOR"]]


def build(db: Path, n: int) -> None:
    with Store(db) as store:
        store.con.execute("DELETE FROM events")
        store.con.execute(
            """INSERT INTO events
               SELECT 'evt_' || lpad(CAST(i AS VARCHAR), 9, '0'),
                      strftime(DATE '2015-01-01' + CAST(i % 3650 AS INTEGER), '%Y-%m-%d'), NULL, 'stated',
                      ['CONSULT', 'AGREE', 'SUPPORT', 'REJECT', 'ACCUSE'][1 + i % 5], 'meet', '040',
                      '{"name": "Government", "country": "CHN", "role": "government"}',
                      '{"name": "Government", "country": "BLR", "role": "government"}',
                      [['BLR','CHN'], ['IDN','KEN'], ['CHL','PER'], ['GHA','PER'], ['EGY','JOR'], ['JPN','KOR']][1 + i % 6],
                      'Capital', 'Officials met to discuss cooperation number ' || CAST(i AS VARCHAR),
                      '[{"doc_id": "doc_x", "source": "synthetic", "start": 0, "end": 10, "quote": "Officials met"}]',
                      1.0, 1, ['evm_' || CAST(i AS VARCHAR)], ['synthetic'], i
               FROM range(?) t(i)""",
            [n],
        )
        store.set_meta("links_stale", "0")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--clients", type=int, default=100)
    parser.add_argument("--seconds", type=float, default=30)
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
    latencies: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()
    deadline = time.monotonic() + args.seconds

    def client(seed: int) -> None:
        rng = random.Random(seed)
        while time.monotonic() < deadline:
            pick = rng.random()
            if pick < 0.4:
                url = f"{base}/api/events?limit=50&offset={rng.randrange(0, 5000)}"
            elif pick < 0.7:
                pair = ",".join(rng.choice(PAIRS))
                year = rng.randrange(2015, 2025)
                url = f"{base}/api/events?parties={pair}&date_from={year}&date_to={year}&limit=20"
            else:
                url = f"{base}/api/events/evt_{rng.randrange(args.events):09d}"
            started = time.perf_counter()
            try:
                with urllib.request.urlopen(url, timeout=30) as response:
                    response.read()
                    ok = response.status == 200
            except Exception as exc:  # every failure counts as an error, whatever its kind
                ok = False
                with lock:
                    errors.append(type(exc).__name__)
            elapsed = time.perf_counter() - started
            with lock:
                if ok:
                    latencies.append(elapsed)

    threads = [threading.Thread(target=client, args=(i,)) for i in range(args.clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    server.terminate()
    server.wait(timeout=10)
    if latencies:
        q = statistics.quantiles(latencies, n=100)
        print(f"{args.clients} clients, {args.seconds:.0f} s, {args.events} events: {len(latencies)} requests "
              f"({len(latencies) / args.seconds:.0f}/s), p50 {q[49] * 1000:.0f} ms, p95 {q[94] * 1000:.0f} ms, "
              f"p99 {q[98] * 1000:.0f} ms, errors {len(errors)}")
    else:
        print(f"no successful request; errors: {errors[:5]}")


if __name__ == "__main__":
    main()
