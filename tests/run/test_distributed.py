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
    report = run([str(EXAMPLE)], distributed, Options(embeddings=False, workers=2))
    assert report.exit_code == 0 and len(report.stored) == 5
    assert _exports(single) == _exports(distributed)
