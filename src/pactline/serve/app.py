"""The API and dashboard served by ``pactline serve``: the app factory, which joins the API routers
(serve/api/, one per record kind) and the pages (serve/pages.py) over one query catalogue.

Reads are open; writes (analyst reviews) need the token given at start-up, and without one the server is
read-only. Charts use the plotly.js bundled inside the installed plotly package, served from here.
"""

from __future__ import annotations

from fastapi import FastAPI, HTTPException, Request
from fastapi.responses import JSONResponse

from pactline.core.errors import QueryError, StoreError
from pactline.export import KINDS
from pactline.serve import pages
from pactline.serve.api import ROUTERS
from pactline.serve.query import Catalog


def create_app(db: str, token: str | None = None) -> FastAPI:
    app = FastAPI(
        title="Pactline",
        description="Events, commitments, figures and links between countries, each with its evidence.",
        version="1",
        docs_url=None,  # FastAPI's default pages load Swagger UI from a CDN; /docs is rendered here instead
        redoc_url=None,
    )
    app.state.catalog = Catalog(db)
    app.state.token = token
    app.add_exception_handler(StoreError, _store_busy)
    app.add_exception_handler(QueryError, _bad_query)
    for router in ROUTERS:
        app.include_router(router)
    app.include_router(pages.router)
    app.add_api_route("/api/{what}", _unknown_kind, methods=["GET"], include_in_schema=False)
    return app


def _store_busy(_request: Request, exc: Exception) -> JSONResponse:
    return JSONResponse(status_code=503, content={"detail": str(exc)}, headers={"Retry-After": "5"})


def _bad_query(_request: Request, exc: Exception) -> JSONResponse:
    return JSONResponse(status_code=400, content={"detail": str(exc)})


def _unknown_kind(what: str) -> None:
    raise HTTPException(404, f"unknown record type {what!r}; choose one of {', '.join(KINDS)}")
