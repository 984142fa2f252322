"""The status vocabulary of commitments and positions (data/statuses.json), in the shapes its users read."""

from __future__ import annotations

from functools import cache
from typing import Any

from pactline.core import vocab


@cache
def _data() -> dict[str, Any]:
    return vocab.load("statuses.json")


def names(kind: str | None = None) -> tuple[str, ...]:
    """Every status name, or those a record of ``kind`` (commitment | position) can hold, in display order."""
    return tuple(s["name"] for s in _data()["statuses"] if kind is None or s["kind"] == kind)


def labels() -> dict[str, str]:
    return {s["name"]: s["label"] for s in _data()["statuses"]}


def default(kind: str) -> str:
    return _data()["default"].get(kind, _data()["default"]["commitment"])


def of_relation(relation: str) -> str:
    """The status a follow-up relation gives its commitment ("fulfils" -> "fulfilled")."""
    return _data()["status_of_relation"].get(relation, default("commitment"))


def precedence() -> tuple[str, ...]:
    return tuple(_data()["precedence"])


def can_become_overdue(status: str) -> bool:
    return status in _data()["overdue_from"]


STATUSES = names()


def derive(kind: str, deadline: str | None, follow_ups: list[dict[str, Any]], as_of: str | None) -> str:
    """A commitment's status as of a date (ISO, any precision) from its dated follow-ups.

    Follow-ups dated after ``as_of`` are not yet known. A fulfilment stands even if later texts reaffirm;
    otherwise the latest word decides, and a deadline that passed before ``as_of`` with no fulfilment makes
    the pledge overdue."""
    if kind != "commitment":
        return default(kind)
    known = [f for f in follow_ups if not after(f.get("date"), as_of)]
    known.sort(key=lambda f: f.get("date") or "")
    found = {of_relation(f["relation"]) for f in known}
    if "fulfilled" in found:
        return "fulfilled"
    status = of_relation(known[-1]["relation"]) if known else default("commitment")
    if status == default("commitment") and found:
        status = min(found, key=precedence().index)
    if deadline and as_of and _passed(deadline, as_of) and can_become_overdue(status):
        return "overdue"
    return status


def fulfilled_on(follow_ups: list[dict[str, Any]], as_of: str | None = None) -> str | None:
    """The date of the first dated fulfilment known by ``as_of``, if any."""
    days = sorted(f["date"] for f in follow_ups if f.get("date") and of_relation(f["relation"]) == "fulfilled"
                  and not after(f["date"], as_of))
    return days[0] if days else None


def fulfilled_late(deadline: str | None, follow_ups: list[dict[str, Any]], as_of: str | None = None) -> str | None:
    """The day a pledge was fulfilled when that lies wholly after its deadline ("by June 2024", done in
    September), else None."""
    done = fulfilled_on(follow_ups, as_of)
    return done if deadline and done and _passed(deadline, done) else None


def deadline_missed(deadline: str | None, follow_ups: list[dict[str, Any]], as_of: str | None) -> bool:
    """Whether a pledge's deadline passed by ``as_of`` without its fulfilment in time: unfulfilled, or fulfilled
    late (one fulfilled by its deadline kept its word)."""
    if not (deadline and as_of and _passed(deadline, as_of)):
        return False
    return fulfilled_on(follow_ups, as_of) is None or fulfilled_late(deadline, follow_ups, as_of) is not None


def after(date: str | None, as_of: str | None) -> bool:
    """Whether ``date`` (ISO, any precision) lies wholly after ``as_of``: "2023" is after "2022-12-31", not after
    "2023-06"; nothing is after an unknown day, and an undated thing is after none."""
    n = min(len(date or ""), len(as_of or ""))
    return bool(n) and date[:n] > as_of[:n]


def _passed(deadline: str, as_of: str) -> bool:
    """Whether a deadline ("2023", "2024-06", "2024-06-30") lies wholly before the date ``as_of``."""
    n = min(len(deadline), len(as_of))
    return deadline[:n] < as_of[:n]
