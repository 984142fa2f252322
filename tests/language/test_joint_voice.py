"""A joint text speaks for both its countries ("Our countries will continue to provide Moldova with …"), and a
verb's partner is found before the partner of a verb coordinated with it ("reaffirmed support for Moldova and
condemned Russia's attacks": Moldova is whom the support is for)."""

import pytest

from tests.helpers import extract_text

_OPENING = "Estonian Prime Minister Kaja Tamm met Latvian Prime Minister Evika Berzina in Riga on Monday. "


@pytest.mark.parametrize("sentence, kind, parties", [
    ("Our countries will continue to provide Moldova with political and humanitarian support.", "AID",
     {"EST", "LVA", "MDA"}),
    ("Our two countries will continue to provide Georgia with financial aid.", "AID", {"EST", "LVA", "GEO"}),
])
def test_our_countries_are_both(sentence, kind, parties):
    events = [e for e in extract_text(_OPENING + sentence, published="2025-03-03").events if e.type == kind]
    assert events and set(events[0].parties) == parties


@pytest.mark.parametrize("sentence, parties", [
    ("The prime ministers reaffirmed the support of both nations for Moldova and condemned Russia's attacks on "
     "civilians.", {"EST", "LVA", "MDA"}),
    ("The two leaders reaffirmed their support for Georgia and condemned Russia's occupation of its regions.",
     {"EST", "LVA", "GEO"}),
])
def test_partner_of_the_verb_before_the_coordinated_verb(sentence, parties):
    events = [e for e in extract_text(_OPENING + sentence, published="2025-03-03").events if e.type == "SUPPORT"]
    assert events and set(events[0].parties) == parties


@pytest.mark.parametrize("headline, parties", [
    ("Ghana, Togo leaders agree to reopen border", {"GHA", "TGO"}),
    ("Chile, Peru ministers sign fisheries pact", {"CHL", "PER"}),
])
def test_headline_comma_before_a_country_noun_is_and(headline, parties):
    events = [e for e in extract_text(headline + "\n\nThe border will reopen on Monday.").events if e.type == "AGREE"]
    assert events and set(events[0].parties) == parties
