"""/api/commitments: filtered pages, CSV, one record with its links, and analysts' reviews (with the token)."""

from __future__ import annotations

import hmac
from typing import Any

from fastapi import Header, HTTPException, Request
from pydantic import BaseModel, Field

from pactline.serve.api.common import catalog, record_router

router = record_router("commitments")


class Review(BaseModel):
    status: str | None = Field(None, description="New status of the commitment.")
    domains: list[str] | None = Field(None, description="Corrected domains.")
    note: str | None = Field(None, max_length=4000)
    who: str = Field("analyst", max_length=200)


def _authorise(token: str | None, authorization: str | None, x_pactline_token: str | None) -> None:
    if token is None:
        raise HTTPException(403, "this server is read-only: start it with --token (or PACTLINE_TOKEN) to allow reviews")
    given = x_pactline_token or (authorization or "").removeprefix("Bearer ").strip()
    if not given or not hmac.compare_digest(given, token):
        raise HTTPException(401, "a valid token is required (header X-Pactline-Token or Authorization: Bearer)")


@router.post("/api/commitments/{record_id}/review")
def api_review(
    request: Request, record_id: str, review: Review, authorization: str | None = Header(None),
    x_pactline_token: str | None = Header(None),
) -> dict[str, Any]:
    _authorise(request.app.state.token, authorization, x_pactline_token)
    if review.status is None and review.domains is None and not review.note:
        raise HTTPException(400, "give a status, domains or a note")
    records = catalog(request)
    saved = []
    try:
        if review.status is not None:
            saved.append(records.review(record_id, "status", review.status, review.note, review.who))
        if review.domains is not None:
            saved.append(records.review(record_id, "domains", ",".join(review.domains), review.note, review.who))
        if review.status is None and review.domains is None:
            saved.append(records.review(record_id, "note", review.note or "", review.note, review.who))
    except KeyError:
        raise HTTPException(404, f"no commitment with id {record_id!r}") from None
    return {"saved": saved, "record": records.get("commitments", record_id)}
