"""Threats told as a response still to come ("will respond firmly to any attack", "will continue to respond
sternly to provocations") or as what will not be tolerated or left unanswered; a response already given or
a cooperative reply is none. Sentences written for other countries."""

import pytest

from tests.helpers import extract_text


def _events(text, published="2024-05-08"):
    return extract_text(text, published=published).events


@pytest.mark.parametrize(
    "text,parties",
    [
        ("Eritrea said it would respond to any provocation by Djibouti.", {"ERI", "DJI"}),
        ("Tbilisi will continue to respond sternly to Russian provocations, the ministry said on Monday.",
         {"GEO", "RUS"}),
        ('"We will not tolerate any new incursion by Cambodia," the Thai minister said on Monday.',
         {"THA", "KHM"}),
        ("Minsk would not leave the expulsion unanswered, the Belarusian foreign ministry said on Monday.",
         {"BLR", "LTU"}),
    ],
)
def test_response_to_come_is_threat(text, parties):
    events = _events(text)
    assert any(e.type == "THREATEN" and set(e.parties) <= parties and e.parties for e in events), [
        (e.type, e.parties) for e in events]


@pytest.mark.parametrize(
    "text",
    [
        "Norway will respond to a request from Iceland for fisheries data.",
        "The Prime Minister of Kenya will not tolerate corruption in the ministry.",
    ],
)
def test_no_threat(text):
    assert not any(e.type == "THREATEN" for e in _events(text))
