"""Helpers shared by the link modules: link ids, and how far apart two dates are."""

from __future__ import annotations

from typing import Any

from pactline.core.records import Link, content_id
from pactline.language.dates import to_date


def make_link(kind: str, a: str, b: str, score: float, detail: dict[str, Any]) -> Link:
    return Link(content_id("lnk", kind, a, b), kind, a, b, float(score), detail)


def days_apart(a: str | None, b: str | None) -> int | None:
    da, db = to_date(a), to_date(b)
    if not da or not db:
        return None
    return abs((da - db).days)


def compatible_dates(a: str | None, b: str | None, tolerance_days: int) -> bool:
    """Whether two dates (at any precision) can name the same happening."""
    if not a or not b:
        return True
    a, b = a[:10], b[:10]
    if len(a) == 4 or len(b) == 4:
        return a == b  # "twice in 2023" may be any of that year's events: merged only with the bare year
    precision = min(len(a), len(b))
    if a[:precision] == b[:precision]:
        return True
    apart = days_apart(a, b)
    return apart is not None and apart <= tolerance_days
