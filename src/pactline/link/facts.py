"""Fact links: discrepancies between reports of one figure."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from pactline.core.records import Link
from pactline.link.common import make_link
from pactline.store.rows import FactReport

MAX_RIVAL_VALUES = 3  # each figure is linked to the first report of at most this many other values


def fact_links(facts: list[FactReport]) -> list[Link]:
    """Discrepancies between reports of one figure (same measure, unit, parties and period).

    Reports within 1 % of each other give one value; each report is linked to the first report of each of
    the most reported other values. Every disagreement is visible from every report, and a figure told a
    thousand ways gives a thousand links, not half a million pairs."""
    links = []
    seen: set[frozenset[str]] = set()
    groups: dict[tuple[Any, ...], list[FactReport]] = defaultdict(list)
    for f in facts:
        if f.is_target or f.measure == "partnership_level":
            continue  # a designation restated in fewer words is not a disagreement about a value
        groups[(f.measure, f.unit, tuple(sorted(f.parties or [])), f.period_start, f.period_end)].append(f)
    for (measure, _unit, _parties, start, end), members in groups.items():
        if not start and not end or len(members) < 2:
            continue
        values: list[list[FactReport]] = []
        for f in sorted(members, key=lambda f: (f.value, f.id)):
            if values and _same_value(values[-1][0].value, f.value):
                values[-1].append(f)
            else:
                values.append([f])
        if len(values) < 2:
            continue
        for reports in values:
            reports.sort(key=lambda f: (f.doc_published or "9999", f.id))
        ranked = sorted(values, key=lambda reports: (-len(reports), reports[0].id))
        for own in values:
            rivals = [other for other in ranked if other is not own][:MAX_RIVAL_VALUES]
            for a in own:
                for other in rivals:
                    b = next((f for f in other if f.doc_id != a.doc_id), None)
                    pair = frozenset((a.id, b.id)) if b else None
                    if b is None or pair in seen:
                        continue
                    seen.add(pair)
                    first, second = sorted((a, b), key=lambda f: f.id)
                    links.append(make_link("discrepancy", first.id, second.id, 1.0, {
                        "field": "value", "measure": measure, "values": [first.value, second.value],
                        "period": [start, end],
                        "sources": [first.evidence[0]["source"], second.evidence[0]["source"]],
                    }))
    return links


def _same_value(a: float, b: float) -> bool:
    return not max(abs(a), abs(b)) or abs(a - b) / max(abs(a), abs(b)) <= 0.01

