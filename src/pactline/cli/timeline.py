from __future__ import annotations

import typer
from rich.table import Table

from pactline.cli import app
from pactline.cli.common import DEFAULT_DB, open_store, out
from pactline.export import iter_records


@app.command()
def timeline(
    db: str = typer.Option(DEFAULT_DB, "--db", help="DuckDB file holding the record."),
    parties: str = typer.Option(None, "--parties", help="Comma-separated ISO alpha-3 codes every event must involve, e.g. CHN,BLR."),
    event_type: str = typer.Option(None, "--type", help="Only this PLOVER type, e.g. CONSULT."),
) -> None:
    """Events in date order with their sources.

    Example:

        pactline timeline --parties CHN,BLR --type CONSULT
    """
    wanted = {p.strip().upper() for p in parties.split(",")} if parties else set()
    with open_store(db) as store:
        events = [e for e in iter_records(store, "events") if wanted <= set(e["parties"])]
    if event_type:
        events = [e for e in events if e["type"] == event_type.upper()]
    table = Table(title=f"timeline{' ' + ','.join(sorted(wanted)) if wanted else ''}", show_lines=False)
    for col in ("date", "type", "cameo", "parties", "location", "summary", "sources"):
        table.add_column(col, overflow="fold")
    for e in events:
        date = e["date"] or "?"
        if e["date_end"]:
            date += f"..{e['date_end']}"
        if e["date_confidence"] != "stated":
            date += f" ({e['date_confidence']})"
        table.add_row(date, f"{e['type']}/{e['mode'] or '-'}", e["cameo"], ",".join(e["parties"]), e["location"] or "",
                      e["summary"], "\n".join(e["sources"]))
    out.print(table)
