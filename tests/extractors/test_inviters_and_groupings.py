"""Who an occasion's parties are: whoever invited one to it ("accepted X's invitation to attend the summit"),
and groupings named in a gathering's name (the Quad, the CPTPP) as organisations."""

import pytest

from tests.helpers import extract_text


@pytest.mark.parametrize("text, want", [
    # (a body's summit to come in a third country adds no host: the town is the body's house, round 18 review)
    ("ACCRA, March 3, 2024 - President Mahama held talks with President Ruto.\n\nRuto accepted Mahama's invitation "
     "to attend the ECOWAS summit in Abuja in June.", {"ECOWAS", "GHA", "KEN"}),
    ("OTTAWA, March 3, 2024 - Prime Minister Trudeau met Prime Minister Luxon of New Zealand.\n\nLuxon accepted "
     "Trudeau's invitation to attend the CPTPP summit in Vancouver in the autumn.", {"CAN", "CPTPP", "NZL"}),
])
def test_the_inviter_and_the_body_join_an_attended_summit(text, want):
    events = [e for e in extract_text(text).events if e.type == "CONSULT" and "summit" in e.evidence[0].quote]
    assert any(set(e.parties) == want for e in events), [(e.evidence[0].quote, e.parties) for e in events]


@pytest.mark.parametrize("text, code", [
    ("CANBERRA, March 3, 2024 - Australia will host a Quad foreign ministers' meeting in Adelaide in September, "
     "the foreign minister announced.", "QUAD"),
    ("SANTIAGO, May 3, 2024 - Chile and Peru invited Ecuador to the CPTPP summit in Lima next year.", "CPTPP"),
])
def test_groupings_named_in_a_gathering_are_organisations(text, code):
    events = extract_text(text).events
    assert any(code in e.parties for e in events), [(e.evidence[0].quote, e.parties) for e in events]
