"""The memoised attribute ruler must give exactly what the model's own ruler gives, token by token."""

import importlib

import pytest

from pactline.language.analysis import MODEL_NAME, MemoAttributeRuler, load_model

SENTENCES = [
    "Kenya and Indonesia signed a memorandum on fisheries in Nairobi on 4 March 2024.",
    "There is no alternative to dialogue, the minister said.",  # "there is": a two-token pattern (expl)
    "There were talks in Lima; there are more planned.",
    "Y'all are gonna see it, and we ain't done yet.",  # y'all, gon na, ai n't
    "Let's go, c'mon! Gotta run.",
    "The two sides agreed to deepen cooperation in trade, energy and the digital economy.",
    "Norway's exports to Vietnam rose 12.5% to $1.2 billion in 2023.",
    "   ",
    "He won't attend; she's already left and they'd said so.",
    "Chile will not accept the proposal, the foreign ministry said on Tuesday.",
]


def _attrs(doc):
    return [(t.text, t.pos_, t.tag_, t.lemma_, str(t.morph), t.dep_) for t in doc]


@pytest.fixture(scope="module")
def models():
    return load_model(), importlib.import_module(MODEL_NAME).load()


def test_memo_replaces_the_ruler(models):
    fast, _original = models
    assert isinstance(fast.get_pipe("attribute_ruler"), MemoAttributeRuler)


@pytest.mark.parametrize("rounds", [1, 2])  # the second round is answered from the memo
def test_memo_equals_the_models_ruler(models, rounds):
    fast, original = models
    for _ in range(rounds):
        got = [_attrs(d) for d in fast.pipe(SENTENCES + [s.upper() for s in SENTENCES], disable=["ner"])]
    want = [_attrs(d) for d in original.pipe(SENTENCES + [s.upper() for s in SENTENCES], disable=["ner"])]
    assert got == want
    assert fast.get_pipe("attribute_ruler").memo  # the memo did fill


def test_patterns_it_cannot_memoise_keep_the_ruler():
    class Ruler:
        patterns = [{"patterns": [[{"TAG": "NN", "SHAPE": "Xxxx"}]], "attrs": {"POS": "PROPN"}}]

    assert MemoAttributeRuler.wrap(Ruler()) is None
