"""An organisation an act is addressed to or bears on is one of its parties beside the two sides: the body of
the people a call is addressed to ("its friends in the African Union", "its allies in NATO") and the body whose
proposal or accession the act answers ("backed the African Union's proposal", "supported Bolivia's Mercosur
accession"). Sentences written for other countries."""

import pytest

from tests.helpers import extract_text


def _parties(text, kind, published="2024-05-06"):
    return [e.parties for e in extract_text(text, published=published).events if e.type == kind]


@pytest.mark.parametrize("sentence", [
    "Kenya urged its friends in the African Union to pay for two more years of the mission.",
    "\"We appeal to our neighbours in the African Union to pay for the mission,\" Kenya's foreign minister said.",
])
def test_a_call_on_members_of_a_bloc_has_the_bloc(sentence):
    text = ("Kenya and Somalia held talks in Nairobi on Monday on border security. Somalia thanked Kenya for its "
            "troops.\n\n" + sentence)
    assert any("AU" in p and "KEN" in p for p in _parties(text, "REQUEST")), _parties(text, "REQUEST")


def test_a_topic_of_the_talks_is_no_party():
    text = ("Kenya and Somalia held talks in Nairobi on Monday. The two presidents discussed developments in the "
            "African Union and the situation in the Horn of Africa.")
    assert all("AU" not in p for p in _parties(text, "CONSULT")), _parties(text, "CONSULT")


def test_a_call_on_allies_in_an_alliance_has_the_alliance():
    text = ("Latvia accused Belarus on Friday of pushing migrants across the border. Belarus denied it.\n\n"
            "The Latvian defence minister urged the country's allies in NATO to send more troops to the frontier.")
    assert any("NATO" in p for p in _parties(text, "REQUEST", "2024-05-04")), _parties(text, "REQUEST", "2024-05-04")


def test_backing_a_body_s_proposal_has_the_body():
    text = ("Kenya and Somalia held talks in Nairobi on Monday on border security. Somalia thanked Kenya for its "
            "troops.\n\nKenya backed the African Union's proposal to extend the mission by a year.")
    assert any("AU" in p for p in _parties(text, "SUPPORT")), _parties(text, "SUPPORT")


def test_supporting_a_candidacy_has_the_bloc():
    text = ("Bolivia and Paraguay held talks in Asunción on Monday. Paraguay's president supported Bolivia's Mercosur "
            "accession and promised help with the customs rules.")
    events = extract_text(text, published="2024-05-08").events
    assert any("MERCOSUR" in e.parties for e in events if e.type == "SUPPORT"), [(e.type, e.parties) for e in events]


def test_a_body_s_proposal_the_pair_only_discussed_is_a_topic():
    text = ("Kenya and Tanzania held talks in Arusha on Monday. Kenya and Tanzania discussed the African Union's "
            "proposal on the border dispute.")
    events = extract_text(text, published="2024-05-08").events
    assert events and all("AU" not in e.parties for e in events), [(e.type, e.parties) for e in events]
