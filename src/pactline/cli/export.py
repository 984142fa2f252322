from __future__ import annotations

import os
import sys

import typer

from pactline import export as exporter
from pactline.cli import app
from pactline.cli.common import DEFAULT_DB, err, fail, open_store
from pactline.core import checks
from pactline.core.errors import QueryError

FORMATS = ("jsonl", "csv", "parquet", "gdelt", "plover")


@app.command()
def export(
    what: str = typer.Option(..., "--what", help="documents, events, occasions, commitments, commitment_mentions, facts or links."),
    db: str = typer.Option(DEFAULT_DB, "--db", help="DuckDB file holding the record."),
    fmt: str = typer.Option("jsonl", "--format", help="jsonl, csv, parquet; for events also gdelt (TSV) or plover (JSONL)."),
    out_path: str = typer.Option(None, "--out", help="Write to this file instead of standard output (required for parquet)."),
    as_of: str = typer.Option(None, "--as-of", help="Commitments' statuses as of this date (YYYY[-MM[-DD]]); default the latest document date."),
) -> None:
    """Export stored records, one per line (JSONL) by default.

    Examples:

        pactline export --what commitments > commitments.jsonl
        pactline export --what commitment_mentions --as-of 2024-10-31 > mentions.jsonl
        pactline export --what events --format gdelt --out events.tsv
        pactline export --what facts --format parquet --out facts.parquet
    """
    if what not in exporter.KINDS:
        err.print(f"[red]error:[/red] --what must be one of {', '.join(exporter.KINDS)}, not {what!r}")
        raise typer.Exit(2)
    if fmt not in FORMATS or (fmt in ("gdelt", "plover") and what != "events"):
        err.print(f"[red]error:[/red] --format must be one of jsonl, csv, parquet (gdelt and plover for events), not {fmt!r}")
        raise typer.Exit(2)
    try:
        as_of = checks.calendar_date(as_of)
    except QueryError as exc:
        raise fail(str(exc), 2) from None
    if fmt == "parquet" and not out_path:
        err.print("[red]error:[/red] --format parquet needs --out FILE")
        raise typer.Exit(2)
    if out_path and (problem := _unwritable(out_path)):
        raise fail(f"--out {out_path}: {problem}", 2)
    with open_store(db) as store:
        records = exporter.iter_records(store, what, {"as_of": as_of})
        if fmt == "parquet":
            exporter.write_parquet(records, out_path, what)
            return
        stream = open(out_path, "w", encoding="utf-8", newline="") if out_path else sys.stdout
        try:
            if fmt == "jsonl":
                exporter.write_jsonl(records, stream)
            elif fmt == "csv":
                exporter.write_csv(records, stream, what)
            elif fmt == "plover":
                exporter.write_jsonl(exporter.plover_rows(records), stream)
            else:
                import csv

                writer = csv.DictWriter(stream, fieldnames=exporter.GDELT_COLUMNS, delimiter="\t")
                writer.writeheader()
                for row in exporter.gdelt_rows(records, exporter.document_dates(store)):
                    writer.writerow(row)
        finally:
            if out_path:
                stream.close()


def _unwritable(path: str) -> str | None:
    """Why the export could not be written to ``path`` (checked before anything is read), or None."""
    from pathlib import Path

    target = Path(path)
    if target.is_dir():
        return "is a folder; name a file"
    if not target.parent.is_dir():
        return f"no such folder {str(target.parent)!r}"
    if not os.access(target.parent, os.W_OK) or target.exists() and not os.access(target, os.W_OK):
        return "permission denied"
    return None
