"""A meeting of the pair still to come told by "take place" ("the next round … should take place in Lima", "in
which the next session is expected to take place") is a planned meeting (CONSULT) of both, not an agreement."""

import pytest

from tests.helpers import extract_text

LEAD = "Ghana and Peru held talks in Accra on Monday. "


@pytest.mark.parametrize(
    "sentence",
    [
        "Both presidents agreed that the next round of the Ghana-Peru Joint Commission should take place in Lima.",
        "President Mahama said Ghana would keep backing the mediation, where the next negotiating round is "
        "expected to take place in Lima within weeks.",
        "The ministers noted that the next session would take place in Accra by December.",
    ],
)
def test_a_meeting_to_come_that_takes_place_is_a_planned_meeting_of_both(sentence):
    events = extract_text(LEAD + sentence, published="2024-05-02").events
    planned = [e for e in events if e.planned and e.type == "CONSULT"]
    assert [e.parties for e in planned] == [["GHA", "PER"]], [(e.type, e.planned, e.parties) for e in events]
