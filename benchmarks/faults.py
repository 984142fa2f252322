"""Fault drills: a run killed with SIGKILL resumes to the same database as a clean run; a second run on a
database in use waits, then refuses with a clear message; an unwritable database path is a clear error; a
disk that fills up mid-run is a clear error, and the next run resumes to a clean run's database.

    python benchmarks/faults.py [--n 60]
"""

from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

from generate_corpus import generate  # noqa: E402

ENV = {**os.environ, "PYTHONPATH": str(ROOT / "src")}


def pactline(*args: str, **kwargs) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "pactline", *args], capture_output=True, text=True, env=ENV, **kwargs)


def exports(db: Path) -> dict[str, str]:
    return {what: pactline("export", "--what", what, "--db", str(db)).stdout for what in ("documents", "events", "commitments", "facts", "links")}


def kill_and_resume(corpus: Path, work: Path) -> bool:
    clean = work / "clean.duckdb"
    t = time.perf_counter()
    pactline("run", str(corpus), "--db", str(clean), "--quiet", "--no-embeddings", check=True)
    clean_time = time.perf_counter() - t
    crashed = work / "crashed.duckdb"
    proc = subprocess.Popen([sys.executable, "-m", "pactline", "run", str(corpus), "--db", str(crashed), "--quiet", "--no-embeddings"],
                            env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(clean_time * 0.5)
    proc.send_signal(signal.SIGKILL)
    code = proc.wait()
    print(f"killed a run after {clean_time * 0.5:.1f} s of a {clean_time:.1f} s clean run (exit {code})")
    resumed = pactline("run", str(corpus), "--db", str(crashed), "--no-embeddings")
    print(f"resume: {resumed.stdout.strip()}")
    same = exports(clean) == exports(crashed)
    print(f"exports after resume equal a clean run's: {same}")
    return same


def concurrent_runs(corpus: Path, work: Path) -> bool:
    db = work / "busy.duckdb"
    first = subprocess.Popen([sys.executable, "-m", "pactline", "run", str(corpus), "--db", str(db), "--quiet", "--no-embeddings"],
                             env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    time.sleep(3)
    second = pactline("run", str(corpus), "--db", str(db), "--quiet", "--no-embeddings")
    first.wait()
    waited = second.returncode == 0
    refused = second.returncode == 3 and "another Pactline process" in second.stderr
    how = "waited for the first and then ran" if waited else f"refused: {second.stderr.strip()}"
    print(f"second run while the first holds the database: exit {second.returncode} ({how})")
    after = pactline("run", str(corpus), "--db", str(db), "--no-embeddings")
    print(f"the database afterwards is intact: {after.stdout.strip()}")
    return (waited or refused) and after.returncode == 0 and "skipped 0" in after.stdout


def unwritable(corpus: Path, work: Path) -> bool:
    result = pactline("run", str(corpus), "--db", str(work / "missing" / "x.duckdb"), "--quiet", "--no-embeddings")
    print(f"database in a missing folder: exit {result.returncode}: {result.stderr.strip()}")
    return result.returncode == 3


def disk_full(corpus: Path, work: Path) -> bool:
    """A run whose files may not grow past a few megabytes (RLIMIT_FSIZE: writes fail as on a full disk) must
    stop with a clear error; after space is freed the next run resumes to a clean run's database."""
    import resource

    limit = 3 * 1024 * 1024

    def small_disk() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit then fails with EFBIG
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    db = work / "full.duckdb"
    full = subprocess.run([sys.executable, "-m", "pactline", "run", str(corpus), "--db", str(db), "--no-embeddings"],
                          capture_output=True, text=True, env=ENV, preexec_fn=small_disk)
    message = full.stderr.strip().splitlines()[-1] if full.stderr.strip() else ""
    print(f"run with files limited to {limit // 1024 // 1024} MB: exit {full.returncode}: {message[:300]}")
    clear = full.returncode == 3 and "disk is full" in full.stderr
    resumed = pactline("run", str(corpus), "--db", str(db), "--no-embeddings")
    print(f"after freeing space: {resumed.stdout.strip()}")
    same = resumed.returncode == 0 and exports(db) == exports(work / "clean.duckdb")
    print(f"exports after the disk-full run and a resume equal a clean run's: {same}")
    return clear and same


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=60)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="pactline-faults-"))
    corpus = work / "corpus"
    generate(corpus, args.n)
    results = {"kill and resume": kill_and_resume(corpus, work), "two runs at once": concurrent_runs(corpus, work),
               "unwritable path": unwritable(corpus, work), "disk full": disk_full(corpus, work)}
    for name, ok in results.items():
        print(f"{name}: {'ok' if ok else 'FAILED'}")
    sys.exit(0 if all(results.values()) else 1)


if __name__ == "__main__":
    main()
