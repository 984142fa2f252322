"""A restated goal, target or pledge of an act of one's own is a pledge (a gerund after "of", or an infinitive the
parser misread after the noun); a pledge told in a relative clause keeps the thing it is about."""

import pytest

from tests.helpers import extract_text

LEAD = "Senegal and Mongolia held talks in Dakar on Monday. "


@pytest.mark.parametrize(
    "sentence, words",
    [
        ("Senegal restated its goal of opening four consulates in Central Asia by 2027.", "opening four consulates"),
        ("Mongolia reiterated its target of connecting every border post to the grid by 2026.",
         "connecting every border post"),
        ("The two sides reaffirmed their aim of building a joint veterinary laboratory within three years.",
         "building a joint veterinary laboratory"),
        ("Mongolia reiterated its pledge to double scholarships for Senegalese students by 2028.", "double scholarships"),
        ("Senegal renewed its pledge to triple cashew shipments to Ulaanbaatar by 2027.", "triple cashew shipments"),
    ],
)
def test_a_restated_goal_or_pledge_of_an_act_is_a_pledge(sentence, words):
    records = extract_text(LEAD + sentence, published="2024-05-06").commitments
    assert [r.kind for r in records] == ["commitment"], [(r.kind, r.text) for r in records]
    assert words in records[0].text and records[0].deadline is not None


@pytest.mark.parametrize(
    "sentence",
    [
        "Senegal praised Mongolia's target of halving diesel use in its mines by 2030.",
        "Mongolia welcomed Senegal's goal of planting a million trees by 2027.",
    ],
)
def test_a_goal_judged_by_another_stays_a_stance(sentence):
    records = extract_text(LEAD + sentence, published="2024-05-06").commitments
    assert all(r.kind == "position" for r in records), [(r.kind, r.text) for r in records]


@pytest.mark.parametrize(
    "sentence, words",
    [
        ("The ministers toured the Thies water plant, which Mongolia has agreed to finish by 2026.",
         "finish the Thies water plant by 2026"),
        ("The ministers discussed the solar farm near Darkhan, which Senegal has pledged to fund next year.",
         "fund the solar farm near Darkhan next year"),
        ("The delegation toured the grain silo in Kaolack, which Mongolia has promised to repair before the rains.",
         "repair the grain silo in Kaolack before the rains"),
    ],
)
def test_a_pledge_in_a_relative_clause_keeps_its_object(sentence, words):
    records = [r for r in extract_text(LEAD + sentence, published="2024-05-06").commitments if r.kind == "commitment"]
    assert [r.text for r in records] == [words]


@pytest.mark.parametrize(
    "sentence, words",
    [
        ("Senegal committed to the construction of a new fish market in Mbour.", "construction of a new fish market"),
        ("The two sides remain committed to the reopening of the Ulaanbaatar trade office.",
         "reopening of the Ulaanbaatar trade office"),
    ],
)
def test_committed_to_an_act_named_by_a_noun_is_a_pledge(sentence, words):
    records = extract_text(LEAD + sentence, published="2024-05-06").commitments
    assert [r.kind for r in records] == ["commitment"] and words in records[0].text, [(r.kind, r.text) for r in records]


@pytest.mark.parametrize("sentence", [
    "Mongolia is committed to the Dakar regional accord.",
    "Senegal committed to the principles of the Rabat declaration.",
])
def test_committed_to_a_thing_stays_a_stance(sentence):
    records = extract_text(LEAD + sentence, published="2024-05-06").commitments
    assert [r.kind for r in records] == ["position"], [(r.kind, r.text) for r in records]
