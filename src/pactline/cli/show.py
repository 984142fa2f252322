from __future__ import annotations

import re
from typing import Any

import typer
from rich.table import Table

from pactline.cli import app
from pactline.cli.common import DEFAULT_DB, err, open_store, out
from pactline.language.context import context_summary
from pactline.store import Store, reads


@app.command()
def show(
    doc: str = typer.Argument(..., help="A document's id, its source path or URL, or a unique part of the source."),
    db: str = typer.Option(DEFAULT_DB, "--db", help="DuckDB file holding the record."),
) -> None:
    """A document's context: publication date and place with how they were read, outlet, title, its two
    countries and who is who in it. A JSONL file's lines are stored as documents of their own (under each
    line's URL, else FILE#LINE); naming the file finds them.

    Example:

        pactline show readout.txt --db relations.duckdb
    """
    with open_store(db) as store:
        lines = _documents_of_file(store, doc)
        rows = lines or reads.documents_matching(store, doc)
    if not rows:
        hint = ""
        if doc.lower().endswith(".jsonl"):  # its lines with a URL are stored under the URL, not the file's name
            hint = " (a JSONL file's lines are found through the file: give its path as given to `run`, or a line's URL)"
        err.print(f"[red]error:[/red] no document matches {doc!r}{hint}")
        raise typer.Exit(2)
    exact = [r for r in rows if doc in (r["id"], r["source"])]
    if len(rows) > 1 and not exact and not lines:
        err.print(f"[red]error:[/red] {doc!r} matches {len(rows)} documents: " + ", ".join(r["source"] for r in rows[:5]))
        raise typer.Exit(2)
    from pactline.store.encode import load_json

    for row in lines or (exact or rows)[:1]:  # a JSONL file: each of its documents
        table = Table(title=f"{row['source']} ({row['id']})", show_header=False)
        table.add_column("field")
        table.add_column("value")
        for label, value in context_summary(load_json(row["context"]) or {}):
            table.add_row(label, value)
        out.print(table)


def _documents_of_file(store: Store, path: str) -> list[dict[str, Any]]:
    """The stored documents of a JSONL file's lines: they are stored under each line's URL or FILE#LINE, not
    under the file's name (FILE#LINE is matched by the file's base name, whatever path the run was given)."""
    from pathlib import Path

    from pactline.reading.ingest import sources_in_file

    if path.lower().endswith(".jsonl") and not Path(path).is_file():
        # the file is not here: its lines without a URL are still known by name ("FILE#3")
        name = Path(path).name
        return [r for r in reads.documents_matching(store, name + "#") if re.search(rf"(^|/){re.escape(name)}#\d+$", r["source"])]
    rows: dict[str, dict] = {}
    for source in sources_in_file(path):
        key = source if source.startswith(("http://", "https://")) else Path(source).name
        for row in reads.documents_matching(store, key):
            if row["source"] in (source, key) or row["source"].endswith("/" + key):
                rows[row["id"]] = row
    return sorted(rows.values(), key=lambda r: r["source"])
