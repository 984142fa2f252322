"""A commitment to the defence of a partner names an act (data acts_named_by_nouns), a commitment to an ideal
or a principle stays a stance; a sum announced by its kind and amount ("a credit line of €500 million") is a pledge."""

import pytest

from tests.helpers import extract_text

OPENING = "{a} and {b} held talks in the capital on Monday. "


def _records(a, b, sentence):
    text = OPENING.format(a=a, b=b) + sentence
    return [r for r in extract_text(text, published="2024-05-02").commitments if r.evidence[0].quote == sentence]


@pytest.mark.parametrize(
    "a,b,sentence,parties",
    [
        ("Norway", "Poland", "Norway reaffirmed its firm commitment to the defence of Poland.", ["NOR"]),
        ("Japan", "Palau", "Japan reaffirmed its commitment to the defense of Palau.", ["JPN"]),
        ("Kenya", "Uganda", "Kenya remains committed to the defence of its borders.", ["KEN"]),
    ],
)
def test_commitment_to_the_defence_of_a_partner_is_a_pledge(a, b, sentence, parties):
    [record] = _records(a, b, sentence)
    assert record.kind == "commitment"
    assert record.parties == parties


@pytest.mark.parametrize(
    "a,b,sentence",
    [
        ("Canada", "Mexico", "Both leaders reaffirmed that they remain committed to an open, free hemisphere."),
        ("India", "Nepal", "Nepal restated its steady commitment to the principle of one China."),
        ("Ghana", "Togo", "Togo remains committed to peace."),
        ("Chile", "Bolivia", "Chile reaffirmed its commitment to the Lima Declaration."),
        # the defence of a value is no act bound to anyone (review r18, finding 7)
        ("Kenya", "Uganda", "Kenya remains committed to the defence of human rights in the region."),
        ("Ghana", "Togo", "Ghana reaffirmed its commitment to the defence of democracy."),
        ("Ghana", "Togo", "Ghana reaffirmed its commitment to the defence of Human Rights."),
    ],
)
def test_commitment_to_an_ideal_stays_a_stance(a, b, sentence):
    records = _records(a, b, sentence)
    assert records and all(r.kind == "position" for r in records)


@pytest.mark.parametrize(
    "sentence",
    [
        "Sweden announced a credit line of up to 500 million euros for Finnish exporters.",
        "Sweden announced a $2 billion loan facility for Finnish shipyards.",
    ],
)
def test_a_sum_announced_by_its_kind_and_amount_is_a_pledge(sentence):
    [record] = _records("Sweden", "Finland", sentence)
    assert record.kind == "commitment" and record.parties == ["SWE"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Sweden announced a new rail line of 300 kilometres to Finland.",
        "Sweden announced a sanctions package against Finland.",
        # a count under a money-compound noun is no sum (review r18, finding 3)
        "The Swedish treasury announced a funding review covering 12 projects.",
        "Sweden announced a loan audit of 40 state firms.",
        "Sweden announced an aid workers' training for 300 volunteers.",
    ],
)
def test_no_sum_of_money_announced_is_no_pledge(sentence):
    assert not [r for r in _records("Sweden", "Finland", sentence) if r.kind == "commitment"]
