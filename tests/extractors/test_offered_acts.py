"""An offer binds the one offering: 'offered to host the talks' (the infinitive is the pledge) and 'offered a joint
inquiry' (an act or a help as the object); an offer of condolences or prayers binds no one."""

import pytest

from tests.helpers import extract_text


def _records(text):
    return extract_text(text, published="2024-05-02").commitments


@pytest.mark.parametrize(
    "text,party,words",
    [
        ("Ghana and Togo held talks in Accra on Monday. Togo offered to host the next round of border talks in Lome "
         "before the rainy season.", "TGO", "host the next round"),
        ("Chile and Bolivia held talks in La Paz. Chile also offered to expand a scholarship scheme for Bolivian "
         "engineering students at its universities.", "CHL", "expand a scholarship scheme"),
        ("Kenya and Uganda held talks in Nairobi. After the clash on the lake, Kenya offered a joint inquiry into the "
         "deaths of the fishermen.", "KEN", "joint inquiry"),
        ("Norway and Iceland held talks in Oslo. Norway offered technical assistance to the Icelandic coast guard for "
         "the search season.", "NOR", "technical assistance"),
    ],
)
def test_an_offer_of_an_act_is_a_pledge_of_the_one_offering(text, party, words):
    found = [r for r in _records(text) if r.kind == "commitment" and words in r.text]
    assert found, [(r.kind, r.text) for r in _records(text)]
    assert found[0].parties == [party]


@pytest.mark.parametrize(
    "text",
    [
        "Kenya and Uganda held talks in Nairobi. Kenya offered its condolences to the families of the fishermen.",
        "Norway and Iceland held talks in Oslo. The Norwegian minister offered warm thanks for the hospitality.",
    ],
)
def test_an_offer_of_condolences_or_thanks_binds_no_one(text):
    assert not [r for r in _records(text) if r.kind == "commitment"], [r.text for r in _records(text)]
