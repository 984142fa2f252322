"""Reads for the link stage, as typed rows: event mentions by group, commitments, their evidence, and facts,
each with the publication date of its document."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from typing import Any

from pactline.store.database import Store
from pactline.store.encode import load_json
from pactline.store.rows import CommitmentBrief, EventRow, FactReport, MentionRow


def fact_rows(store: Store) -> list[FactReport]:
    rows = store.query(
        """SELECT f.id, f.doc_id, f.measure, f.value, f.unit, f.period_start, f.period_end, f.is_target, f.parties,
                  f.evidence, d.published AS doc_published
           FROM facts f JOIN documents d ON d.id = f.doc_id"""
    )
    for row in rows:
        row["evidence"] = json.loads(row["evidence"])
    return [FactReport(**row) for row in rows]


def mention_groups(store: Store) -> Iterator[list[MentionRow]]:
    """Event mentions one (type, parties) group at a time: mentions of one happening never cross groups, so
    the link stage holds one group, not the whole store."""
    rows = store.iter_query(
        """SELECT t.*, d.published AS doc_published, array_to_string(list_sort(t.parties), ',') AS _group
           FROM event_mentions t JOIN documents d ON d.id = t.doc_id ORDER BY t.type, _group, t.id""",
        separate=True,
    )
    yield from _grouped(rows, lambda row: (row["type"], row.pop("_group")), MentionRow.from_db)


def commitment_evidence(store: Store) -> Iterator[tuple[str, list[dict[str, Any]]]]:
    """Each commitment's id and evidence, by id."""
    for row in store.iter_query("SELECT id, evidence FROM commitments ORDER BY id"):
        yield row["id"], load_json(row["evidence"])


def commitment_rows(store: Store) -> list[CommitmentBrief]:
    """Slim commitment rows for consolidation and follow-ups, by id."""
    rows = store.con.execute(
        "SELECT id, doc_id, kind, parties, text, made_on, deadline, domains FROM commitments ORDER BY id"
    ).fetchall()
    return [CommitmentBrief(id, doc_id, kind, list(parties or []), text, made_on, deadline, list(domains or []))
            for id, doc_id, kind, parties, text, made_on, deadline, domains in rows]


def event_party_groups(store: Store) -> Iterator[list[EventRow]]:
    """Merged events one exact party set at a time (occasions never cross party sets). Read on the store's
    own connection, so events written in the link stage's open transaction are seen; write after reading."""
    rows = store.iter_query(
        "SELECT * EXCLUDE (seq, party_key), array_to_string(list_sort(parties), ',') AS _group FROM events ORDER BY _group, id",
    )
    yield from _grouped(rows, lambda row: row.pop("_group"), EventRow.from_db)


def _grouped(rows: Iterator[dict[str, Any]], key_of: Callable[[dict[str, Any]], Any],
             make: Callable[[dict[str, Any]], Any]) -> Iterator[list[Any]]:
    """Consecutive rows with the same key (the query orders by it), each group as typed rows."""
    group: list[Any] = []
    key = None
    for row in rows:
        row_key = key_of(row)
        if row_key != key and group:
            yield group
            group = []
        key = row_key
        group.append(make(row))
    if group:
        yield group
