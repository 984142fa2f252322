"""The pair's next meeting told with its series number or a name of its own ("the 21st meeting of the committee",
"the next Annual Leaders' Dialogue") is a pledge of both; a warning that the warner will act on a condition is
a threat, a pledge of the warner ("warned that he might not attend if …"), while a forecast stays a stance."""

import pytest

from tests.helpers import extract_text

LEAD = "Ghana and Peru held talks in Accra on Monday. "


def _records(sentence):
    return extract_text(LEAD + sentence, published="2024-05-02").commitments


@pytest.mark.parametrize(
    "sentence",
    [
        "The 21st meeting of the joint committee will take place in Lima early next year.",
        "President Mahama asked President Boluarte to open the trade fair in June, and the coming Annual "
        "Leaders' Dialogue will take place in Peru.",
    ],
)
def test_the_pairs_next_meeting_is_a_pledge_of_both(sentence):
    pledges = [r for r in _records(sentence) if r.kind == "commitment" and ("meeting" in r.text or "Dialogue" in r.text)]
    assert [r.parties for r in pledges] == [["GHA", "PER"]], [(r.kind, r.text, r.parties) for r in _records(sentence)]


@pytest.mark.parametrize(
    "sentence,kind",
    [
        ("Ghanaian President John Mahama warned that he might not attend the summit if Bolivia and Chile were left out.",
         "commitment"),
        ("The Ghanaian foreign ministry warned that Ghana would act if the attacks on its fishermen were not stopped.",
         "commitment"),
        ("The Ghanaian central bank warned that prices would rise if the drought continued.", "position"),
        ("The Ghanaian foreign ministry warned that Peru would suffer if it kept the tariffs.", "position"),
    ],
)
def test_a_conditional_warning_of_ones_own_act_is_a_threat(sentence, kind):
    records = _records(sentence)
    assert [(r.kind, r.parties) for r in records] == [(kind, ["GHA"])], [(r.kind, r.text) for r in records]
