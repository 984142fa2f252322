"""Small inserts unnest list parameters, large ones go through Arrow: both store the same rows."""

from datetime import UTC, date, datetime

from pactline.store import database
from pactline.store.database import Store

COLUMNS = ["id", "doc_id", "date", "date_end", "date_confidence", "type", "mode", "cameo", "source_actor",
           "target_actor", "parties", "location", "summary", "evidence", "goldstein", "quad_class", "planned",
           "background"]


def _rows():
    rows = []
    for i in range(6):
        rows.append([f"m{i}", f"d{i % 2}", date(2024, 3, 1 + i) if i % 3 else None, None, "stated", "CONSULT",
                     None if i % 2 else "visit", "040", '{"name": "Ghana", "code": "GHA"}', None,
                     [] if i == 4 else ["GHA", "PER"][: 1 + i % 2], "Accra" if i % 2 else None, f"talks {i}",
                     '[{"quote": "held talks"}]', 1.0 if i % 2 else 3, 1, i % 2 == 0, None])
    return rows


def _stored(path, monkeypatch, arrow_from):
    monkeypatch.setattr(database, "ARROW_FROM", arrow_from)
    with Store(path) as store:
        store._bulk_insert("event_mentions", COLUMNS, _rows())
        store._bulk_insert("sources", ["source", "raw_hash", "doc_id", "seen_at"],
                           [["a.txt", "h", "d0", datetime(2024, 5, 1, 12, tzinfo=UTC)]])
        return (store.con.execute(f"SELECT {', '.join(COLUMNS)} FROM event_mentions ORDER BY id").fetchall(),
                store.con.execute("SELECT * FROM sources").fetchall())


def test_both_insert_paths_store_the_same_rows(tmp_path, monkeypatch):
    unnested = _stored(tmp_path / "small.duckdb", monkeypatch, 10_000)
    through_arrow = _stored(tmp_path / "large.duckdb", monkeypatch, 1)
    assert unnested == through_arrow
    mentions, sources = unnested
    assert len(mentions) == 6 and mentions[4][10] == [] and mentions[3][10] == ["GHA", "PER"]
    assert mentions[1][14] == 1.0 and mentions[0][14] == 3.0 and sources[0][3] is not None
