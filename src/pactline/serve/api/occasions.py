"""/api/occasions: visits, meetings, calls and signings with the events inside them (contract v2)."""

from __future__ import annotations

from pactline.serve.api.common import record_router

router = record_router("occasions")
