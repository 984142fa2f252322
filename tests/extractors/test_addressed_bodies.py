"""An organisation an act is addressed to or bears on is one of its parties beside the two sides: the body of
the people a call is addressed to ("our partners in the European Union", "its allies in NATO") and the body whose
decision or membership the act answers ("welcomed the African Union's decision", "approved Finland's NATO
membership"). Sentences written for other countries."""

from tests.helpers import extract_text


def _parties(text, kind, published="2024-05-06"):
    return [e.parties for e in extract_text(text, published=published).events if e.type == kind]


def test_a_call_on_partners_in_a_bloc_has_the_bloc():
    text = ("Chile accused Peru on Monday of letting its trawlers fish inside Chilean waters. Peru rejected the "
            "claim.\n\n\"We call on our partners in the European Union to stop buying fish caught by Peruvian "
            "trawlers,\" the Chilean minister said.")
    assert any("EU" in p and "CHL" in p for p in _parties(text, "REQUEST")), _parties(text, "REQUEST")


def test_a_call_on_allies_in_an_alliance_has_the_alliance():
    text = ("Latvia accused Belarus on Friday of pushing migrants across the border. Belarus denied it.\n\n"
            "The Latvian defence minister urged the country's allies in NATO to send more troops to the frontier.")
    assert any("NATO" in p for p in _parties(text, "REQUEST", "2024-05-04")), _parties(text, "REQUEST", "2024-05-04")


def test_welcoming_a_body_s_decision_has_the_body():
    text = ("Kenya and Somalia held talks in Nairobi on Monday on border security. Somalia thanked Kenya for its "
            "troops.\n\nKenya welcomed the African Union's decision to extend the mission by a year.")
    assert any("AU" in p for p in _parties(text, "SUPPORT")), _parties(text, "SUPPORT")


def test_approving_a_membership_has_the_alliance():
    text = ("Hungary and Finland ended a long dispute this week. Hungary's parliament approved Finland's NATO "
            "membership on Monday, and Finland thanked Hungary for the vote.")
    assert any("NATO" in p for p in _parties(text, "AGREE")), [(e.type, e.parties) for e in
                                                              extract_text(text, published="2024-05-08").events]
