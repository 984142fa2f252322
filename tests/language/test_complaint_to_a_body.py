"""In a report about two countries, one side's complaint addressed to an international body ("would file a
complaint with the UN Security Council", "lodged a protest with the African Union") is about the other side: a
party beside the body; a call on a body to fund or act is not. Sentences written for other countries."""

import pytest

from tests.helpers import extract_text

_REPORT = ("Chad recalls envoy from Niger\n\nChad on Monday recalled its ambassador to Niamey after Niger's army "
           "shelled a border post.\n\n{sentence} Niger denied the accusation.")


@pytest.mark.parametrize("sentence,body", [
    ("Chad's foreign ministry said it would file a complaint with the UN Security Council.", "UN"),
    ("Chad's foreign minister lodged a protest with the African Union.", "AU"),
])
def test_a_complaint_to_a_body_is_about_the_other_side(sentence, body):
    events = extract_text(_REPORT.format(sentence=sentence), published="2024-05-08").events
    told = [e for e in events if e.evidence[0].quote.startswith(sentence[:12]) and body in e.parties]
    assert told and all({"TCD", "NER"} <= set(e.parties) for e in told), [(e.type, e.parties) for e in events]


@pytest.mark.parametrize("text", [
    "Chad's president called on the African Union to fund the electoral commission.",
    _REPORT.format(sentence="Chad's president urged the African Union and donors to fund the border force."),
])
def test_a_call_on_a_body_to_fund_adds_no_one(text):
    events = [e for e in extract_text(text, published="2024-05-08").events if "AU" in e.parties]
    assert all(set(e.parties) <= {"TCD", "AU"} for e in events), [(e.type, e.parties) for e in events]
