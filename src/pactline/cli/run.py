from __future__ import annotations

import re
import sys
from typing import Any

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from pactline.cli import app
from pactline.cli.common import DEFAULT_DB, err, fail, out
from pactline.core.errors import ClusterError, StoreError
from pactline.core.options import Options
from pactline.run.pipeline import run as run_pipeline
from pactline.store.database import is_memory_size


@app.command()
def run(
    paths: list[str] = typer.Argument(..., help="Files, folders, http(s) URLs (.txt .md .html .htm .jsonl .pdf) or RSS/Atom feed URLs."),
    db: str = typer.Option(DEFAULT_DB, "--db", help="DuckDB file to store the record in."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Print nothing but errors (for scripts)."),
    max_mb: float = typer.Option(20.0, "--max-mb", help="Skip inputs larger than this many megabytes."),
    workers: int = typer.Option(0, "--workers", help="Local worker processes for the per-document stages. 0: one per usable core (at most 4), forked from this one on Linux, one process elsewhere; 1: one process; N: N workers (forked on Linux; elsewhere a local Dask cluster for runs of 16 inputs or more). One input always stays in one process."),
    cluster: str = typer.Option(None, "--cluster", help="Address of a Dask scheduler to distribute work to."),
    no_embeddings: bool = typer.Option(False, "--no-embeddings", help="Link with fuzzy text matching instead of MiniLM."),
    db_memory: str = typer.Option("512MB", "--db-memory", help="DuckDB's memory cap for this run (it spills to disk beyond it)."),
    since: str = typer.Option(None, "--since", help="For RSS/Atom feed URLs: skip entries published before this day (YYYY-MM-DD)."),
) -> None:
    """Read documents, extract their records and store them; re-running on the same input adds nothing.

    Exit status: 0 when every readable file was processed, 1 when some were skipped (each named on stderr
    with its reason) or the link stage failed after storing them (one line; `pactline relink` redoes it), 2 on
    a usage error or a --cluster scheduler that cannot be reached, 3 when the database cannot be opened or
    written.

    Examples:

        pactline run reports/ --db relations.duckdb

        pactline run https://example.org/statement.html --db relations.duckdb
    """
    if not max_mb > 0:
        raise fail(f"--max-mb must be a size above 0 megabytes, not {max_mb}", 2)
    if workers < 0:
        raise fail(f"--workers must be 0 (one per usable core), 1 (one process) or more, not {workers}", 2)
    if not is_memory_size(db_memory):
        raise fail(f"--db-memory must be a size such as 512MB or 2GB, not {db_memory!r}", 2)
    if since is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", since):
        raise fail(f"--since must be a day such as 2024-05-01, not {since!r}", 2)
    options = Options(max_bytes=int(max_mb * 1_000_000), workers=workers, cluster=cluster, embeddings=not no_embeddings,
                      store_memory_limit=db_memory, since=since)
    progress, notify, shown = _progress_bar(quiet)
    try:
        report = run_pipeline(paths, db, options, progress=notify)
    except StoreError as exc:
        raise fail(str(exc), 3) from None
    except ClusterError as exc:
        raise fail(str(exc), 2) from None
    finally:
        if shown:
            progress.stop()
    _tell(report, db, quiet)
    raise typer.Exit(report.exit_code)


def _tell(report: Any, db: str, quiet: bool) -> None:
    # One plain line per skipped file, never wrapped, so scripts can grep it.
    for skipped in report.skipped:
        sys.stderr.write(f"skipped {skipped.source}: {skipped.reason}\n")
    if report.link_error is not None:
        sys.stderr.write(f"error {report.link_error}\n")
    if quiet:
        return
    for source, warning in report.warnings:
        sys.stderr.write(f"warning {source}: {warning}\n")
    copies = f" ({len(report.copies)} the same text as another document, kept as one)" if report.copies else ""
    out.print(f"stored {len(report.stored)}{copies}, unchanged {len(report.unchanged)}, skipped {len(report.skipped)}"
              f"; {report.links} links  → {db}", soft_wrap=True)


def _progress_bar(quiet: bool) -> tuple[Progress, Any, list[bool]]:
    """A bar on stderr, started only for runs worth watching (more than three inputs); ``shown`` says whether it
    started, since stopping a bar that never showed still leaves an empty line on stderr."""
    progress = Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                        console=err, transient=True)
    task = progress.add_task("reading", total=None)
    shown: list[bool] = []

    def notify(what: str, source: str) -> None:
        if what == "found" and not quiet and int(source) > 3:
            progress.update(task, total=int(source))
            progress.start()
            shown.append(True)
        elif what == "linking":
            progress.update(task, description="linking")
        elif what in ("stored", "unchanged", "skipped"):
            progress.advance(task)

    return progress, notify, shown
