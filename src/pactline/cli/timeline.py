from __future__ import annotations

from pathlib import PurePath
from typing import Any

import typer
from rich.table import Table

from pactline.cli import app
from pactline.cli.common import DEFAULT_DB, fail, open_store, out
from pactline.core import checks
from pactline.core.errors import QueryError
from pactline.export import iter_records
from pactline.store import reads

_COLUMN = 20  # the sources column's width: the timeline reads at 80 columns
# a label runs to two lines of that column: titles sharing their first words ("Readout of Secretary …") still
# differ
_LABEL = 2 * _COLUMN


def source_label(source: str, title: str | None) -> str:
    """A short label for a source: its title, else its file name (never a full path or URL), cut at a word."""
    label = (title or "").strip() or PurePath(source.rstrip("/")).name or source
    if len(label) <= _LABEL:
        return label
    cut = label[: _LABEL - 4]
    return (cut.rsplit(" ", 1)[0] if " " in cut[_COLUMN:] else cut).rstrip(" ,;:–-") + "…"


def _when(record: dict[str, Any]) -> str:
    date = record.get("date") or "?"
    if record.get("date_end"):
        date += f"..{record['date_end'][5:] if record['date_end'][:4] == date[:4] else record['date_end']}"
    if record.get("date_confidence") not in (None, "stated"):
        date += " ~"
    return date


def _sources(record: dict[str, Any], titles: dict[str, str | None]) -> str:
    labels = list(dict.fromkeys(source_label(s, titles.get(s)) for s in record.get("sources") or []))
    return "\n".join(labels[:3]) + (f"\n+{len(labels) - 3} more" if len(labels) > 3 else "")


@app.command()
def timeline(
    db: str = typer.Option(DEFAULT_DB, "--db", help="DuckDB file holding the record."),
    parties: str = typer.Option(None, "--parties", help="Comma-separated ISO alpha-3 codes every event must involve, e.g. CHN,BLR."),
    event_type: str = typer.Option(None, "--type", help="Only this PLOVER type, any case: " + ", ".join(checks.PLOVER_TYPES) + "."),
) -> None:
    """Occasions (visits, meetings, calls, signings) with the events inside them, then the other events, in
    date order with short source labels. "~" marks a date inferred, not stated; planned acts are marked.

    Example:

        pactline timeline --parties CHN,BLR --type CONSULT
    """
    try:
        wanted, event_type = set(checks.party_codes(parties)), checks.event_type(event_type)
    except QueryError as exc:
        raise fail(str(exc), 2) from None
    with open_store(db) as store:
        events = [e for e in iter_records(store, "events") if wanted <= set(e["parties"])]
        occasions = [o for o in iter_records(store, "occasions") if wanted <= set(o["parties"])]
        titles = reads.source_titles(store)
    if event_type:
        events = [e for e in events if e["type"] == event_type]
    by_id = {e["id"]: e for e in events}
    table = Table(title=f"timeline{' ' + ','.join(sorted(wanted)) if wanted else ''}", show_lines=True)
    table.add_column("date", no_wrap=True, max_width=19)  # "2023-02-28..03-02 ~": a range and its mark, whole
    table.add_column("what", overflow="fold", ratio=3)
    table.add_column("sources", overflow="fold", max_width=_COLUMN)
    rows: list[tuple[str, str, str, str]] = []  # (sort date, date cell, what, sources)
    placed: set[str] = set()
    for o in occasions:
        inside = [by_id[i] for i in o["events"] if i in by_id]
        if event_type and not inside:
            continue
        lines = [f"[bold]{o['summary']}[/bold]"]
        if (o.get("discrepancy") or {}).get("field") == "date":
            lines.append(f"  [yellow]sources differ on the date: {', '.join(o['discrepancy']['values'])}[/yellow]")
        lines += [f"  · {e['date'] or '?'} {e['type']} {_summary(e)}" + (f" ({e['location']})" if e["location"] else "")
                  for e in inside]
        placed.update(e["id"] for e in inside)
        rows.append((o["date"] or "9999", _when(o), "\n".join(lines), _sources(o, titles)))
    for e in events:
        if e["id"] in placed:
            continue
        flag = " (planned)" if e.get("planned") else " (background)" if e.get("background") else ""
        where = f" ({e['location']})" if e["location"] else ""
        rows.append((e["date"] or "9999", _when(e), f"{e['type']}{flag} {_summary(e)}{where}", _sources(e, titles)))
    # Occasions stand in date order among the events outside them, each followed by its own events.
    for _key, when, what, sources in sorted(rows, key=lambda r: r[0]):
        table.add_row(when, what, sources)
    out.print(table)


def _summary(event: dict) -> str:
    """The summary without its "planned: " mark: the timeline flags planned acts itself."""
    return event["summary"].removeprefix("planned: ")
