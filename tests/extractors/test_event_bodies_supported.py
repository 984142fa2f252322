"""The body named in what a side's support is for is a party of the act: "its support for Kenya's chairmanship of
the East African Community", "backed Peru's partnership with the European Union"; a standing the pair only
discussed leaves the body a topic (round 18, issue 14)."""

import pytest

from tests.helpers import extract_text

LEAD = "Kenya and Ghana held talks in Accra on Monday. "


def _acts(sentence: str, etype: str):
    return [sorted(e.parties) for e in extract_text(LEAD + sentence, published="2024-05-02").events
            if e.type == etype and sentence[:20] in e.evidence[0].quote]


@pytest.mark.parametrize("sentence, body", [
    ("The Ghanaian side expressed its support for Kenya's chairmanship of the East African Community.", "EAC"),
    ("Ghana reaffirmed its support for Kenya's partnership with the African Union.", "AU"),
    ("Ghana welcomed Kenya's presidency of the African Union.", "AU"),
])
def test_the_body_of_a_supported_standing_is_a_party(sentence, body):
    found = _acts(sentence, "SUPPORT")
    assert found and all(body in parties for parties in found), found


def test_a_standing_only_discussed_leaves_the_body_a_topic():
    found = _acts("The two sides discussed Kenya's partnership with the African Union.", "CONSULT")
    assert found and all("AU" not in parties for parties in found), found


def test_the_first_body_of_a_seat_bid_only():
    found = _acts("Ghana backed Kenya's bid for a seat on the African Union Peace and Security Council.", "SUPPORT")
    assert found == [["AU", "GHA", "KEN"]], found


def test_the_body_a_side_accedes_to_is_no_party_of_the_support():
    found = _acts("Ghana reaffirmed its strong support for Kenya's accession to the Organisation of Islamic Cooperation.",
                  "SUPPORT")
    assert found == [["GHA", "KEN"]], found
