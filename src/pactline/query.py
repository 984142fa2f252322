"""Query: filter, page and look up records for the API and dashboard (a thin layer over export)."""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .domains import DOMAINS
from .errors import PactlineError
from .export import KINDS, iter_records
from .store import Store

STATUSES = ("pledged", "reaffirmed", "in_progress", "fulfilled", "delayed", "abandoned", "stated")
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


class QueryError(PactlineError):
    """A filter value that makes no sense; the message says which and what is allowed."""


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
            value = getattr(self, name)
            if value and not _DATE.match(value):
                raise QueryError(f"{name} must be an ISO date such as 2023, 2023-03 or 2023-03-01, not {value!r}")
        if self.domain and self.domain not in DOMAINS:
            raise QueryError(f"domain must be one of {', '.join(DOMAINS)}, not {self.domain!r}")
        if self.status and self.status not in STATUSES:
            raise QueryError(f"status must be one of {', '.join(STATUSES)}, not {self.status!r}")
        for code in self.parties:
            if not re.match(r"^[A-Z]{3}$", code):
                raise QueryError(f"parties must be ISO 3166-1 alpha-3 codes such as CHN,BLR, not {code!r}")


def _record_date(kind: str, record: dict[str, Any]) -> str | None:
    return {
        "events": record.get("date"),
        "commitments": record.get("made_on"),
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
    if f.overdue:
        deadline = record.get("deadline")
        if not deadline or record.get("status") in ("fulfilled", "abandoned") or not f.today or deadline >= f.today[: len(deadline)]:
            return False
    return not (f.q and f.q.lower() not in _text(kind, record))


class Catalog:
    """Records of one database, reloaded when the file changes; every access holds one lock, since a
    DuckDB file takes one kind of connection per process."""

    def __init__(self, db: str | Path) -> None:
        self.db = str(db)
        self.lock = threading.RLock()
        self._cache: dict[str, list[dict[str, Any]]] = {}
        self._stamp: tuple[float, int] | None = None

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
                with Store(self.db, read_only=True) as store:
                    self._cache[kind] = list(iter_records(store, kind))
            return self._cache[kind]

    def invalidate(self) -> None:
        with self.lock:
            self._cache.clear()
            self._stamp = None

    def find(self, kind: str, filters: Filters) -> list[dict[str, Any]]:
        filters.validate()
        return [r for r in self.records(kind) if matches(kind, r, filters)]

    def get(self, kind: str, record_id: str) -> dict[str, Any] | None:
        return next((r for r in self.records(kind) if r["id"] == record_id), None)

    def links_of(self, record_id: str) -> list[dict[str, Any]]:
        return [x for x in self.records("links") if record_id in (x["a"], x["b"])]

    def review(self, record_id: str, field_name: str, new_value: str, note: str | None, who: str) -> dict[str, Any]:
        from datetime import UTC, datetime

        from .records import content_id

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
            with Store(self.db) as store:
                store.con.execute("INSERT INTO reviews VALUES (?, ?, ?, ?, ?, ?, ?, ?)", list(row.values()))
            self.invalidate()
        return {**row, "created_at": now.isoformat()}
