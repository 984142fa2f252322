"""A leader named by the country's adjective or possessive ("the Ghanaian leader", "Peru's leader") is one person: a
trip or a ceremony on their programme is a schedule item, no pledge of the state (labelling guide: "neither")."""

import pytest

from tests.helpers import extract_text

LEAD = "Kenya and Ghana held talks in Nairobi on Monday. "


@pytest.mark.parametrize("sentence", [
    "The Ghanaian leader is scheduled to return to Nairobi next month to receive an honorary degree.",
    "Kenya's leader is scheduled to travel to Accra in May to attend a jazz festival.",
    "The Kenyan leader will also speak at a business forum in Kumasi on Tuesday.",
])
def test_a_leaders_programme_is_no_pledge(sentence):
    records = extract_text(LEAD + sentence, published="2025-03-04").commitments
    assert not [r for r in records if r.kind == "commitment"], [(r.text, r.parties) for r in records]


@pytest.mark.parametrize("sentence", [
    "The two leaders agreed to open a joint trade office in Accra by 2026.",
    "The Ghanaian leader pledged to send 200 nurses to Kenyan hospitals next year.",
])
def test_a_leaders_pledge_stays_one(sentence):
    records = extract_text(LEAD + sentence, published="2025-03-04").commitments
    assert [r.kind for r in records] == ["commitment"], [(r.text, r.parties) for r in records]
