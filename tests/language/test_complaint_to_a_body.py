"""In a report about two countries, one side's complaint taken to an international body ("lodged a formal
protest with the African Union", "addressed a petition to the ECOWAS Commission") is about the other side:
a party beside the body; an act towards a body about something else is not. Invented situations."""

import pytest

from tests.helpers import extract_text

_REPORT = ("Chad and Niger trade charges over border raid\n\nNiger's soldiers burned a Chadian customs post near "
           "Nguigmi on Sunday, Chad's interior ministry said.\n\n{sentence} Niamey denied the charge.")


@pytest.mark.parametrize("sentence,body", [
    ("N'Djamena lodged a formal protest with the African Union on Monday.", "AU"),
    ("N'Djamena addressed a petition to the ECOWAS Commission on Tuesday.", "ECOWAS"),
])
def test_a_complaint_to_a_body_is_about_the_other_side(sentence, body):
    events = extract_text(_REPORT.format(sentence=sentence), published="2024-05-08").events
    told = [e for e in events if e.evidence[0].quote.startswith(sentence[:12]) and body in e.parties]
    assert told and all({"TCD", "NER"} <= set(e.parties) for e in told), [(e.type, e.parties) for e in events]


def test_a_call_on_a_body_to_fund_adds_no_one():
    text = _REPORT.format(sentence="Separately, Chad's president urged the African Union to fund the electoral "
                                   "commission.")
    events = [e for e in extract_text(text, published="2024-05-08").events if "AU" in e.parties]
    assert all("NER" not in e.parties for e in events), [(e.type, e.parties) for e in events]
