from __future__ import annotations

import typer
from rich.table import Table

from pactline.cli import app
from pactline.cli.common import DEFAULT_DB, err, fail, open_store, out
from pactline.cli.timeline import source_label
from pactline.core import checks
from pactline.core import statuses as status_vocab
from pactline.core.errors import QueryError
from pactline.export import iter_records
from pactline.store import reads


@app.command()
def commitments(
    db: str = typer.Option(DEFAULT_DB, "--db", help="DuckDB file holding the record."),
    status: bool = typer.Option(False, "--status", help="Show each pledge's status, its mentions and its follow-through."),
    party: str = typer.Option(None, "--party", help="Only records naming this ISO alpha-3 code."),
    domain: str = typer.Option(None, "--domain", help="Only records in this domain, e.g. transport."),
    positions: bool = typer.Option(False, "--positions", help="List positions instead of commitments."),
    only: str = typer.Option(None, "--only", help=f"Only this status: {', '.join(status_vocab.names())}."),
    passed: bool = typer.Option(False, "--deadline-passed", help="Only pledges whose deadline passed by the status date and that were not kept in time (fulfilled late ones stay, marked 'fulfilled, late: DATE')."),
    as_of: str = typer.Option(None, "--as-of", help="Statuses as of this date (YYYY[-MM[-DD]]); default the latest document date."),
) -> None:
    """The commitment register: one row per commitment, with its mentions across documents.

    Example:

        pactline commitments --status --party BLR --domain transport --as-of 2024-10
    """
    if only and only not in status_vocab.names():
        err.print(f"[red]error:[/red] --only must be one of {', '.join(status_vocab.names())}, not {only!r}")
        raise typer.Exit(2)
    try:
        as_of, domain = checks.calendar_date(as_of), checks.domain(domain)
        party = checks.party_code(party.strip().upper()) if party else None
    except QueryError as exc:
        raise fail(str(exc), 2) from None
    kind = "position" if positions else "commitment"
    with open_store(db) as store:
        records = [c for c in iter_records(store, "commitments", {"as_of": as_of}) if c["kind"] == kind]
        titles = reads.source_titles(store) if status else {}
    records = [c for c in records if _keep(c, party, domain, only, passed)]
    out.print(_table(records, kind, status, titles))


def _keep(c: dict, party: str | None, domain: str | None, only: str | None, passed: bool) -> bool:
    if party and party.upper() not in c["parties"]:
        return False
    if domain and domain not in c["domains"]:
        return False
    if only and c["status"] != only:
        return False
    # A deadline passed without the pledge kept in time: a pledge fulfilled by its deadline is not listed.
    return not passed or status_vocab.deadline_missed(c["deadline"], c.get("follow_ups") or [], c.get("status_as_of"))


def _table(records: list[dict], kind: str, status: bool, titles: dict[str, str | None]) -> Table:
    """Three narrow columns and one wide one, so the register reads at 80 columns: what was pledged, with its
    domains, deadline and mentions (and, with --status, its sources and follow-through) under it."""
    table = Table(title=f"{kind}s ({len(records)})", show_lines=True)
    table.add_column("made on", no_wrap=True)
    table.add_column("parties", no_wrap=True)
    if status:
        table.add_column("status", max_width=14, overflow="fold")
    table.add_column(kind, ratio=1, overflow="fold")
    labels = status_vocab.labels()
    for c in records:
        facts = [f"domains: {', '.join(c['domains']) or '-'}", f"mentions: {c.get('mentions', 1)}"]
        if c["deadline"]:
            facts.insert(1, f"deadline: {c['deadline']}")
        lines = [c["text"], "[dim]" + " · ".join(facts) + "[/dim]"]
        row = [c["made_on"] or "?", ",".join(c["parties"])]
        if status:
            # sources by title, as the timeline shows them (a file name only where a text has no title)
            stated = dict.fromkeys(source_label(ev["source"], titles.get(ev["source"])) for ev in c.get("evidence") or [])
            lines.append(f"stated: {'; '.join(stated) or ', '.join(c.get('sources') or [])}")
            if c.get("last_restated"):
                lines.append(f"last restated: {c['last_restated']}")
            for f in c["follow_ups"]:
                ev = f["evidence"][0] if f.get("evidence") else {}
                name = source_label(ev.get("source") or "", titles.get(ev.get("source") or ""))
                lines.append(f"{f['relation']} {f.get('date') or ''}: {name} “{_clip(ev.get('quote', ''), 140)}”")
            as_of = f" (as of {c['status_as_of']})" if c.get("status_as_of") else ""
            late = status_vocab.fulfilled_late(c["deadline"], c.get("follow_ups") or [], c.get("status_as_of"))
            row.append(labels.get(c["status"], c["status"]) + (f", late: {late}" if late else "") + as_of)
        table.add_row(*row, "\n".join(lines))
    return table


def _clip(text: str, most: int) -> str:
    """At most ``most`` characters, cut at a word boundary with an ellipsis ("port of Mombasa, Ke" read as a typo)."""
    if len(text) <= most:
        return text
    return text[:most].rsplit(" ", 1)[0].rstrip(" ,;:") + " …"
