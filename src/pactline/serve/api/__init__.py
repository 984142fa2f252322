"""serve.api: the JSON and CSV API, one router module per record kind (documents, events, commitments,
facts, links) plus stats; common.py builds the list, CSV and detail routes every kind shares.

A new record kind is a new module here with its router, and one line in ROUTERS.
"""

from __future__ import annotations

from fastapi import APIRouter

from pactline.serve.api import commitments, documents, events, facts, links, occasions, stats

ROUTERS: list[APIRouter] = [
    stats.router, documents.router, events.router, occasions.router, commitments.router, facts.router, links.router,
]
