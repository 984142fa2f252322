"""`pactline run --cluster ADDRESS` against a real Dask scheduler and worker processes, started on localhost
as README ("Scale-out") shows, stores exactly what a local run stores."""

from __future__ import annotations

import importlib.util
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pactline.core.options import Options
from pactline.export import iter_records
from pactline.run.pipeline import run
from pactline.store.database import Store
from tests.conftest import EXAMPLE

# `python -m dask` with this interpreter, not the `dask` script beside it: a script's shebang may name another
# environment's Python (a copied virtualenv), whose workers would then run another checkout's code.
DASK = [sys.executable, "-m", "dask"]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _exports(db: Path) -> dict[str, list]:
    with Store(db, read_only=True) as store:
        return {what: list(iter_records(store, what)) for what in ("documents", "events", "commitments", "facts", "links")}


@pytest.fixture
def cluster(tmp_path):
    if importlib.util.find_spec("distributed") is None:
        pytest.skip("dask.distributed is not installed")
    address = f"tcp://127.0.0.1:{_free_port()}"
    env = {**os.environ, "DASK_DISTRIBUTED__WORKER__DAEMON": "False"}
    log = (tmp_path / "dask.log").open("w")
    scheduler = subprocess.Popen([*DASK, "scheduler", "--host", "127.0.0.1", "--port", address.rsplit(":", 1)[1],
                                  "--no-dashboard"], stdout=log, stderr=subprocess.STDOUT, env=env)
    worker = subprocess.Popen([*DASK, "worker", address, "--nworkers", "2", "--nthreads", "1", "--no-dashboard",
                               "--local-directory", str(tmp_path / "worker")], stdout=log, stderr=subprocess.STDOUT,
                              env=env)
    try:
        from dask.distributed import Client

        deadline = time.monotonic() + 60
        while True:  # the scheduler takes a moment to listen
            try:
                with Client(address, timeout=5) as client:
                    client.wait_for_workers(2, timeout=60)
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.5)
        yield address
    finally:
        for process in (worker, scheduler):
            process.terminate()
        for process in (worker, scheduler):
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()
        log.close()


def test_cluster_run_stores_what_a_local_run_stores(cluster, tmp_path):
    local, remote = tmp_path / "local.duckdb", tmp_path / "cluster.duckdb"
    run([str(EXAMPLE)], local, Options())
    report = run([str(EXAMPLE)], remote, Options(cluster=cluster))
    assert report.exit_code == 0 and len(report.stored) == 5
    assert [k for k in report.peak_rss_mb if k.startswith("worker ")]  # the work was done by the cluster
    assert _exports(local) == _exports(remote)
