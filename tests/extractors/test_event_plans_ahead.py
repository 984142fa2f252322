"""An act one looks forward to is still to come; "agreed to meet in <month>" is one agreement (made on the
report's day) and one planned meeting, not a second agreement dated with the month; "called X on Friday to
congratulate him" is a call, no "call on" (a request). Sentences written for other countries."""

import pytest

from tests.helpers import extract_text

_LEAD = ("LUSAKA, June 3 - President Hakainde Hichilema of Zambia spoke by telephone with President Lazarus "
         "Chakwera of Malawi on Monday.\n\n")


def _events_in(sentence: str):
    events = extract_text(_LEAD + sentence + "\n", published="2024-06-03").events
    return [e for e in events if e.evidence[0].quote.strip() in sentence]


@pytest.mark.parametrize(
    "sentence",
    [
        "Hichilema said he looked forward to visiting Lilongwe in September.",
        "Chakwera was looking forward to travelling to Zambia in October, and to holding talks with his host there.",
        "The Zambian leader looks forward to welcoming President Chakwera in Livingstone next year.",
    ],
)
def test_an_act_looked_forward_to_is_planned(sentence):
    visits = [e for e in _events_in(sentence) if e.type == "CONSULT"]
    assert visits and all(e.planned for e in visits), [(e.type, e.planned, e.date) for e in _events_in(sentence)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The two presidents agreed to meet in September on the sidelines of the African Union summit.",
        "The ministers agreed to hold the next round of talks in Blantyre in November.",
    ],
)
def test_agreeing_to_meet_is_one_agreement_and_one_planned_meeting(sentence):
    events = _events_in(sentence)
    agreements = [e for e in events if e.type == "AGREE"]
    meetings = [e for e in events if e.type == "CONSULT" and e.planned]
    assert len(agreements) == 1 and agreements[0].date == "2024-06-03", [(e.type, e.mode, e.date) for e in events]
    assert meetings, [(e.type, e.planned, e.date) for e in events]


@pytest.mark.parametrize(
    "sentence",
    [
        "Hichilema had called Chakwera on Friday to congratulate him on his country's win in the regional cup.",
        "Chakwera called Hichilema on 30 May to thank him for the maize shipment.",
    ],
)
def test_a_call_on_a_day_is_no_request(sentence):
    kinds = {e.type for e in _events_in(sentence)}
    assert "REQUEST" not in kinds, kinds


def test_a_call_on_a_party_stays_a_request():
    kinds = {e.type for e in _events_in("Hichilema called on Malawi to reopen the border crossing at Mchinji.")}
    assert "REQUEST" in kinds, kinds


@pytest.mark.parametrize(
    "sentence,kinds",
    [
        ("The joint commission had not met since 2015, owing to the floods.", set()),
        ("Both sides agreed to revive the trade council, which has not met since 2021.", {"AGREE"}),
        ("Malawi has not signed the protocol and will not attend the summit in Lusaka.", {"REJECT"}),
    ],
)
def test_what_has_not_happened_is_no_refusal(sentence, kinds):
    assert {e.type for e in _events_in(sentence)} == kinds, [(e.type, e.evidence[0].quote) for e in _events_in(sentence)]


def test_an_agreed_signing_and_its_visit_are_planned():
    sentence = "The presidents agreed to sign further accords in Blantyre during a state visit next year."
    events = _events_in(sentence)
    agreed = [e for e in events if e.type == "AGREE" and not e.planned]
    later = [e for e in events if e.planned]
    assert len(agreed) == 1 and {e.type for e in later} == {"AGREE", "CONSULT"}, [(e.type, e.planned) for e in events]


@pytest.mark.parametrize("text", [
    "Ghana and Peru held talks in Accra. I look forward to welcoming him to Ghana and holding our first summit there.",
    "Chile and Peru met on Monday. The minister looks forward to receiving her Peruvian counterpart and signing "
    "the fisheries accord in Lima.",
])
def test_every_act_one_looks_forward_to_is_still_to_come(text):
    # the second of two acts one looks forward to ("… and holding a summit") shares the first one's time to come
    late = [e for e in extract_text(text, published="2025-04-03").events if "forward" in e.evidence[0].quote]
    assert late and all(e.planned for e in late), [(e.type, e.planned) for e in late]
