"""What the commands share: the default database path, consoles and error reporting."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.console import Console

from pactline.core.errors import StoreError
from pactline.store.database import Store

DEFAULT_DB = "pactline.duckdb"
out = Console()
err = Console(stderr=True, soft_wrap=True)

DbOption = typer.Option(DEFAULT_DB, "--db", help="DuckDB file holding the record.")


def open_store(db: str, read_only: bool = True) -> Store:
    if read_only and not Path(db).exists():
        err.print(f"[red]error:[/red] {db}: no such database; run [bold]pactline run PATH --db {db}[/bold] first")
        raise typer.Exit(2)
    try:
        return Store(db, read_only=read_only)
    except StoreError as exc:
        err.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(3) from None
