"""Worker processes (forked on Linux, a local Dask cluster elsewhere) store exactly what a single-process run
stores; the default uses one per usable core."""

import pytest

from pactline.core.options import MAX_AUTO_WORKERS, Options
from pactline.export import iter_records
from pactline.run.pipeline import run, worker_count
from pactline.store.database import Store
from tests.conftest import EXAMPLE


def _exports(db):
    with Store(db, read_only=True) as store:
        return {what: list(iter_records(store, what)) for what in ("documents", "events", "commitments", "facts", "links")}


def test_two_workers_equal_one_process(tmp_path):
    single, distributed = tmp_path / "one.duckdb", tmp_path / "two.duckdb"
    run([str(EXAMPLE)], single, Options(embeddings=False, workers=1))
    report = run([str(EXAMPLE)], distributed, Options(embeddings=False, workers=2, min_distributed_items=0))
    assert report.exit_code == 0 and len(report.stored) == 5
    assert _exports(single) == _exports(distributed)


def _workers_seen(report):
    return [k for k in report.peak_rss_mb if k.startswith("worker ")]


def test_a_small_run_stays_in_one_process_where_workers_are_a_dask_cluster(tmp_path, monkeypatch):
    from pactline.run import forked

    monkeypatch.setattr(forked, "available", lambda: False)
    report = run([str(EXAMPLE)], tmp_path / "small.duckdb", Options(embeddings=False, workers=2))
    assert len(report.stored) == 5 and not _workers_seen(report)


def test_the_default_forks_one_worker_per_usable_core(tmp_path, monkeypatch):
    """Users run the default: on a machine of two or more cores a run of several inputs is shared by forked
    workers, with the same records as one process (test_two_workers_equal_one_process); --workers 1 keeps it
    in one process; one input never forks."""
    import os

    from pactline.run import forked

    if not forked.available():
        return
    monkeypatch.setattr(os, "sched_getaffinity", lambda _pid: {0, 1}, raising=False)
    default = run([str(EXAMPLE)], tmp_path / "d.duckdb", Options(embeddings=False))
    assert len(default.stored) == 5 and 1 <= len(_workers_seen(default)) <= 2
    one = run([str(EXAMPLE)], tmp_path / "one.duckdb", Options(embeddings=False, workers=1))
    assert len(one.stored) == 5 and not _workers_seen(one)
    single_input = run([str(next(EXAMPLE.glob("*.txt")))], tmp_path / "s.duckdb", Options(embeddings=False))
    assert len(single_input.stored) == 1 and not _workers_seen(single_input)


@pytest.mark.parametrize(("asked", "cores", "expected"), [(0, 1, 1), (0, 2, 2), (0, 16, MAX_AUTO_WORKERS), (3, 1, 3),
                                                          (1, 8, 1)])
def test_worker_count(monkeypatch, asked, cores, expected):
    import os

    monkeypatch.setattr(os, "sched_getaffinity", lambda _pid: set(range(cores)), raising=False)
    monkeypatch.setattr(os, "cpu_count", lambda: cores)
    assert worker_count(Options(workers=asked)) == expected


def test_forked_workers_report_their_work(tmp_path):
    """On Linux the local workers are forked from the calling process; each reports its stages and memory."""
    from pactline.run import forked

    if not forked.available():
        return
    report = run([str(EXAMPLE)], tmp_path / "f.duckdb", Options(embeddings=False, workers=2, min_distributed_items=0))
    workers = [k for k in report.peak_rss_mb if k.startswith("worker ")]
    assert 1 <= len(workers) <= 2 and report.stage_seconds.get("parse", 0) > 0


def test_dask_local_workers_equal_one_process(tmp_path, monkeypatch):
    """Where fork is not used (not Linux), a local Dask cluster does the same work with the same result."""
    from pactline.run import forked

    monkeypatch.setattr(forked, "available", lambda: False)
    single, distributed = tmp_path / "one.duckdb", tmp_path / "two.duckdb"
    run([str(EXAMPLE)], single, Options(embeddings=False, workers=1))
    run([str(EXAMPLE)], distributed, Options(embeddings=False, workers=2, min_distributed_items=0))
    assert _exports(single) == _exports(distributed)


def test_a_bad_input_in_a_worker_is_skipped_with_its_reason(corpus, tmp_path):
    """A worker's skipped input comes back to the caller as one line naming the file; the batch goes on."""
    from pactline.run import forked

    if not forked.available():
        return
    text = "Ghana and Peru held talks in Accra on 3 May 2024. The two sides agreed to expand trade in cocoa.\n"
    folder = corpus({"a.txt": text, "b.txt": text.replace("cocoa", "fish"), "bad.txt": b"\x00\x01\x02" * 100})
    report = run([str(folder)], tmp_path / "w.duckdb", Options(embeddings=False, workers=2))
    assert len(report.stored) == 2 and [e.source for e in report.skipped] == [str(folder / "bad.txt")]
    assert "binary file" in report.skipped[0].reason and _workers_seen(report)
