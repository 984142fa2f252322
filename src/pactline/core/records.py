"""Typed records passed between pipeline stages.

Offsets (``start``/``end``) always index the document's cleaned text.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field
from typing import Any

SEGMENT_KINDS = ("main", "related", "boilerplate", "caption")
CONFIDENCES = ("stated", "inferred", "unknown")
# How a document's publication date was given, most trusted first.
PUBLISHED_BASES = ("stated", "dateline", "caption", "inferred", "unknown")


# What json.dumps(parts, sort_keys=True, ensure_ascii=False, default=str) builds at every call, made once (a
# full relink makes millions of ids; the same text either way).
_ID_JSON = json.JSONEncoder(sort_keys=True, ensure_ascii=False, default=str)
_json_string = json.encoder.encode_basestring  # one string as that encoder writes it (ensure_ascii=False)


def content_id(prefix: str, *parts: Any) -> str:
    """A stable id from content: the same parts always give the same id."""
    if all(type(p) is str for p in parts):  # a list of strings, written as the encoder writes it
        blob = "[" + ", ".join(map(_json_string, parts)) + "]"
    else:
        blob = _ID_JSON.encode(parts)
    return f"{prefix}_{hashlib.sha1(blob.encode('utf-8')).hexdigest()[:16]}"


@dataclass
class RawDocument:
    """What ingest hands on: text plus whatever metadata the source carried."""

    source: str
    text: str
    fmt: str  # txt, md, html, jsonl, url
    raw_hash: str
    title: str | None = None
    outlet: str | None = None
    published: str | None = None
    url: str | None = None
    warnings: list[str] = field(default_factory=list)


@dataclass
class Evidence:
    doc_id: str
    source: str
    start: int
    end: int
    quote: str

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Segment:
    id: str
    kind: str
    start: int
    end: int
    title: str | None = None
    published: str | None = None
    published_confidence: str = "unknown"
    relevant: bool = True  # related segments only feed extraction when relevant
    headlines: tuple[str, ...] = ()  # its article's header lines that read as headlines: the title and its deck

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Sentence:
    start: int
    end: int
    segment_id: str
    text: str


@dataclass
class Document:
    id: str
    source: str
    text: str  # cleaned text: every offset refers to it
    title: str | None
    outlet: str | None
    published: str | None
    published_confidence: str
    language: str
    segments: list[Segment]
    raw_hash: str
    url: str | None = None
    removed_watermarks: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    parties: list[str] = field(default_factory=list)  # the document's main pair of countries
    place: str | None = None  # where it was filed: the dateline's place, else the place its opening names
    context: dict[str, Any] = field(default_factory=dict)  # language.context: publication, place, who is who

    def segment(self, segment_id: str) -> Segment:
        for seg in self.segments:
            if seg.id == segment_id:
                return seg
        raise KeyError(segment_id)

    def evidence(self, start: int, end: int) -> Evidence:
        return Evidence(self.id, self.source, start, end, self.text[start:end])


@dataclass
class Actor:
    name: str
    country: str | None
    role: str | None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Event:
    id: str
    doc_id: str
    date: str | None
    date_end: str | None
    date_confidence: str
    type: str
    mode: str | None
    cameo: str
    source_actor: Actor | None
    target_actor: Actor | None
    parties: list[str]
    location: str | None
    summary: str
    evidence: list[Evidence]
    goldstein: float | None = None
    quad_class: int | None = None
    planned: bool = False  # a scheduled act ("will visit", "is set to meet"), not one done
    background: bool = False  # history the text recalls ("first met in 2019"), not the report's news


@dataclass
class Commitment:
    id: str
    doc_id: str
    kind: str  # commitment | position
    parties: list[str]
    modality: str
    text: str
    domains: list[str]
    deadline: str | None
    made_on: str | None
    made_on_confidence: str
    evidence: list[Evidence]
    status: str = "pledged"


@dataclass
class Fact:
    id: str
    doc_id: str
    measure: str
    value: float
    unit: str
    period_start: str | None
    period_end: str | None
    change_pct: float | None
    is_target: bool
    parties: list[str]
    evidence: list[Evidence]
    bound: str | None = None  # exact | more_than | less_than | about
    subject: str | None = None


@dataclass
class Link:
    id: str
    kind: str
    a: str
    b: str
    score: float
    detail: dict[str, Any]


@dataclass
class Extraction:
    """Everything the extract stage found in one document."""

    events: list[Event] = field(default_factory=list)
    commitments: list[Commitment] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    # The document's link index rows, computed by the worker that read it (link/index.compact_rows) so the
    # calling process's link stage need not: (fingerprint of the document, rows), or None.
    link_rows: Any = field(default=None, compare=False, repr=False)
