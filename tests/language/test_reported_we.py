"""'We' in what one leader says: that leader's side, in every clause of the quote, not the document's pair."""

import pytest

from tests.helpers import extract_text


@pytest.mark.parametrize(
    "quote,kind,expected",
    [
        ("\"We reject the blockade of the port, and we call for an immediate truce,\" Kenyan President William Ruto "
         "told a joint press conference.", "REQUEST", "KEN"),
        ("\"We condemn the raids on the border villages, and we demand an inquiry,\" Chilean President Gabriel Boric "
         "told reporters.", "REQUEST", "CHL"),
    ],
)
def test_we_in_a_second_clause_of_a_quote_is_the_speakers_side(quote, kind, expected):
    opening = "Kenya and Ghana held talks on Monday.\n\n" if expected == "KEN" else "Chile and Peru held talks on Monday.\n\n"
    events = [e for e in extract_text(opening + quote, published="2024-05-07").events if e.type == kind]
    assert events and all(e.parties == [expected] for e in events), [(e.type, e.parties) for e in events]


def test_it_in_what_a_capital_reports_is_that_capitals_country_not_the_last_actor():
    text = ("Chile shelled border posts in Peru on Friday. Lima said it would not attend the fourth round of border "
            "talks with Santiago that was planned for Monday in Quito.")
    events = [e for e in extract_text(text, published="2024-05-08").events if "attend" in e.evidence[0].quote]
    assert events and all(e.source_actor.country == "PER" for e in events), [(e.type, e.parties) for e in events]
