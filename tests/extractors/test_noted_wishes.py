"""A wish of a named country noted by another ("noted the desire of Chile to …", "noted Peru's wish to …") is the
stance of the country whose wish it is, whoever notes it (sentences written for other country pairs)."""

import pytest

from tests.helpers import extract_text

CONTEXT = "The Bahraini king received the Jordanian prime minister in Manama on Monday. "


@pytest.mark.parametrize(
    "sentence,parties",
    [
        ("The king noted the desire of Jordan to open a consulate in Muharraq next year.", ["JOR"]),
        ("The king noted Jordan's wish to join the regional power grid.", ["JOR"]),
        ("The prime minister noted Bahrain's aspiration to host the next Arab economic forum.", ["BHR"]),
    ],
)
def test_a_noted_wish_is_its_owners_stance(sentence, parties):
    records = extract_text(CONTEXT + sentence, published="2024-05-02").commitments
    assert [(r.kind, r.parties) for r in records] == [("position", parties)], [(r.kind, r.parties, r.text) for r in records]


@pytest.mark.parametrize(
    "sentence,parties",
    [
        ("A Jordanian cabinet spokesman said Jordan had asked Bahrain to extend the date-palm import quota.",
         ["JOR"]),
        ("The Bahraini foreign ministry said it had asked Jordan to return the seized shipment.", ["BHR"]),
    ],
)
def test_a_request_a_spokesman_tells_in_the_perfect_is_a_stance(sentence, parties):
    records = extract_text(CONTEXT + sentence, published="2024-05-02").commitments
    assert {(r.kind, tuple(r.parties)) for r in records} == {("position", tuple(parties))}, \
        [(r.kind, r.parties, r.text) for r in records]
