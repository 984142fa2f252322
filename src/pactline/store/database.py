"""Store: the DuckDB connection, documents and records written one transaction per batch, and reads.

Records are keyed by content-derived ids, so writing the same document twice changes nothing. Links,
event clusters and commitment statuses are derived: the link stage recomputes them from the stored records.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from contextlib import AbstractContextManager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from pactline.core.errors import StoreError, StoreLockedError
from pactline.core.records import Commitment, Document, Event, Extraction, Fact, Link
from pactline.store import integrity, link_index
from pactline.store.derived import DERIVED_TABLES, DerivedWriter, derived_transaction
from pactline.store.encode import load_json
from pactline.store.encode import to_json as _json
from pactline.store.migrations import MIGRATIONS, migrate
from pactline.store.rows import EventRow

RECORD_TABLES = ("event_mentions", "commitments", "facts")
DOCUMENT_COLUMNS = ["id", "source", "title", "outlet", "published", "published_confidence", "language", "text",
                    "raw_hash", "url", "segments", "removed_watermarks", "warnings", "ingested_at", "parties", "place", "context"]

# From this many rows (a full slice of _bulk_insert) an insert goes through Arrow; smaller ones are unnested.
# Arrow's conversion of Python lists imports pandas: 0.3 s of CPU in the calling process (8 % of a full relink of
# 185 documents, measured), while unnesting costs about 4 µs a row more (0.01 s for 2,500 event mentions, 0.002 s
# for 10,000 link bands): so only a run that writes slices of this size (thousands of documents) imports it.
ARROW_FROM = 20_000


def is_memory_size(text: str) -> bool:
    """Whether ``text`` is a size DuckDB takes as a memory limit ("512MB", "2GB", "1.5GiB")."""
    import re

    return bool(re.fullmatch(r"\d+(\.\d+)?\s*(KB|MB|GB|TB|KiB|MiB|GiB|TiB)", text))


class Store:
    """A DuckDB database holding Pactline's records. Use as a context manager."""

    def __init__(
        self, path: str | Path, read_only: bool = False, wait_seconds: float = 5.0, memory_limit: str | None = None
    ) -> None:
        """``memory_limit`` (such as "512MB") caps DuckDB's own memory; beyond it DuckDB spills to disk."""
        self.copies_written: list[str] = []

        import duckdb

        if memory_limit is not None and not is_memory_size(memory_limit):
            raise StoreError(f"memory limit {memory_limit!r} is not a size such as 512MB or 2GB")

        self.path = str(path)
        deadline = time.monotonic() + wait_seconds
        while True:
            try:
                if not read_only:
                    parent = Path(self.path).parent
                    if not parent.exists():
                        raise StoreError(f"{self.path}: folder {parent} does not exist")
                    if Path(self.path).is_file() and Path(self.path).stat().st_size == 0:
                        Path(self.path).unlink()  # an empty file (from mktemp, touch) holds nothing: start one there
                self.con = duckdb.connect(self.path, read_only=read_only)
                break
            except duckdb.IOException as exc:
                message = str(exc)
                if "lock" in message.lower():
                    if time.monotonic() < deadline:
                        time.sleep(0.25)
                        continue
                    raise StoreLockedError(
                        f"{self.path}: another Pactline process is using this database; wait for it to finish"
                    ) from None
                raise self._unreadable(message) from None
            except duckdb.Error as exc:
                raise self._unreadable(str(exc)) from None
        self._check_whole()
        if memory_limit is not None:
            self.con.execute(f"SET memory_limit = '{memory_limit}'")
        if not read_only:
            self.migrate()

    def _unreadable(self, message: str) -> StoreError:
        """The one line for a file DuckDB cannot open: an existing file it cannot read is damaged (truncated,
        overwritten) or not a DuckDB database at all, which says more to a user than the engine's message."""
        cause = message.splitlines()[0] if message else "unknown error"
        if Path(self.path).is_file():
            return StoreError(f"{self.path}: the database file is damaged or is not a Pactline database ({cause}); "
                              "restore it from a copy, or delete it and run again")
        return StoreError(f"{self.path}: cannot open database ({cause})")

    def _check_whole(self) -> None:
        """Refuse a truncated file with one line (see store/integrity.py)."""
        reason = integrity.damage(self.con, self.path)
        if reason:
            self.close()
            raise StoreError(f"{self.path}: the database file is damaged ({reason}); "
                             "restore it from a copy, or delete it and run again")

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        try:
            self.con.close()
        except Exception:
            pass

    # --- schema -----------------------------------------------------------------------------------------
    def migrate(self) -> None:
        migrate(self.con, self._rollback)

    def _rollback(self) -> None:
        # After a failed write (a full disk) DuckDB may refuse even the rollback; the cause is what matters,
        # and what was committed before stays in the file.
        try:
            self.con.execute("ROLLBACK")
        except Exception:
            pass

    def schema_version(self) -> int:
        return self.con.execute("SELECT max(version) FROM schema_migrations").fetchall()[0][0] or 0

    # --- sources ----------------------------------------------------------------------------------------
    def source_state(self, source: str) -> tuple[str, str] | None:
        rows = self.con.execute("SELECT raw_hash, doc_id FROM sources WHERE source = ?", [source]).fetchall()
        return (rows[0][0], rows[0][1]) if rows else None

    def known_sources(self) -> dict[str, str]:
        return dict(self.con.execute("SELECT source, raw_hash FROM sources").fetchall())

    # --- writing ----------------------------------------------------------------------------------------
    def write_document(self, doc: Document, extraction: Extraction) -> bool:
        """Store one document and its records in one transaction. Returns False when nothing changed."""
        return self.write_documents([(doc, extraction)])[0]

    def write_documents(self, batch: list[tuple[Document, Extraction]]) -> list[bool]:
        """Store documents and their records in one transaction (one per document costs more than the
        writing itself). Returns, per document, whether anything changed. A crash loses at most this batch,
        and the next run stores it again, since its sources are recorded in the same transaction."""
        changed: list[bool] = []
        self.copies_written = []  # sources of this batch whose text was already stored under another
        pending = Extraction()
        documents: list[list[Any]] = []
        sources: list[list[Any]] = []
        con = self.con
        now = datetime.now(UTC)
        con.execute("BEGIN TRANSACTION")
        source = batch[0][0].source if batch else ""
        try:
            states = {
                row[0]: (row[1], row[2]) for row in con.execute(
                    "SELECT source, raw_hash, doc_id FROM sources WHERE source IN (SELECT unnest(?::VARCHAR[]))",
                    [[doc.source for doc, _ in batch]],
                ).fetchall()
            }
            wanted = [doc.id for doc, _ in batch] + [state[1] for state in states.values()]
            present = {row[0] for row in con.execute(
                "SELECT id FROM documents WHERE id IN (SELECT unnest(?::VARCHAR[]))", [wanted]).fetchall()}
            for doc, extraction in batch:
                source = doc.source
                state = states.get(doc.source)
                if state and state[0] == doc.raw_hash and state[1] in present:
                    changed.append(False)
                    continue
                changed.append(True)
                if state and state[1] != doc.id and self._forget_source_document(state[1], doc.source):
                    present.discard(state[1])
                if doc.id not in present or (state and state[1] == doc.id):
                    if doc.id in present:  # the same source again with other bytes but the same text
                        self._drop_document(doc.id)
                    documents.append([
                        doc.id, doc.source, doc.title, doc.outlet, doc.published, doc.published_confidence,
                        doc.language, doc.text, doc.raw_hash, doc.url, _json([s.to_dict() for s in doc.segments]),
                        _json(doc.removed_watermarks), _json(doc.warnings), now, doc.parties, doc.place, _json(doc.context),
                    ])
                    present.add(doc.id)
                    pending.events += extraction.events
                    pending.commitments += extraction.commitments
                    pending.facts += extraction.facts
                elif not state:  # the same text from another source (a mirror, a late repost): the record
                    self.copies_written.append(doc.source)  # stays as first stored; the source is kept beside it
                sources.append([doc.source, doc.raw_hash, doc.id, now])
            self._bulk_insert("documents", DOCUMENT_COLUMNS, documents)
            self._bulk_insert("sources", ["source", "raw_hash", "doc_id", "seen_at"], sources)
            self._insert_records(pending)
            if documents:
                link_index.note_added(self, [row[0] for row in documents])
                self.set_meta("links_stale", "1")
            con.execute("COMMIT")
        except Exception as exc:
            self._rollback()
            what = source if len(batch) == 1 else f"a batch of {len(batch)} documents ending with {source}"
            raise StoreError(f"{self.path}: could not store {what} ({_reason(exc)})") from exc
        return changed

    def _forget_source_document(self, doc_id: str, source: str) -> bool:
        """Drop a source's former document unless another source still holds it. True when dropped."""
        others = self.con.execute(
            "SELECT count(*) FROM sources WHERE doc_id = ? AND source <> ?", [doc_id, source]
        ).fetchall()[0][0]
        if others:
            return False
        self._drop_document(doc_id)
        return True

    def _drop_document(self, doc_id: str) -> None:
        """Delete a document and its records, noting first what the next link must recompute."""
        link_index.note_removed(self, doc_id)
        self.con.execute("DELETE FROM documents WHERE id = ?", [doc_id])
        for table in RECORD_TABLES:
            self.con.execute(f"DELETE FROM {table} WHERE doc_id = ?", [doc_id])

    def _bulk_insert(self, table: str, columns: list[str], rows: list[list[Any]]) -> None:
        """Insert many rows at once (row-by-row INSERTs are slow in DuckDB). Rows replace those with the same
        key in tables that have one; derived tables have none (their writer keeps rows unique)."""
        if not rows:
            return
        verb = "INSERT INTO" if table in DERIVED_TABLES or table.startswith("link_") else "INSERT OR REPLACE INTO"
        for first in range(0, len(rows), 20_000):  # in slices, so a large batch never doubles in memory
            chunk = rows[first : first + 20_000]
            if len(chunk) < ARROW_FROM:
                # Each column bound as one list parameter and unnested: no Arrow conversion, which imports
                # pandas (0.25-0.5 s of a small run) and costs as much below a few hundred rows.
                unnested = ", ".join(f"unnest(${i + 1}) AS {name}" for i, name in enumerate(columns))
                self.con.execute(f"{verb} {table} ({', '.join(columns)}) SELECT {unnested}",
                                 [[row[i] for row in chunk] for i in range(len(columns))])
                continue
            import pyarrow as pa

            arrow = pa.table({name: [row[i] for row in chunk] for i, name in enumerate(columns)})
            self.con.register("_pactline_rows", arrow)
            try:
                self.con.execute(f"{verb} {table} ({', '.join(columns)}) SELECT {', '.join(columns)} FROM _pactline_rows")
            finally:
                self.con.unregister("_pactline_rows")

    def _insert_records(self, extraction: Extraction) -> None:
        self._bulk_insert(
            "event_mentions",
            ["id", "doc_id", "date", "date_end", "date_confidence", "type", "mode", "cameo", "source_actor",
             "target_actor", "parties", "location", "summary", "evidence", "goldstein", "quad_class", "planned",
             "background"],
            [[e.id, e.doc_id, e.date, e.date_end, e.date_confidence, e.type, e.mode, e.cameo, _json(e.source_actor),
              _json(e.target_actor), e.parties, e.location, e.summary, _json(e.evidence), e.goldstein, e.quad_class,
              e.planned, e.background]
             for e in _unique(extraction.events)],
        )
        self._bulk_insert(
            "commitments",
            ["id", "doc_id", "kind", "parties", "modality", "text", "domains", "deadline", "made_on",
             "made_on_confidence", "evidence"],
            [[c.id, c.doc_id, c.kind, c.parties, c.modality, c.text, c.domains, c.deadline, c.made_on,
              c.made_on_confidence, _json(c.evidence)] for c in _unique(extraction.commitments)],
        )
        self._bulk_insert(
            "facts",
            ["id", "doc_id", "measure", "value", "unit", "period_start", "period_end", "change_pct", "is_target",
             "parties", "evidence", "bound", "subject"],
            [[f.id, f.doc_id, f.measure, float(f.value), f.unit, f.period_start, f.period_end, f.change_pct,
              f.is_target, f.parties, _json(f.evidence), f.bound, f.subject] for f in _unique(extraction.facts)],
        )

    def replace_derived(
        self, links: list[Link], clusters: dict[str, str], statuses: dict[str, dict[str, Any]],
        events: list[EventRow] | None = None,
    ) -> None:
        """Replace links, event clusters, merged events and commitment statuses in one transaction."""
        with self.derived() as out:
            out.events(events or [])
            out.links(links, "")
            out.clusters(clusters, "")
            out.statuses(statuses, "")

    def derived(self, everything: bool = True) -> AbstractContextManager[DerivedWriter]:
        """A transaction that takes derived rows in batches (see store/derived.py); ``everything`` empties the
        derived tables first, else the link stage forgets the scopes it recomputes."""
        return derived_transaction(self, everything)

    def refresh_event_counts(self) -> None:
        """Fill events.party_key and recount events per (party_key, date, type); call inside the transaction
        that changed events."""
        self.con.execute("UPDATE events SET party_key = array_to_string(list_sort(parties), ',') WHERE party_key IS NULL")
        self.con.execute("DELETE FROM event_counts")
        self.con.execute("INSERT INTO event_counts SELECT party_key, date, type, count(*) FROM events GROUP BY ALL")

    def set_meta(self, key: str, value: str) -> None:
        self.con.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", [key, value])

    def add_review(
        self, id: str, record_id: str, field: str, old_value: str | None, new_value: str, note: str | None, who: str,
        created_at: Any,
    ) -> None:
        """Record an analyst's correction of a record's field."""
        self.con.execute("INSERT INTO reviews VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                         [id, record_id, field, old_value, new_value, note, who, created_at])

    def get_meta(self, key: str) -> str | None:
        rows = self.con.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchall()
        return rows[0][0] if rows else None

    # --- reading ----------------------------------------------------------------------------------------
    def query(self, sql: str, params: list[Any] | None = None) -> list[dict[str, Any]]:
        cur = self.con.execute(sql, params or [])
        names = [d[0] for d in cur.description]
        return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]

    def iter_query(
        self, sql: str, params: list[Any] | None = None, batch: int = 2000, separate: bool = False
    ) -> Iterator[dict[str, Any]]:
        """Rows in batches. ``separate`` reads through a cursor of its own, so the caller may write on this
        store's connection between rows."""
        cur = self.con.cursor() if separate else self.con
        try:
            cur.execute(sql, params or [])
            names = [d[0] for d in cur.description]
            while True:
                rows = cur.fetchmany(batch)
                if not rows:
                    break
                for row in rows:
                    yield dict(zip(names, row, strict=True))
        finally:
            if separate:
                cur.close()

    def documents(self) -> list[Document]:
        return list(self.iter_documents())

    def iter_documents(self, ids: list[str] | None = None) -> Iterator[Document]:
        """Documents one at a time, earliest first (undated last), then by id; only ``ids`` when given."""
        where, params = ("WHERE id IN (SELECT unnest(?::VARCHAR[]))", [ids]) if ids is not None else ("", [])
        for row in self.iter_query(f"SELECT * FROM documents {where} ORDER BY published NULLS LAST, id", params,
                                   batch=200, separate=True):
            yield document_of(row)

    def counts(self) -> dict[str, int]:
        out = {}
        for table in ("documents", "event_mentions", "commitments", "facts", "links", "reviews", "occasions"):
            out[table] = self.con.execute(f"SELECT count(*) FROM {table}").fetchall()[0][0]
        out["events"] = self.con.execute("SELECT count(*) FROM events").fetchall()[0][0] or self.con.execute(
            "SELECT count(DISTINCT coalesce(c.event_id, m.id)) FROM event_mentions m LEFT JOIN event_clusters c ON c.mention_id = m.id"
        ).fetchall()[0][0]
        # A commitment is its mentions taken together (the link stage names each mention's entity).
        out["commitment_mentions"] = out["commitments"]
        out["commitments"] = self.con.execute(
            "SELECT count(DISTINCT coalesce(s.entity_id, c.id)) FROM commitments c "
            "LEFT JOIN commitment_status s ON s.commitment_id = c.id"
        ).fetchall()[0][0]
        return out


def document_of(row: dict[str, Any]) -> Document:
    """A stored document row as the Document the pipeline made."""
    from pactline.core.records import Segment

    return Document(
        id=row["id"], source=row["source"], text=row["text"], title=row["title"], outlet=row["outlet"],
        published=row["published"], published_confidence=row["published_confidence"],
        language=row["language"], segments=[Segment(**s) for s in json.loads(row["segments"])],
        raw_hash=row["raw_hash"], url=row["url"],
        removed_watermarks=json.loads(row["removed_watermarks"]), warnings=json.loads(row["warnings"]),
        parties=list(row["parties"] or []), place=row.get("place"),
        context=json.loads(row["context"]) if row.get("context") else {},
    )


def _reason(exc: BaseException) -> str:
    """One line saying why a write failed, naming a full disk plainly."""
    text = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    lowered = str(exc).lower()
    if "no space left" in lowered or "file too large" in lowered or "disk full" in lowered:
        return f"the disk is full or the file may grow no larger; free space and run again: {text}"
    return text


def _unique(records: list[Any]) -> list[Any]:
    """One record per id (the last wins), as INSERT OR REPLACE would keep."""
    return list({r.id: r for r in records}.values())


__all__ = ["MIGRATIONS", "Store", "load_json", "Commitment", "Event", "Fact"]
