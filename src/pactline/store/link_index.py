"""The link index and the pending list: what incremental linking keeps between runs.

Per document the index holds what linking needs of it without reading it again: its partition (the sorted
party pair), the latest date of its sentences, and per text unit (the document, its long segments) the
bucket translations are sought in, the sort key they are compared in, the word 5-gram codes and the MinHash
band keys that find near-copies. ``link_pending`` lists what the next link must take in: documents added,
and the scopes (pair, event group, figure) of documents removed, noted before their records go.

Scope keys are built here, in SQL, so that the key a removal notes and the key the link stage recomputes
are the same strings.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pactline.store.database import Store

PAIR_KEY = "coalesce(array_to_string(list_sort({t}parties), ','), '')"
MENTION_KEY = "{t}type || '|' || " + PAIR_KEY
FACT_KEY = ("concat_ws(chr(31), coalesce({t}measure, ''), coalesce({t}unit, ''), " + PAIR_KEY
            + ", coalesce({t}period_start, ''), coalesce({t}period_end, ''))")
INDEX_TABLES = ("link_docs", "link_units", "link_bands", "link_quotes")


def key_sql(template: str, table: str = "") -> str:
    return template.format(t=f"{table}." if table else "")


@dataclass
class Pending:
    """What the next link takes in. ``keys`` holds, per scope kind ("pair", "mentions", "facts"), the scopes
    of removed documents' records."""

    added: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    keys: dict[str, set[str]] = field(default_factory=dict)

    def __bool__(self) -> bool:
        return bool(self.added or self.removed or any(self.keys.values()))


@contextmanager
def transaction(store: Store) -> Iterator[None]:
    """Index writes in a transaction of their own (the index is a cache of the documents: a run killed
    after it commits finds the documents still pending and indexes them again)."""
    from pactline.core.errors import StoreError
    from pactline.store.database import _reason

    store.con.execute("BEGIN TRANSACTION")
    try:
        yield
        store.con.execute("COMMIT")
    except Exception as exc:
        store._rollback()
        raise StoreError(f"{store.path}: could not index documents for linking ({_reason(exc)})") from exc


def note_added(store: Store, doc_ids: list[str]) -> None:
    store._bulk_insert("link_pending", ["kind", "key"], [["doc", d] for d in doc_ids])


def note_removed(store: Store, doc_id: str) -> None:
    """Before a document's records are deleted: the scopes they were linked in must be recomputed."""
    con = store.con
    con.execute("INSERT INTO link_pending VALUES ('removed', ?)", [doc_id])
    con.execute(f"INSERT INTO link_pending SELECT 'pair', {key_sql(PAIR_KEY)} FROM documents WHERE id = ?", [doc_id])
    con.execute("INSERT INTO link_pending SELECT 'pair', pair_key FROM link_docs WHERE doc_id = ?", [doc_id])
    con.execute(f"INSERT INTO link_pending SELECT DISTINCT 'mentions', {key_sql(MENTION_KEY)} FROM event_mentions "
                "WHERE doc_id = ?", [doc_id])
    con.execute(f"INSERT INTO link_pending SELECT DISTINCT 'facts', {key_sql(FACT_KEY)} FROM facts WHERE doc_id = ?", [doc_id])


def pending(store: Store) -> Pending:
    out = Pending()
    for kind, key in store.con.execute("SELECT DISTINCT kind, key FROM link_pending ORDER BY kind, key").fetchall():
        if kind == "doc":
            out.added.append(key)
        elif kind == "removed":
            out.removed.append(key)
        else:
            out.keys.setdefault(kind, set()).add(key)
    return out


def all_documents_pending(store: Store) -> None:
    """A full relink: forget the index and every pending note, and take in every stored document."""
    con = store.con
    for table in (*INDEX_TABLES, "link_pending"):
        con.execute(f"DELETE FROM {table}")
    con.execute("INSERT INTO link_pending SELECT 'doc', id FROM documents")


def clear_pending(store: Store) -> None:
    store.con.execute("DELETE FROM link_pending")


def drop_index(store: Store, doc_ids: list[str]) -> list[str]:
    """Forget the index rows of these documents; returns the ids of their text units."""
    if not doc_ids:
        return []
    con = store.con
    con.execute("CREATE OR REPLACE TEMP TABLE _pactline_docs AS SELECT unnest(?::VARCHAR[]) AS id", [doc_ids])
    units = [r[0] for r in con.execute(
        "SELECT id FROM link_units WHERE doc_id IN (SELECT id FROM _pactline_docs) ORDER BY id").fetchall()]
    con.execute("DELETE FROM link_bands WHERE unit_id IN (SELECT id FROM link_units WHERE doc_id IN (SELECT id FROM _pactline_docs))")
    con.execute("DELETE FROM link_units WHERE doc_id IN (SELECT id FROM _pactline_docs)")
    con.execute("DELETE FROM link_docs WHERE doc_id IN (SELECT id FROM _pactline_docs)")
    con.execute("DELETE FROM link_quotes WHERE doc_id IN (SELECT id FROM _pactline_docs)")
    return units


def write_index(store: Store, docs: list[list[Any]], units: list[list[Any]], bands: list[list[Any]]) -> None:
    store._bulk_insert("link_docs", ["doc_id", "pair_key", "as_of"], docs)
    store._bulk_insert("link_units", ["id", "doc_id", "kind", "bucket", "published", "doc_published", "position", "start",
                                      "stop", "length", "shingles"], units)
    store._bulk_insert("link_bands", ["key", "unit_id"], bands)


def link_count(store: Store) -> int:
    return int(store.con.execute("SELECT count(*) FROM links").fetchall()[0][0])


def quoting_records(store: Store, doc_ids: list[str] | None) -> Iterator[tuple[str, list[tuple[str, Any]]]]:
    """Per document (of these, or all), the records quoting its sentences — (record id, evidence as JSON) —
    in the order their quotes are assigned: event mentions by type, parties and id, then commitments by id.
    One pass ordered by document, on a cursor of its own."""
    where = "" if doc_ids is None else "WHERE doc_id IN (SELECT unnest(?::VARCHAR[]))"
    params = [] if doc_ids is None else [doc_ids, doc_ids]
    rows = store.iter_query(
        f"""SELECT doc_id, id, evidence FROM (
                SELECT doc_id, 0 AS _kind, type AS _type, array_to_string(list_sort(parties), ',') AS _group, id, evidence
                FROM event_mentions {where}
                UNION ALL
                SELECT doc_id, 1, NULL, NULL, id, evidence FROM commitments {where})
            ORDER BY doc_id, _kind, _type, _group, id""", params, separate=True)
    doc_id, records = None, []
    for row in rows:
        if row["doc_id"] != doc_id and records:
            yield doc_id, records
            records = []
        doc_id = row["doc_id"]
        records.append((row["id"], row["evidence"]))
    if records:
        yield doc_id, records


def write_quotes(store: Store, rows: list[list[Any]]) -> None:
    store._bulk_insert("link_quotes", ["doc_id", "start", "record_id"], rows)


def touched_keys(store: Store, doc_ids: list[str]) -> dict[str, set[str]]:
    """The scopes the records of these (newly added) documents belong to."""
    con = store.con
    con.execute("CREATE OR REPLACE TEMP TABLE _pactline_docs AS SELECT unnest(?::VARCHAR[]) AS id", [doc_ids])
    within = "WHERE doc_id IN (SELECT id FROM _pactline_docs)"
    queries = {
        "pair": f"SELECT DISTINCT pair_key FROM link_docs {within}",
        "mentions": f"SELECT DISTINCT {key_sql(MENTION_KEY)} FROM event_mentions {within}",
        "facts": f"SELECT DISTINCT {key_sql(FACT_KEY)} FROM facts {within}",
    }
    return {kind: {r[0] for r in con.execute(sql).fetchall()} for kind, sql in queries.items()}


def duplicate_candidates(store: Store, unit_ids: list[str] | None) -> Iterator[tuple[Any, ...]]:
    """Pairs of units that may be near-copies — sharing a MinHash band, or two segments of one page — with
    what deciding needs: (x, y, kind, x's document, y's document, shared codes, x's codes, y's codes), x < y.
    ``unit_ids``: only pairs with one of these units (None: every pair). Read on a cursor of its own."""
    if unit_ids is None:
        banded = "FROM link_bands a JOIN link_bands b ON a.key = b.key AND a.unit_id < b.unit_id"
        paged = "FROM link_units a JOIN link_units b ON a.doc_id = b.doc_id AND a.id < b.id"
        params: list[Any] = []
    else:
        banded = ("FROM link_bands a JOIN link_bands b ON a.key = b.key AND a.unit_id <> b.unit_id "
                  "WHERE a.unit_id IN (SELECT unnest(?::VARCHAR[]))")
        paged = ("FROM link_units a JOIN link_units b ON a.doc_id = b.doc_id AND a.id <> b.id "
                 "WHERE a.id IN (SELECT unnest(?::VARCHAR[]))")
        params = [unit_ids, unit_ids]
    pairs = f"""SELECT least(a.unit_id, b.unit_id) AS x, greatest(a.unit_id, b.unit_id) AS y {banded}
                 UNION
                 SELECT least(a.id, b.id) AS x, greatest(a.id, b.id) AS y {paged} {'AND' if params else 'WHERE'}
                     a.kind = 'segment' AND b.kind = 'segment'"""
    # The pairs first, in a table of their own: planned as one query with the join below, DuckDB took 50
    # times longer.
    cur = store.con.cursor()
    try:
        cur.execute(f"CREATE TEMP TABLE _pactline_pairs AS {pairs}", params)
        cur.execute("""
            SELECT p.x, p.y, ux.kind, ux.doc_id, uy.doc_id, len(list_intersect(ux.shingles, uy.shingles)),
                   len(ux.shingles), len(uy.shingles)
            FROM _pactline_pairs p JOIN link_units ux ON ux.id = p.x JOIN link_units uy ON uy.id = p.y
            WHERE ux.kind = uy.kind AND NOT (ux.doc_id = uy.doc_id AND ux.kind = 'document')
                  AND len(ux.shingles) > 0 AND len(uy.shingles) > 0""")
        while rows := cur.fetchmany(5000):
            yield from rows
    finally:
        cur.close()


UNIT_COLUMNS = ["id", "doc_id", "bucket", "published", "doc_published", "position", "start", "stop", "length"]


def bucket_units(store: Store, buckets: list[str] | None) -> Iterator[tuple[str, list[dict[str, Any]]]]:
    """Segment units with parties, one translation bucket at a time (None: every bucket)."""
    where = "WHERE kind = 'segment' AND bucket <> ''"
    params: list[Any] = []
    if buckets is not None:
        where += " AND bucket IN (SELECT unnest(?::VARCHAR[]))"
        params = [buckets]
    rows = store.iter_query(f"SELECT {', '.join(UNIT_COLUMNS)} FROM link_units {where} ORDER BY bucket",
                            params, separate=True)
    group: list[dict[str, Any]] = []
    for row in rows:
        if group and row["bucket"] != group[0]["bucket"]:
            yield group[0]["bucket"], group
            group = []
        group.append(row)
    if group:
        yield group[0]["bucket"], group


def document_units(store: Store, doc_ids: list[str]) -> list[dict[str, Any]]:
    """Index rows of these documents' units (the new ones of a run)."""
    return store.query(f"SELECT kind, {', '.join(UNIT_COLUMNS)} FROM link_units WHERE doc_id IN (SELECT unnest(?::VARCHAR[])) "
                       "ORDER BY id", [doc_ids])


def document_texts(store: Store, doc_ids: list[str]) -> dict[str, str]:
    rows = store.con.execute("SELECT id, text FROM documents WHERE id IN (SELECT unnest(?::VARCHAR[]))", [doc_ids]).fetchall()
    return dict(rows)


def duplicate_pairs(store: Store, unit_ids: list[str]) -> set[frozenset[str]]:
    """Duplicate links already stored between these units (read on the store's connection, so links written
    in the open transaction count)."""
    rows = store.con.execute(
        "SELECT a, b FROM links WHERE kind = 'duplicate' AND a IN (SELECT unnest(?::VARCHAR[])) "
        "AND b IN (SELECT unnest(?::VARCHAR[]))", [unit_ids, unit_ids]).fetchall()
    return {frozenset(r) for r in rows}
