"""The API and dashboard served by ``pactline serve``: a thin layer over the query module.

Reads are open; writes (analyst reviews) need the token given at start-up, and without one the server is
read-only. Charts use the plotly.js bundled inside the installed plotly package, served from here.
"""

from __future__ import annotations

import csv
import hmac
import io
import json
from datetime import date
from functools import cache
from importlib import resources
from typing import Any

from fastapi import FastAPI, Header, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response, StreamingResponse
from jinja2 import Environment, PackageLoader, select_autoescape
from pydantic import BaseModel, Field

from pactline.core.errors import StoreError
from pactline.export import KINDS
from pactline.extractors.domains import DOMAINS
from pactline.serve.query import STATUSES, Catalog, Filters, QueryError

MAX_LIMIT = 500


class Review(BaseModel):
    status: str | None = Field(None, description="New status of the commitment.")
    domains: list[str] | None = Field(None, description="Corrected domains.")
    note: str | None = Field(None, max_length=4000)
    who: str = Field("analyst", max_length=200)


def _json(body: dict[str, Any]) -> Response:
    """Records are plain JSON already: serialise them directly instead of through response-model validation,
    which costs more than the database query on list and detail endpoints."""
    return Response(json.dumps(body, ensure_ascii=False, default=_plain), media_type="application/json")


def _plain(value: Any) -> Any:
    return value.isoformat() if hasattr(value, "isoformat") else str(value)


@cache
def _templates() -> Environment:
    return Environment(loader=PackageLoader("pactline", "templates"), autoescape=select_autoescape(["html"]))


@cache
def _plotly_js() -> str:
    from plotly.offline import get_plotlyjs

    return get_plotlyjs()


def create_app(db: str, token: str | None = None) -> FastAPI:
    app = FastAPI(
        title="Pactline",
        description="Events, commitments, figures and links between countries, each with its evidence.",
        version="1",
        docs_url=None,  # FastAPI's default pages load Swagger UI from a CDN; /docs is rendered here instead
        redoc_url=None,
    )
    catalog = Catalog(db)
    app.state.catalog = catalog
    app.state.token = token

    @app.exception_handler(StoreError)
    def _store_busy(_request: Request, exc: StoreError) -> JSONResponse:
        return JSONResponse(status_code=503, content={"detail": str(exc)}, headers={"Retry-After": "5"})

    @app.exception_handler(QueryError)
    def _bad_query(_request: Request, exc: QueryError) -> JSONResponse:
        return JSONResponse(status_code=400, content={"detail": str(exc)})

    def filters(
        parties: str | None, date_from: str | None, date_to: str | None, domain: str | None, status: str | None,
        type_: str | None, kind: str | None, measure: str | None, q: str | None, overdue: bool,
    ) -> Filters:
        codes = [p.strip().upper() for p in parties.split(",") if p.strip()] if parties else []
        return Filters(codes, date_from, date_to, domain, status, type_, kind, measure, q, overdue, date.today().isoformat())

    def _kind(what: str) -> str:
        if what not in KINDS:
            raise HTTPException(404, f"unknown record type {what!r}; choose one of {', '.join(KINDS)}")
        return what

    @app.get("/api/stats")
    def api_stats() -> dict[str, Any]:
        return catalog.counts() | {"read_only": token is None}

    @app.get("/api/{what}.csv", response_class=StreamingResponse)
    def api_csv(
        what: str, parties: str | None = None, date_from: str | None = None, date_to: str | None = None,
        domain: str | None = None, status: str | None = None, type: str | None = None, kind: str | None = None,
        measure: str | None = None, q: str | None = None, overdue: bool = False,
    ) -> StreamingResponse:
        records = catalog.find(_kind(what), filters(parties, date_from, date_to, domain, status, type, kind, measure, q, overdue))

        def rows():
            buf = io.StringIO()
            writer = None
            for record in records:
                flat = {k: v if not isinstance(v, (list, dict)) else json.dumps(v, ensure_ascii=False) for k, v in record.items() if k != "text"}
                if writer is None:
                    writer = csv.DictWriter(buf, fieldnames=list(flat), extrasaction="ignore")
                    writer.writeheader()
                writer.writerow(flat)
                yield buf.getvalue()
                buf.seek(0)
                buf.truncate()

        return StreamingResponse(rows(), media_type="text/csv", headers={"Content-Disposition": f'attachment; filename="{what}.csv"'})

    @app.get("/api/{what}")
    def api_list(
        what: str,
        parties: str | None = Query(None, description="Comma-separated ISO alpha-3 codes that must all be parties."),
        date_from: str | None = Query(None, description="Earliest date (2023, 2023-03 or 2023-03-01)."),
        date_to: str | None = Query(None, description="Latest date, same forms."),
        domain: str | None = Query(None, description=f"Commitment domain: {', '.join(DOMAINS)}."),
        status: str | None = Query(None, description=f"Commitment status: {', '.join(STATUSES)}."),
        type: str | None = Query(None, description="PLOVER event type, e.g. CONSULT."),
        kind: str | None = Query(None, description="commitment|position, or a link kind."),
        measure: str | None = Query(None, description="Figure measure, e.g. bilateral_trade."),
        q: str | None = Query(None, max_length=200, description="Words the record's text or evidence contains."),
        overdue: bool = Query(False, description="Only commitments past their deadline and not fulfilled."),
        limit: int = Query(50, ge=1, le=MAX_LIMIT),
        offset: int = Query(0, ge=0),
    ) -> Response:
        total, items = catalog.page(_kind(what), filters(parties, date_from, date_to, domain, status, type, kind, measure, q, overdue), limit, offset)
        if what == "documents":
            items = [{k: v for k, v in r.items() if k != "text"} for r in items]
        return _json({"total": total, "limit": limit, "offset": offset, "items": items})

    @app.get("/api/{what}/{record_id}")
    def api_get(what: str, record_id: str) -> Response:
        record = catalog.get(_kind(what), record_id)
        if record is None:
            raise HTTPException(404, f"no {what[:-1]} with id {record_id!r}")
        # An event lists its mentions' ids; a commitment counts its mentions and lists their ids apart.
        mentions = record.get("mention_ids") or (record["mentions"] if isinstance(record.get("mentions"), list) else None)
        return _json({"record": record, "links": catalog.links_of(record_id, mentions)})

    @app.post("/api/commitments/{record_id}/review")
    def api_review(record_id: str, review: Review, authorization: str | None = Header(None), x_pactline_token: str | None = Header(None)) -> dict[str, Any]:
        if token is None:
            raise HTTPException(403, "this server is read-only: start it with --token (or PACTLINE_TOKEN) to allow reviews")
        given = x_pactline_token or (authorization or "").removeprefix("Bearer ").strip()
        if not given or not hmac.compare_digest(given, token):
            raise HTTPException(401, "a valid token is required (header X-Pactline-Token or Authorization: Bearer)")
        if review.status is None and review.domains is None and not review.note:
            raise HTTPException(400, "give a status, domains or a note")
        saved = []
        try:
            if review.status is not None:
                saved.append(catalog.review(record_id, "status", review.status, review.note, review.who))
            if review.domains is not None:
                saved.append(catalog.review(record_id, "domains", ",".join(review.domains), review.note, review.who))
            if review.status is None and review.domains is None:
                saved.append(catalog.review(record_id, "note", review.note or "", review.note, review.who))
        except KeyError:
            raise HTTPException(404, f"no commitment with id {record_id!r}") from None
        return {"saved": saved, "record": catalog.get("commitments", record_id)}

    # --- pages -----------------------------------------------------------------------------------------
    def page(name: str, **context: Any) -> HTMLResponse:
        html = _templates().get_template(name).render(read_only=token is None, domains=DOMAINS, statuses=STATUSES, **context)
        return HTMLResponse(html)

    @app.get("/static/plotly.min.js", include_in_schema=False)
    def plotly_js() -> Response:
        return Response(_plotly_js(), media_type="application/javascript", headers={"Cache-Control": "max-age=86400"})

    @app.get("/static/{name}", include_in_schema=False)
    def static(name: str) -> Response:
        if name not in ("app.css", "app.js"):
            raise HTTPException(404)
        body = resources.files("pactline.static").joinpath(name).read_text(encoding="utf-8")
        return Response(body, media_type="text/css" if name.endswith(".css") else "application/javascript")

    @app.get("/docs", response_class=HTMLResponse, include_in_schema=False)
    def docs_page() -> HTMLResponse:
        return page("docs.html", spec=app.openapi())

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def overview(parties: str | None = None) -> HTMLResponse:
        from pactline.serve.charts import overview_context

        return page("overview.html", **overview_context(catalog, parties))

    @app.get("/timeline", response_class=HTMLResponse, include_in_schema=False)
    def timeline_page(parties: str | None = None) -> HTMLResponse:
        from pactline.serve.charts import timeline_context

        return page("timeline.html", **timeline_context(catalog, parties))

    @app.get("/commitments", response_class=HTMLResponse, include_in_schema=False)
    def commitments_page() -> HTMLResponse:
        return page("commitments.html")

    @app.get("/figures", response_class=HTMLResponse, include_in_schema=False)
    def figures_page(measure: str = "bilateral_trade", parties: str | None = None) -> HTMLResponse:
        from pactline.serve.charts import figures_context

        return page("figures.html", **figures_context(catalog, measure, parties))

    @app.get("/compare", response_class=HTMLResponse, include_in_schema=False)
    def compare_page(a: str | None = None, b: str | None = None) -> HTMLResponse:
        from pactline.serve.charts import compare_context

        return page("compare.html", **compare_context(catalog, a, b))

    @app.get("/doc/{doc_id}", response_class=HTMLResponse, include_in_schema=False)
    def document_page(doc_id: str, start: int | None = None, end: int | None = None) -> HTMLResponse:
        doc = catalog.get("documents", doc_id)
        if doc is None:
            raise HTTPException(404, f"no document {doc_id!r}")
        text = doc["text"]
        if start is not None and end is not None and not (0 <= start < end <= len(text)):
            raise HTTPException(400, f"span {start}..{end} is outside the document (0..{len(text)})")
        return page("document.html", doc=doc, before=text[:start] if start is not None else text,
                    mark=text[start:end] if start is not None else "", after=text[end:] if end is not None else "")

    return app
