"""The embedding cache: float32 vectors keyed by (encoder, content hash of the text), kept across runs so a
re-run, an update or a relink never embeds the same text twice."""

from __future__ import annotations

import hashlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pactline.store.database import Store


def text_key(text: str) -> str:
    """The content hash a text's vector is stored under (the same on every run and machine)."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def has_vectors(store: Store, encoder: str) -> bool:
    return bool(store.con.execute("SELECT 1 FROM embeddings WHERE encoder = ? LIMIT 1", [encoder]).fetchall())


def cached_vectors(store: Store, encoder: str, keys: list[str]) -> dict[str, Any]:
    """The stored vectors among ``keys``, as read-only float32 arrays by key."""
    import numpy as np

    if not keys:
        return {}
    rows = store.con.execute(
        "SELECT e.key, e.vector FROM embeddings e JOIN (SELECT unnest(?::VARCHAR[]) AS key) k ON e.key = k.key "
        "WHERE e.encoder = ?",
        [keys, encoder],
    ).fetchall()
    return {key: np.frombuffer(blob, dtype=np.float32) for key, blob in rows}


def save_vectors(store: Store, encoder: str, vectors: dict[str, Any]) -> None:
    """Store vectors by key (a key already stored is replaced by the same vector)."""
    import numpy as np

    rows = [[encoder, key, np.asarray(v, dtype=np.float32).tobytes()] for key, v in vectors.items()]
    store._bulk_insert("embeddings", ["encoder", "key", "vector"], rows)
