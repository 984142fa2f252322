"""A participle of saying after a stance ("urged the rival militias to lay down their arms, saying West Africa could
not bear another exodus") gives the speaker's reason as a second stance of its own."""

import pytest

from tests.helpers import extract_text


def _positions(text):
    return [r for r in extract_text(text, published="2024-05-02").commitments if r.kind == "position"]


@pytest.mark.parametrize(
    "text,party,words",
    [
        ("Ghana and Togo held talks in Accra. Ghana urged both sides in Sudan to lay down their arms, saying West "
         "Africa could not afford another refugee crisis.", "GHA", "could not afford another refugee crisis"),
        ("Chile and Peru held talks in Lima. Chile called for a halt to the dumping of waste in the Pacific, saying "
         "the fishing nations of the region must act together this year.", "CHL", "must act together"),
    ],
)
def test_the_reason_after_a_stance_is_a_stance_of_its_own(text, party, words):
    found = [r for r in _positions(text) if words in r.text]
    others = [r for r in _positions(text) if words not in r.text]
    assert found and others, [(r.parties, r.text) for r in _positions(text)]
    assert found[0].parties == [party]


def test_a_saying_participle_after_a_plain_narrative_verb_is_no_stance():
    text = ("Ghana and Togo held talks in Accra. The Ghanaian delegation arrived in Lome on Monday, saying the "
            "ferry had been late.")
    assert not _positions(text), [r.text for r in _positions(text)]
