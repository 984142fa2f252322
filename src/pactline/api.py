"""The public Python API, for notebooks and scripts: open a record, run documents into it, and read its
records as Arrow tables (``.to_pandas()`` gives a DataFrame) with the same filters as the CLI and the API.

Each call opens the database for its own duration, so a notebook never holds the file against a
``pactline run`` elsewhere.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pactline.core.errors import StoreError
from pactline.core.options import Options

if TYPE_CHECKING:
    import pyarrow as pa

    from pactline.run.pipeline import RunReport


class Record:
    """A Pactline record: one DuckDB file of documents, events, occasions, commitments, facts and links."""

    def __init__(self, path: str | Path, options: Options | None = None) -> None:
        self.path = Path(path).expanduser()
        self.options = options or Options()

    def __repr__(self) -> str:
        return f"Record({str(self.path)!r})"

    def __enter__(self) -> Record:
        return self

    def __exit__(self, *exc: object) -> None:
        return None  # nothing is held open between calls

    def run(self, *paths: str | Path, **options: Any) -> RunReport:
        """Read files, folders or URLs into the record and relink it; ``options`` override Options fields
        (``embeddings=False``, ``workers=4``, ...). Inputs that cannot be read are in ``report.skipped``."""
        from pactline.run.pipeline import run

        return run([str(p) for p in paths], self.path, replace(self.options, **options))

    def documents(self, **filters: Any) -> pa.Table:
        return self.table("documents", **filters)

    def events(self, **filters: Any) -> pa.Table:
        """Merged events; filters: parties, date_from, date_to, type, q."""
        return self.table("events", **filters)

    def occasions(self, **filters: Any) -> pa.Table:
        """Occasions (summits, visits, talks) where the record holds them; an empty table otherwise."""
        return self.table("occasions", **filters)

    def commitments(self, **filters: Any) -> pa.Table:
        """Commitments and positions; filters: parties, date_from, date_to, domain, status, kind, q, overdue."""
        return self.table("commitments", **filters)

    def facts(self, **filters: Any) -> pa.Table:
        """Figures; filters: parties, date_from, date_to, measure, q."""
        return self.table("facts", **filters)

    def links(self, **filters: Any) -> pa.Table:
        """Links between records; filters: kind (duplicate, translation, same_event, ...)."""
        return self.table("links", **filters)

    def table(self, what: str, **filters: Any) -> pa.Table:
        """Records of one kind as an Arrow table, filtered as ``pactline serve``'s API filters them.

        Raises QueryError for a filter value that makes no sense, StoreError for a missing or damaged file."""
        from pactline.export import KINDS, arrow_table, iter_records
        from pactline.serve.query import Filters, matches

        wanted = _filters(Filters, filters)
        wanted.validate()
        if what not in KINDS and what == "occasions":
            return arrow_table([], what)
        if not self.path.exists():
            raise StoreError(f"{self.path}: no such database; run documents into it first")
        from pactline.store.database import Store

        with Store(self.path, read_only=True) as store:
            rows = [r for r in iter_records(store, what) if matches(what, r, wanted)]
        return arrow_table(rows, what)


def _filters(filters_type: Any, given: dict[str, Any]) -> Any:
    from datetime import date

    values = dict(given)
    parties = values.pop("parties", None) or []
    if isinstance(parties, str):
        parties = parties.split(",")
    values["parties"] = [p.strip().upper() for p in parties if p.strip()]
    values.setdefault("today", date.today().isoformat())
    known = set(filters_type.__dataclass_fields__)
    unknown = sorted(set(values) - known)
    if unknown:
        from pactline.core.errors import QueryError

        raise QueryError(f"unknown filter {', '.join(unknown)}; choose from {', '.join(sorted(known - {'today'}))}")
    return filters_type(**values)


def open(path: str | Path, options: Options | None = None) -> Record:  # noqa: A001  (as httpx.get: the verb)
    """Open (or, on the first run, create) the record at ``path``. A damaged file is refused here."""
    record = Record(path, options)
    if record.path.exists():
        from pactline.store.database import Store

        Store(record.path, read_only=True).close()
    return record
