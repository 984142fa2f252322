"""Photo captions that show an act of a visit (a handshake, a guard of honour, a photo call) are one more
mention of it, CONSULT, whatever the caption's position marks ("X, left, and Y", "X (R) and Y (L)") or its
"Photo:" lead; a caption showing no act adds no event. Sentences written for other countries."""

import pytest

from pactline.language.headlines import caption_form
from tests.helpers import extract_text

_BODY = ("LUSAKA, May 14 - President Hakainde Hichilema of Zambia held talks with President Lazarus "
         "Chakwera of Malawi at the presidential lodge on Tuesday.\n\n")


@pytest.mark.parametrize(
    "caption,parties",
    [
        ("Zambia's President Hakainde Hichilema, left, and Malawi's President Lazarus Chakwera clasp hands "
         "outside the lodge in Lusaka, Tuesday, May 14, 2024. (AP Photo/A. Writer)", {"ZMB", "MWI"}),
        ("Photo: Zambian President Hakainde Hichilema (R) and Malawian President Lazarus Chakwera (L) shake "
         "hands during an arrival ceremony in Lusaka, Zambia on May 14, 2024. (Agency photo)", {"ZMB", "MWI"}),
        ("Malawi's President Lazarus Chakwera, right, and Zambia's President Hakainde Hichilema review an honor "
         "guard in Lusaka. (Pool photo)(Agency)", {"ZMB", "MWI"}),
        ("Photo: Zambian President Hakainde Hichilema and Malawian President Lazarus Chakwera inspect a guard "
         "of honour at the lodge in Lusaka.", {"ZMB", "MWI"}),
    ],
)
def test_caption_of_an_act_is_a_meeting(caption, parties):
    text = _BODY + caption + "\n"
    events = extract_text(text, published="2024-05-14").events
    shown = [e for e in events if e.evidence[0].quote.strip() in caption and e.type == "CONSULT"]
    assert shown and set(shown[0].parties) == parties, [(e.type, e.parties, e.evidence[0].quote[:40]) for e in events]


def test_caption_without_an_act_adds_no_event():
    caption = "Photo: President Hichilema and President Chakwera at the lodge in Lusaka (ZNBC)"
    events = extract_text(_BODY + caption + "\n", published="2024-05-14").events
    assert not [e for e in events if "ZNBC" in e.evidence[0].quote], [(e.type, e.evidence[0].quote) for e in events]


@pytest.mark.parametrize(
    "text,blanked",
    [
        ("Hichilema, left, and Chakwera shake hands.", "Hichilema        and Chakwera shake hands."),
        ("Hichilema (R) and Chakwera (L) shake hands.", "Hichilema     and Chakwera     shake hands."),
        ("Photo: Hichilema and Chakwera shake hands.", "       Hichilema and Chakwera shake hands."),
        ("The convoy turned left, and the talks began.", "The convoy turned left, and the talks began."),
    ],
)
def test_caption_marks_are_blanked_letter_for_letter(text, blanked):
    assert caption_form(text) == blanked
