"""Round 17 review fixes (fx2), on sentences of their own: an act of force coordinated with a reported clause is
the clause's doer's, not the reporter's; an order to another country's boats is no measure the orderer's own
agents take; a framed "welcome … into" a body is an admission wished for, not a greeting done now."""

from __future__ import annotations

import pytest

from tests.helpers import extract_text


def _events(text: str) -> list[tuple[str, str | None, bool, str | None, str | None]]:
    found = extract_text(text, published="2024-05-08").events
    return sorted((e.type, e.mode, e.planned, getattr(e.source_actor, "country", None),
                   getattr(e.target_actor, "country", None)) for e in found)


@pytest.mark.parametrize("sentence,reporter", [
    ("Mali said the drone strike hit a market near Gao and killed nine traders.", "MLI"),
    ("Ghana said the militia unit seized a village near the Togo border and killed two farmers.", "GHA"),
])
def test_force_beside_a_reported_clause_is_not_the_reporters(sentence: str, reporter: str) -> None:
    found = _events(sentence)
    assert found and not [e for e in found if e[3] == reporter]


def test_speech_act_beside_a_reported_clause_stays_the_reporters() -> None:
    found = _events("Senegal said the incursion was a violation of its sovereignty and recalled its ambassador"
                    " from Gambia.")
    assert ("SANCTION", None, False, "SEN", "GMB") in found


@pytest.mark.parametrize("sentence", [
    "Ecuador ordered the Colombian trawlers to leave its waters.",
    "Tunisia ordered the Libyan tankers to leave its port.",
])
def test_order_to_another_countrys_boats_is_no_act_done(sentence: str) -> None:
    assert not [e for e in _events(sentence) if e[0] in ("COOPERATE", "RETREAT")]


def test_order_to_own_agents_stays_done() -> None:
    found = _events("Tunisia ordered its coast guard to seize the Libyan tankers.")
    assert ("COERCE", None, False, "TUN", "LBY") in found


@pytest.mark.parametrize("sentence", [
    "Argentina's president said: 'We wish to welcome Uruguay into the customs union next year.'",
    "Finland's prime minister told reporters: 'We want to welcome Norway into the customs union soon.'",
])
def test_framed_welcome_into_a_body_is_no_greeting_done(sentence: str) -> None:
    assert not [e for e in _events(sentence) if e[0] == "SUPPORT" and e[1] is None and not e[2]]


@pytest.mark.parametrize("sentence,found", [
    ("Peru's foreign minister said: 'I would like to welcome the delegation of Bolivia to Lima.'",
     ("CONSULT", "host", False, "PER", "BOL")),
    ("Argentina's president said: 'Let me congratulate Uruguay on its election.'",
     ("SUPPORT", None, False, "ARG", "URY")),
])
def test_framed_greeting_stays_done(sentence: str, found: tuple[str, str | None, bool, str, str]) -> None:
    assert found in _events(sentence)
