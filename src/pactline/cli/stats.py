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
    table = Table(title="per document")
    for col in ("source", "published", "event mentions", "commitments", "positions", "facts"):
        table.add_column(col, justify="left" if col in ("source", "published") else "right",
                         overflow="fold" if col == "source" else "ellipsis")
    for row in per_doc:
        published = f"{row.published or '?'} ({row.published_confidence})"
        # the file's own name (or a URL's last part): the folder is the same for every row
        source = PurePath(row.source).name if "://" not in row.source else row.source.rstrip("/").rsplit("/", 1)[-1]
        table.add_row(source or row.source, published, str(row.events), str(row.commitments), str(row.positions),
                      str(row.facts))
    out.print(table)
