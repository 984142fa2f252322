"""Text similarity: sentence embeddings from the bundled all-MiniLM-L6-v2 weights (never fetched from a hub),
a fuzzy stand-in without them, and the sentence splitter used to align texts."""

from __future__ import annotations

from functools import cache
from typing import Any

from pactline.language.embeddings import encode, model  # noqa: F401  (one loaded model per process)


def fuzzy_similarity(a: str, b: str) -> float:
    """A cheap stand-in when embeddings are switched off: token-set similarity in 0..1."""
    return _token_set_ratio()(a, b) / 100.0


@cache
def _token_set_ratio() -> Any:
    from rapidfuzz import fuzz

    return fuzz.token_set_ratio


def split_sentences(text: str, base: int = 0) -> list[tuple[int, int, str]]:
    """Sentences of a passage for alignment (the splitter every stage uses), short fragments left out."""
    from pactline.language.sentences import split_sentences as split_line

    out = []
    pos = 0
    for line in text.split("\n"):
        for start, end in split_line(line, pos):
            if end - start >= 25:
                out.append((base + start, base + end, text[start:end]))
        pos += len(line) + 1
    return out


class Similarity:
    """Cosine similarity of texts by MiniLM embeddings (cached), or a fuzzy ratio without embeddings."""

    def __init__(self, use_embeddings: bool) -> None:
        self.use_embeddings = use_embeddings
        self.cache: dict[str, Any] = {}

    def prepare(self, texts: list[str]) -> None:
        if not self.use_embeddings:
            return
        missing = list(dict.fromkeys(t for t in texts if t not in self.cache))
        if missing:
            for text, vector in zip(missing, encode(missing), strict=True):
                self.cache[text] = vector

    def matrix(self, a: list[str], b: list[str]) -> Any:
        import numpy as np

        if not a or not b:
            return np.zeros((len(a), len(b)))
        if self.use_embeddings:
            self.prepare(a + b)
            return np.stack([self.cache[t] for t in a]) @ np.stack([self.cache[t] for t in b]).T
        return np.array([[fuzzy_similarity(x, y) for y in b] for x in a])

