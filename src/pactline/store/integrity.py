"""Is a database file whole? DuckDB opens a truncated file and fails only on whichever read first reaches
the missing part, so a store checks at open and refuses a damaged file with one line."""

from __future__ import annotations

from pathlib import Path
from typing import Any

HEADER_BYTES = 3 * 4096  # DuckDB's main header and two database headers precede the blocks


def damage(con: Any, path: str | Path) -> str | None:
    """Why the file at ``path`` (open on ``con``) is damaged, or None when it is whole (or new, in memory,
    or has a write-ahead log still to fold in)."""
    import duckdb

    path = Path(path)
    if Path(f"{path}.wal").exists():
        # Blocks written since the last checkpoint live in the write-ahead log until DuckDB folds them in:
        # the header may already count them while the file has not grown yet.
        return None
    try:
        _name, _size, block_size, total_blocks, *_rest = con.execute("PRAGMA database_size").fetchall()[0]
        wanted = HEADER_BYTES + int(block_size) * int(total_blocks)
        actual = path.stat().st_size if path.exists() else wanted
    except (duckdb.Error, OSError, ValueError, TypeError):
        return None  # nothing to compare against (an in-memory or new database)
    if actual < wanted and not reads_whole(con):
        return f"truncated: {actual} of {wanted} bytes"
    return None


def reads_whole(con: Any) -> bool:
    """Whether every table reads to its end: the header can count blocks that are free or not yet written
    out, so a short file is judged damaged only when reading it fails."""
    import duckdb

    try:
        for (table,) in con.execute("SELECT table_name FROM duckdb_tables()").fetchall():
            for _batch in con.sql(f'SELECT * FROM "{table}"').to_arrow_reader(50_000):
                pass
    except duckdb.Error:
        return False
    return True
