"""The writer of derived rows (links, event clusters, merged events, commitment statuses) that the link stage
hands over inside Store.derived()."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pactline.core.records import Link
from pactline.store.encode import to_json as _json
from pactline.store.rows import EventRow, OccasionRow

if TYPE_CHECKING:
    from pactline.store.database import Store


class DerivedWriter:
    """Takes derived rows inside :meth:`Store.derived`, buffered and written in slices of 20,000 rows;
    links are kept once per id, the first one given."""

    EVENT_COLUMNS = ["id", "date", "date_end", "date_confidence", "type", "mode", "cameo", "source_actor",
                     "target_actor", "parties", "location", "summary", "evidence", "goldstein", "quad_class",
                     "mentions", "sources", "planned", "background", "occasion_id"]
    COLUMNS = {
        "events": EVENT_COLUMNS,
        "links": ["id", "kind", "a", "b", "score", "detail"],
        "event_clusters": ["mention_id", "event_id"],
        "commitment_status": ["commitment_id", "status", "follow_ups", "entity_id", "status_as_of"],
        "occasions": ["id", "kind", "date", "date_end", "date_confidence", "location", "parties", "planned", "summary", "events",
                      "evidence", "sources", "discrepancy"],
    }

    def __init__(self, store: Store) -> None:
        self.store = store
        self.link_ids: set[str] = set()
        self.pending: dict[str, list[list[Any]]] = {table: [] for table in self.COLUMNS}

    def _add(self, table: str, rows: list[list[Any]]) -> None:
        buffer = self.pending[table]
        buffer += rows
        if len(buffer) >= 20_000:
            self.flush(table)

    def flush(self, table: str | None = None) -> None:
        for name in [table] if table else list(self.pending):
            self.store._bulk_insert(name, self.COLUMNS[name], self.pending[name])
            self.pending[name] = []

    def events(self, events: list[EventRow]) -> None:
        columns = self.EVENT_COLUMNS
        self._add("events", [
            [_json(getattr(e, c)) if c in ("source_actor", "target_actor", "evidence") else getattr(e, c) for c in columns]
            for e in events
        ])

    def occasions(self, occasions: list[OccasionRow]) -> None:
        self._add("occasions", [
            [_json(getattr(o, c)) if c in ("evidence", "discrepancy") else getattr(o, c) for c in self.COLUMNS["occasions"]]
            for o in occasions
        ])

    def links(self, links: list[Link]) -> None:
        fresh = []
        for x in links:
            if x.id not in self.link_ids:
                self.link_ids.add(x.id)
                fresh.append([x.id, x.kind, x.a, x.b, float(x.score), _json(x.detail)])
        self._add("links", fresh)

    def clusters(self, clusters: dict[str, str]) -> None:
        self._add("event_clusters", [[m, e] for m, e in clusters.items()])

    def statuses(self, statuses: dict[str, dict[str, Any]]) -> None:
        self._add("commitment_status", [
            [cid, row["status"], _json(row["follow_ups"]), row["entity_id"], row["status_as_of"]]
            for cid, row in statuses.items()
        ])
