"""The API and dashboard served by ``pactline serve`` (a thin layer over the store and exporter)."""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI
from fastapi.responses import HTMLResponse

from .store import Store


def create_app(db: str, token: str | None = None) -> FastAPI:
    app = FastAPI(title="Pactline", description="Events, commitments, figures and links, each with evidence.")
    app.state.db = db
    app.state.token = token

    @app.get("/api/stats")
    def stats() -> dict[str, Any]:
        with Store(db, read_only=True) as store:
            return store.counts()

    @app.get("/", response_class=HTMLResponse)
    def index() -> str:
        with Store(db, read_only=True) as store:
            counts = store.counts()
        rows = "".join(f"<tr><td>{k}</td><td>{v}</td></tr>" for k, v in counts.items())
        return f"<!doctype html><title>Pactline</title><h1>Pactline</h1><table>{rows}</table>"

    return app
