"""Text similarity: sentence embeddings from the bundled all-MiniLM-L6-v2 weights (never fetched from a hub),
a fuzzy stand-in without them, and the sentence splitter used to align texts."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from typing import TYPE_CHECKING, Any

from pactline.core.timing import stage
from pactline.language.embeddings import ENCODER, encode  # noqa: F401  (re-exported: link's callers use them)

if TYPE_CHECKING:
    from pactline.store.database import Store


def fuzzy_similarity(a: str, b: str) -> float:
    """A cheap stand-in when embeddings are switched off: token-set similarity in 0..1."""
    return _token_set_ratio()(a, b) / 100.0


@cache
def _token_set_ratio() -> Any:
    from rapidfuzz import fuzz

    return fuzz.token_set_ratio


MIN_SENTENCE = 25  # characters: shorter fragments are not sentences to align or follow up


def split_sentences(text: str, base: int = 0) -> list[tuple[int, int, str]]:
    """Sentences of a passage for alignment (the splitter every stage uses), short fragments left out."""
    from pactline.language.sentences import split_sentences as split_line

    out = []
    pos = 0
    for line in text.split("\n"):
        for start, end in split_line(line, pos):
            if end - start >= MIN_SENTENCE:
                out.append((base + start, base + end, text[start:end]))
        pos += len(line) + 1
    return out


@contextmanager
def one_blas_thread() -> Iterator[None]:
    """BLAS on one thread for the block. The link stage multiplies many small matrices (a pledge against its
    candidates, the sentences of two texts); with OpenBLAS's threads on a busy 2-core machine a 45 x 50
    product took 9 ms instead of 0.05 ms (685 of them: 7.8 s against 0.08 s). Same products either way."""
    with _blas_controller().limit(limits=1, user_api="blas"):
        yield


@cache
def _blas_controller() -> Any:
    from threadpoolctl import ThreadpoolController

    return ThreadpoolController()


class Similarity:
    """Cosine similarity of texts by MiniLM embeddings, or a fuzzy ratio without embeddings.

    Vectors are kept in memory for the run and, given a store, in its embedding cache by content hash: a text
    is encoded once, ever, whichever run or relink first needs it."""

    def __init__(self, use_embeddings: bool, store: Store | None = None) -> None:
        self.use_embeddings = use_embeddings
        self.store = store
        self.cache: dict[str, Any] = {}
        self.encoded = 0  # texts this object had to encode (not found in memory or the store)
        self.unsaved: dict[str, Any] = {}  # new vectors by key, written to the store in batches
        # A store that holds no vector of this encoder yet (a first run) is not asked for each text.
        self.lookup = False
        self.absent: set[str] = set()  # texts the store was asked for and lacks (encoded when compared)
        # A store that held no vector of this encoder when this object began (a first run) holds only those this
        # object saved since: the hashes of their keys tell which texts it may hold, and the others are not asked
        # for (one query per party pair, each scanning the cache, on the first run). A hash shared by two keys
        # only asks for a text the store lacks, as before. None: the store held vectors; every text is asked.
        self.saved: set[int] | None = None
        if store is not None and use_embeddings:
            from pactline.store.vectors import has_vectors

            self.lookup = has_vectors(store, ENCODER)
            self.saved = None if self.lookup else set()

    def prepare(self, texts: list[str]) -> None:
        if not self.use_embeddings:
            return
        missing = list(dict.fromkeys(t for t in texts if t not in self.cache))
        if not missing:
            return
        with stage("embed"):
            from pactline.store.vectors import cached_vectors, text_key

            keys = {t: text_key(t) for t in missing}
            asked = [keys[t] for t in missing if t not in self.absent and self._may_hold(keys[t])]
            if self.lookup and asked:
                found = cached_vectors(self.store, ENCODER, asked)
                for text in missing:
                    if keys[text] in found:
                        self.cache[text] = found[keys[text]]
                missing = [t for t in missing if t not in self.cache]
            if not missing:
                return
            vectors = encode(missing)
            self.encoded += len(missing)
            for text, vector in zip(missing, vectors, strict=True):
                self.cache[text] = vector
                self.unsaved[keys[text]] = vector
            if len(self.unsaved) >= 5000:
                self.save()

    def preload(self, texts: list[str]) -> None:
        """Read the stored vectors of these texts in one query (not one per comparison); the texts the store
        lacks are noted, so comparing them later encodes them without asking again."""
        if not self.use_embeddings or not self.lookup:
            return
        missing = list(dict.fromkeys(t for t in texts if t not in self.cache and t not in self.absent))
        if not missing:
            return
        with stage("embed"):
            from pactline.store.vectors import cached_vectors, text_key

            keys = {t: text_key(t) for t in missing}
            asked = [key for key in keys.values() if self._may_hold(key)]
            found = cached_vectors(self.store, ENCODER, asked) if asked else {}
            for text in missing:
                if keys[text] in found:
                    self.cache[text] = found[keys[text]]
                else:
                    self.absent.add(text)

    def save(self) -> None:
        """Write the vectors encoded since the last save to the store's cache (call before the link stage's
        transaction commits)."""
        if self.store is not None and self.unsaved:
            from pactline.store.vectors import save_vectors

            with stage("embed"):
                save_vectors(self.store, ENCODER, self.unsaved)
            if self.saved is not None:
                self.saved.update(hash(key) for key in self.unsaved)
            self.lookup = True  # the store holds vectors now: a text forgotten here is read back, not encoded
        self.unsaved = {}

    def _may_hold(self, key: str) -> bool:
        """Whether the store may hold the vector of this key (always, unless it began without vectors)."""
        return self.saved is None or hash(key) in self.saved

    def forget(self) -> None:
        """Save new vectors and drop those held in memory (the link stage calls this between party pairs, so
        memory holds one pair's vectors, not the store's)."""
        self.save()
        self.cache = {}
        self.absent = set()

    def pair(self, a: str, b: str) -> float:
        """The similarity of one pair: the figure ``matrix([a], [b])[0, 0]`` gives, bit for bit (a dot product
        of two vectors is the BLAS call a 1 x 1 matrix product makes), without building matrices."""
        if not self.use_embeddings:
            return fuzzy_similarity(a, b)
        if a not in self.cache or b not in self.cache:
            self.prepare([a, b])
        import numpy as np

        return float(np.dot(self.cache[a], self.cache[b]))

    def matrix(self, a: list[str], b: list[str]) -> Any:
        import numpy as np

        if not a or not b:
            return np.zeros((len(a), len(b)))
        if self.use_embeddings:
            self.prepare(a + b)
            return np.stack([self.cache[t] for t in a]) @ np.stack([self.cache[t] for t in b]).T
        return np.array([[fuzzy_similarity(x, y) for y in b] for x in a])
