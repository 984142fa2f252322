"""A wish to do an act of one's own by a stated time is a plan (a commitment); undated it stays a stance."""

import pytest

from tests.helpers import extract_text

LEAD = "Ghana and Togo held talks in Accra on Monday. "


@pytest.mark.parametrize(
    "sentence",
    [
        "We want to conclude the agreement on the mutual supply of fuel before the end of the year, the Ghanaian president said.",
        "Ghana wants to open the new border post at Aflao by March next year, the minister said.",
        "Togo hopes to finish the coastal road to the border within two years, the Togolese president said.",
    ],
)
def test_a_dated_wish_to_act_is_a_pledge(sentence):
    records = extract_text(LEAD + sentence, published="2023-05-02").commitments
    assert [r.kind for r in records] == ["commitment"], [(r.kind, r.text, r.deadline) for r in records]
    assert records[0].deadline is not None


@pytest.mark.parametrize(
    "sentence",
    [
        "Ghana wanted to make the Gulf of Guinea a sea of peace and trade, the minister said.",
        "Togo wants to see the relationship reach a new stage, the minister said.",
    ],
)
def test_an_undated_wish_stays_a_stance(sentence):
    records = extract_text(LEAD + sentence, published="2023-05-02").commitments
    assert all(r.kind == "position" for r in records), [(r.kind, r.text) for r in records]
