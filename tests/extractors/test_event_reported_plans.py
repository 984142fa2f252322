"""Acts a report announces for later: "said it would …" (the future of a past report), "is due in <place>",
"is expected to be signed …, officials said" are planned, never told as done; the same acts told as done
stay done. Sentences written for other countries."""

import pytest

from tests.helpers import extract_text


def _events(text):
    return extract_text(text, published="2024-05-08").events


@pytest.mark.parametrize(
    "text,etype",
    [
        ("The OSCE said it would send a team led by its chairman to the region later this week.", "CONSULT"),
        ("Secretary Blinken is due in Lima on Monday, the next stop on his tour of the region.", "CONSULT"),
        ("Norway said it would file a complaint against Sweden before international bodies.", "ACCUSE"),
        ("Peru told reporters it would lodge an appeal with the World Trade Organization.", "ACCUSE"),
        ("A fisheries agreement covering the coastal zones is expected to be signed in Lisbon next week, officials said.",
         "AGREE"),
    ],
)
def test_announced_act_is_planned(text, etype):
    events = [e for e in _events(text) if e.type == etype]
    assert events and all(e.planned for e in events), [(e.type, e.parties, e.planned) for e in _events(text)]


@pytest.mark.parametrize(
    "text,etype",
    [
        ("Mali filed a complaint against Algeria at the United Nations on Monday.", "ACCUSE"),
        ("Secretary Blinken arrived in Lima on Monday for talks with President Boluarte.", "CONSULT"),
    ],
)
def test_act_told_as_done_stays_done(text, etype):
    events = [e for e in _events(text) if e.type == etype]
    assert events and not any(e.planned for e in events), [(e.type, e.parties, e.planned) for e in _events(text)]


@pytest.mark.parametrize(
    "text",
    [
        "President Ruto of Kenya invited President Hassan of Tanzania to visit Nairobi. President Hassan accepted the invitation.",
        "President Boric of Chile invited President Arce of Bolivia to visit Santiago. The invitation was accepted with pleasure.",
    ],
)
def test_accepted_invitation_is_an_agreement_done_and_a_visit_to_come(text):
    events = [e for e in _events(text) if "accepted" in e.evidence[0].quote]
    assert any(e.type == "AGREE" and not e.planned and len(e.parties) == 2 for e in events), [
        (e.type, e.parties, e.planned) for e in events]
    assert any(e.type == "CONSULT" and e.planned for e in events), [(e.type, e.parties, e.planned) for e in events]
