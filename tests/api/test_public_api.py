"""The public Python API: what `import pactline` exposes, and the README's example run as written."""

import re
from pathlib import Path

import pytest

import pactline

ROOT = Path(__file__).resolve().parents[2]


def test_import_pactline_exposes_the_public_api():
    for name in pactline.__all__:
        assert getattr(pactline, name) is not None, name
    assert {"open", "Record", "Options", "RunReport", "PactlineError", "QueryError", "StoreError"} <= set(pactline.__all__)


def test_the_readme_example_runs(tmp_path, monkeypatch, capsys):
    pytest.importorskip("pandas")
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Python API", 1)[1]
    code = re.search(r"```python\n(.*?)```", section, re.S).group(1)
    monkeypatch.chdir(ROOT)
    code = code.replace('"example.duckdb"', repr(str(tmp_path / "example.duckdb")))
    namespace: dict = {}
    exec(compile(code, "README.md", "exec"), namespace)
    assert "0 skipped" in capsys.readouterr().out
    assert namespace["events"].num_rows > 0 and namespace["disputes"].num_rows >= 0


@pytest.fixture(scope="module")
def record(tmp_path_factory):
    folder = tmp_path_factory.mktemp("api")
    (folder / "a.txt").write_text(
        "Chile and Norway held talks in Oslo on 4 June 2024. The two sides agreed to expand trade in salmon and "
        "copper, and Norway pledged to open a trade office in Santiago by 2025.\n", encoding="utf-8")
    (folder / "b.txt").write_text(
        "Peru and Vietnam signed a memorandum in Hanoi on 9 July 2024. Vietnam will buy more Peruvian coffee.\n",
        encoding="utf-8")
    record = pactline.open(folder / "r.duckdb")  # beside its inputs: the record itself is not an input
    assert record.run(folder, embeddings=False).exit_code == 0
    assert record.run(folder, embeddings=False).exit_code == 0
    return record


@pytest.mark.parametrize(
    "kind,filters,expected",
    [
        ("events", {"parties": "CHL,NOR"}, lambda t: t.num_rows >= 1 and all({"CHL", "NOR"} <= set(p) for p in t["parties"].to_pylist())),
        ("events", {"parties": ["PER", "VNM"], "date_from": "2024-07"}, lambda t: t.num_rows >= 1),
        ("events", {"parties": "CHL,VNM"}, lambda t: t.num_rows == 0 and "summary" in t.schema.names),
        ("documents", {"q": "salmon"}, lambda t: t.num_rows == 1),
        ("commitments", {"parties": "NOR", "kind": "commitment"}, lambda t: t.num_rows >= 1),
        ("occasions", {}, lambda t: t.num_rows >= 0),
        ("links", {"kind": "translation"}, lambda t: t.num_rows == 0),
    ],
)
def test_reads_take_the_cli_filters(record, kind, filters, expected):
    assert expected(getattr(record, kind)(**filters))


@pytest.mark.parametrize("filters", [{"date_from": "last week"}, {"status": "maybe"}, {"colour": "red"}])
def test_a_bad_filter_is_a_query_error(record, filters):
    with pytest.raises(pactline.QueryError):
        record.events(**filters)


def test_a_missing_or_damaged_file_is_a_store_error(tmp_path, record):
    with pytest.raises(pactline.StoreError, match="no such database"):
        pactline.open(tmp_path / "none.duckdb").events()
    damaged = tmp_path / "half.duckdb"
    data = record.path.read_bytes()
    damaged.write_bytes(data[: len(data) // 2])
    with pytest.raises(pactline.StoreError, match="damaged"):
        pactline.open(damaged)
