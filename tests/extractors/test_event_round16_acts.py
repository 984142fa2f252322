"""Round 16 families (ev24), each on sentences written for other countries: a meeting told as the subject of
"was held" with a participle naming who chaired or attended it."""

from __future__ import annotations

import pytest

from tests.helpers import extract_text

_TALKS = "The Foreign Minister of Ghana held talks with the Foreign Minister of Togo in Accra on Monday.\n"


def _after_talks(sentence: str) -> list[tuple[str, bool, list[str]]]:
    events = extract_text(_TALKS + sentence, published="2024-05-08").events
    return [(e.type, e.planned, e.parties) for e in events if e.evidence[0].start >= len(_TALKS)]


@pytest.mark.parametrize("sentence", [
    "The Third Ghana-Togo Summit was held in Lomé on 3 May, co-chaired by the two presidents.",
    "The 5th session of the Ghana-Togo Joint Commission was held in Accra on 2 May, chaired by the two foreign ministers.",
])
def test_meeting_held_with_its_chairs_named_is_the_meeting(sentence: str) -> None:
    # the chairs named in the participle are who led the meeting: no "held the chair"
    assert ("CONSULT", False, ["GHA", "TGO"]) in _after_talks(sentence)


def test_holding_a_chair_is_still_no_meeting() -> None:
    assert _after_talks("Ghana held the chair of the regional council in 2023.") == []


# A second act of a sentence the verb patterns coded, told in a coordinated or participial clause that no
# pattern names, is typed on its own (learned typer, clause_candidates).
_KENYA = "The President of Kenya held talks with the President of Rwanda in Nairobi on Monday.\n"


def _after(context: str, sentence: str) -> list[tuple[str, bool]]:
    events = extract_text(context + sentence, published="2024-05-08").events
    return sorted((e.type, e.planned) for e in events if e.evidence[0].start >= len(context))


@pytest.mark.parametrize("sentence,types", [
    ("The minister of state also met the Rwandan defence minister and handed over 20 tonnes of medical supplies.",
     [("AID", False), ("CONSULT", False)]),
    ("The Kenyan President responded hours later, calling the measure hostile and ordering a halt to power exports "
     "to Rwanda.", [("ACCUSE", False), ("SANCTION", False)]),
    ("The President congratulated Rwanda on its election to the Security Council and wished the Rwandan team success.",
     [("SUPPORT", False), ("SUPPORT", False)]),
])
def test_second_clause_is_an_act_of_its_own(sentence: str, types: list[tuple[str, bool]]) -> None:
    assert _after(_KENYA, sentence) == types


def test_clause_of_a_view_adds_no_act() -> None:
    sentence = "The two presidents held talks at State House and stressed the importance of regional trade."
    assert _after(_KENYA, sentence) == [("CONSULT", False)]


# An envoy or embassy sent back or reopened restores relations (AGREE, as "restored relations"), never a sanction.
_CHILE = "The President of Chile held talks with the President of Bolivia in Santiago on Monday.\n"


@pytest.mark.parametrize("sentence", [
    "Chile reinstated its ambassador to Bolivia on Tuesday after a year-long rift.",
    "Chile reopened its embassy in La Paz on Monday.",
])
def test_envoy_restored_is_relations_restored(sentence: str) -> None:
    assert _after(_CHILE, sentence) == [("AGREE", False)]


def test_visas_reinstated_stay_a_sanction() -> None:
    assert _after(_CHILE, "Bolivia reinstated visas for Chilean travellers.") == [("SANCTION", False)]


# An occasion noun followed by words that place it ahead ("to be held in", "due to take place") is a meeting
# still to come, wherever the noun sits in the sentence (data/occasions.json held_ahead).
_GHANA = _TALKS


@pytest.mark.parametrize("sentence", [
    "Ghana congratulated Togo on the successful organisation of the ECOWAS summit to be held in Lomé in October.",
    "The two ministers reviewed preparations for the Ghana-Togo Business Forum to be held in Kumasi next month.",
    "The AU invited the two governments to peace talks in Accra due to take place on 24 October.",
])
def test_occasion_placed_ahead_is_a_planned_meeting(sentence: str) -> None:
    assert ("CONSULT", True) in _after(_GHANA, sentence)


def test_held_to_be_is_no_occasion() -> None:
    sentence = "The heads of state paid tribute to the victims of the floods, which were held to be the worst in a decade."
    assert ("CONSULT", True) not in _after(_GHANA, sentence)
