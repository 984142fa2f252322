"""An act still to come told through a noun: "expressed his intention to visit", "will witness the signing of"."""

from tests.helpers import extract_text

OPENING = "ACCRA, 8 May 2024 — President Mahama of Ghana met President Faye of Senegal in Accra on Monday. "


def _events(sentence):
    return [e for e in extract_text(OPENING + sentence, published="2024-05-08").events
            if e.evidence[0].quote.startswith(sentence[:25])]


def test_an_intention_to_visit_is_a_planned_visit():
    events = _events("President Faye expressed his intention to visit Kumasi at an early date.")
    assert [(e.type, e.planned, e.parties) for e in events] == [("CONSULT", True, ["GHA", "SEN"])], events


def test_a_signing_to_be_witnessed_is_planned_and_one_witnessed_is_done():
    assert [(e.type, e.planned) for e in _events("The two presidents will witness the signing of a fisheries "
                                                  "agreement on Tuesday.")] == [("AGREE", True)]
    assert [(e.type, e.planned) for e in _events("The two presidents witnessed the signing of a fisheries "
                                                  "agreement on Monday.")] == [("AGREE", False)]


def test_a_long_joint_statement_title_is_the_adoption():
    text = ("Home > News\n\nJoint Statement between the Republic of Ghana and the Republic of Senegal on building a "
            "Ghana–Senegal Partnership for Shared Prosperity in the New Era for a Fairer Region, a Safer Sahel and a "
            "More Sustainable Gulf of Guinea"
            "\n\nPublished Mar 4, 2024\n\n1. At the invitation of President Mahama, President Faye made a State Visit "
            "to Ghana on 4 March 2024.")
    events = extract_text(text).events
    adopted = [e for e in events if e.type == "AGREE" and e.evidence[0].quote.startswith("Joint Statement")]
    # Read as the title it is (adopted by both, dated by the page); the Gulf of Guinea is no party.
    assert [(e.parties, "adopted" in e.summary) for e in adopted] == [(["GHA", "SEN"], True)], adopted
