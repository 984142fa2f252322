"""A pledge verb whose object is help or a priced sum pledges it ("pledged continued support for …", "promised $20
million for …"); an object that is neither ("vowed revenge", "pledged its loyalty") pledges no act."""

import pytest

from tests.helpers import extract_text

LEAD = "Peru and Chile held talks in Lima on Monday. "


@pytest.mark.parametrize(
    "sentence, party",
    [
        ("Peru's foreign minister pledged continued support for the demining of the Tacna border strip.", "PER"),
        ("Peru pledged its full support for the rebuilding of the bridges in Arica.", "PER"),
        ("Peru pledged $20 million for the reconstruction of the Arica clinics.", "PER"),
        ("Chile promised 40 million dollars for the new hospital in Tacna.", "CHL"),
        ("Peru promised help with the clearing of the flooded roads.", "PER"),
    ],
)
def test_pledged_help_or_money_is_a_pledge(sentence, party):
    records = extract_text(LEAD + sentence, published="2025-05-06").commitments
    assert [(r.kind, r.parties) for r in records] == [("commitment", [party])], [(r.kind, r.text) for r in records]


@pytest.mark.parametrize(
    "sentence",
    [
        "Chile vowed revenge for the attack on its border post.",
        "Peru pledged its loyalty to the Pacific Alliance.",
        "Peru pledged its support for Chile's plan to hold a referendum in May.",
        "Chile pledged full support for the peace proposal of the regional bloc.",
    ],
)
def test_a_pledge_verb_with_another_object_pledges_no_act(sentence):
    records = extract_text(LEAD + sentence, published="2025-05-06").commitments
    assert not [r for r in records if r.kind == "commitment"], [(r.kind, r.text) for r in records]
