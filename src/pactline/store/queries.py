"""Reads for the link stage: event mentions by group, commitments, their evidence, and facts, each with the
publication date of its document."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from pactline.store.database import Store


def fact_rows(store: Store) -> list[dict[str, Any]]:
    rows = store.query(
        """SELECT f.id, f.doc_id, f.measure, f.value, f.unit, f.period_start, f.period_end, f.is_target, f.parties,
                  f.evidence, d.published AS doc_published
           FROM facts f JOIN documents d ON d.id = f.doc_id"""
    )
    for row in rows:
        row["evidence"] = json.loads(row["evidence"])
    return rows


def mention_groups(store: Store) -> Iterator[list[dict[str, Any]]]:
    """Event mentions one (type, parties) group at a time: mentions of one happening never cross groups, so
    the link stage holds one group, not the whole store."""
    group: list[dict[str, Any]] = []
    key = None
    for row in store.iter_query(
        """SELECT t.*, d.published AS doc_published, array_to_string(list_sort(t.parties), ',') AS _group
           FROM event_mentions t JOIN documents d ON d.id = t.doc_id ORDER BY t.type, _group, t.id""",
        separate=True,
    ):
        row_key = (row["type"], row.pop("_group"))
        if row_key != key and group:
            yield group
            group = []
        key = row_key
        for name in ("evidence", "source_actor", "target_actor"):
            if isinstance(row[name], str):
                row[name] = json.loads(row[name])
        row["parties"] = list(row["parties"] or [])
        group.append(row)
    if group:
        yield group



def commitment_evidence(store: Store) -> Iterator[tuple[str, list[dict[str, Any]]]]:
    """Each commitment's id and evidence, by id."""
    for row in store.iter_query("SELECT id, evidence FROM commitments ORDER BY id"):
        yield row["id"], json.loads(row["evidence"])


def commitment_rows(store: Store) -> list[dict[str, Any]]:
    """Slim commitment rows for consolidation and follow-ups, by id."""
    commitments = store.query("SELECT id, doc_id, kind, parties, text, made_on FROM commitments ORDER BY id")
    for c in commitments:
        c["parties"] = list(c["parties"] or [])
    return commitments
