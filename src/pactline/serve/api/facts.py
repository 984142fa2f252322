"""/api/facts: filtered pages, CSV and one record with its links."""

from __future__ import annotations

from pactline.serve.api.common import record_router

router = record_router("facts")
