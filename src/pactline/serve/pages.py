"""The dashboard's pages and static files: overview, timeline, commitments, figures, compare, one document,
and /docs (the API described from its own OpenAPI schema)."""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import Any

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import HTMLResponse, Response
from jinja2 import Environment, PackageLoader, select_autoescape

from pactline.extractors.domains import DOMAINS
from pactline.serve.api.common import catalog
from pactline.serve.query import STATUSES

router = APIRouter(include_in_schema=False)


@cache
def _templates() -> Environment:
    return Environment(loader=PackageLoader("pactline", "templates"), autoescape=select_autoescape(["html"]))


@cache
def _plotly_js() -> str:
    from plotly.offline import get_plotlyjs

    return get_plotlyjs()


def page(request: Request, name: str, **context: Any) -> HTMLResponse:
    read_only = request.app.state.token is None
    html = _templates().get_template(name).render(read_only=read_only, domains=DOMAINS, statuses=STATUSES, **context)
    return HTMLResponse(html)


@router.get("/static/plotly.min.js")
def plotly_js() -> Response:
    return Response(_plotly_js(), media_type="application/javascript", headers={"Cache-Control": "max-age=86400"})


@router.get("/static/{name}")
def static(name: str) -> Response:
    if name not in ("app.css", "app.js"):
        raise HTTPException(404)
    body = resources.files("pactline.static").joinpath(name).read_text(encoding="utf-8")
    return Response(body, media_type="text/css" if name.endswith(".css") else "application/javascript")


@router.get("/docs", response_class=HTMLResponse)
def docs_page(request: Request) -> HTMLResponse:
    return page(request, "docs.html", spec=request.app.openapi())


@router.get("/", response_class=HTMLResponse)
def overview(request: Request, parties: str | None = None) -> HTMLResponse:
    from pactline.serve.charts import overview_context

    return page(request, "overview.html", **overview_context(catalog(request), parties))


@router.get("/timeline", response_class=HTMLResponse)
def timeline_page(request: Request, parties: str | None = None) -> HTMLResponse:
    from pactline.serve.charts import timeline_context

    return page(request, "timeline.html", **timeline_context(catalog(request), parties))


@router.get("/commitments", response_class=HTMLResponse)
def commitments_page(request: Request) -> HTMLResponse:
    return page(request, "commitments.html")


@router.get("/figures", response_class=HTMLResponse)
def figures_page(request: Request, measure: str = "bilateral_trade", parties: str | None = None) -> HTMLResponse:
    from pactline.serve.charts import figures_context

    return page(request, "figures.html", **figures_context(catalog(request), measure, parties))


@router.get("/compare", response_class=HTMLResponse)
def compare_page(request: Request, a: str | None = None, b: str | None = None) -> HTMLResponse:
    from pactline.serve.charts import compare_context

    return page(request, "compare.html", **compare_context(catalog(request), a, b))


@router.get("/doc/{doc_id}", response_class=HTMLResponse)
def document_page(request: Request, doc_id: str, start: int | None = None, end: int | None = None) -> HTMLResponse:
    doc = catalog(request).get("documents", doc_id)
    if doc is None:
        raise HTTPException(404, f"no document {doc_id!r}")
    text = doc["text"]
    if start is not None and end is not None and not (0 <= start < end <= len(text)):
        raise HTTPException(400, f"span {start}..{end} is outside the document (0..{len(text)})")
    return page(request, "document.html", doc=doc, before=text[:start] if start is not None else text,
                mark=text[start:end] if start is not None else "", after=text[end:] if end is not None else "")
