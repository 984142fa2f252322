"""A briefing's topic headings and its table of contents ("Contents" / "– On sanctions against Peru's fishing fleet" /
… / "On sanctions against Peru's fishing fleet" / the spokesman's remarks) name what follows: not acts told. The
remarks under them are read; a pledge listed under a lead-in is read however it opens. Written for other countries."""

import pytest

from tests.helpers import extract_text

_BRIEFING = ("Briefing by the Foreign Ministry Spokesperson, Santiago, 3 March 2025\n\n"
             "Contents\n"
             "{mark}On Chile's sanctions against Peruvian fishing companies\n"
             "{mark}On the coming visit by the Foreign Minister to Montevideo\n\n"
             "On Chile's sanctions against Peruvian fishing companies\n\n"
             "On 28 February, Peru expelled two Chilean diplomats over the fishing dispute.\n\n"
             "On the coming visit by the Foreign Minister to Montevideo\n\n"
             "The Foreign Minister will travel to Montevideo next week for talks with Uruguay.\n")


@pytest.mark.parametrize("mark", ["– ", "- ", "• ", ""])
def test_topic_headings_are_no_acts(mark: str) -> None:
    events = extract_text(_BRIEFING.format(mark=mark), published="2025-03-03").events
    quotes = [e.evidence[0].quote for e in events]
    assert not any("sanctions against Peruvian" in q or "coming visit by" in q for q in quotes), quotes
    assert any("expelled two Chilean diplomats" in q for q in quotes), quotes
    assert any("will travel to Montevideo" in q for q in quotes), quotes


@pytest.mark.parametrize("opening", ["On Monday", "On 4 March", "On behalf of the government"])
def test_a_sentence_opening_with_on_is_read(opening: str) -> None:
    text = f"{opening} the President of Ghana met the President of Togo in Lome to discuss border security\n"
    assert extract_text(text, published="2025-03-05").events
