"""A party binding itself ("committed to …", "undertook to …") or tasking its officials with an act that is no event
of its own ("directed the ministries to finalise …") has agreed (AGREE); a tasked meeting is the meeting."""

import pytest

from tests.helpers import extract_text

OPENING = "ACCRA, 8 May 2024 — President Mahama of Ghana met President Faye of Senegal in Accra on Monday. "


@pytest.mark.parametrize(
    "sentence,etype",
    [
        ("The two presidents committed to remain in close coordination on the Sahel.", "AGREE"),
        ("Senegal undertook to improve consular services in Kumasi.", "AGREE"),
        ("The presidents directed the relevant ministries to finalise the financing of the bridge.", "AGREE"),
        ("The two leaders tasked their trade ministers to draft a roadmap within 90 days.", "AGREE"),
    ],
)
def test_pledged_or_tasked_act_is_agree(sentence, etype):
    events = [e for e in extract_text(OPENING + sentence, published="2024-05-08").events
              if e.evidence[0].quote.startswith(sentence[:20])]
    assert [e.type for e in events] == [etype], [(e.type, e.summary) for e in events]


def test_a_tasked_meeting_is_the_meeting_and_crimes_are_no_pledge():
    events = extract_text(OPENING + "The leaders instructed the joint commission to hold its next meeting in Dakar "
                          "in June.", published="2024-05-08").events
    assert [(e.type, e.planned) for e in events if "commission" in e.evidence[0].quote] == [("CONSULT", True)]
    crimes = extract_text(OPENING + "Ghana said the smugglers had committed serious crimes.", published="2024-05-08").events
    assert not any(e.type == "AGREE" for e in crimes if "crimes" in e.evidence[0].quote)
