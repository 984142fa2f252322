"""A headline's act told without a time takes the day the body gives the same act, unless the body also tells that
act on the headline's own day (the text's day): then the headline is that day's news, not an act of the eve."""

import pytest

from tests.helpers import extract_text


@pytest.mark.parametrize("text, published, day", [
    ("Kenya's Ruto, Ghana's Mahama sign nine deals\n\nACCRA, March 6 (Wire) - Kenyan President William Ruto and "
     "Ghanaian President John Mahama signed nine agreements on Thursday covering trade and health.\n\nTheir "
     "foreign ministers signed a visa waiver accord on Wednesday evening, ahead of the summit.",
     "2025-03-06", "2025-03-06"),
    ("Peru, Chile sign port accords\n\nLIMA, May 15 (Wire) - Peru and Chile signed four port accords on Thursday "
     "after talks in Lima.\n\nThe two countries also signed a fisheries protocol on Tuesday, officials said.",
     "2025-05-15", "2025-05-15"),
])
def test_headline_told_on_the_texts_day_keeps_it(text, published, day):
    events = extract_text(text, published=published).events
    headline = [e for e in events if e.type == "AGREE" and e.evidence and e.evidence[0].start < text.index("\n")]
    assert headline and all(str(e.date) == day for e in headline)


def test_headline_takes_the_day_the_body_alone_gives():
    text = ("Ecuador and Peru sign border accord\n\nQUITO, June 12 (Wire) - The accord was signed by Ecuador and "
            "Peru on Monday in Quito, officials said, and it takes effect in July.")
    events = extract_text(text, published="2024-06-12").events
    headline = [e for e in events if e.type == "AGREE" and e.evidence and e.evidence[0].start < text.index("\n")]
    assert headline and all(str(e.date) == "2024-06-10" for e in headline)
