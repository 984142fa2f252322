"""Under a related-stories marker, a line set as a title (no sentence end: "Ghana, Togo sign five trade deals")
names another page's story: it is not read for events. A related story's own sentences still are."""

import pytest

from tests.helpers import extract_text

_STORY = ("Ghana and Togo agree to reopen border crossings\n\nACCRA, 3 May 2024 - Ghanaian President John Mahama "
          "and Togolese President Faure Gnassingbe met in Accra on Friday and agreed to reopen two border crossings "
          "at Aflao.\n\n")


@pytest.mark.parametrize(
    "related",
    [
        "Related stories\nGhana, Togo sign five trade deals\nTogolese minister thanks Ghana for flood aid",
        "Related Posts\n> Mahama receives Togolese delegation at Jubilee House\n> Ghana and Togo discuss transit fees",
        "Read also:\nTogo recalls envoy from Ghana over border shooting",
    ],
)
def test_related_titles_are_no_events(related):
    events = extract_text(_STORY + related, published="2024-05-03").events
    quotes = [e.evidence[0].quote for e in events]
    assert events and all("Aflao" in q or "border crossings" in q for q in quotes), quotes


def test_a_related_storys_sentences_are_still_read():
    related = ("Related stories\nTogo thanks Ghana for support\n"
               "Togolese Foreign Minister Robert Dussey thanked Ghana on Thursday for its support during the floods.")
    events = extract_text(_STORY + related, published="2024-05-03").events
    assert any("thanked Ghana" in e.evidence[0].quote for e in events), [e.evidence[0].quote for e in events]
