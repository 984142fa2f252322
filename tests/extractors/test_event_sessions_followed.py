"""A meeting followed by another ("held a tête-à-tête, followed by delegation-level talks", "a private meeting
followed by a plenary session") is two acts, each CONSULT of the pair; sentences written for other countries."""

import pytest

from tests.helpers import extract_text


@pytest.mark.parametrize(
    "text",
    [
        "The Presidents of Peru and Chile held a tête-à-tête at the palace, followed by delegation-level talks.",
        "The Presidents of Peru and Chile held a tete-a-tete in Arica, followed by a working lunch.",
        "The Heads of State of Peru and Chile held private talks in Arica on 7 May, followed by plenary sessions "
        "with both delegations.",
        "The presidents of Peru and Chile held a closed-door meeting followed by a joint session with their ministers.",
    ],
)
def test_meeting_followed_by_another_is_two_acts(text):
    events = [e for e in extract_text(text, published="2024-05-08").events if e.type == "CONSULT"]
    assert len(events) == 2 and all(set(e.parties) == {"PER", "CHL"} for e in events), [
        (e.type, e.parties) for e in events]


def test_a_session_framing_what_was_said_is_the_meeting():
    text = "During the plenary session in Arica, the Presidents of Peru and Chile reviewed border cooperation."
    events = extract_text(text, published="2024-05-08").events
    assert any(e.type == "CONSULT" and set(e.parties) == {"PER", "CHL"} for e in events), [
        (e.type, e.parties) for e in events]


@pytest.mark.parametrize(
    "text",
    [
        "The leaders of Peru and Chile witnessed the exchange of three arrangements, on lithium and fisheries.",
        "The Presidents of Peru and Chile held talks at the palace, before witnessing the exchange of two "
        "memoranda of understanding on border crossings.",
        "The foreign ministers of Peru and Chile witnessed the signing of a pact on fisheries.",
    ],
)
def test_witnessed_exchange_of_documents_is_agreement(text):
    events = extract_text(text, published="2024-05-08").events
    assert any(e.type == "AGREE" and set(e.parties) == {"PER", "CHL"} for e in events), [
        (e.type, e.parties) for e in events]
