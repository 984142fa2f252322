"""A meeting that an agreement or decision settles for later ("agreed that their envoys would meet", "decided that a
business forum will be held in Lima", "their next summit, which will take place in Lima") is a planned meeting
(CONSULT) of the pair beside the agreement, never a meeting told as done."""

import pytest

from tests.helpers import extract_text

LEAD = "Ghana and Peru held talks in Accra on Monday. "


def _planned_meetings(sentence: str) -> list:
    events = extract_text(LEAD + sentence, published="2024-05-02").events
    told = [e for e in events if sentence[:25] in e.evidence[0].quote]
    assert not [e for e in told if e.type == "CONSULT" and not e.planned], [(e.type, e.planned) for e in told]
    return [e for e in told if e.type == "CONSULT" and e.planned]


@pytest.mark.parametrize(
    "sentence",
    [
        "The presidents agreed that their special envoys would meet again at an early date.",
        "The two ministers decided that a Ghana-Peru investment forum would be held in Cusco in October.",
        "The cabinets adopted a joint road map that their next summit, which will take place in Lima in 2026, is to review.",
    ],
)
def test_a_meeting_settled_for_later_is_planned(sentence):
    planned = _planned_meetings(sentence)
    assert [e.parties for e in planned] == [["GHA", "PER"]]


def test_two_meetings_settled_in_one_agreement_are_two():
    sentence = ("The leaders agreed that their defence ministers will meet every year, and that a Ghana-Peru "
                "investment forum will be held in Lima in the second half of this year.")
    assert len(_planned_meetings(sentence)) == 2


def test_a_growth_that_offered_chances_is_no_act_of_the_leaders():
    events = extract_text(LEAD + "The leaders agreed that Peru's mines could support Ghana's industry and that "
                          "Ghana's growth offered openings for Peruvian firms.", published="2024-05-02").events
    assert [e.type for e in events if "mines" in e.evidence[0].quote] == ["AGREE"]
