""""agreed that X is …", "agreed on the importance of …": a view two sides share is no AGREE event; an act they
agree on (with its own verb of what is to be done) stays one."""

import pytest

from tests.helpers import extract_text


def _agrees(text: str) -> list:
    return [e for e in extract_text(text, published="2024-05-03").events if e.type == "AGREE"]


@pytest.mark.parametrize("text", [
    "Prime Minister Okafor of Ghana and President Soto of Chile agreed that the relationship between Ghana and "
    "Chile is among the closest in the region.",
    "The leaders of Norway and Kenya agreed on the importance of maintaining pressure on the junta.",
    "The two Presidents of Peru and Vietnam agreed on the urgent need to end the escalation.",
    "Kazakhstan and Uruguay agreed that the talks had been productive.",
])
def test_a_shared_view_is_no_agreement(text):
    assert not _agrees(text), [(e.type, e.evidence[0].quote) for e in _agrees(text)]


@pytest.mark.parametrize("text", [
    "President Soto of Chile and Prime Minister Okafor of Ghana agreed that Chile will open a consulate in Kumasi.",
    "Norway and Kenya agreed that joint patrols must continue on the lake.",
    "Peru and Vietnam agreed on a new visa regime.",
    "Kazakhstan and Uruguay agreed to open direct flights.",
])
def test_an_act_agreed_stays_an_agreement(text):
    assert _agrees(text)
