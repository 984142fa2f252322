"""Photo captions that show an act of a visit (a handshake, a guard of honour, a photo call) are one more
mention of it, CONSULT, whatever the caption's position marks ("X, left, and Y", "X (R) and Y (L)") or its
"Photo:" lead; a caption showing no act adds no event. Sentences written for other countries."""

import pytest

from pactline.language.headlines import caption_form
from tests.helpers import extract_text

_BODY = ("NAIROBI, May 14 - President William Ruto of Kenya held talks with President John Mahama of Ghana "
         "at State House on Tuesday.\n\n")


@pytest.mark.parametrize(
    "caption,parties",
    [
        ("Kenya's President William Ruto, left, and Ghana's President John Mahama shake hands at State House in "
         "Nairobi, Kenya, Tuesday, May 14, 2024. (AP Photo/A. Writer)", {"KEN", "GHA"}),
        ("Photo: Kenyan President William Ruto (R) and Ghanaian President John Mahama (L) shake hands during an "
         "official welcome ceremony in Nairobi, Kenya on May 14, 2024. (Agency photo)", {"KEN", "GHA"}),
        ("Kenyan President William Ruto, right, and Ghanaian President John Mahama review an honor guard in "
         "Nairobi. (Pool photo)", {"KEN", "GHA"}),
        ("Photo: Kenyan President William Ruto and Ghanaian President John Mahama inspect a guard of honour at "
         "State House in Nairobi.", {"KEN", "GHA"}),
    ],
)
def test_caption_of_an_act_is_a_meeting(caption, parties):
    text = _BODY + caption + "\n"
    events = extract_text(text, published="2024-05-14").events
    shown = [e for e in events if e.evidence[0].quote.strip() in caption and e.type == "CONSULT"]
    assert shown and set(shown[0].parties) == parties, [(e.type, e.parties, e.evidence[0].quote[:40]) for e in events]


def test_caption_without_an_act_adds_no_event():
    caption = "Photo: President Ruto and President Mahama at State House in Nairobi (PSCU)"
    events = extract_text(_BODY + caption + "\n", published="2024-05-14").events
    assert not [e for e in events if "PSCU" in e.evidence[0].quote], [(e.type, e.evidence[0].quote) for e in events]


@pytest.mark.parametrize(
    "text,blanked",
    [
        ("Ruto, left, and Mahama shake hands.", "Ruto        and Mahama shake hands."),
        ("Ruto (R) and Mahama (L) shake hands.", "Ruto     and Mahama     shake hands."),
        ("Photo: Ruto and Mahama shake hands.", "       Ruto and Mahama shake hands."),
        ("The convoy turned left, and the talks began.", "The convoy turned left, and the talks began."),
    ],
)
def test_caption_marks_are_blanked_letter_for_letter(text, blanked):
    assert caption_form(text) == blanked
