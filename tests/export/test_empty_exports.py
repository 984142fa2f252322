"""An export with no records keeps its header (CSV) or its columns (Parquet), and those are the fields the
records of that kind carry when there are some."""

import csv
import io

import pytest

from pactline import export
from pactline.store.database import Store

KINDS = list(export.KINDS)


@pytest.mark.parametrize("what", KINDS)
def test_empty_csv_has_the_header_of_its_kind(tmp_path, what):
    buf = io.StringIO()
    with Store(str(tmp_path / "empty.duckdb")) as store:
        assert export.write_csv(export.iter_records(store, what), buf, what) == 0
    header = next(csv.reader(io.StringIO(buf.getvalue())))
    assert header == export.columns(what) and "id" in header


def test_empty_parquet_has_the_columns_of_its_kind(tmp_path):
    import pyarrow.parquet as pq

    path = tmp_path / "links.parquet"
    with Store(str(tmp_path / "empty.duckdb")) as store:
        export.write_parquet(export.iter_records(store, "links"), str(path), "links")
    assert pq.read_table(path).column_names == export.columns("links")


@pytest.mark.parametrize("what", KINDS)
def test_columns_are_the_fields_records_carry(seeds_db, what):
    with Store(str(seeds_db), read_only=True) as store:
        record = next(export.iter_records(store, what), None)
    if record is None:
        pytest.skip(f"the seeds hold no {what}")
    assert list(record) == export.columns(what)


@pytest.mark.parametrize("what", KINDS)
def test_parquet_schema_is_the_same_empty_or_not(seeds_db, tmp_path, what):
    """Daily exports concatenate: a kind's Parquet columns keep their declared types (bool, numbers) whether the
    export holds records or none."""
    import pyarrow.parquet as pq

    full, empty = tmp_path / "full.parquet", tmp_path / "empty.parquet"
    with Store(str(seeds_db), read_only=True) as store:
        export.write_parquet(export.iter_records(store, what), str(full), what)
    export.write_parquet(iter([]), str(empty), what)
    assert pq.read_table(empty).schema.equals(pq.read_table(full).schema)
    if what == "events":
        types = {f.name: str(f.type) for f in pq.read_table(full).schema}
        assert types["planned"] == "bool" and types["quad_class"] == "int64"
