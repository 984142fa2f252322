from __future__ import annotations

import typer
from rich.table import Table

from pactline.cli import app
from pactline.cli.common import DEFAULT_DB, open_store, out
from pactline.export import iter_records


@app.command()
def commitments(
    db: str = typer.Option(DEFAULT_DB, "--db", help="DuckDB file holding the record."),
    status: bool = typer.Option(False, "--status", help="Show each pledge's status and the evidence behind it."),
    party: str = typer.Option(None, "--party", help="Only records naming this ISO alpha-3 code."),
    domain: str = typer.Option(None, "--domain", help="Only records in this domain, e.g. transport."),
    positions: bool = typer.Option(False, "--positions", help="List positions instead of commitments."),
) -> None:
    """The commitment register.

    Example:

        pactline commitments --status --party BLR --domain transport
    """
    kind = "position" if positions else "commitment"
    with open_store(db) as store:
        records = [c for c in iter_records(store, "commitments") if c["kind"] == kind]
    if party:
        records = [c for c in records if party.upper() in c["parties"]]
    if domain:
        records = [c for c in records if domain in c["domains"]]
    table = Table(title=f"{kind}s ({len(records)})", show_lines=status)
    columns = ["made on", "parties", "domains", "text", "deadline"] + (["status", "evidence"] if status else [])
    for col in columns:
        table.add_column(col, overflow="fold")
    for c in records:
        row = [c["made_on"] or "?", ",".join(c["parties"]), ",".join(c["domains"]), c["text"], c["deadline"] or ""]
        if status:
            lines = [f"stated: {c['evidence'][0]['source']} [{c['evidence'][0]['start']}:{c['evidence'][0]['end']}]"]
            for f in c["follow_ups"]:
                ev = f["evidence"][0] if f.get("evidence") else {}
                lines.append(f"{f['relation']} {f.get('date') or ''}: {ev.get('source', '')} “{ev.get('quote', '')[:140]}”")
            row += [c["status"], "\n".join(lines)]
        table.add_row(*row)
    out.print(table)
