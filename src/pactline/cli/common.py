"""What the commands share: the default database path, consoles and error reporting."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import typer
from rich.console import Console

from pactline.core.errors import StoreError
from pactline.store.database import Store

DEFAULT_DB = "pactline.duckdb"
out = Console()
err = Console(stderr=True, soft_wrap=True)

DbOption = typer.Option(DEFAULT_DB, "--db", help="DuckDB file holding the record.")


def fail(message: str, code: int) -> typer.Exit:
    """Print one error line on stderr; the caller raises the returned Exit."""
    err.print(f"[red]error:[/red] {message}", markup=True, highlight=False)
    return typer.Exit(code)


@contextmanager
def open_store(db: str, read_only: bool = True, memory_limit: str | None = None) -> Iterator[Store]:
    """The store, open for the body of a with block. A missing database exits 2; one that cannot be opened
    or read (locked, damaged) exits 3 with one line naming the file."""
    import duckdb

    if read_only and not Path(db).exists():
        raise fail(f"{db}: no such database; run [bold]pactline run PATH --db {db}[/bold] first", 2)
    try:
        store = Store(db, read_only=read_only, memory_limit=memory_limit)
    except StoreError as exc:
        raise fail(str(exc), 3) from None
    try:
        with store:
            yield store
    except duckdb.Error as exc:
        raise fail(f"{db}: cannot read database ({str(exc).splitlines()[0]})", 3) from None
