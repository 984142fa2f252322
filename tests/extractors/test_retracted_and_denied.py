"""What a text says did not happen is no event: an act whose subject is denied ("No agreement was reached",
"Neither side signed"), and what a correction note says an earlier version wrongly reported."""

import pytest

from tests.helpers import extract_text

LEAD = "Ghana and Togo held talks in Lome on Monday.\n\n"


@pytest.mark.parametrize("sentence", [
    "No agreement was reached on the border crossings, the Togolese foreign ministry said.",
    "Neither side signed the fishing accord.",
    "Correction: An earlier version of this post said that Ghana had closed its border with Togo.",
    "An earlier version of this story incorrectly stated that Togo expelled the Ghanaian ambassador.",
])
def test_no_event_from_what_did_not_happen(sentence):
    events = extract_text(LEAD + sentence, published="2024-05-02").events
    told = [e for e in events if e.evidence[0].quote in sentence]
    assert not [(e.type, e.evidence[0].quote) for e in told if e.type in ("AGREE", "SANCTION", "REJECT")]


def test_the_corrected_fact_after_the_note_is_still_read():
    text = LEAD + ("Correction: An earlier version of this post said that Ghana had closed its border. "
                   "Ghana expelled two Togolese diplomats on Tuesday.")
    events = extract_text(text, published="2024-05-02").events
    assert any("expelled" in e.evidence[0].quote for e in events)
