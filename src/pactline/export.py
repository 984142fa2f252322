"""Export: records as the contract shapes them, streamed, in JSONL, CSV, Parquet, GDELT or PLOVER form."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from typing import IO, Any

from pactline.core.errors import ExportError
from pactline.language.country_names import country_name
from pactline.store import reads
from pactline.store.database import Store
from pactline.store.rows import EventRow, Row

KINDS = ("documents", "events", "occasions", "commitments", "commitment_mentions", "facts", "links")


def iter_records(store: Store, what: str, filters: dict[str, Any] | None = None) -> Iterator[dict[str, Any]]:
    """Records of one kind as the contract shapes them (store/rows.py gives each shape); ``filters`` may
    hold ``as_of`` (ISO date) for commitments' statuses."""
    if what not in KINDS:
        raise ExportError(f"unknown record kind {what!r}; choose one of {', '.join(KINDS)}")
    if what in ("commitments", "commitment_mentions"):
        from pactline.link import register

        as_of = (filters or {}).get("as_of")
        mentions = register.commitment_mentions(store, as_of)
        yield from register.commitment_entities(mentions, as_of) if what == "commitments" else mentions
        return
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


# The contract's fields of the records the register builds (the other kinds take their row's fields).
_REGISTER_FIELDS = {
    "commitments": ["id", "kind", "parties", "modality", "text", "domains", "deadline", "made_on", "made_on_confidence",
                    "last_restated", "mentions", "mention_ids", "status", "derived_status", "status_as_of", "evidence",
                    "sources", "follow_ups", "reviews"],
    "commitment_mentions": ["id", "kind", "parties", "modality", "text", "domains", "deadline", "made_on",
                            "made_on_confidence", "status", "derived_status", "status_as_of", "commitment_id",
                            "evidence", "follow_ups", "reviews"],
}


def columns(what: str) -> list[str]:
    """The fields of a record kind, for the header of an export that has no records."""
    if what in _REGISTER_FIELDS:
        return list(_REGISTER_FIELDS[what])
    from dataclasses import fields

    return [f.name for f in fields(_row_class(what))]


def _row_class(what: str) -> type | None:
    """The typed row a kind's records come from; None for the register's kinds, built as mappings."""
    from pactline.store import rows

    return {"documents": rows.DocumentRow, "events": rows.EventRow, "occasions": rows.OccasionRow,
            "facts": rows.FactRow, "links": rows.LinkRow}.get(what)


def write_csv(records: Iterator[dict[str, Any]], out: IO[str], what: str | None = None) -> int:
    """CSV with a header; an export with no records still has its header when ``what`` names the kind."""
    writer = None
    n = 0
    for record in records:
        if writer is None:
            writer = csv.DictWriter(out, fieldnames=list(record), extrasaction="ignore")
            writer.writeheader()
        writer.writerow({k: _flat(v) for k, v in record.items()})
        n += 1
    if writer is None and what is not None:
        csv.DictWriter(out, fieldnames=columns(what)).writeheader()
    return n


def write_parquet(records: Iterator[dict[str, Any]], path: str, what: str | None = None) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    rows = [{k: _flat(v) for k, v in r.items()} for r in records]
    schema = _arrow_schema(what) if what else None
    if schema is not None and rows and list(rows[0]) != schema.names:
        schema = None  # a record shape this module does not know: let pyarrow read its types
    if rows:
        table = pa.Table.from_pylist(rows, schema=schema)
    else:
        table = schema.empty_table() if schema is not None else pa.table({"id": pa.array([], pa.string())})
    pq.write_table(table, path)
    return len(rows)


def _arrow_schema(what: str) -> Any:
    """One schema per kind, empty or not, so daily exports concatenate: a field's declared type (bool, int,
    float; text, and lists and mappings as the JSON text the writers flatten them to), never what a column of
    Nones happens to infer."""
    import typing

    import pyarrow as pa

    row = _row_class(what)
    if row is None:
        numbers = {"mentions": pa.int64()}  # the register's records: text but for the count of mentions
        return pa.schema([(name, numbers.get(name, pa.string())) for name in columns(what)])
    hints = typing.get_type_hints(row)
    kinds = {bool: pa.bool_(), int: pa.int64(), float: pa.float64()}
    fields = []
    for name in columns(what):
        base = [a for a in typing.get_args(hints[name]) if a is not type(None)] or [hints[name]]
        fields.append((name, kinds.get(base[0], pa.string()) if len(base) == 1 else pa.string()))
    return pa.schema(fields)


GDELT_COLUMNS = [
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate", "Actor1Code", "Actor1Name",
    "Actor1CountryCode", "Actor1Type1Code", "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2Type1Code",
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale", "NumMentions",
    "NumSources", "NumArticles", "ActionGeo_FullName", "ActionGeo_CountryCode", "DATEADDED", "SOURCEURL",
    "DatePrecision",  # extension: day, month or year (document-… when only the document dates the event)
    "Planned",  # extension: 1 for an act still to come ("will visit"), whose SQLDATE is when it is due
    "EventId",  # extension: the event's id in the other exports (GLOBALEVENTID is its number)
]
_ROLE_TYPE = {"head_of_state": "GOV", "head_of_government": "GOV", "foreign_minister": "GOV", "government": "GOV",
              "minister": "GOV", "foreign_ministry": "GOV", "ministry": "GOV", "ambassador": "GOV", "spokesperson": "GOV",
              "defence_minister": "MIL", "defence_ministry": "MIL", "military": "MIL", "legislature": "LEG",
              "judiciary": "JUD", "police": "COP", "rebels": "REB", "opposition": "OPP", "business": "BUS",
              "media": "MED", "civilians": "CVL", "igo": "IGO"}


def _sides(e: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """Both actors with their countries filled from the event's parties.

    A joint action ("the two sides agreed") is one row with both actors: Actor1 the first party, Actor2 the
    other (GDELT's undirected reading of a cooperative event); a side without a country takes the party the
    other side does not hold."""
    a1, a2 = dict(e["source_actor"] or {}), dict(e["target_actor"] or {})
    # Country codes only: an international organisation in ``parties`` ("UN", "AU") is its own actor's.
    parties = [p for p in e.get("parties") or [] if _is_country(p)]
    if not a1.get("country") and parties and a1.get("role") != "igo":
        rest = [p for p in parties if p != a2.get("country")]
        a1["country"] = rest[0] if rest else ""
        a1["role"] = a1.get("role") or "government"
        # the subject's text named no country ("Its fifth meeting", "They"): the row names the party
        a1["name"] = country_name(a1["country"]) if a1["country"] else a1.get("name")
    if not a2.get("country") and a2.get("role") != "igo":
        rest = [p for p in parties if p != a1.get("country")]
        if rest:
            a2 = {"name": a2.get("name") or country_name(rest[0]), "country": rest[0], "role": a2.get("role") or "government"}
            if _joint_name(a1.get("name") or "") and a1.get("country"):
                # "the two sides", "we", "Chile and Peru": each row side is named by its own country
                a1["name"] = country_name(a1["country"])
    return a1, a2


_JOINT_WORDS = frozenset({"we", "they", "both", "two", "parties", "sides", "leaders", "countries", "nations",
                          "governments", "presidents", "ministers", "delegations", "heads"})


def _joint_name(name: str) -> bool:
    """Whether an actor's text names both sides at once ("The two leaders", "We", "Chile and Peru")."""
    words = name.lower().replace(",", " ").split()
    return not name or "and" in words or any(w in _JOINT_WORDS for w in words)


def _is_country(code: str) -> bool:
    import pycountry

    return len(code) == 3 and code.isupper() and (pycountry.countries.get(alpha_3=code) is not None or code == "XKX")


def _first_day(date: str) -> tuple[str, str]:
    """(SQLDATE, precision): the first day of the known period ("2024-07" -> 20240701, month)."""
    parts = date.split("-")
    precision = {1: "year", 2: "month", 3: "day"}.get(len(parts), "")
    if not date or not parts[0].isdigit():
        return "", ""
    return (parts + ["01", "01"])[0] + (parts + ["01", "01"])[1] + (parts + ["01", "01", "01"])[2], precision


def gdelt_rows(events: Iterator[dict[str, Any]], published: dict[str, str] | None = None) -> Iterator[dict[str, Any]]:
    """GDELT 2.0 event-table columns that apply, plus ``DatePrecision`` (day, month, year).

    Actor codes carry the country prefix (CHNGOV); SQLDATE is always filled: the first day of the event's
    known period, else of its first source document's date (``published``: doc id -> date)."""
    from pactline.language.actors import find_countries

    for e in events:
        when = e["date"] or next((published.get(ev["doc_id"]) for ev in e["evidence"] if published and published.get(ev["doc_id"])), None)
        date, precision = _first_day(when or "")
        if not e["date"] and precision:
            precision = f"document-{precision}"
        a1, a2 = _sides(e)
        t1, t2 = _ROLE_TYPE.get(a1.get("role") or "", ""), _ROLE_TYPE.get(a2.get("role") or "", "")
        geo = find_countries(e["location"] or "")
        frac = f"{int(date[:4]) + (int(date[4:6]) - 1) / 12 + int(date[6:8]) / 365:.4f}" if date else ""
        yield {
            "GLOBALEVENTID": _event_number(e["id"]), "SQLDATE": date, "MonthYear": date[:6], "Year": date[:4], "FractionDate": frac,
            "Actor1Code": (a1.get("country") or "") + t1, "Actor1Name": (a1.get("name") or "").upper(),
            "Actor1CountryCode": a1.get("country") or "", "Actor1Type1Code": t1,
            "Actor2Code": (a2.get("country") or "") + t2, "Actor2Name": (a2.get("name") or "").upper(),
            "Actor2CountryCode": a2.get("country") or "", "Actor2Type1Code": t2, "IsRootEvent": 1,
            "EventCode": e["cameo"], "EventBaseCode": e["cameo"][:3], "EventRootCode": e["cameo"][:2],
            "QuadClass": e["quad_class"], "GoldsteinScale": e["goldstein"], "NumMentions": len(e["mentions"]),
            "NumSources": len(e["sources"]), "NumArticles": len({ev["doc_id"] for ev in e["evidence"]}),
            "ActionGeo_FullName": e["location"] or "", "ActionGeo_CountryCode": geo[0].code if geo else "",
            "DATEADDED": _first_reported(e, published), "SOURCEURL": e["sources"][0] if e["sources"] else "", "DatePrecision": precision,
            "Planned": 1 if e.get("planned") else 0, "EventId": e["id"],
        }


def _event_number(event_id: str) -> int | str:
    """GDELT's GLOBALEVENTID is an integer: the first 60 bits of the event id's hash ("evt_5a61…")."""
    digits = event_id.rpartition("_")[2]
    try:
        return int(digits[:15], 16)
    except ValueError:
        return event_id


def _first_reported(e: dict[str, Any], published: dict[str, str] | None) -> str:
    """DATEADDED: the day the event was first reported, the earliest full publication day of its documents."""
    days = sorted(d for ev in e["evidence"] if len(d := (published or {}).get(ev["doc_id"]) or "") == 10)
    return days[0].replace("-", "") if days else ""


def document_dates(store: Store) -> dict[str, str]:
    """Document id -> publication date, for events the text dates no better than their document."""
    return reads.document_dates(store)


def plover_rows(events: Iterator[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    """PLOVER-style JSON records (one per event), as in the PLOVER gold standard files."""
    for e in events:
        a1, a2 = _sides(e)
        yield {
            "id": e["id"], "date": e["date"], "event": e["type"], "mode": e["mode"] or "", "cameo": e["cameo"],
            "source": [{"actorText": a1.get("name"), "code": a1.get("country"), "sector": _ROLE_TYPE.get(a1.get("role") or "", "")}] if a1 else [],
            "target": [{"actorText": a2.get("name"), "code": a2.get("country"), "sector": _ROLE_TYPE.get(a2.get("role") or "", "")}] if a2 else [],
            "location": e["location"], "text": e["evidence"][0]["quote"] if e["evidence"] else "",
            "sources": e["sources"], "language": "en",
            # extensions: an act still to come ("will visit") or history the text recalls is no event that happened
            "planned": bool(e.get("planned")), "background": bool(e.get("background")),
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
