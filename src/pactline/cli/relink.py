from __future__ import annotations

import typer

from pactline.cli import app
from pactline.cli.common import DEFAULT_DB, fail, open_store, out


@app.command()
def relink(
    db: str = typer.Option(DEFAULT_DB, "--db", help="DuckDB file holding the record."),
    no_embeddings: bool = typer.Option(False, "--no-embeddings", help="Link with fuzzy text matching instead of MiniLM."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Print nothing but errors (for scripts)."),
) -> None:
    """Recompute every link, event cluster and commitment status of the store from its stored records.

    Vectors already in the store's embedding cache are reused; nothing is read or parsed again.

    Example:

        pactline relink --db relations.duckdb
    """
    from pathlib import Path

    from pactline.core.errors import StoreError
    from pactline.core.options import Options
    from pactline.link.stage import link_store

    if not Path(db).exists():  # open_store creates a writable database that is missing
        raise fail(f"{db}: no such database; run [bold]pactline run PATH --db {db}[/bold] first", 2)
    options = Options(embeddings=not no_embeddings)
    with open_store(db, read_only=False, memory_limit=options.store_memory_limit) as store:
        try:
            links = link_store(store, options, full=True)
        except StoreError as exc:
            raise fail(str(exc), 3) from None
        except Exception as exc:  # noqa: BLE001 - a fault of ours: one line, the stored records untouched
            raise fail(f"{db}: linking failed: internal error ({type(exc).__name__}: {exc}); please report it", 1) from None
    if not quiet:
        out.print(f"{links} links → {db}")
