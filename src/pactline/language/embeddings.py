"""Sentence embeddings from the bundled all-MiniLM-L6-v2 weights (never fetched from a hub): one encoder for
the whole package — the learned classifiers (event types, statement kinds) and the link stage's similarity.

The weights run directly in NumPy (language/minilm.py), giving the vectors sentence-transformers gives
without importing torch, so a run starts quickly and every worker stays small.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Any

# A process embeds the same sentence for several readers (the event typer, the statement judge, the link
# stage's alignment): each distinct text is encoded once per process, the most recent MEMO_SIZE kept
# (1.5 KB a vector: about 30 MB).
MEMO_SIZE = 20_000
_memo: OrderedDict[str, Any] = OrderedDict()

# A Dask worker hands the vectors it encoded back with its results (take_fresh), and the calling process
# remembers them (remember), so its link stage does not encode again what a worker already did.
_fresh: dict[str, Any] = {}
_keep_fresh = False

# Names the vectors in the store's embedding cache: another encoder (or other weights) gets its own entries.
ENCODER = "all-MiniLM-L6-v2"


def encode(texts: list[str]) -> Any:
    """L2-normalised embeddings, one row per text (numpy float32 array)."""
    import numpy as np

    if not texts:
        return np.zeros((0, 384), dtype="float32")
    missing = list(dict.fromkeys(t for t in texts if t not in _memo))
    fresh: dict[str, Any] = {}
    if missing:
        from pactline.language.minilm import bundled

        fresh = dict(zip(missing, bundled().encode(missing), strict=True))
    vectors = np.stack([fresh[t] if t in fresh else _memo[t] for t in texts])
    for text in texts:
        if text in fresh:
            _memo[text] = fresh[text]
        _memo.move_to_end(text)
    if _keep_fresh:
        _fresh.update(fresh)
    _trim()
    return vectors


def _trim() -> None:
    while len(_memo) > MEMO_SIZE:
        _memo.popitem(last=False)


def take_fresh() -> dict[str, Any]:
    """The vectors this process encoded since the last call (kept only once this was first called: a Dask
    worker's results carry them), then start again."""
    global _keep_fresh
    _keep_fresh = True
    out = dict(_fresh)
    _fresh.clear()
    return out


def remember(vectors: dict[str, Any]) -> None:
    """Vectors another process encoded with the same weights: later requests for these texts are answered
    from memory (the most recent MEMO_SIZE kept, as for the process's own)."""
    for text, vector in vectors.items():
        _memo[text] = vector
        _memo.move_to_end(text)
    _trim()
