"""Sentence embeddings from the bundled all-MiniLM-L6-v2 weights (never fetched from a hub): one encoder for
the whole package — the learned classifiers (event types, statement kinds) and the link stage's similarity.

The weights run directly in NumPy (language/minilm.py), giving the vectors sentence-transformers gives
without importing torch, so a run starts quickly and every worker stays small.
"""

from __future__ import annotations

from typing import Any

# Names the vectors in the store's embedding cache: another encoder (or other weights) gets its own entries.
ENCODER = "all-MiniLM-L6-v2"


def encode(texts: list[str]) -> Any:
    """L2-normalised embeddings, one row per text (numpy float32 array)."""
    import numpy as np

    if not texts:
        return np.zeros((0, 384), dtype="float32")
    from pactline.language.minilm import bundled

    return bundled().encode(texts)
