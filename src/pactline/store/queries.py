"""Reads for the link stage, as typed rows, one scope at a time: event mentions by group, merged events by
party set, documents with their commitments by party pair, figures by measure and period. ``keys`` limits a
read to the scopes a run touched (None: every scope, for a full relink). Scope keys are the SQL expressions
of store/link_index.py."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from pactline.core.records import Document
from pactline.store.database import Store, document_of
from pactline.store.encode import load_json
from pactline.store.link_index import FACT_KEY, MENTION_KEY, key_sql
from pactline.store.rows import CommitmentBrief, EventRow, FactReport, MentionRow

_IN_KEYS = "IN (SELECT unnest(?::VARCHAR[]))"


def _filter(expression: str, keys: set[str] | None) -> tuple[str, list[Any]]:
    return ("", []) if keys is None else (f"WHERE {expression} {_IN_KEYS}", [sorted(keys)])


def fact_groups(store: Store, keys: set[str] | None = None) -> Iterator[tuple[str, list[FactReport]]]:
    """Figures one scope (measure, unit, parties and period) at a time, each with its document's date."""
    where, params = _filter(key_sql(FACT_KEY, "f"), keys)
    rows = store.iter_query(
        f"""SELECT f.id, f.doc_id, f.measure, f.value, f.unit, f.period_start, f.period_end, f.is_target, f.parties,
                  f.evidence, d.published AS doc_published, {key_sql(FACT_KEY, 'f')} AS _key
           FROM facts f JOIN documents d ON d.id = f.doc_id {where} ORDER BY _key, f.id""", params, separate=True)

    def make(row: dict[str, Any]) -> FactReport:
        row["evidence"] = json.loads(row["evidence"])
        return FactReport(**row)

    yield from _keyed(rows, lambda row: row.pop("_key"), make)


def fact_rows(store: Store) -> list[FactReport]:
    return [f for _key, group in fact_groups(store) for f in group]


def mention_groups(store: Store, keys: set[str] | None = None) -> Iterator[tuple[str, list[MentionRow]]]:
    """Event mentions one (type, parties) group at a time, with the group's scope key: mentions of one
    happening never cross groups, so the link stage holds one group, not the whole store."""
    where, params = _filter(key_sql(MENTION_KEY, "t"), keys)
    rows = store.iter_query(
        f"""SELECT t.*, d.published AS doc_published, array_to_string(list_sort(t.parties), ',') AS _group,
                  {key_sql(MENTION_KEY, 't')} AS _key
           FROM event_mentions t JOIN documents d ON d.id = t.doc_id {where} ORDER BY t.type, _group, t.id""",
        params, separate=True,
    )
    for (_type, _group, key), group in _keyed(rows, lambda row: (row["type"], row.pop("_group"), row.pop("_key")),
                                               MentionRow.from_db):
        yield key, group


def commitment_evidence(store: Store) -> Iterator[tuple[str, list[dict[str, Any]]]]:
    """Each commitment's id and evidence, by id."""
    for row in store.iter_query("SELECT id, evidence FROM commitments ORDER BY id"):
        yield row["id"], load_json(row["evidence"])


def commitment_rows(store: Store) -> list[CommitmentBrief]:
    """Slim commitment rows for consolidation and follow-ups, by id."""
    return [_brief(row) for row in store.iter_query(f"SELECT {_BRIEF} FROM commitments ORDER BY id")]


_BRIEF = "id, doc_id, kind, parties, text, made_on, deadline, domains"


def _brief(row: dict[str, Any]) -> CommitmentBrief:
    return CommitmentBrief(row["id"], row["doc_id"], row["kind"], list(row["parties"] or []), row["text"], row["made_on"],
                           row["deadline"], list(row["domains"] or []))


@dataclass
class Partition:
    """One party pair's documents (earliest first, undated last, then by id), their commitments (by id), and
    the record that quotes each sentence, (document, sentence start, record id), from the link index."""

    key: str
    documents: list[Document]
    commitments: list[CommitmentBrief] = field(default_factory=list)
    quoted: list[tuple[str, int, str]] = field(default_factory=list)


def partitions(store: Store, pairs: set[str] | None = None) -> Iterator[Partition]:
    """Documents and their commitments one party pair (link_docs.pair_key) at a time: each table is read in
    one pass ordered by pair, on cursors of their own."""
    where, params = _filter("l.pair_key", pairs)
    join = f"JOIN link_docs l ON l.doc_id = {{t}}.doc_id {where}"
    documents = store.iter_query(
        f"""SELECT d.*, l.pair_key AS _key FROM documents d JOIN link_docs l ON l.doc_id = d.id {where}
            ORDER BY l.pair_key, d.published NULLS LAST, d.id""", params, batch=200, separate=True)
    commitments = _keyed(store.iter_query(
        f"SELECT {', '.join('c.' + c for c in _BRIEF.split(', '))}, l.pair_key AS _key FROM commitments c "
        f"{join.format(t='c')} ORDER BY l.pair_key, c.id", params, separate=True), lambda row: row.pop("_key"), _brief)
    quoted = _keyed(store.iter_query(
        f"SELECT q.doc_id, q.start, q.record_id, l.pair_key AS _key FROM link_quotes q {join.format(t='q')} "
        "ORDER BY l.pair_key", params, separate=True),
        lambda row: row.pop("_key"), lambda row: (row["doc_id"], row["start"], row["record_id"]))
    next_commitments, next_quoted = next(commitments, None), next(quoted, None)
    for key, docs in _keyed(documents, lambda row: row.pop("_key"), document_of):
        part = Partition(key, docs)
        while next_commitments is not None and next_commitments[0] <= key:
            if next_commitments[0] == key:
                part.commitments = next_commitments[1]
            next_commitments = next(commitments, None)
        while next_quoted is not None and next_quoted[0] <= key:
            if next_quoted[0] == key:
                part.quoted = next_quoted[1]
            next_quoted = next(quoted, None)
        yield part


def event_party_groups(store: Store, parties: set[str] | None = None) -> Iterator[tuple[str, list[EventRow]]]:
    """Merged events one exact party set (party_key) at a time. Read on the store's own connection, so events
    written in the link stage's open transaction are seen, a slice of party sets per query (the caller writes
    between groups)."""
    if parties is None:
        parties = {r[0] for r in store.con.execute("SELECT DISTINCT party_key FROM events").fetchall()}
    ordered = sorted(p for p in parties if p is not None)
    for first in range(0, len(ordered), 200):
        rows = store.query(
            f"SELECT * EXCLUDE (seq, party_key), party_key AS _key FROM events WHERE party_key {_IN_KEYS} "
            "ORDER BY _key, id", [ordered[first : first + 200]])
        yield from _keyed(iter(rows), lambda row: row.pop("_key"), EventRow.from_db)


def _keyed(rows: Iterator[dict[str, Any]], key_of: Callable[[dict[str, Any]], Any],
           make: Callable[[dict[str, Any]], Any]) -> Iterator[tuple[Any, list[Any]]]:
    """(key, rows) per run of rows with the same key (the query orders by it)."""
    group: list[Any] = []
    key = None
    for row in rows:
        row_key = key_of(row)
        if row_key != key and group:
            yield key, group
            group = []
        key = row_key
        group.append(make(row))
    if group:
        yield key, group


def event_date_discrepancies(store: Store, parties: set[str] | None = None) -> dict[str, set[str]]:
    """Event id -> the differing days its sources state (the link stage's date ``discrepancy`` links), for the
    events of these party sets (party_key; all when None), read in one query."""
    where, params = _filter("e.party_key", parties)
    rows = store.con.execute(
        "SELECT e.id, json_extract_string(l.detail, '$.values[*]') FROM links l JOIN events e "
        f"ON e.id = json_extract_string(l.detail, '$.event_id') AND l.kind = 'discrepancy' {where}", params).fetchall()
    out: dict[str, set[str]] = {}
    for event_id, values in rows:
        out.setdefault(event_id, set()).update(v for v in values or [] if v)
    return out
