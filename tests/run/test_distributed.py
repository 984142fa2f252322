"""A local Dask cluster of 2 worker processes stores exactly what a single-process run stores."""

from pactline.core.options import Options
from pactline.export import iter_records
from pactline.run.pipeline import run
from pactline.store.database import Store
from tests.conftest import EXAMPLE


def _exports(db):
    with Store(db, read_only=True) as store:
        return {what: list(iter_records(store, what)) for what in ("documents", "events", "commitments", "facts", "links")}


def test_two_workers_equal_one_process(tmp_path):
    single, distributed = tmp_path / "one.duckdb", tmp_path / "two.duckdb"
    run([str(EXAMPLE)], single, Options(embeddings=False))
    report = run([str(EXAMPLE)], distributed, Options(embeddings=False, workers=2, min_distributed_items=0))
    assert report.exit_code == 0 and len(report.stored) == 5
    assert _exports(single) == _exports(distributed)


def test_a_small_run_stays_in_one_process(tmp_path):
    report = run([str(EXAMPLE)], tmp_path / "small.duckdb", Options(embeddings=False, workers=2))
    assert len(report.stored) == 5 and not [k for k in report.peak_rss_mb if k.startswith("worker ")]


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
    run([str(EXAMPLE)], single, Options(embeddings=False))
    run([str(EXAMPLE)], distributed, Options(embeddings=False, workers=2, min_distributed_items=0))
    assert _exports(single) == _exports(distributed)
