"""/api/stats: how many records of each kind, and whether the server takes reviews."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request

from pactline.serve.api.common import catalog

router = APIRouter()


@router.get("/api/stats")
def api_stats(request: Request) -> dict[str, Any]:
    return catalog(request).counts() | {"read_only": request.app.state.token is None}
