"""A transcript that sets the speaker's label on a line of its own ("President Hakainde Hichilema:" above the
turn) gives the turn's "I" to that speaker, as "PRESIDENT X: …" does; a question's label alone on a line opens
no turn."""

import pytest

from pactline.language.speakers import turn_label
from tests.helpers import extract_text

TEXT = ("Press conference of Zambia and Malawi\n\nPresident Lazarus Chakwera:\n\nWe have agreed a new approach to the "
        "border.\n\nPresident Hakainde Hichilema:\n\nThank you, Lazarus. We have decided to open a new consulate in "
        "Chipata, and I am convinced this will transform trade between us. I call on our SADC partners to back "
        "the plan, since smuggling hurts every one of us.\n")


def test_a_label_alone_on_its_line_opens_the_speakers_turn():
    records = extract_text(TEXT, published="2024-05-02").commitments
    mine = {r.text.split()[0]: r.parties for r in records if r.kind == "position"}
    assert mine.get("convinced") == ["ZMB"] and mine.get("call") == ["ZMB"], [(r.text, r.parties) for r in records]


def test_only_a_speakers_label_stands_alone():
    assert turn_label("President Hakainde Hichilema:") == ("President Hakainde Hichilema:", "speaker")
    assert turn_label("Q:") is None
    assert turn_label("The two sides agreed to:") is None


@pytest.mark.parametrize("line", ["KEY OUTCOMES:", "NEXT STEPS:", "JOINT DECLARATION:"])
def test_a_heading_in_capitals_alone_on_its_line_is_no_speaker(line):
    assert turn_label(line) is None
