"""A text that includes, contains or notes a pledge "by" a party tells that party's pledge."""

import pytest

from tests.helpers import extract_text

LEAD = "Peru and Chile held talks in Lima on Monday. "


@pytest.mark.parametrize(
    "sentence, party, words",
    [
        ("The declaration includes a commitment by Chile to open two new border clinics by 2026.", "CHL",
         "open two new border clinics"),
        ("The joint statement contains a pledge by Peru to train 200 customs officers by 2027.", "PER",
         "train 200 customs officers"),
        ("The communique notes a commitment by Peru to reopen the Tacna consulate.", "PER", "reopen the Tacna consulate"),
    ],
)
def test_a_pledge_by_a_party_that_a_text_includes_is_the_partys(sentence, party, words):
    records = extract_text(LEAD + sentence, published="2025-05-06").commitments
    assert [(r.kind, r.parties) for r in records] == [("commitment", [party])] and words in records[0].text


@pytest.mark.parametrize("sentence", [
    "The package includes new loans for small farmers.",
    "The agenda contains a review of the border crossings.",
])
def test_a_text_that_includes_no_partys_pledge_tells_none(sentence):
    assert extract_text(LEAD + sentence, published="2025-05-06").commitments == []
