"""The writer of derived rows (links, event clusters, merged events, occasions, commitment statuses) that the
link stage hands over inside Store.derived(), and what the stage forgets before it recomputes a scope.

Every derived row names the scope it was derived in (links, event clusters, occasions and statuses carry a
``scope`` column; an event is forgotten with its clusters): ``text`` for duplicates and translations (forgotten
by unit), ``ev:TYPE|PARTIES`` for one event group, ``occ:PARTIES`` for the occasions of one party set,
``cm:PAIR`` for the commitments of one party pair, ``fact:KEY`` for the reports of one figure.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from pactline.core.errors import StoreError
from pactline.core.records import Link
from pactline.store.encode import to_json as _json
from pactline.store.rows import EventRow, OccasionRow

if TYPE_CHECKING:
    from pactline.store.database import Store

DERIVED_TABLES = ("links", "event_clusters", "commitment_status", "events", "occasions")
PARTY_KEY = "array_to_string(list_sort(parties), ',')"


class DerivedWriter:
    """Takes derived rows inside :meth:`Store.derived`, buffered and written in slices of 20,000 rows. Links
    of one call are kept once per id, the first one given. Notes the party sets whose events it wrote.

    DuckDB holds a transaction's new rows in memory until it commits, whatever its memory limit (1.75 million
    links of 10,000 documents took 1.7 GB), so the writer commits after every ``COMMIT_ROWS`` rows and goes
    on in a new transaction. A small run's links change in one transaction; a large one's in several, and a
    run killed in between leaves its documents pending, so the next run recomputes their scopes whole."""

    EVENT_COLUMNS = ["id", "date", "date_end", "date_confidence", "type", "mode", "cameo", "source_actor",
                     "target_actor", "parties", "location", "summary", "evidence", "goldstein", "quad_class",
                     "mentions", "sources", "planned", "background", "occasion_id"]
    COLUMNS = {
        "events": EVENT_COLUMNS,
        "links": ["id", "kind", "a", "b", "score", "detail", "scope"],
        "event_clusters": ["mention_id", "event_id", "scope"],
        "commitment_status": ["commitment_id", "status", "follow_ups", "entity_id", "status_as_of", "scope"],
        "occasions": ["id", "kind", "date", "date_end", "date_confidence", "location", "parties", "planned", "summary", "events",
                      "evidence", "sources", "discrepancy", "scope"],
    }

    COMMIT_ROWS = 100_000

    def __init__(self, store: Store) -> None:
        self.store = store
        self.uncommitted = 0  # rows written in the open transaction
        self.commits = 0
        self.written = 0  # links written
        self.event_parties: set[str] = set()  # party keys of the events written
        self.pending: dict[str, list[list[Any]]] = {table: [] for table in self.COLUMNS}

    def _add(self, table: str, rows: list[list[Any]]) -> None:
        buffer = self.pending[table]
        buffer += rows
        if len(buffer) >= 20_000:
            self.flush(table)

    def flush(self, table: str | None = None) -> None:
        for name in [table] if table else list(self.pending):
            self.store._bulk_insert(name, self.COLUMNS[name], self.pending[name])
            self.uncommitted += len(self.pending[name])
            self.pending[name] = []
        if self.uncommitted >= self.COMMIT_ROWS:
            self.store.con.execute("COMMIT")
            self.store.con.execute("BEGIN TRANSACTION")
            self.uncommitted = 0
            self.commits += 1

    def events(self, events: list[EventRow]) -> None:
        columns = self.EVENT_COLUMNS
        self.event_parties.update(",".join(sorted(e.parties)) for e in events)
        self._add("events", [
            [_json(getattr(e, c)) if c in ("source_actor", "target_actor", "evidence") else getattr(e, c) for c in columns]
            for e in events
        ])

    def occasions(self, occasions: list[OccasionRow], scope: str) -> None:
        self._add("occasions", [
            [_json(getattr(o, c)) if c in ("evidence", "discrepancy") else getattr(o, c) for c in self.COLUMNS["occasions"][:-1]]
            + [scope] for o in occasions
        ])

    def links(self, links: list[Link], scope: str) -> None:
        fresh: dict[str, list[Any]] = {}
        for x in links:
            if x.id not in fresh:
                fresh[x.id] = [x.id, x.kind, x.a, x.b, float(x.score), _json(x.detail), scope]
        self.written += len(fresh)
        self._add("links", list(fresh.values()))

    def clusters(self, clusters: dict[str, str], scope: str) -> None:
        self._add("event_clusters", [[m, e, scope] for m, e in clusters.items()])

    def statuses(self, statuses: dict[str, dict[str, Any]], scope: str) -> None:
        self._add("commitment_status", [
            [cid, row["status"], _json(row["follow_ups"]), row["entity_id"], row["status_as_of"], scope]
            for cid, row in statuses.items()
        ])


@contextmanager
def derived_transaction(store: Store, everything: bool) -> Iterator[DerivedWriter]:
    """One transaction for the link stage's writes. ``everything``: the derived tables are emptied first and
    events are indexed after loading; else only the scopes the stage forgets are replaced. On leaving, events
    name their occasions, are numbered in timeline order and counted (for the party sets that changed)."""
    con = store.con
    con.execute("BEGIN TRANSACTION")
    try:
        store.set_meta("links_stale", "1")  # until the last transaction commits
        if everything:
            con.execute("DROP INDEX IF EXISTS events_id")
            for table in DERIVED_TABLES:
                con.execute(f"DELETE FROM {table}")
        writer = DerivedWriter(store)
        yield writer
        writer.flush()
        if everything:
            con.execute("CREATE INDEX events_id ON events(id)")
        finish_events(store, None if everything else writer.event_parties)
        store.set_meta("links_stale", "0")
        con.execute("COMMIT")
    except Exception as exc:
        store._rollback()
        if isinstance(exc, StoreError):
            raise
        from pactline.store.database import _reason

        raise StoreError(f"{store.path}: could not store links ({_reason(exc)})") from exc


def _keys_table(store: Store, name: str, keys: set[str] | list[str]) -> str:
    store.con.execute(f"CREATE OR REPLACE TEMP TABLE {name} AS SELECT unnest(?::VARCHAR[]) AS key", [sorted(keys)])
    return f"(SELECT key FROM {name})"


def finish_party_keys(store: Store) -> None:
    """Events written since: their party key (sorted codes joined by commas) filled."""
    store.con.execute(f"UPDATE events SET party_key = {PARTY_KEY} WHERE party_key IS NULL")


def finish_events(store: Store, parties: set[str] | None) -> None:
    """After events or occasions changed (of these party keys; None: all): each event names its occasion,
    events are numbered in timeline order (undated last, then by id, as merge_events sorts) and counted."""
    con = store.con
    finish_party_keys(store)
    if parties is not None and not parties:
        return
    within = "" if parties is None else f"WHERE party_key IN {_keys_table(store, '_pactline_parties', parties)}"
    scoped = "" if parties is None else "WHERE scope IN (SELECT 'occ:' || key FROM _pactline_parties)"
    if parties is not None:
        con.execute(f"UPDATE events SET occasion_id = NULL {within}")
    con.execute(f"""UPDATE events SET occasion_id = o.id FROM (
                        SELECT id, unnest(events) AS event_id FROM occasions {scoped}
                    ) o WHERE events.id = o.event_id""")
    con.execute("""UPDATE events SET seq = o.n FROM (
                       SELECT id, row_number() OVER (ORDER BY coalesce(date, '9999'), id) - 1 AS n FROM events
                   ) o WHERE events.id = o.id AND events.seq IS DISTINCT FROM o.n""")
    con.execute(f"DELETE FROM event_counts {within}")
    con.execute(f"INSERT INTO event_counts SELECT party_key, date, type, count(*) FROM events {within} GROUP BY ALL")


def forget_text_links(store: Store, unit_ids: list[str]) -> None:
    """Duplicates and translations of these text units (of documents removed, or taken in again)."""
    if unit_ids:
        units = _keys_table(store, "_pactline_units", unit_ids)
        store.con.execute(f"DELETE FROM links WHERE scope = 'text' AND (a IN {units} OR b IN {units})")


def forget_event_groups(store: Store, keys: set[str]) -> set[str]:
    """Events, clusters and links of these event groups (``TYPE|PARTIES``); returns the party keys of the
    events forgotten (their occasions must be recomputed)."""
    if not keys:
        return set()
    con = store.con
    _keys_table(store, "_pactline_groups", keys)
    scopes = "(SELECT 'ev:' || key FROM _pactline_groups)"
    forgotten = f"(SELECT event_id FROM event_clusters WHERE scope IN {scopes})"
    parties = {r[0] for r in con.execute(f"SELECT DISTINCT party_key FROM events WHERE id IN {forgotten}").fetchall()}
    con.execute(f"DELETE FROM events WHERE id IN {forgotten}")
    con.execute(f"DELETE FROM event_clusters WHERE scope IN {scopes}")
    con.execute(f"DELETE FROM links WHERE scope IN {scopes}")
    return {p for p in parties if p is not None}


def forget_scopes(store: Store, scopes: set[str]) -> None:
    """Links, statuses and occasions derived in these scopes (``cm:…``, ``fact:…``, ``occ:…``)."""
    if not scopes:
        return
    within = _keys_table(store, "_pactline_scopes", scopes)
    for table in ("links", "commitment_status", "occasions"):
        store.con.execute(f"DELETE FROM {table} WHERE scope IN {within}")
