from __future__ import annotations

import re
import sys

import typer

from pactline import export as exporter
from pactline.cli import app
from pactline.cli.common import DEFAULT_DB, err, open_store

FORMATS = ("jsonl", "csv", "parquet", "gdelt", "plover")
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


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
    if as_of and not _DATE.match(as_of):
        err.print(f"[red]error:[/red] --as-of must be a date like 2024, 2024-10 or 2024-10-31, not {as_of!r}")
        raise typer.Exit(2)
    if fmt == "parquet" and not out_path:
        err.print("[red]error:[/red] --format parquet needs --out FILE")
        raise typer.Exit(2)
    with open_store(db) as store:
        records = exporter.iter_records(store, what, {"as_of": as_of})
        if fmt == "parquet":
            exporter.write_parquet(records, out_path)
            return
        stream = open(out_path, "w", encoding="utf-8", newline="") if out_path else sys.stdout
        try:
            if fmt == "jsonl":
                exporter.write_jsonl(records, stream)
            elif fmt == "csv":
                exporter.write_csv(records, stream)
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
