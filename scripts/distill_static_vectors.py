"""Distil static token vectors from the bundled all-MiniLM-L6-v2 (model2vec's recipe, offline, no hub) into
src/pactline/data/minilm_static.npz: the input of the learned classifiers (language/static_vectors.py).

For every token of the model's vocabulary, the model's own sentence vector of "[CLS] token [SEP]"; the
vectors are centred, reduced by PCA to DIMS dimensions, weighted by the token's rarity (SIF weights over the
vocabulary's frequency order, as model2vec does) and stored as int8 with one scale per dimension (a few MB).
The same bundled files always give the same file (no sampling; about 35 s of one core).

    python scripts/distill_static_vectors.py [--dims 256]
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from pactline.language import minilm, static_vectors  # noqa: E402

BATCH = 512
SIF = 1e-3  # model2vec's smoothing: a token's weight is SIF / (SIF + its Zipf probability by rank)


def token_vectors(model: minilm.MiniLM) -> np.ndarray:
    vocab = model.tokenizer.get_vocab()
    cls, sep, size = vocab["[CLS]"], vocab["[SEP]"], len(vocab)
    out = np.zeros((size, model.size), dtype=np.float32)
    with minilm._blas().limit(limits=1):
        for first in range(0, size, BATCH):
            ids = np.array([[cls, i, sep] for i in range(first, min(size, first + BATCH))], dtype=np.int64)
            out[first : first + len(ids)] = model.encode_ids(ids.tolist())
    return out


def distil(vectors: np.ndarray, dims: int) -> tuple[np.ndarray, np.ndarray]:
    """(int8 vectors, float32 scale per dimension): PCA to ``dims``, SIF-weighted, quantised."""
    centred = vectors.astype(np.float64) - vectors.mean(axis=0)
    _u, _s, components = np.linalg.svd(centred, full_matrices=False)
    # Fix each component's sign (the largest loading positive) so the file never flips between machines.
    signs = np.sign(components[np.arange(len(components)), np.abs(components).argmax(axis=1)])
    reduced = centred @ (components[:dims] * signs[:dims, None]).T
    inverse_rank = 1.0 / np.arange(2, len(reduced) + 2)
    weights = SIF / (SIF + inverse_rank / inverse_rank.sum())
    reduced *= weights[:, None]
    scale = np.abs(reduced).max(axis=0) / 127.0
    return np.round(reduced / scale).astype(np.int8), scale.astype(np.float32)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dims", type=int, default=static_vectors.DIMS)
    args = parser.parse_args()
    model = minilm.bundled()
    quantised, scale = distil(token_vectors(model), args.dims)
    digest = hashlib.sha256(quantised.tobytes() + scale.tobytes()).hexdigest()[:16]
    out = ROOT / "src" / "pactline" / "data" / static_vectors.FILE
    np.savez_compressed(out, vectors=quantised, scale=scale, digest=np.array(digest))
    print(f"{out.relative_to(ROOT)}: {quantised.shape[0]} tokens x {quantised.shape[1]} dims, "
          f"{out.stat().st_size / 1e6:.1f} MB, digest {digest}")


if __name__ == "__main__":
    main()
