"""Typed rows: what the store hands to link, export, query and serve, one small dataclass per record kind.

``to_dict`` gives the shape the contract publishes, so the export and the API take their shapes from here.
Field order is the published column order.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any

from pactline.core.records import Link
from pactline.store.encode import load_json


def _plain(row: Any) -> dict[str, Any]:
    return {f.name: getattr(row, f.name) for f in fields(row)}


@dataclass(slots=True)
class DocumentRow:
    id: str
    source: str
    title: str | None
    outlet: str | None
    published: str | None
    published_confidence: str | None
    place: str | None
    context: dict[str, Any]
    language: str | None
    parties: list[str]
    segments: list[dict[str, Any]]
    url: str | None
    removed_watermarks: list[Any]
    warnings: list[str]
    also_sources: list[str]
    text: str

    @classmethod
    def from_db(cls, row: dict[str, Any], also: list[str]) -> DocumentRow:
        return cls(
            id=row["id"], source=row["source"], title=row["title"], outlet=row["outlet"], published=row["published"],
            published_confidence=row["published_confidence"], place=row.get("place"),
            context=load_json(row.get("context")) or {}, language=row["language"],
            parties=list(row["parties"] or []), segments=load_json(row["segments"]), url=row["url"],
            removed_watermarks=load_json(row["removed_watermarks"]), warnings=load_json(row["warnings"]),
            also_sources=[s for s in also if s != row["source"]], text=row["text"],
        )

    def to_dict(self) -> dict[str, Any]:
        return _plain(self)


@dataclass(slots=True)
class _EventFields:
    """What an event mention and a merged event both hold, in published order."""

    id: str
    date: str | None
    date_end: str | None
    date_confidence: str | None
    type: str
    mode: str | None
    cameo: str
    source_actor: dict[str, Any] | None
    target_actor: dict[str, Any] | None
    parties: list[str]
    location: str | None
    summary: str
    evidence: list[dict[str, Any]]
    goldstein: float | None
    quad_class: int | None


@dataclass(slots=True)
class EventRow(_EventFields):
    """A merged event (the events table without its paging columns)."""

    mentions: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    planned: bool = False
    background: bool = False
    occasion_id: str | None = None

    @classmethod
    def from_db(cls, row: dict[str, Any]) -> EventRow:
        """A stored events row: JSON columns decoded, lists as lists."""
        values = {name: row[name] for name in EVENT_FIELDS}
        for key in ("source_actor", "target_actor", "evidence"):
            values[key] = load_json(values[key])
        for key in ("parties", "mentions", "sources"):
            values[key] = list(values[key] or [])
        return cls(**values)

    def to_dict(self) -> dict[str, Any]:
        return _plain(self)


EVENT_FIELDS = tuple(f.name for f in fields(EventRow))


@dataclass(slots=True)
class CommitmentRow:
    id: str
    kind: str
    parties: list[str]
    modality: str | None
    text: str
    domains: list[str]
    deadline: str | None
    made_on: str | None
    made_on_confidence: str | None
    status: str
    derived_status: str | None
    evidence: list[dict[str, Any]]
    follow_ups: list[dict[str, Any]]
    reviews: list[dict[str, Any]]

    def to_dict(self) -> dict[str, Any]:
        return _plain(self)


@dataclass(slots=True)
class FactRow:
    id: str
    measure: str
    value: float
    unit: str | None
    period_start: str | None
    period_end: str | None
    change_pct: float | None
    is_target: bool
    parties: list[str]
    evidence: list[dict[str, Any]]
    bound: str | None
    subject: str | None

    @classmethod
    def from_db(cls, row: dict[str, Any]) -> FactRow:
        values = {f.name: row[f.name] for f in fields(cls)}
        values["parties"] = list(values["parties"] or [])
        values["evidence"] = load_json(values["evidence"])
        return cls(**values)

    def to_dict(self) -> dict[str, Any]:
        return _plain(self)


@dataclass(slots=True)
class OccasionRow:
    """A visit, summit, meeting, call or signing with the events inside it (contract v2)."""

    id: str
    kind: str  # visit | meeting | call | signing
    date: str | None
    date_end: str | None
    date_confidence: str | None
    location: str | None
    parties: list[str]
    planned: bool
    summary: str
    events: list[str]
    evidence: list[dict[str, Any]]
    sources: list[str]
    discrepancy: dict[str, Any] | None = None

    @classmethod
    def from_db(cls, row: dict[str, Any]) -> OccasionRow:
        values = {name: row[name] for name in OCCASION_FIELDS}
        for key in ("evidence", "discrepancy"):
            values[key] = load_json(values[key])
        for key in ("parties", "events", "sources"):
            values[key] = list(values[key] or [])
        return cls(**values)

    def to_dict(self) -> dict[str, Any]:
        return _plain(self)


OCCASION_FIELDS = tuple(f.name for f in fields(OccasionRow))


@dataclass(slots=True)
class LinkRow(Link):
    """A stored link (the record the link stage made), with its detail decoded."""

    @classmethod
    def from_db(cls, row: dict[str, Any]) -> LinkRow:
        return cls(row["id"], row["kind"], row["a"], row["b"], row["score"], load_json(row["detail"]))

    def to_dict(self) -> dict[str, Any]:
        return _plain(self)


@dataclass(slots=True)
class DocumentTally:
    """One document's record counts, for ``pactline stats``."""

    source: str
    published: str | None
    published_confidence: str | None
    events: int
    commitments: int
    positions: int
    facts: int


Row = DocumentRow | EventRow | OccasionRow | CommitmentRow | FactRow | LinkRow


# --- what the link stage reads ---------------------------------------------------------------------------
@dataclass(slots=True)
class MentionRow(_EventFields):
    """One event mention with its document and the document's publication date (and, when read for merging,
    its cluster)."""

    doc_id: str = ""
    doc_published: str | None = None
    event_id: str | None = None
    planned: bool = False
    background: bool = False

    @classmethod
    def from_db(cls, row: dict[str, Any]) -> MentionRow:
        values = {name: row[name] for name in MENTION_FIELDS if name in row}
        for key in ("source_actor", "target_actor", "evidence"):
            values[key] = load_json(values[key])
        values["parties"] = list(values["parties"] or [])
        return cls(**values)


MENTION_FIELDS = tuple(f.name for f in fields(MentionRow))


@dataclass(slots=True)
class CommitmentBrief:
    """A commitment or position as consolidation and follow-ups need it."""

    id: str
    doc_id: str
    kind: str
    parties: list[str]
    text: str
    made_on: str | None
    deadline: str | None = None
    domains: list[str] = field(default_factory=list)


@dataclass(slots=True)
class FactReport:
    """One report of a figure, with its document's publication date."""

    id: str
    doc_id: str
    measure: str
    value: float
    unit: str | None
    period_start: str | None
    period_end: str | None
    is_target: bool
    parties: list[str]
    evidence: list[dict[str, Any]]
    doc_published: str | None
