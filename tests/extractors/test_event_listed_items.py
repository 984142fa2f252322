"""A second infinitive under one agreement ("agreed to revive the commission and to convene its next session in
X") is a meeting still to come, with no second agreement; the numbered items of a joint declaration told
without a subject after a lead-in ("The Presidents: 1. Agreed to …") are the parties' own acts; holding a
rotating presidency is no meeting. Sentences written for other countries."""

import pytest

from tests.helpers import extract_text

_LEAD = ("MAPUTO, June 3 - President Filipe Nyusi of Mozambique held talks with President Hakainde Hichilema of "
         "Zambia in Maputo on Monday.\n\n")


def _events_in(text: str, sentence: str):
    events = extract_text(text, published="2024-06-03").events
    return [e for e in events if e.evidence[0].quote.strip() in sentence]


@pytest.mark.parametrize(
    "sentence",
    [
        "The presidents agreed to restore their bilateral trade commission, which has not sat since 2011, and to "
        "convene a fresh session of it in Lusaka early in 2025.",
        "The ministers agreed to reopen the rail link by December, and to convene a fisheries working group in "
        "the first quarter of next year.",
    ],
)
def test_a_second_infinitive_meeting_is_planned(sentence):
    events = _events_in(_LEAD + sentence + "\n", sentence)
    planned = [e for e in events if e.type == "CONSULT" and e.planned]
    agreements = [e for e in events if e.type == "AGREE"]
    assert planned and len(agreements) == 1, [(e.type, e.mode, e.planned) for e in events]


_DECLARATION = (
    "Joint Declaration of Presidents Filipe Nyusi and Hakainde Hichilema at the Fifth Mozambique–Zambia "
    "Joint Commission\n\nMaputo, 3 June 2024\n\n"
    "The President of Mozambique, Filipe Nyusi, and the President of Zambia, Hakainde Hichilema, met today in "
    "Maputo for the Fifth Joint Commission.\n\nThe Presidents:\n\n"
    "1. Agreed to open the new Cassacatiza border post for lorries by mid-2025.\n\n"
    "2. Welcomed the signing of two accords, on driving licences and on veterinary checks.\n\n"
    "3. Agreed to hold the sixth Joint Commission in Zambia in the second half of 2025.\n"
)


@pytest.mark.parametrize(
    "item,kind,planned",
    [
        ("Agreed to open the new Cassacatiza border post", "AGREE", False),
        ("Welcomed the signing of two accords", "SUPPORT", False),
        ("Agreed to hold the sixth Joint Commission", "AGREE", False),
        ("Agreed to hold the sixth Joint Commission", "CONSULT", True),
    ],
)
def test_listed_items_are_the_parties_acts(item, kind, planned):
    events = [e for e in extract_text(_DECLARATION, published="2024-06-03").events if item in e.evidence[0].quote]
    found = [e for e in events if e.type == kind and e.planned == planned]
    assert found and set(found[0].parties) == {"MOZ", "ZMB"}, [(e.type, e.planned, e.parties) for e in events]


def test_holding_a_rotating_presidency_is_no_meeting():
    sentence = "Zambia, which will hold the rotating chairmanship of the regional council in August, backed the plan."
    kinds = {(e.type, e.mode) for e in _events_in(_LEAD + sentence + "\n", sentence)}
    assert ("CONSULT", "meet") not in kinds, kinds
