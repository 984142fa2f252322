"""A relative clause whose subject is "who" and whose noun is an actor tells that actor's own pledge or stance;
one that describes a thing ("the railway, which Ghana will fund") stays a description."""

import pytest

from tests.helpers import extract_text

LEAD = "Ghana and Togo held talks in Lome on Monday.\n\n"


@pytest.mark.parametrize("sentence, kind, parties, text", [
    ("President Mahama also met Togolese Prime Minister Victoire Dogbe, who pledged to open two new border posts "
     "by 2026.", "commitment", ["TGO"], "open two new border posts by 2026"),
    ("Mahama met Togolese President Faure Gnassingbe, who said Togo supports Ghana's bid to host the summit.",
     "position", ["TGO"], "supports Ghana's bid to host the summit"),
])
def test_an_actors_own_relative_clause(sentence, kind, parties, text):
    records = extract_text(LEAD + sentence, published="2024-05-02").commitments
    assert [(r.kind, r.parties) for r in records if r.text == text] == [(kind, parties)], \
        [(r.kind, r.parties, r.text) for r in records]


def test_a_relative_clause_about_a_thing_is_no_pledge_of_its_own():
    records = extract_text(LEAD + "The railway, which Ghana will fund by 2027, will link the two capitals.",
                           published="2024-05-02").commitments
    assert not [r for r in records if "fund" in r.text]


def test_a_standing_trait_in_a_relative_clause_is_no_stance():
    records = extract_text(LEAD + "President Faure Gnassingbe, who has long sought good ties with Accra, has not "
                           "commented on the dispute.", published="2024-05-02").commitments
    assert not records, [(r.kind, r.text) for r in records]
