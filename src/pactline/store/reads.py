"""Reads for export, query, serve and the CLI: typed rows (store/rows.py), never bare SQL rows.

Functions that take ``con`` accept the store's connection or a cursor on it, so the server's request threads
read through cursors of their own.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from typing import Any

from pactline.store.database import Store
from pactline.store.encode import load_json
from pactline.store.rows import (
    CommitmentRow,
    DocumentRow,
    DocumentTally,
    EventRow,
    FactRow,
    LinkRow,
    MentionRow,
    OccasionRow,
)

_EVENT_COLUMNS = "* EXCLUDE (seq, party_key)"


def _dicts(con: Any, sql: str, params: list[Any] | None = None) -> list[dict[str, Any]]:
    cur = con.execute(sql, params or [])
    names = [d[0] for d in cur.description]
    return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]


def documents(store: Store) -> Iterator[DocumentRow]:
    """Documents earliest first (undated last), each with the other sources that gave the same text."""
    also: dict[str, list[str]] = defaultdict(list)
    for source, doc_id in store.con.execute("SELECT source, doc_id FROM sources ORDER BY seen_at, source").fetchall():
        also[doc_id].append(source)
    for row in store.iter_query("SELECT * FROM documents ORDER BY published NULLS LAST, id"):
        yield DocumentRow.from_db(row, also.get(row["id"], []))


def has_events(store: Store) -> bool:
    """Whether the link stage has stored merged events."""
    return bool(store.con.execute("SELECT count(*) FROM events").fetchall()[0][0])


def events(store: Store) -> Iterator[EventRow]:
    """Merged events in timeline order."""
    for row in store.iter_query(f"SELECT {_EVENT_COLUMNS} FROM events ORDER BY seq"):
        yield EventRow.from_db(row)


def source_titles(store: Store) -> dict[str, str | None]:
    """Each source's document title (None when it has none), for short source labels."""
    rows = store.con.execute("SELECT source, title FROM documents UNION ALL SELECT s.source, d.title FROM sources s "
                             "JOIN documents d ON d.id = s.doc_id").fetchall()
    return {source: title for source, title in rows}


def occasions(store: Store) -> Iterator[OccasionRow]:
    """Occasions in date order (undated last)."""
    for row in store.iter_query("SELECT * EXCLUDE (scope) FROM occasions ORDER BY coalesce(date, '9999'), id"):
        yield OccasionRow.from_db(row)


def clustered_mentions(store: Store) -> list[MentionRow]:
    """Event mentions with their cluster (themselves when unclustered) and their document's date, for merging
    when no link stage has run."""
    rows = store.query(
        """SELECT m.*, coalesce(c.event_id, m.id) AS event_id, d.published AS doc_published
           FROM event_mentions m JOIN documents d ON d.id = m.doc_id
           LEFT JOIN event_clusters c ON c.mention_id = m.id"""
    )
    return [MentionRow.from_db(row) for row in rows]


def reviews_by_record(store: Store) -> dict[str, list[dict[str, Any]]]:
    """Analysts' reviews per record id, oldest first."""
    out: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in store.query("SELECT * FROM reviews ORDER BY created_at"):
        row["created_at"] = row["created_at"].isoformat() if row["created_at"] else None
        out[row["record_id"]].append(row)
    return out


def commitments(store: Store) -> Iterator[CommitmentRow]:
    """Commitments and positions with their derived status, overridden by analysts' reviews."""
    reviews = reviews_by_record(store)
    rows = store.query(
        """SELECT c.*, s.status AS derived_status, s.follow_ups AS follow_ups
           FROM commitments c LEFT JOIN commitment_status s ON s.commitment_id = c.id
           ORDER BY c.made_on NULLS LAST, c.id"""
    )
    for row in rows:
        status = row["derived_status"] or ("pledged" if row["kind"] == "commitment" else "stated")
        domains = list(row["domains"] or [])
        record_reviews = reviews.get(row["id"], [])
        for review in record_reviews:
            if review["field"] == "status" and review["new_value"]:
                status = review["new_value"]
            if review["field"] == "domains" and review["new_value"]:
                domains = [d.strip() for d in review["new_value"].split(",") if d.strip()]
        yield CommitmentRow(
            id=row["id"], kind=row["kind"], parties=list(row["parties"] or []), modality=row["modality"],
            text=row["text"], domains=domains, deadline=row["deadline"], made_on=row["made_on"],
            made_on_confidence=row["made_on_confidence"], status=status, derived_status=row["derived_status"],
            evidence=load_json(row["evidence"]), follow_ups=load_json(row["follow_ups"]) or [],
            reviews=[{k: r[k] for k in ("field", "old_value", "new_value", "note", "who", "created_at")}
                     for r in record_reviews],
        )


def facts(store: Store) -> Iterator[FactRow]:
    for row in store.iter_query("SELECT * FROM facts ORDER BY period_start NULLS LAST, id"):
        yield FactRow.from_db(row)


def links(store: Store) -> Iterator[LinkRow]:
    for row in store.iter_query("SELECT * EXCLUDE (scope) FROM links ORDER BY kind, id"):
        yield LinkRow.from_db(row)


def document_tallies(store: Store) -> list[DocumentTally]:
    """Record counts per document, by source."""
    rows = store.con.execute(
        """SELECT d.source, d.published, d.published_confidence,
                  (SELECT count(*) FROM event_mentions e WHERE e.doc_id = d.id) AS events,
                  (SELECT count(*) FROM commitments c WHERE c.doc_id = d.id AND c.kind = 'commitment') AS commitments,
                  (SELECT count(*) FROM commitments c WHERE c.doc_id = d.id AND c.kind = 'position') AS positions,
                  (SELECT count(*) FROM facts f WHERE f.doc_id = d.id) AS facts
           FROM documents d ORDER BY d.source"""
    ).fetchall()
    return [DocumentTally(*row) for row in rows]


# --- the server's reads, through a cursor of the request's thread ------------------------------------------
def events_page(
    con: Any, parties: list[str], date_from: str | None, date_to: str | None, type_: str | None, q: str | None,
    limit: int, offset: int,
) -> tuple[int, list[EventRow]]:
    """(total, one page of events) in timeline order, paged in SQL so a store of millions answers quickly."""
    where, params = ["1=1"], []
    for code in parties:
        # party_key joins three-letter codes with commas, so a three-letter match is exactly one code.
        where.append("contains(party_key, ?)")
        params.append(code)
    # ISO dates compare as strings: a prefix bound becomes a plain range that row-group statistics can
    # prune ("2019" as the upper bound admits every "2019-..." date, since "~" sorts after digits and "-").
    if date_from:
        where.append("date >= ?")
        params.append(date_from)
    if date_to:
        where.append("date <= ?")
        params.append(date_to + "~")
    if type_:
        where.append("type = ?")
        params.append(type_.upper())
    clause = " AND ".join(where)
    if q:
        clause += " AND (lower(summary) LIKE ? OR lower(CAST(evidence AS VARCHAR)) LIKE ?)"
        params += [f"%{q.lower()}%"] * 2
        total = con.execute(f"SELECT count(*) FROM events WHERE {clause}", params).fetchall()[0][0]
    else:
        # Totals come from the per-(parties, date, type) counts the link stage keeps: no scan of events.
        total = con.execute(f"SELECT coalesce(sum(n), 0) FROM event_counts WHERE {clause}", params).fetchall()[0][0]
    if clause == "1=1":
        # Unfiltered pages read a range of the stored order: no scan, no sort.
        seqs = list(range(offset, min(offset + limit, total)))
    else:
        # Find the page's positions first, then read only those rows' wide columns.
        seqs = [r[0] for r in con.execute(
            f"SELECT seq FROM events WHERE {clause} ORDER BY seq LIMIT ? OFFSET ?", params + [limit, offset]
        ).fetchall()]
    rows = _dicts(
        con, f"SELECT {_EVENT_COLUMNS} FROM events WHERE seq >= ? AND seq <= ? AND list_contains(?::BIGINT[], seq) "
        "ORDER BY seq", [seqs[0], seqs[-1], seqs],
    ) if seqs else []
    return int(total), [EventRow.from_db(row) for row in rows]


def event(con: Any, record_id: str) -> EventRow | None:
    rows = _dicts(con, f"SELECT {_EVENT_COLUMNS} FROM events WHERE id = ?", [record_id])
    return EventRow.from_db(rows[0]) if rows else None


def links_touching(con: Any, ids: list[str]) -> list[LinkRow]:
    """Links with any of these records at either end."""
    marks = ", ".join("?" for _ in ids)
    rows = _dicts(con, f"SELECT * EXCLUDE (scope) FROM links WHERE a IN ({marks}) OR b IN ({marks})", ids + ids)
    return [LinkRow.from_db(row) for row in rows]


def commitment_mention_rows(store: Store) -> list[dict[str, Any]]:
    """Every stored commitment mention with its derived status, follow-ups, entity id and status date."""
    return store.query(
        """SELECT c.*, s.status AS derived_status, s.follow_ups AS follow_ups, s.entity_id AS entity_id,
                  s.status_as_of AS status_as_of
           FROM commitments c LEFT JOIN commitment_status s ON s.commitment_id = c.id
           ORDER BY c.made_on NULLS LAST, c.id"""
    )


def document_dates(store: Store) -> dict[str, str]:
    """Document id -> publication date, for the documents that have one."""
    rows = store.con.execute("SELECT id, published FROM documents WHERE published IS NOT NULL").fetchall()
    return {doc_id: published for doc_id, published in rows}


def documents_matching(store: Store, key: str) -> list[dict[str, Any]]:
    """Documents (id, source, context) whose id or source is ``key`` or whose source contains it."""
    return store.query(
        "SELECT id, source, context FROM documents WHERE id = ? OR source = ? OR source LIKE ? ORDER BY source",
        [key, key, f"%{key}%"],
    )
