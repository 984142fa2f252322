"""Round 17 review fixes of the clause acts (event_clauses.clause_heads/clause_candidates, events.separate_acts):
a participle of saying hung on a coded act tells the speaker's account, no act of its own; a passive participle
describes its noun ("the vote scheduled for 5 March"), no act; a result participle of the act's own CAMEO code
("fired on …, wounding two") is one incident. The sentences are written for this file."""

from __future__ import annotations

import pytest

from pactline.extractors.event_clauses import clause_heads
from pactline.language.analysis import load_model
from tests.helpers import extract_text


def _events(sentence: str) -> list[tuple[str, str]]:
    return sorted((e.type, e.cameo) for e in extract_text(sentence, published="2024-05-08").events)


@pytest.mark.parametrize(("sentence", "coded"), [
    ("Ghana rejected the report, saying its soldiers were guarding the border.", ("REJECT", "120")),
    ("Mali condemned the raid, saying the attackers escaped into Burkina Faso.", ("PROTEST", "111")),
])
def test_what_a_participle_of_saying_reports_is_no_act(sentence: str, coded: tuple[str, str]) -> None:
    assert _events(sentence) == [coded]


def test_what_a_said_clause_reports_is_still_an_act() -> None:
    sentence = "Ghana recalled its ambassador from Togo and said Togolese troops had shelled a village."
    assert _events(sentence) == [("ASSAULT", "194"), ("SANCTION", "161")]


@pytest.mark.parametrize("sentence", [
    "Norway opposes the vote in Greenland scheduled for 5 March.",
    "Kenya opposes the census in Somalia scheduled for 9 April.",
])
def test_passive_participle_describes_its_noun(sentence: str) -> None:
    assert [h.text for h in clause_heads(load_model()(sentence)[:])] == ["opposes"]


def test_present_participle_of_a_noun_stays_a_clause() -> None:
    span = load_model()("Armenia condemned the convoy carrying weapons to Azerbaijan.")[:]
    assert [h.text for h in clause_heads(span)] == ["condemned", "carrying"]


@pytest.mark.parametrize("sentence", [
    "Guatemalan troops fired on a boat from Belize, wounding a fisherman.",
    "Lesotho police fired on a smugglers' convoy from Eswatini on Monday, wounding two drivers.",
])
def test_result_participle_of_the_same_code_is_one_incident(sentence: str) -> None:
    assert _events(sentence) == [("ASSAULT", "190")]


def test_result_participle_of_another_code_is_a_second_act() -> None:
    sentence = "Latvian border guards shot at a car from Belarus, killing its driver."
    assert _events(sentence) == [("ASSAULT", "180"), ("ASSAULT", "190")]
