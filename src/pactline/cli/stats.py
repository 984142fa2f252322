from __future__ import annotations

from pathlib import PurePath

import typer
from rich.table import Table

from pactline.cli import app
from pactline.cli.common import DEFAULT_DB, open_store, out
from pactline.store import reads


@app.command()
def stats(db: str = typer.Option(DEFAULT_DB, "--db", help="DuckDB file holding the record.")) -> None:
    """Counts per record type, then per document.

    Example:

        pactline stats --db relations.duckdb
    """
    with open_store(db) as store:
        counts = store.counts()
        per_doc = reads.document_tallies(store)
    totals = Table(title="records")
    totals.add_column("type")
    totals.add_column("count", justify="right")
    labels = {"commitments": "commitments and positions", "commitment_mentions": "their mentions (sentences)"}
    for name in ("documents", "events", "event_mentions", "commitments", "commitment_mentions", "facts", "links",
                 "reviews"):
        totals.add_row(labels.get(name, name), str(counts[name]))
    out.print(totals)
    # short count headers, named in full in the caption, leave the file names room at 80 columns
    table = Table(title="per document", caption="events: event mentions · pledges: commitments · stances: positions")
    rows = []
    for row in per_doc:
        # the file's own name (or a URL's last part): the folder is the same for every row
        source = PurePath(row.source).name if "://" not in row.source else row.source.rstrip("/").rsplit("/", 1)[-1]
        rows.append((source or row.source, f"{row.published or '?'} ({row.published_confidence})", str(row.events),
                     str(row.commitments), str(row.positions), str(row.facts)))
    # names are kept whole as far as the terminal allows (the other columns need about 54 characters); the day
    # over how it is known
    longest = max((len(r[0]) for r in rows), default=6)
    table.add_column("source", min_width=min(longest, max(12, out.width - 54)), overflow="fold")
    table.add_column("published", max_width=10)
    for col in ("events", "pledges", "stances", "facts"):
        table.add_column(col, justify="right")
    for r in rows:
        table.add_row(*r)
    out.print(table)
