"""The exemplar-trained judge: deterministic, balanced data, and sure about clear cases."""

from collections import Counter

import pytest

from pactline.extractors.statement_kind import KINDS, exemplars, probabilities


def test_exemplars_cover_every_kind_in_balance():
    counts = Counter(kind for kind, _s in exemplars())
    assert set(counts) == set(KINDS)
    assert min(counts.values()) >= 40


@pytest.mark.parametrize(
    "sentence,kind",
    [
        ("The Zambian president will also attend a gala dinner at the state house.", "neither"),
        ("Observers said the summit showed how close the two governments had become.", "neither"),
        ("Malawi and Zambia expressed grave concern about the floods in the region.", "position"),
        ("Malawi will supply 20,000 tonnes of maize to Zambia before the end of the year.", "commitment"),
    ],
)
def test_clear_cases(sentence, kind):
    [p] = probabilities([sentence])
    assert max(p, key=p.get) == kind


def test_same_answer_every_time():
    sentence = "Bhutan and Nepal agreed to open a bus route between Thimphu and Kathmandu."
    assert probabilities([sentence]) == probabilities([sentence])
