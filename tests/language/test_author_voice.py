"""An op-ed, an address or a letter is one voice: where a line at its top names the author ("By NAME, Ambassador
of X", "Address by the President of X, NAME, to …") and the text speaks in the first person singular, its "we"
is the author's side, not the pair it is about; "we … together" stays both. A journalist's byline places no side."""

import pytest

from pactline.language.speakers import author_voice
from tests.helpers import extract_text

_OPED = ("Opinion\n\nA new season for Kenya and Ghana\nBy Mary Otieno, High Commissioner of Kenya to Ghana\n\n"
         "Last month I travelled with President Ruto to Accra, where the two presidents held talks. {sentence}\n")
_ADDRESS = ("Address by the President of Chile, Ana Rojas, to the Congress of Peru\n\nLima, 3 May 2024\n\n"
            "It is an honour for me to speak to the representatives of the Peruvian people. {sentence}\n")


@pytest.mark.parametrize("frame, sentence, holder", [
    (_OPED, "We stand ready to help Ghana build its new cocoa terminals.", "KEN"),
    (_OPED, "We welcome Ghana's decision to open its market to Kenyan tea.", "KEN"),
    (_ADDRESS, "We will continue to support Peru's bid to join the OECD.", "CHL"),
    (_ADDRESS, "We condemn the attacks on the border posts of our neighbour Bolivia.", "CHL"),
])
def test_we_in_a_one_voiced_text_is_the_authors_side(frame, sentence, holder):
    records = extract_text(frame.format(sentence=sentence), published="2024-05-03").commitments
    mine = [r for r in records if sentence[:30] in r.evidence[0].quote]
    assert mine and all(r.parties == [holder] for r in mine), [(r.kind, r.parties) for r in records]


@pytest.mark.parametrize("text, author", [
    (_OPED.format(sentence="x"), "Mary Otieno, High Commissioner of Kenya"),
    (_ADDRESS.format(sentence="x"), "the President of Chile, Ana Rojas"),
    ("Nairobi news\n\nBy Jane Doe in Nairobi\n\nKenya and Ghana signed a deal. It will open a road.", None),
])
def test_the_author_line_and_where_it_is_cut(text, author):
    assert author_voice(text) == author


def test_a_toast_to_a_guest_on_the_same_stage_has_no_one_voice():
    text = ("Speech by the President of Ghana, John Mahama, at the state banquet in honour of President Ruto\n\n"
            "It is an honour for me to welcome you. We will double the flights between our countries.\n")
    assert author_voice(text) is None
    toast = "Toast by Prime Minister Ana Rojas of Chile at the luncheon for the Peruvian delegation\n\nI thank you all.\n"
    assert author_voice(toast) is None
