"""Checks of filter values a user types (CLI options, API query parameters): one QueryError line naming the
value and what is allowed, so an unknown type or a misspelt code never silently returns nothing."""

from __future__ import annotations

import re

from pactline.core.errors import QueryError

# PLOVER 2.0's event types: what every event record's ``type`` is one of.
PLOVER_TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
                "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")


def party_codes(text: str | None) -> list[str]:
    """ "chn, blr" -> ["CHN", "BLR"]; a value that is no three-letter code is refused."""
    return [party_code(c.strip().upper()) for c in (text or "").split(",") if c.strip()]


def party_code(code: str) -> str:
    """The code as given, if it is three capital letters; otherwise a QueryError."""
    if not re.fullmatch(r"[A-Z]{3}", code):
        raise QueryError(f"parties must be ISO 3166-1 alpha-3 codes such as CHN,BLR, not {code!r}")
    return code


def event_type(text: str | None) -> str | None:
    """ "consult" -> "CONSULT"; a name that is no PLOVER type is refused."""
    if not text:
        return None
    if text.strip().upper() not in PLOVER_TYPES:
        raise QueryError(f"type must be a PLOVER type ({', '.join(PLOVER_TYPES)}), not {text!r}")
    return text.strip().upper()
