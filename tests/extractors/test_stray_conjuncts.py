"""A stance verb after "and" that the parser hangs inside the clause before it ("reiterated that ties have never been
closer and expressed satisfaction with …", "stressed the importance of tackling X and called on Y to …") is the main
subject's own stance, a record of its own."""

import pytest

from tests.helpers import extract_text


def _positions(text):
    return [r for r in extract_text(text, published="2024-05-02").commitments if r.kind == "position"]


@pytest.mark.parametrize(
    "text,parties,words",
    [
        ("Chile and Peru held talks in Lima. Both ministers reiterated that the bond between the two nations has "
         "never been closer and expressed deep satisfaction at the new water-sharing scheme.",
         ["CHL", "PER"], "expressed deep satisfaction at the new water-sharing scheme"),
        ("Norway and Iceland held talks in Oslo. The two ministers confirmed that fishing quotas have been settled "
         "for the season and welcomed the reopening of the ferry route to the Faroes.",
         ["ISL", "NOR"], "welcomed the reopening of the ferry route"),
        ("Chile and Peru held talks in Lima. President Boric stressed the importance of tackling the causes of the "
         "drought and called on Argentina to join the basin commission.", ["CHL"], "called on Argentina to join"),
        ("Kenya and Uganda held talks in Nairobi. Kenya underlined the value of opening the lake ports to traders "
         "and urged Tanzania to cut its transit fees.", ["KEN"], "urged Tanzania to cut its transit fees"),
    ],
)
def test_a_stance_hung_inside_the_clause_before_it_is_the_main_subjects(text, parties, words):
    found = [r for r in _positions(text) if r.text.startswith(words.split()[0]) and words in r.text]
    assert found, [r.text for r in _positions(text)]
    assert sorted(found[0].parties) == parties
