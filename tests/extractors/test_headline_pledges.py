"""A headline's second verb after a comma, which the parser reads as a noun ("A, B sign X, pledge to …"), is the
pledge of the line's subject. Headlines written for other country pairs."""

import pytest

from tests.helpers import extract_text


@pytest.mark.parametrize(
    "headline,parties",
    [
        ("Peru and Ecuador mark 25 years of peace accord, pledge faster customs checks", ["ECU", "PER"]),
        ("Laos, Cambodia sign Mekong Pact, vow to protect fisheries", ["KHM", "LAO"]),
    ],
)
def test_a_headline_pledge_read_as_a_noun(headline, parties):
    text = headline + "\n\nMay 2 (Wire) - The two presidents met on Thursday and spoke to reporters."
    records = extract_text(text, published="2024-05-02").commitments
    pledges = [r for r in records if r.kind == "commitment"]
    assert len(pledges) == 1 and pledges[0].parties == parties, [(r.kind, r.parties, r.text) for r in records]


def test_a_pledge_noun_in_a_sentence_stays_a_noun():
    text = ("SANTIAGO, May 2 (Wire) - Chile and Bolivia met on Thursday. The ministers discussed the border, the "
            "pledge of funds and the railway.")
    records = extract_text(text, published="2024-05-02").commitments
    assert not [r for r in records if r.kind == "commitment"], [(r.kind, r.text) for r in records]


@pytest.mark.parametrize(
    "headline,parties",
    [
        ("Chile to build two border posts, open consulate in Tacna", ["CHL"]),
        ("Peru to open new consulate in Bolivian border town", ["PER"]),
    ],
)
def test_a_headline_subject_with_an_infinitive_pledges(headline, parties):
    records = extract_text(headline + "\n\nChile and Peru held talks in Lima on Monday.", published="2024-05-02").commitments
    assert [r.parties for r in records if r.kind == "commitment"][:1] == [parties], [(r.kind, r.text) for r in records]


def test_a_headline_visit_told_with_an_infinitive_is_no_pledge():
    records = extract_text("President Boric to visit Lima next week\n\nChile and Peru held talks in Lima on Monday.",
                           published="2024-05-02").commitments
    assert not [r for r in records if r.kind == "commitment"], [(r.kind, r.text) for r in records]
