"""Static sentence vectors distilled from the bundled all-MiniLM-L6-v2: the learned classifiers' input.

Each vocabulary token has one stored vector (the model's own vector of that token alone, PCA-reduced and
weighted by rarity; scripts/distill_static_vectors.py makes data/minilm_static.npz from the bundled files).
A sentence's vector is the normalised mean of its tokens' vectors: a table look-up, about 200 times cheaper
than running the six layers (README "Choosing the encoder"). The link stage keeps exact MiniLM vectors
(language/embeddings.py): its thresholds are cosines of those.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import Any

FILE = "minilm_static.npz"
DIMS = 256


@cache
def _table() -> tuple[Any, Any, str]:
    """(token vectors as float32, tokenizer, digest of the stored file)."""
    import numpy as np

    from pactline.language.minilm import tokenizer

    with resources.files("pactline.data").joinpath(FILE).open("rb") as handle:
        stored = np.load(handle)
        vectors = stored["vectors"].astype(np.float32) * stored["scale"]
        digest = str(stored["digest"])
    return vectors, tokenizer(), digest


def digest() -> str:
    """Names the stored vectors: classifier weights fitted on other vectors are stale."""
    return _table()[2]


def encode(texts: list[str]) -> Any:
    """L2-normalised static vectors, one row per text (numpy float32 array; zeros for a text of no tokens)."""
    import numpy as np

    vectors, tok, _digest = _table()
    out = np.zeros((len(texts), vectors.shape[1]), dtype=np.float32)
    for row, encoding in enumerate(tok.encode_batch(texts, add_special_tokens=False)):
        if encoding.ids:
            mean = vectors[encoding.ids].mean(axis=0)
            out[row] = mean / max(float(np.linalg.norm(mean)), 1e-12)
    return out
