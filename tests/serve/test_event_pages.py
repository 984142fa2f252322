"""Event pages are answered in SQL (pre-counted totals, party_key, date ranges); they must give exactly what
the plain record filter gives, on awkward dates, any party order, and from several threads at once."""

from __future__ import annotations

import random
import threading

import pytest

from pactline.export import iter_records
from pactline.serve.query import Catalog, Filters, matches
from pactline.store.database import Store
from pactline.store.migrations import MIGRATIONS
from pactline.store.rows import EventRow

CODES = ["KEN", "IDN", "PER", "CHL", "GHA", "NOR", "VNM"]
DATES = [None, "2019", "2019-03", "2019-03-01", "2019-03-31", "2019-12-31", "2020-01-01", "2021-06", "2018-11-30"]
TYPES = ["CONSULT", "AGREE", "SUPPORT", "REJECT"]


def _events(n: int, seed: int = 7) -> list[EventRow]:
    rng = random.Random(seed)
    events = []
    for i in range(n):
        parties = rng.sample(CODES, rng.choice([1, 2, 2, 3]))  # unsorted on purpose
        events.append({
            "id": f"evt_{i:05d}", "date": rng.choice(DATES), "date_end": None, "date_confidence": "stated",
            "type": rng.choice(TYPES), "mode": None, "cameo": "040",
            "source_actor": {"name": "Government", "country": parties[0], "role": "government"},
            "target_actor": None, "parties": parties, "location": None, "summary": f"Officials met, case {i}",
            "evidence": [{"doc_id": "doc_x", "source": "t", "start": 0, "end": 5, "quote": "Offic"}],
            "goldstein": 1.0, "quad_class": 1, "mentions": [f"evm_{i}"], "sources": ["t"],
        })
    events.sort(key=lambda e: (e["date"] or "9999", e["id"]))  # timeline order, as the link stage stores
    return [EventRow(**e) for e in events]


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("pages") / "pages.duckdb"
    with Store(path) as store:
        store.replace_derived([], {}, {}, _events(600))
    return path


FILTERS = [
    Filters(),
    Filters(parties=["KEN"]),
    Filters(parties=["PER", "CHL"]),
    Filters(parties=["CHL", "PER"], type="agree"),
    Filters(date_from="2019"),
    Filters(date_to="2019"),
    Filters(date_from="2019-03", date_to="2019-03"),
    Filters(date_from="2019-03-15", date_to="2020"),
    Filters(date_from="2019-12-31", date_to="2019-12-31"),
    Filters(parties=["GHA"], date_from="2018", date_to="2019-06", type="CONSULT"),
    Filters(q="case 1"),
    Filters(parties=["NOR", "VNM", "KEN"]),
]


@pytest.mark.parametrize("filters", FILTERS, ids=repr)
@pytest.mark.parametrize(("limit", "offset"), [(20, 0), (7, 13), (500, 0), (10, 590)])
def test_sql_pages_equal_the_record_filter(db, filters, limit, offset):
    with Store(db, read_only=True) as store:
        expected = [r for r in iter_records(store, "events") if matches("events", r, filters)]
    catalog = Catalog(db)
    try:
        total, items = catalog.page("events", filters, limit, offset)
    finally:
        catalog.close()
    assert total == len(expected)
    assert [e["id"] for e in items] == [e["id"] for e in expected[offset : offset + limit]]
    if items:
        assert items[0] == expected[offset]


def test_threads_read_side_by_side_and_close_waits(db):
    catalog = Catalog(db, idle_release=0.2)
    reference = {repr(f): catalog.page("events", f, 50, 0) for f in FILTERS}
    failures: list[str] = []

    def reader(k: int) -> None:
        for i in range(30):
            f = FILTERS[(k + i) % len(FILTERS)]
            if catalog.page("events", f, 50, 0) != reference[repr(f)]:
                failures.append(repr(f))
            catalog.get("events", reference[repr(f)][1][0]["id"] if reference[repr(f)][1] else "evt_none")

    threads = [threading.Thread(target=reader, args=(k,)) for k in range(6)]
    for t in threads:
        t.start()
    catalog.close()  # waits for running reads; later reads reopen the connection
    for t in threads:
        t.join()
    assert failures == []
    catalog.close()
    with Store(db) as writer:  # every cursor was closed with the connection: a writer can take the file
        assert writer.schema_version() == len(MIGRATIONS)


def test_migration_fills_party_key_and_counts_of_an_older_database(tmp_path):
    import duckdb

    path = tmp_path / "old.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, description VARCHAR, applied_at TIMESTAMP)")
    for version, description, sql in MIGRATIONS:
        if version > 5:
            break
        for statement in filter(str.strip, sql.split(";")):
            con.execute(statement)
        con.execute("INSERT INTO schema_migrations VALUES (?, ?, now())", [version, description])
    con.execute("""INSERT INTO events (id, date, type, parties, seq) VALUES
                   ('evt_a', '2020-01-02', 'AGREE', ['PER', 'CHL'], 0), ('evt_b', '2020-01-02', 'AGREE', ['CHL', 'PER'], 1)""")
    con.close()
    with Store(path) as store:
        assert store.query("SELECT DISTINCT party_key FROM events") == [{"party_key": "CHL,PER"}]
        assert store.query("SELECT party_key, date, type, n FROM event_counts") == [
            {"party_key": "CHL,PER", "date": "2020-01-02", "type": "AGREE", "n": 2}]
