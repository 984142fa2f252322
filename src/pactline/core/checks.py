"""Checks of filter values a user types (CLI options, API query parameters): one QueryError line naming the
value and what is allowed, so an unknown type or a misspelt code never silently returns nothing."""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

from pactline.core import vocab
from pactline.core.errors import QueryError

# PLOVER 2.0's event types: what every event record's ``type`` is one of.
PLOVER_TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
                "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")

# The contract's commitment domains, in its order (their cue words are data/domains.json).
DOMAINS = (
    "politics", "multilateral", "institutional", "trade", "investment", "finance", "industry", "agriculture",
    "energy", "transport", "digital", "science_tech", "security", "emergency", "environment", "health",
    "culture", "education", "subnational", "development", "consular",
)


def party_codes(text: str | None) -> list[str]:
    """ "chn, blr" -> ["CHN", "BLR"]; a value that is no three-letter code is refused."""
    return [party_code(c.strip().upper()) for c in (text or "").split(",") if c.strip()]


def party_code(code: str) -> str:
    """The code as given, if it is a country's ISO alpha-3 code or an organisation's short name ("UN", "EU");
    otherwise a QueryError (a misspelt "XXX" or a two-letter "KE" would only find nothing)."""
    if code not in _known_codes():
        raise QueryError(f"parties must be ISO 3166-1 alpha-3 codes such as CHN,BLR (or an organisation such as "
                         f"UN, EU), not {code!r}")
    return code


@cache
def _known_codes() -> frozenset[str]:
    import pycountry

    codes = {c.alpha_3 for c in pycountry.countries}
    text = resources.files("pactline.data").joinpath("countries.tsv").read_text(encoding="utf-8")
    codes |= {line.split("\t")[0] for line in text.splitlines() if line.strip() and not line.startswith("#")}
    for org in vocab.load("roles.json")["organisations"]:
        codes |= {org.get("short", ""), org.get("code", "")}
    return frozenset(c for c in codes if c)


def calendar_date(text: str | None, option: str = "--as-of") -> str | None:
    """A date as YYYY, YYYY-MM or YYYY-MM-DD that exists on the calendar (not "2024-13" or "2025-02-30")."""
    if not text:
        return None
    import datetime

    parts = text.split("-")
    try:
        if not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", text):
            raise ValueError
        datetime.date(int(parts[0]), int(parts[1]) if len(parts) > 1 else 1, int(parts[2]) if len(parts) > 2 else 1)
    except ValueError:
        raise QueryError(f"{option} must be a date like 2024, 2024-10 or 2024-10-31, not {text!r}") from None
    return text


def domain(text: str | None) -> str | None:
    """A domain of the contract's list ("transport"); another word is refused."""
    if text and text not in DOMAINS:
        raise QueryError(f"domain must be one of {', '.join(DOMAINS)}, not {text!r}")
    return text or None


def event_type(text: str | None) -> str | None:
    """ "consult" -> "CONSULT"; a name that is no PLOVER type is refused."""
    if not text:
        return None
    if text.strip().upper() not in PLOVER_TYPES:
        raise QueryError(f"type must be a PLOVER type ({', '.join(PLOVER_TYPES)}), not {text!r}")
    return text.strip().upper()
