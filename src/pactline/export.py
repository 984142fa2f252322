"""Export: records as the contract shapes them, streamed, in JSONL, CSV, Parquet, GDELT or PLOVER form."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from typing import IO, Any

from pactline.core.errors import ExportError
from pactline.store import reads
from pactline.store.database import Store
from pactline.store.rows import EventRow, Row

KINDS = ("documents", "events", "occasions", "commitments", "facts", "links")


def iter_records(store: Store, what: str, filters: dict[str, Any] | None = None) -> Iterator[dict[str, Any]]:
    """Records of one kind as the contract shapes them (store/rows.py gives each shape)."""
    if what not in KINDS:
        raise ExportError(f"unknown record kind {what!r}; choose one of {', '.join(KINDS)}")
    for row in iter_rows(store, what):
        yield row.to_dict()


def iter_rows(store: Store, what: str) -> Iterator[Row]:
    """Typed rows of one kind, in export order."""
    if what == "events":
        yield from _events(store)
        return
    yield from {
        "documents": reads.documents, "commitments": reads.commitments, "facts": reads.facts, "links": reads.links,
        "occasions": reads.occasions,
    }[what](store)


def _events(store: Store) -> Iterator[EventRow]:
    """Merged events as the link stage stored them; merged here when no link stage has run yet."""
    if reads.has_events(store):
        yield from reads.events(store)
        return
    from pactline.link.events import merge_events

    rows = reads.clustered_mentions(store)
    yield from merge_events(rows, {r.id: r.event_id or r.id for r in rows})


# --- writers -------------------------------------------------------------------------------------------
def write_jsonl(records: Iterator[dict[str, Any]], out: IO[str]) -> int:
    n = 0
    for record in records:
        out.write(json.dumps(record, ensure_ascii=False, default=str) + "\n")
        n += 1
    return n


def _flat(value: Any) -> Any:
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False, default=str)
    return value


def write_csv(records: Iterator[dict[str, Any]], out: IO[str]) -> int:
    writer = None
    n = 0
    for record in records:
        if writer is None:
            writer = csv.DictWriter(out, fieldnames=list(record), extrasaction="ignore")
            writer.writeheader()
        writer.writerow({k: _flat(v) for k, v in record.items()})
        n += 1
    return n


def write_parquet(records: Iterator[dict[str, Any]], path: str) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    rows = [{k: _flat(v) for k, v in r.items()} for r in records]
    table = pa.Table.from_pylist(rows) if rows else pa.table({"id": pa.array([], pa.string())})
    pq.write_table(table, path)
    return len(rows)


GDELT_COLUMNS = [
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate", "Actor1Code", "Actor1Name",
    "Actor1CountryCode", "Actor1Type1Code", "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2Type1Code",
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale", "NumMentions",
    "NumSources", "NumArticles", "ActionGeo_FullName", "ActionGeo_CountryCode", "DATEADDED", "SOURCEURL",
]
_ROLE_TYPE = {"head_of_state": "GOV", "head_of_government": "GOV", "foreign_minister": "GOV", "government": "GOV",
              "minister": "GOV", "foreign_ministry": "GOV", "ministry": "GOV", "ambassador": "GOV", "spokesperson": "GOV",
              "defence_minister": "MIL", "defence_ministry": "MIL", "military": "MIL", "legislature": "LEG",
              "judiciary": "JUD", "police": "COP", "rebels": "REB", "opposition": "OPP", "business": "BUS",
              "media": "MED", "civilians": "CVL", "igo": "IGO"}


def gdelt_rows(events: Iterator[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    """GDELT 2.0 event-table columns that apply; empty where unknown."""
    from pactline.language.actors import find_countries

    for e in events:
        date = (e["date"] or "").replace("-", "")
        a1, a2 = e["source_actor"] or {}, e["target_actor"] or {}
        t1, t2 = _ROLE_TYPE.get(a1.get("role") or "", ""), _ROLE_TYPE.get(a2.get("role") or "", "")
        geo = find_countries(e["location"] or "")
        frac = ""
        if len(date) == 8:
            frac = f"{int(date[:4]) + (int(date[4:6]) - 1) / 12 + int(date[6:8]) / 365:.4f}"
        yield {
            "GLOBALEVENTID": e["id"], "SQLDATE": date if len(date) == 8 else "", "MonthYear": date[:6] if len(date) >= 6 else "",
            "Year": date[:4], "FractionDate": frac,
            "Actor1Code": (a1.get("country") or "") + t1, "Actor1Name": (a1.get("name") or "").upper(),
            "Actor1CountryCode": a1.get("country") or "", "Actor1Type1Code": t1,
            "Actor2Code": (a2.get("country") or "") + t2, "Actor2Name": (a2.get("name") or "").upper(),
            "Actor2CountryCode": a2.get("country") or "", "Actor2Type1Code": t2, "IsRootEvent": 1,
            "EventCode": e["cameo"], "EventBaseCode": e["cameo"][:3], "EventRootCode": e["cameo"][:2],
            "QuadClass": e["quad_class"], "GoldsteinScale": e["goldstein"], "NumMentions": len(e["mentions"]),
            "NumSources": len(e["sources"]), "NumArticles": len({ev["doc_id"] for ev in e["evidence"]}),
            "ActionGeo_FullName": e["location"] or "", "ActionGeo_CountryCode": geo[0].code if geo else "",
            "DATEADDED": "", "SOURCEURL": e["sources"][0] if e["sources"] else "",
        }


def plover_rows(events: Iterator[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    """PLOVER-style JSON records (one per event), as in the PLOVER gold standard files."""
    for e in events:
        a1, a2 = e["source_actor"] or {}, e["target_actor"] or {}
        yield {
            "id": e["id"], "date": e["date"], "event": e["type"], "mode": e["mode"] or "", "cameo": e["cameo"],
            "source": [{"actorText": a1.get("name"), "code": a1.get("country"), "sector": _ROLE_TYPE.get(a1.get("role") or "", "")}] if a1 else [],
            "target": [{"actorText": a2.get("name"), "code": a2.get("country"), "sector": _ROLE_TYPE.get(a2.get("role") or "", "")}] if a2 else [],
            "location": e["location"], "text": e["evidence"][0]["quote"] if e["evidence"] else "",
            "sources": e["sources"], "language": "en",
        }


def arrow_table(records: list[dict[str, Any]], what: str) -> Any:
    """Records as a pyarrow Table: scalars and lists of scalars stay native; a column that holds nested
    objects anywhere (evidence, actors, link details) is JSON text in every row, so it has one type."""
    import pyarrow as pa

    if not records:
        return pa.table({name: pa.array([], pa.string()) for name in _columns(what)})
    data = {}
    for name in records[0]:
        values = [r.get(name) for r in records]
        nested = any(_nested(v) for v in values)
        data[name] = [json.dumps(v, ensure_ascii=False, default=str) if nested and v is not None else v for v in values]
    return pa.table(data)


def _columns(what: str) -> list[str]:
    from dataclasses import fields

    from pactline.store import rows

    kinds = {"documents": rows.DocumentRow, "events": rows.EventRow, "commitments": rows.CommitmentRow,
             "facts": rows.FactRow, "links": rows.LinkRow}
    return [f.name for f in fields(kinds[what])] if what in kinds else ["id"]


def _nested(value: Any) -> bool:
    return isinstance(value, dict) or isinstance(value, list) and any(isinstance(v, (dict, list)) for v in value)


def to_csv_string(records: list[dict[str, Any]]) -> str:
    buf = io.StringIO()
    write_csv(iter(records), buf)
    return buf.getvalue()
