"""A stance told in a relative clause of saying on a text or a talk ("…, in which he said he hoped for …") is a
stance of its own, held by whoever said it; the stance before it keeps its own words, without "in which he said".
Sentences written for other country pairs."""

import pytest

from tests.helpers import extract_text

_OPENING = "ACCRA, May 6 (Reuters) - Ghanaian President John Mahama met Togolese President Faure Gnassingbe on Monday.\n\n"


@pytest.mark.parametrize("sentence, first, second", [
    ("Ghana called for calm along the border in a statement on Monday, in which it said it hoped for an early "
     "deal on fishing rights with Togo.", "called for calm along the border in a statement on Monday",
     "hoped for an early deal on fishing rights with Togo"),
    ("Mahama condemned the raid on the Togolese customs post in a letter to Gnassingbe, in which he said he hoped "
     "for a swift inquiry.", "condemned the raid on the Togolese customs post in a letter to Gnassingbe",
     "hoped for a swift inquiry"),
])
def test_two_stances_in_one_sentence_are_two_positions(sentence, first, second):
    records = extract_text(_OPENING + sentence + "\n", published="2024-05-06").commitments
    texts = [(r.text, r.parties) for r in records if r.kind == "position"]
    assert (first, ["GHA"]) in texts and (second, ["GHA"]) in texts, texts


def test_a_stance_said_in_a_message_is_held_by_who_said_it():
    text = _OPENING + "Mahama sent a message to Gnassingbe on Monday, in which he said he hoped for closer ties.\n"
    records = extract_text(text, published="2024-05-06").commitments
    assert [(r.text, r.parties) for r in records if r.kind == "position"] == [("hoped for closer ties", ["GHA"])]
