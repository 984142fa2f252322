"""Pledges told side by side in one sentence of a readout or a wire report: a "while …" or "as …" clause with
its own subject, the items after a colon, the pair named as "the two neighbours", and a state's name with a
reflexive ("Ghana itself plans …")."""

import pytest

from tests.helpers import extract_text


def _pledges(text, published="2024-05-02"):
    return [r for r in extract_text(text, published=published).commitments if r.kind == "commitment"]


@pytest.mark.parametrize(
    "sentence,first,second,second_parties",
    [
        ("Ghana announced that it would expand its embassy in Lima, while Peru pledged to open a consulate in Kumasi.",
         "expand its embassy", "open a consulate", ["PER"]),
        ("Peru will train Ghanaian customs officers, whereas Ghana intends to send geologists to the Andes.",
         "train Ghanaian customs officers", "send geologists", ["GHA"]),
        ("Ghana said it would lift the ban on Peruvian fruit, as the two neighbours agreed to double trade by 2030.",
         "lift the ban", "double trade", ["GHA", "PER"]),
    ],
)
def test_a_pledge_in_a_clause_set_beside_another_is_its_own(sentence, first, second, second_parties):
    records = _pledges("Ghana and Peru held talks in Accra on Monday. " + sentence)
    texts = [r.text for r in records]
    assert any(first in t and second not in t for t in texts), texts
    own = [r for r in records if second in r.text and first not in r.text]
    assert own and own[0].parties == second_parties, [(r.text, r.parties) for r in records]


def test_the_items_after_a_colon_are_pledges_beside_the_one_that_announces_them():
    text = ("Ghana and Peru held talks in Accra on Monday. On fisheries, the two sides agreed to coordinate more "
            "closely: Ghana declared its readiness to share catch data, while Peru intends to offer more training "
            "for inspectors.")
    records = _pledges(text)
    texts = [r.text for r in records]
    assert any(t.startswith("coordinate more closely") for t in texts), texts
    assert any("share catch data" in t and "training" not in t for t in texts), texts
    assert any("offer more training" in t for t in texts), texts


@pytest.mark.parametrize("subject", ["The two neighbours", "Both allies", "The two partners"])
def test_the_pair_named_by_its_relation_agrees_for_both(subject):
    records = _pledges(f"Ghana and Peru held talks in Accra on Monday. {subject} agreed to widen trade ties.")
    assert [r.parties for r in records] == [["GHA", "PER"]], [(r.text, r.parties) for r in records]


@pytest.mark.parametrize(
    "sentence,party",
    [
        ("Peru itself plans to open a trade office in Accra by the autumn.", ["PER"]),
        ("Ghana, too, will open a cultural centre in Lima next year.", ["GHA"]),
    ],
)
def test_a_state_with_a_reflexive_is_no_person_on_a_programme(sentence, party):
    records = _pledges("Ghana and Peru held talks in Accra on Monday. " + sentence)
    assert [r.parties for r in records] == [party], [(r.text, r.parties) for r in records]


def test_a_single_pledge_with_a_while_clause_without_cue_stays_one():
    records = _pledges("Ghana and Peru held talks in Accra on Monday. Ghana will build a new port at Takoradi, while "
                       "Peru watches the talks closely.")
    assert len(records) == 1, [r.text for r in records]
