"""A joint text's bulleted list of outcomes told in nouns ("• Signing of a memorandum on …", "• Renewal of the
… arrangement"): each item is an AGREE of the text's two parties."""

import pytest

from tests.helpers import extract_text

LEAD = ("President Mahama of Ghana welcomed President Boric of Chile to Accra today for a State Visit.\n\n"
        "The visit produced these results:\n\n")


@pytest.mark.parametrize("item", [
    "• Signing of a Memorandum of Understanding on Fisheries.",
    "• Signing of a 2 billion dollar contract to build patrol boats for the navy.",
    "• Renewal of the Youth Mobility arrangement, to grow to 5,000 places a year.",
    "- Signing of a Letter of Intent on Port Cooperation.",
])
def test_a_listed_outcome_is_an_agreement_of_both(item):
    events = extract_text(LEAD + item, published="2024-05-03").events
    agreed = [e for e in events if e.type == "AGREE" and e.evidence[0].quote.lstrip("•- ").startswith(item[2:12])]
    assert agreed and set(agreed[0].parties) == {"CHL", "GHA"}, [(e.type, e.parties, e.evidence[0].quote) for e in events]


def test_a_heading_naming_a_signing_is_not_a_listed_item():
    text = "Signing of a Memorandum of Understanding on Fisheries\n\nThe two ministers met in Accra on 3 May 2024."
    events = extract_text(text, published="2024-05-03").events
    assert not [e for e in events if e.type == "AGREE" and not e.parties], [(e.type, e.parties) for e in events]
