"""A killed run resumes to a clean run's database; a busy database refuses a second writer clearly."""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from pactline.store.database import Store

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "benchmarks"))
ENV = {**os.environ, "PYTHONPATH": str(ROOT / "src")}


def _pactline(*args):
    return subprocess.run([sys.executable, "-m", "pactline", *args], capture_output=True, text=True, env=ENV, timeout=900)


def _children(pid):
    import psutil

    return [child.pid for child in psutil.Process(pid).children(recursive=True)]


def _alive(pids, within):
    import psutil

    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        alive = [p for p in pids if psutil.pid_exists(p) and psutil.Process(p).status() != psutil.STATUS_ZOMBIE]
        if not alive:
            return []
        time.sleep(0.2)
    for p in alive:
        os.kill(p, signal.SIGKILL)  # leave nothing behind for the next test
    return alive


def _exports(db):
    return {w: _pactline("export", "--what", w, "--db", str(db)).stdout for w in ("documents", "events", "commitments", "facts", "links")}


def test_sigkill_midway_then_resume_equals_clean_run(tmp_path):
    from generate_corpus import generate

    corpus = tmp_path / "corpus"
    generate(corpus, 24, seed=3)
    clean = tmp_path / "clean.duckdb"
    started = time.perf_counter()
    assert _pactline("run", str(corpus), "--db", str(clean), "--quiet", "--no-embeddings").returncode == 0
    clean_time = time.perf_counter() - started
    crashed = tmp_path / "crashed.duckdb"
    proc = subprocess.Popen([sys.executable, "-m", "pactline", "run", str(corpus), "--db", str(crashed), "--quiet", "--no-embeddings"],
                            env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(clean_time * 0.6)
    workers = _children(proc.pid)
    while not workers and proc.poll() is None:  # a loaded machine may fork the workers late
        time.sleep(0.1)
        workers = _children(proc.pid)
    assert workers, "the run had no forked workers to check"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert not _alive(workers, within=10), "forked workers outlived the killed run"
    assert _pactline("run", str(corpus), "--db", str(crashed), "--quiet", "--no-embeddings").returncode == 0
    assert _exports(crashed) == _exports(clean)


def test_second_writer_is_refused_with_a_clear_message(tmp_path):
    db = tmp_path / "busy.duckdb"
    Store(db).close()
    holder = subprocess.Popen([sys.executable, "-c", f"import time; from pactline.store.database import Store; s = Store({str(db)!r}); print('ready', flush=True); time.sleep(120)"],
                              env=ENV, stdout=subprocess.PIPE, text=True)
    assert holder.stdout.readline().strip() == "ready"
    run = _pactline("run", str(ROOT / "examples" / "kenya-indonesia"), "--db", str(db), "--quiet", "--no-embeddings")
    holder.kill()
    assert run.returncode == 3 and "another Pactline process is using this database" in run.stderr


def test_memory_limit_is_applied_and_checked(tmp_path):
    import pytest

    from pactline.core.errors import StoreError

    with Store(tmp_path / "m.duckdb", memory_limit="256MB") as store:
        [(limit,)] = store.con.execute("SELECT current_setting('memory_limit')").fetchall()
    assert limit.replace(" ", "").upper() in ("256.0MB", "256MB", "244.1MIB", "244.1MB")
    with pytest.raises(StoreError, match="not a size"):
        Store(tmp_path / "m.duckdb", memory_limit="256MB'; DROP TABLE documents; --")
