"""Support given to another country's forces, police or army ("will continue to support Ghana's security forces",
"supported the armed forces with equipment") is AID (CAMEO 072), planned when still to come; support of a
development or a bid stays what it was."""

import pytest

from tests.helpers import extract_text

LEAD = "Ghana and Peru held talks in Accra on Monday. "


def _events(sentence):
    return [e for e in extract_text(LEAD + sentence, published="2024-05-02").events
            if "Accra on Monday" not in e.evidence[0].quote]


@pytest.mark.parametrize(
    "sentence,planned",
    [
        ("Peru will continue to support the Ghana Police Service.", True),
        ("The minister said Peru would continue to support Ghana's security forces.", True),
        ("Peru supported Ghana's armed forces with trucks and radios last year.", False),
    ],
)
def test_support_of_forces_is_aid(sentence, planned):
    aid = [e for e in _events(sentence) if e.type == "AID"]
    assert [(e.parties, e.planned) for e in aid] == [(["GHA", "PER"], planned)], [(e.type, e.planned) for e in _events(sentence)]


def test_support_of_a_development_is_no_aid():
    assert not [e for e in _events("Peru will continue to support Ghana's sustainable development.") if e.type == "AID"]
