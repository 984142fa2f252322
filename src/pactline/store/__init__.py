"""store: the DuckDB record and the only SQL of the project — the connection and writes (database.py), the
recorded migrations (migrations.py), the derived-rows writer and the scopes it forgets (derived.py), the link
index and the pending list of incremental linking (link_index.py), the embedding cache (vectors.py), typed
rows (rows.py) and the reads that return them (reads.py for export, query, serve and the CLI; queries.py for
the link stage, one scope at a time).

May import: core.
"""

from pactline.store.database import Store, load_json

__all__ = ["Store", "load_json"]
