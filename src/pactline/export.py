"""Export: records as the contract shapes them, streamed, in JSONL, CSV, Parquet, GDELT or PLOVER form."""

from __future__ import annotations

import csv
import io
import json
from collections import defaultdict
from collections.abc import Iterator
from typing import IO, Any

from pactline.store.database import Store, load_json

KINDS = ("documents", "events", "commitments", "facts", "links")


def iter_records(store: Store, what: str, filters: dict[str, Any] | None = None) -> Iterator[dict[str, Any]]:
    if what not in KINDS:
        raise ValueError(f"unknown record kind {what!r}; choose one of {', '.join(KINDS)}")
    yield from {
        "documents": _documents,
        "events": _events,
        "commitments": _commitments,
        "facts": _facts,
        "links": _links,
    }[what](store)


def _documents(store: Store) -> Iterator[dict[str, Any]]:
    also: dict[str, list[str]] = defaultdict(list)
    for source, doc_id in store.con.execute("SELECT source, doc_id FROM sources ORDER BY seen_at, source").fetchall():
        also[doc_id].append(source)
    for row in store.iter_query("SELECT * FROM documents ORDER BY published NULLS LAST, id"):
        yield {
            "id": row["id"], "source": row["source"], "title": row["title"], "outlet": row["outlet"],
            "published": row["published"], "published_confidence": row["published_confidence"],
            "language": row["language"], "parties": list(row["parties"] or []), "segments": load_json(row["segments"]), "url": row["url"],
            "removed_watermarks": load_json(row["removed_watermarks"]), "warnings": load_json(row["warnings"]),
            "also_sources": [s for s in also.get(row["id"], []) if s != row["source"]],
            "text": row["text"],
        }


def event_row(row: dict[str, Any]) -> dict[str, Any]:
    """A stored events row as the contract shapes it (JSON columns decoded, lists as lists)."""
    for key in ("source_actor", "target_actor", "evidence"):
        row[key] = load_json(row[key])
    for key in ("parties", "mentions", "sources"):
        row[key] = list(row[key] or [])
    return row


def _events(store: Store) -> Iterator[dict[str, Any]]:
    """Merged events as the link stage stored them; merged here when no link stage has run yet."""
    if store.con.execute("SELECT count(*) FROM events").fetchall()[0][0]:
        for row in store.iter_query("SELECT * EXCLUDE (seq, party_key) FROM events ORDER BY seq"):
            yield event_row(row)
        return
    from pactline.link.events import merge_events

    rows = store.query(
        """SELECT m.*, coalesce(c.event_id, m.id) AS event_id, d.published AS doc_published
           FROM event_mentions m JOIN documents d ON d.id = m.doc_id
           LEFT JOIN event_clusters c ON c.mention_id = m.id"""
    )
    for row in rows:
        for key in ("source_actor", "target_actor", "evidence"):
            row[key] = load_json(row[key])
        row["parties"] = list(row["parties"] or [])
    yield from merge_events(rows, {r["id"]: r["event_id"] for r in rows})


def _reviews(store: Store) -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in store.query("SELECT * FROM reviews ORDER BY created_at"):
        row["created_at"] = row["created_at"].isoformat() if row["created_at"] else None
        out[row["record_id"]].append(row)
    return out


def _commitments(store: Store) -> Iterator[dict[str, Any]]:
    reviews = _reviews(store)
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
        yield {
            "id": row["id"], "kind": row["kind"], "parties": list(row["parties"] or []), "modality": row["modality"],
            "text": row["text"], "domains": domains, "deadline": row["deadline"], "made_on": row["made_on"],
            "made_on_confidence": row["made_on_confidence"], "status": status,
            "derived_status": row["derived_status"], "evidence": load_json(row["evidence"]),
            "follow_ups": load_json(row["follow_ups"]) or [],
            "reviews": [
                {k: r[k] for k in ("field", "old_value", "new_value", "note", "who", "created_at")} for r in record_reviews
            ],
        }


def _facts(store: Store) -> Iterator[dict[str, Any]]:
    for row in store.iter_query("SELECT * FROM facts ORDER BY period_start NULLS LAST, id"):
        yield {
            "id": row["id"], "measure": row["measure"], "value": row["value"], "unit": row["unit"],
            "period_start": row["period_start"], "period_end": row["period_end"], "change_pct": row["change_pct"],
            "is_target": row["is_target"], "parties": list(row["parties"] or []), "evidence": load_json(row["evidence"]),
            "bound": row["bound"], "subject": row["subject"],
        }


def _links(store: Store) -> Iterator[dict[str, Any]]:
    for row in store.iter_query("SELECT * FROM links ORDER BY kind, id"):
        yield {"id": row["id"], "kind": row["kind"], "a": row["a"], "b": row["b"], "score": row["score"],
               "detail": load_json(row["detail"])}


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


def to_csv_string(records: list[dict[str, Any]]) -> str:
    buf = io.StringIO()
    write_csv(iter(records), buf)
    return buf.getvalue()
