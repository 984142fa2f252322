"""The store's embedding cache: a text is encoded once, ever; a relink reads vectors instead and links the same."""

import numpy as np
import pytest

from pactline.core.options import Options
from pactline.link.similarity import ENCODER, Similarity
from pactline.link.stage import link_store
from pactline.run.pipeline import run
from pactline.store.database import Store
from pactline.store.vectors import cached_vectors, text_key
from tests.conftest import EXAMPLE


def _links(store):
    return sorted((r["id"], r["kind"], round(r["score"], 6)) for r in store.query("SELECT id, kind, score FROM links"))


@pytest.fixture(scope="module")
def example_store(tmp_path_factory):
    db = tmp_path_factory.mktemp("cache") / "example.duckdb"
    assert run([str(EXAMPLE)], db, Options()).exit_code == 0
    return db


def test_relink_encodes_nothing_and_links_the_same(example_store, monkeypatch):
    with Store(example_store) as store:
        before = _links(store)
        assert store.query("SELECT count(*) AS n FROM embeddings")[0]["n"] > 0

        def refuse(texts):
            raise AssertionError(f"re-encoded {len(texts)} texts")

        monkeypatch.setattr("pactline.link.similarity.encode", refuse)
        link_store(store, Options())
        assert _links(store) == before


@pytest.mark.parametrize("texts", [
    ["Kenya and Vietnam agreed to expand coffee trade.", "Kenya and Vietnam agreed to expand coffee trade."],
    ["Morocco pledged to build a solar plant in Mali.", "Uzbekistan and Serbia discussed rail freight."],
])
def test_vectors_are_stored_by_content_hash_once(tmp_path, texts):
    with Store(tmp_path / "v.duckdb") as store:
        first = Similarity(True, store)
        matrix = first.matrix(texts[:1], texts[1:])
        assert first.encoded == len(set(texts))
        first.save()
        stored = cached_vectors(store, ENCODER, [text_key(t) for t in texts])
        assert set(stored) == {text_key(t) for t in texts}
        again = Similarity(True, store)
        assert np.allclose(again.matrix(texts[:1], texts[1:]), matrix)
        assert again.encoded == 0


def test_no_embeddings_touches_no_cache(tmp_path):
    with Store(tmp_path / "v.duckdb") as store:
        sim = Similarity(False, store)
        sim.matrix(["Chile signed a treaty with Peru."], ["Peru signed a treaty with Chile."])
        assert store.query("SELECT count(*) AS n FROM embeddings")[0]["n"] == 0


def test_first_run_asks_the_store_only_for_what_it_saved(tmp_path, monkeypatch):
    """A store that began without vectors holds only those the link stage saved: a text it never saved is
    not asked for (no query), one it saved is read back, and the vectors are those a query gives."""
    saved = ["Namibia and Finland agreed to train nurses together.", "Laos pledged to open a consulate in Oman."]
    new = ["Ecuador and Norway discussed fisheries quotas at length."]
    with Store(tmp_path / "v.duckdb") as store:
        sim = Similarity(True, store)
        sim.prepare(saved)
        first = {t: sim.cache[t].copy() for t in saved}
        sim.forget()
        asked: list[list[str]] = []

        def spy(store_, encoder, keys):
            asked.append(list(keys))
            return cached_vectors(store_, encoder, keys)

        monkeypatch.setattr("pactline.store.vectors.cached_vectors", spy)
        sim.preload(new)
        assert asked == [] and new[0] in sim.absent
        sim.preload(saved + new)
        assert asked == [[text_key(t) for t in saved]]
        assert all(np.array_equal(sim.cache[t], first[t]) for t in saved)


def test_a_store_with_vectors_is_asked_for_every_text(tmp_path, monkeypatch):
    texts = ["Bhutan and Iceland discussed glacier research.", "Togo and Jordan signed a visa waiver."]
    with Store(tmp_path / "v.duckdb") as store:
        first = Similarity(True, store)
        first.prepare(texts[:1])
        first.save()
        sim = Similarity(True, store)
        asked: list[list[str]] = []

        def spy(store_, encoder, keys):
            asked.append(list(keys))
            return cached_vectors(store_, encoder, keys)

        monkeypatch.setattr("pactline.store.vectors.cached_vectors", spy)
        sim.preload(texts)
        assert asked == [[text_key(t) for t in texts]]
