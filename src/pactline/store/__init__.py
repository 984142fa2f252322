"""store: the DuckDB record and the only SQL of the project — the connection and writes (database.py), the
recorded migrations (migrations.py), the derived-rows writer (derived.py), typed rows (rows.py) and the reads
that return them (reads.py for export, query, serve and the CLI; queries.py for the link stage).

May import: core.
"""

from pactline.store.database import Store, load_json

__all__ = ["Store", "load_json"]
