"""Money pledged, promised or announced for a country, and projects funded or financed, are aid (planned when
still to come); a pledge of support without money stays a pledge. Sentences written for other countries."""

import pytest

from tests.helpers import extract_text


def _events(text, published="2024-05-08"):
    return extract_text(text, published=published).events


@pytest.mark.parametrize(
    "text,parties,planned",
    [
        ("Japan also pledged 85 million dollars to help Tonga adapt to climate change.", {"JPN", "TON"}, False),
        ("Japan financed the construction of a bridge in Laos.", {"JPN", "LAO"}, False),
        ("Japan will fund an undersea telecommunications cable for Palau.", {"JPN", "PLW"}, True),
    ],
)
def test_money_for_a_country_is_aid(text, parties, planned):
    events = _events(text)
    assert any(e.type == "AID" and set(e.parties) == parties and e.planned == planned for e in events), [
        (e.type, e.parties, e.planned) for e in events]


def test_pledge_without_money_is_no_aid():
    assert not any(e.type == "AID" for e in _events("Ghana pledged to support Togo's candidacy."))
