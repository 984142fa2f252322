"""An invitation to act ("invited Chilean firms to take part in its privatisation scheme", "invited his host to
rejoin the bloc") is a REQUEST made now; an invitation to visit, attend or take part in a meeting stays a
planned CONSULT. An order, medal or honour conferred or awarded on a leader is SUPPORT; a measure described as
discriminatory or a vote called a fraud is ACCUSE. Sentences written for
other countries."""

import pytest

from tests.helpers import extract_text


def _events(text):
    return extract_text(text, published="2024-05-08").events


@pytest.mark.parametrize(
    "text",
    [
        "President Arce of Bolivia invited Peruvian firms to take part in its lithium tender.",
        "President Noboa of Ecuador invited his host to rejoin the Pacific Alliance.",
    ],
)
def test_invitation_to_act_is_request(text):
    events = _events(text)
    assert any(e.type == "REQUEST" and not e.planned for e in events), [(e.type, e.planned) for e in events]
    assert not any(e.type == "CONSULT" for e in events), [(e.type, e.planned) for e in events]


@pytest.mark.parametrize(
    "text",
    [
        "President Boric invited President Arce of Bolivia to visit Chile.",
        "President Boric invited President Arce of Bolivia to take part in the regional summit in Santiago.",
        "President Boric invited President Arce of Bolivia to attend the opening of the new port in Arica.",
    ],
)
def test_invitation_to_meet_stays_planned_meeting(text):
    events = _events(text)
    assert any(e.type == "CONSULT" and e.planned for e in events) and not any(e.type == "REQUEST" for e in events), [
        (e.type, e.planned) for e in events]


@pytest.mark.parametrize(
    "text",
    [
        "President Mirziyoyev of Uzbekistan conferred on the visiting President of Kazakhstan the Order of Friendship.",
        "The King of Sweden awarded the President of Finland the Order of the Seraphim.",
    ],
)
def test_honour_conferred_is_support(text):
    events = _events(text)
    assert any(e.type == "SUPPORT" for e in events), [(e.type, e.parties) for e in events]


@pytest.mark.parametrize(
    "text",
    [
        "The Prime Minister of Thailand described Japan's new rice tariff as discriminatory.",
        "The President of Paraguay called the Bolivian vote count a fraud.",
    ],
)
def test_wrong_named_is_accuse(text):
    events = _events(text)
    assert any(e.type == "ACCUSE" for e in events), [(e.type, e.parties) for e in events]
