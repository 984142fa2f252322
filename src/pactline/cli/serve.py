from __future__ import annotations

import os

import typer

from pactline.cli import app
from pactline.cli.common import DEFAULT_DB, fail, open_store, out


@app.command()
def serve(
    db: str = typer.Option(DEFAULT_DB, "--db", help="DuckDB file holding the record."),
    host: str = typer.Option("127.0.0.1", "--host", help="Address to bind (loopback by default)."),
    port: int = typer.Option(8000, "--port", help="Port to listen on."),
    token: str = typer.Option(None, "--token", help="Token that allows review edits (or set PACTLINE_TOKEN). Without it the server is read-only."),
) -> None:
    """The JSON API (OpenAPI docs at /docs) and the web dashboard.

    Example:

        pactline serve --db relations.duckdb --port 8000 --token s3cret
    """
    if not 0 <= port < 65536:
        raise fail(f"--port must be a port number from 0 (any free port) to 65535, not {port}", 2)
    import uvicorn

    from pactline.serve.app import create_app

    with open_store(db):
        pass  # a missing or damaged database is refused here, with one line, not on the first request
    application = create_app(db, token=token or os.environ.get("PACTLINE_TOKEN"))
    out.print(f"serving {db} on http://{host}:{port}/ (dashboard), http://{host}:{port}/api/ (API); Ctrl-C stops")
    uvicorn.run(application, host=host, port=port, log_level="warning")
