from __future__ import annotations

import typer
from rich.table import Table

from pactline.cli import app
from pactline.cli.common import DEFAULT_DB, err, open_store, out
from pactline.language.context import context_summary
from pactline.store import reads


@app.command()
def show(
    doc: str = typer.Argument(..., help="A document's id, its source path or URL, or a unique part of the source."),
    db: str = typer.Option(DEFAULT_DB, "--db", help="DuckDB file holding the record."),
) -> None:
    """A document's context: publication date and place with how they were read, outlet, title, its two
    countries and who is who in it.

    Example:

        pactline show readout.txt --db relations.duckdb
    """
    with open_store(db) as store:
        rows = reads.documents_matching(store, doc)
    if not rows:
        err.print(f"[red]error:[/red] no document matches {doc!r}")
        raise typer.Exit(2)
    exact = [r for r in rows if doc in (r["id"], r["source"])]
    if len(rows) > 1 and not exact:
        err.print(f"[red]error:[/red] {doc!r} matches {len(rows)} documents: " + ", ".join(r["source"] for r in rows[:5]))
        raise typer.Exit(2)
    row = (exact or rows)[0]
    from pactline.store.encode import load_json

    table = Table(title=f"{row['source']} ({row['id']})", show_header=False)
    table.add_column("field")
    table.add_column("value")
    for label, value in context_summary(load_json(row["context"]) or {}):
        table.add_row(label, value)
    out.print(table)
