"""Whoever hosts, convenes or mediates a meeting, and the body it does so for, is one of the meeting's
parties. Sentences written for other countries."""

import pytest

from tests.helpers import extract_text


@pytest.mark.parametrize("text, parties", [
    ("Rwandan and Burundian envoys held talks in Luanda on Monday, mediated by Angola.",
     {"AGO", "BDI", "RWA"}),
    ("Rwandan and Burundian officials met in Nairobi on Monday, hosted by Kenyan President William Ruto as "
     "African Union chair.", {"AU", "BDI", "KEN", "RWA"}),
])
def test_host_or_mediator_joins_the_meeting(text, parties):
    events = [e for e in extract_text(text, published="2024-05-08").events if e.type == "CONSULT"]
    assert events and set(events[0].parties) == parties, [(e.type, e.parties) for e in events]


def test_gathering_one_is_invited_to_joins_the_meeting():
    text = "President Ruto invited President Mahama to the African Union summit in Addis Ababa."
    events = [e for e in extract_text(text, published="2024-05-08").events if e.type == "CONSULT"]
    assert events and "AU" in events[0].parties, [(e.type, e.parties) for e in events]
