"""Query: filter, page and look up records for the API and dashboard (a thin layer over export)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pactline.core import checks, statuses
from pactline.core.checks import DOMAINS
from pactline.core.errors import QueryError
from pactline.export import KINDS, iter_records
from pactline.store import reads
from pactline.store.database import Store

STATUSES = statuses.names()  # one vocabulary: data/statuses.json


@dataclass
class Filters:
    parties: list[str] = field(default_factory=list)
    date_from: str | None = None
    date_to: str | None = None
    domain: str | None = None
    status: str | None = None
    type: str | None = None
    kind: str | None = None
    measure: str | None = None
    q: str | None = None
    overdue: bool = False
    today: str | None = None

    def validate(self) -> None:
        for name in ("date_from", "date_to"):
            checks.calendar_date(getattr(self, name), name)  # "2024-99" and "2023-02-30" are no dates
        checks.domain(self.domain)
        if self.status and self.status not in STATUSES:
            raise QueryError(f"status must be one of {', '.join(STATUSES)}, not {self.status!r}")
        for code in self.parties:
            checks.party_code(code)
        if self.type:
            checks.event_type(self.type)


def _record_date(kind: str, record: dict[str, Any]) -> str | None:
    return {
        "events": record.get("date"),
        "occasions": record.get("date"),
        "commitments": record.get("made_on"),
        "commitment_mentions": record.get("made_on"),
        "facts": record.get("period_start") or record.get("period_end"),
        "documents": record.get("published"),
    }.get(kind)


def _text(kind: str, record: dict[str, Any]) -> str:
    parts = [record.get(k) or "" for k in ("summary", "text", "title", "subject", "measure", "location")]
    parts += [ev.get("quote", "") for ev in record.get("evidence", [])[:3]]
    if kind == "documents":
        parts = [record.get("title") or "", record.get("source") or "", (record.get("text") or "")[:20000]]
    return " ".join(str(p) for p in parts).lower()


def matches(kind: str, record: dict[str, Any], f: Filters) -> bool:
    if f.parties and not set(f.parties) <= set(record.get("parties") or []):
        return False
    when = _record_date(kind, record)
    if f.date_from and (not when or when[: len(f.date_from)] < f.date_from):
        return False
    if f.date_to and (not when or when[: len(f.date_to)] > f.date_to):
        return False
    if f.domain and f.domain not in (record.get("domains") or []):
        return False
    if f.status and record.get("status") != f.status:
        return False
    if f.type and (record.get("type") or "").upper() != f.type.upper():
        return False
    if f.kind and record.get("kind") != f.kind:
        return False
    if f.measure and record.get("measure") != f.measure:
        return False
    # The same test as `pactline commitments --deadline-passed`: as of the record's status date, not the clock;
    # a pledge's deadline only (a position binds no one to a day)
    as_of = record.get("status_as_of") or f.today
    if f.overdue and (record.get("status") == "abandoned" or record.get("kind") == "position"
                      or not statuses.deadline_missed(record.get("deadline"), record.get("follow_ups") or [], as_of)):
        return False
    return not (f.q and f.q.lower() not in _text(kind, record))


class Catalog:
    """Records of one database, reloaded when the file changes.

    A DuckDB file takes one kind of connection per process, so one read-only connection is shared; each
    request thread reads through its own cursor on it, so queries run side by side. The connection is
    released after ``idle_release`` seconds without requests, so an idle server lets ``pactline run`` take
    the file.
    """

    def __init__(self, db: str | Path, idle_release: float = 1.0) -> None:
        self.db = str(db)
        self.lock = threading.RLock()
        self._idle = threading.Condition(self.lock)
        self._cache: dict[str, list[dict[str, Any]]] = {}
        self._stamp: tuple[float, int] | None = None
        self._reader: Store | None = None
        self._cursors: list[Any] = []
        self._generation = 0
        self._active = 0
        self._local = threading.local()
        self._last_use = 0.0
        self.idle_release = idle_release  # seconds

    def reader(self) -> Store:
        """The shared read-only connection, opened on first use (call under the lock)."""
        import time

        self._last_use = time.monotonic()
        if self._reader is None:
            self._reader = Store(self.db, read_only=True)
            self._generation += 1
            threading.Thread(target=self._release_when_idle, daemon=True).start()
        return self._reader

    @contextmanager
    def cursor(self) -> Iterator[Any]:
        """This thread's cursor on the shared connection; the connection stays open while it is in use."""
        import time

        with self.lock:
            reader = self.reader()
            self._active += 1
            generation = self._generation
        try:
            local = self._local
            if getattr(local, "generation", None) != generation:
                local.cursor = reader.con.cursor()
                local.generation = generation
                with self.lock:
                    self._cursors.append(local.cursor)
            yield local.cursor
        finally:
            with self.lock:
                self._active -= 1
                self._last_use = time.monotonic()
                self._idle.notify_all()

    def _release_when_idle(self) -> None:
        import time

        while True:
            time.sleep(self.idle_release / 2)
            with self.lock:
                if self._reader is None:
                    return
                if self._active == 0 and time.monotonic() - self._last_use >= self.idle_release:
                    self._close_reader()
                    return

    def _close_reader(self) -> None:
        # Every cursor holds the database open, so all of them close with the connection.
        for cursor in self._cursors:
            try:
                cursor.close()
            except Exception:
                pass
        self._cursors.clear()
        if self._reader is not None:
            self._reader.close()
            self._reader = None

    def close(self) -> None:
        """Close the shared connection once no request is reading through it."""
        with self.lock:
            while self._active:
                self._idle.wait()
            self._close_reader()

    def _fresh(self) -> None:
        path = Path(self.db)
        wal = Path(self.db + ".wal")
        stamp = (path.stat().st_mtime + (wal.stat().st_mtime if wal.exists() else 0), path.stat().st_size)
        if stamp != self._stamp:
            self._cache.clear()
            self._stamp = stamp

    def records(self, kind: str) -> list[dict[str, Any]]:
        if kind not in KINDS:
            raise KeyError(kind)
        with self.lock:
            self._fresh()
            if kind not in self._cache:
                self._cache[kind] = list(iter_records(self.reader(), kind))
            return self._cache[kind]

    def counts(self) -> dict[str, int]:
        """How many records of each kind, counted in SQL (no records are loaded)."""
        with self.lock:
            counts = self.reader().counts()
        return {kind: counts[kind] for kind in KINDS}

    def invalidate(self) -> None:
        with self.lock:
            self._cache.clear()
            self._stamp = None

    def page(self, kind: str, filters: Filters, limit: int, offset: int) -> tuple[int, list[dict[str, Any]]]:
        """(total, one page of records). Events are paged in SQL, so a store of millions answers quickly."""
        filters.validate()
        if kind == "events" and not filters.domain and not filters.status and not filters.kind and not filters.measure:
            return self._events_page(filters, limit, offset)
        records = self.find(kind, filters)
        return len(records), records[offset : offset + limit]

    def _events_page(self, f: Filters, limit: int, offset: int) -> tuple[int, list[dict[str, Any]]]:
        with self.cursor() as cur:
            total, rows = reads.events_page(cur, f.parties, f.date_from, f.date_to, f.type, f.q, limit, offset)
        return total, [row.to_dict() for row in rows]

    def event(self, record_id: str) -> dict[str, Any] | None:
        with self.cursor() as cur:
            row = reads.event(cur, record_id)
        return row.to_dict() if row else None

    def find(self, kind: str, filters: Filters) -> list[dict[str, Any]]:
        filters.validate()
        return [r for r in self.records(kind) if matches(kind, r, filters)]

    def get(self, kind: str, record_id: str) -> dict[str, Any] | None:
        if kind == "events":
            return self.event(record_id)
        return next((r for r in self.records(kind) if r["id"] == record_id), None)

    def links_of(self, record_id: str, mentions: list[str] | None = None) -> list[dict[str, Any]]:
        with self.cursor() as cur:
            rows = reads.links_touching(cur, [record_id, *(mentions or [])])
        return [row.to_dict() for row in rows]

    def review(self, record_id: str, field_name: str, new_value: str, note: str | None, who: str) -> dict[str, Any]:
        from datetime import UTC, datetime

        from pactline.core.records import content_id

        record = self.get("commitments", record_id)
        if record is None:
            raise KeyError(record_id)
        if field_name == "status" and new_value not in STATUSES:
            raise QueryError(f"status must be one of {', '.join(STATUSES)}")
        if field_name == "domains":
            bad = [d for d in new_value.split(",") if d.strip() and d.strip() not in DOMAINS]
            if bad:
                raise QueryError(f"unknown domain(s) {', '.join(bad)}; choose from {', '.join(DOMAINS)}")
        old = record["status"] if field_name == "status" else ",".join(record["domains"]) if field_name == "domains" else None
        now = datetime.now(UTC)
        row = {"id": content_id("rev", record_id, field_name, new_value, note, now.isoformat()), "record_id": record_id,
               "field": field_name, "old_value": old, "new_value": new_value, "note": note, "who": who, "created_at": now}
        with self.lock:
            self.close()  # a DuckDB file takes one kind of connection per process: release the reader first
            with Store(self.db) as store:
                store.add_review(**row)
            self.invalidate()
        return {**row, "created_at": now.isoformat()}
