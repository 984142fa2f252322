"""store: the DuckDB record — connection, recorded migrations, schema, and the only SQL of the project.

May import: core.
"""

from pactline.store.database import Store, load_json

__all__ = ["Store", "load_json"]
