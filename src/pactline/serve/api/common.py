"""What every record kind's routes share: the catalogue, filters, JSON and CSV responses, and the list,
CSV and detail routes themselves."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from datetime import date
from typing import Any

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import Response, StreamingResponse

from pactline.extractors.domains import DOMAINS
from pactline.serve.query import STATUSES, Catalog, Filters

MAX_LIMIT = 500


def catalog(request: Request) -> Catalog:
    return request.app.state.catalog


def json_response(body: dict[str, Any]) -> Response:
    """Records are plain JSON already: serialise them directly instead of through response-model validation,
    which costs more than the database query on list and detail endpoints."""
    return Response(json.dumps(body, ensure_ascii=False, default=_plain), media_type="application/json")


def _plain(value: Any) -> Any:
    return value.isoformat() if hasattr(value, "isoformat") else str(value)


def filters(
    parties: str | None, date_from: str | None, date_to: str | None, domain: str | None, status: str | None,
    type_: str | None, kind: str | None, measure: str | None, q: str | None, overdue: bool,
) -> Filters:
    codes = [p.strip().upper() for p in parties.split(",") if p.strip()] if parties else []
    return Filters(codes, date_from, date_to, domain, status, type_, kind, measure, q, overdue, date.today().isoformat())


def csv_chunks(records: list[dict[str, Any]], leave_out: tuple[str, ...] = ()) -> Iterator[str]:
    """Records as CSV, one row per chunk, without the fields ``leave_out`` (a document's whole text)."""
    buf = io.StringIO()
    writer = None
    for record in records:
        flat = {k: v if not isinstance(v, (list, dict)) else json.dumps(v, ensure_ascii=False) for k, v in record.items() if k not in leave_out}
        if writer is None:
            writer = csv.DictWriter(buf, fieldnames=list(flat), extrasaction="ignore")
            writer.writeheader()
        writer.writerow(flat)
        yield buf.getvalue()
        buf.seek(0)
        buf.truncate()


def record_router(what: str) -> APIRouter:
    """A router with /api/<what>.csv, /api/<what> (filtered pages) and /api/<what>/<id>."""
    router = APIRouter()

    @router.get(f"/api/{what}.csv", response_class=StreamingResponse, name=f"{what}_csv")
    def as_csv(
        request: Request, parties: str | None = None, date_from: str | None = None, date_to: str | None = None,
        domain: str | None = None, status: str | None = None, type: str | None = None, kind: str | None = None,
        measure: str | None = None, q: str | None = None, overdue: bool = False,
    ) -> StreamingResponse:
        wanted = filters(parties, date_from, date_to, domain, status, type, kind, measure, q, overdue)
        records = catalog(request).find(what, wanted)
        # a commitment's text is its own field; a document's text is the whole page
        return StreamingResponse(csv_chunks(records, ("text",) if what == "documents" else ()), media_type="text/csv",
                                 headers={"Content-Disposition": f'attachment; filename="{what}.csv"'})

    @router.get(f"/api/{what}", name=f"{what}_list")
    def listing(
        request: Request,
        parties: str | None = Query(None, description="Comma-separated ISO alpha-3 codes that must all be parties."),
        date_from: str | None = Query(None, description="Earliest date (2023, 2023-03 or 2023-03-01)."),
        date_to: str | None = Query(None, description="Latest date, same forms."),
        domain: str | None = Query(None, description=f"Commitment domain: {', '.join(DOMAINS)}."),
        status: str | None = Query(None, description=f"Commitment status: {', '.join(STATUSES)}."),
        type: str | None = Query(None, description="PLOVER event type, e.g. CONSULT."),
        kind: str | None = Query(None, description="commitment|position, or a link kind."),
        measure: str | None = Query(None, description="Figure measure, e.g. bilateral_trade."),
        q: str | None = Query(None, max_length=200, description="Words the record's text or evidence contains."),
        overdue: bool = Query(False, description="Only commitments whose deadline passed by their status date without being kept in time (as `pactline commitments --deadline-passed`)."),
        limit: int = Query(50, ge=1, le=MAX_LIMIT),
        offset: int = Query(0, ge=0),
    ) -> Response:
        wanted = filters(parties, date_from, date_to, domain, status, type, kind, measure, q, overdue)
        total, items = catalog(request).page(what, wanted, limit, offset)
        if what == "documents":
            items = [{k: v for k, v in r.items() if k != "text"} for r in items]
        return json_response({"total": total, "limit": limit, "offset": offset, "items": items})

    @router.get(f"/api/{what}/{{record_id}}", name=f"{what}_one")
    def one(request: Request, record_id: str) -> Response:
        record = catalog(request).get(what, record_id)
        if record is None:
            raise HTTPException(404, f"no {what[:-1]} with id {record_id!r}")
        # An event lists its mentions' ids; a commitment counts its mentions and lists their ids apart.
        mentions = record.get("mention_ids") or (record["mentions"] if isinstance(record.get("mentions"), list) else None)
        return json_response({"record": record, "links": catalog(request).links_of(record_id, mentions)})

    return router
