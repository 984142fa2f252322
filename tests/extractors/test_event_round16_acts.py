"""Round 16 families (ev24), each on sentences written for other countries and situations of their own: a meeting
told as the subject of "was held" with a participle naming who chaired it; a second act of a coded sentence told
in a clause of its own; an occasion placed ahead by the words after its noun."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from pactline.extractors.event_learned import Candidate, clause_candidates
from pactline.language.analysis import load_model
from tests.helpers import extract_text

_TALKS = "The Foreign Minister of Ghana held talks with the Foreign Minister of Togo in Accra on Monday.\n"


def _after_talks(sentence: str) -> list[tuple[str, bool, list[str]]]:
    events = extract_text(_TALKS + sentence, published="2024-05-08").events
    return [(e.type, e.planned, e.parties) for e in events if e.evidence[0].start >= len(_TALKS)]


@pytest.mark.parametrize("sentence", [
    "A round of border consultations was held in Aflao on 2 May, chaired by the two deputy foreign ministers.",
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


def test_second_clause_is_an_act_of_its_own() -> None:
    sentence = "The President received the Rwandan team at State House and cheered their victory in the regional football cup."
    assert _after(_KENYA, sentence).count(("SUPPORT", False)) == 2  # the welcome and the cheer


@pytest.mark.parametrize("sentence,clause", [
    ("Kenya closed the Busia crossing on Friday and airlifted tents to the flooded villages of Rwanda.", "airlifted"),
    ("Uganda recalled its envoy from Juba, citing threats against Ugandan traders.", "citing"),
])
def test_clause_without_a_pattern_is_a_candidate(sentence: str, clause: str) -> None:
    span = load_model()(sentence)[:]
    found = clause_candidates(Candidate(SimpleNamespace(span=span), [], None, frozenset({"SANCTION"})))
    assert [c.clause.text for c in found] == [clause]


def test_uncoded_sentence_gives_no_clause_candidate() -> None:
    span = load_model()("Kenya closed the Busia crossing on Friday and airlifted tents to Rwanda.")[:]
    assert clause_candidates(Candidate(SimpleNamespace(span=span), [], None, frozenset())) == []


def test_clause_of_a_view_adds_no_act() -> None:
    sentence = "The two presidents held talks at State House and stressed the importance of regional trade."
    assert _after(_KENYA, sentence) == [("CONSULT", False)]


# An occasion noun followed by words that place it ahead ("to be held in", "due to take place") is a meeting
# still to come, wherever the noun sits in the sentence (data/occasions.json held_ahead).
@pytest.mark.parametrize("sentence", [
    "The two ministers discussed security arrangements for the Sahel security forum to be held in Kara in August.",
    "The two ministers reviewed preparations for the Ghana-Togo Business Forum to be held in Kumasi next month.",
    "The AU invited the two governments to peace talks in Accra due to take place on 24 October.",
])
def test_occasion_placed_ahead_is_a_planned_meeting(sentence: str) -> None:
    assert ("CONSULT", True) in _after(_TALKS, sentence)


def test_occasion_noun_without_words_ahead_is_not_planned() -> None:
    sentence = "The two presidents said the summit, held to be the largest in the region's history, had ended in Lomé."
    assert ("CONSULT", True) not in _after(_TALKS, sentence)


@pytest.mark.parametrize("sentence", [
    "Both presidents agreed to lift two-way commerce to 40 billion dollars by 2028 and to modernise the customs accord within two years.",
    "The ministers decided to expand flights between Lima and Quito and to open a consulate in Cuenca.",
])
def test_more_of_what_was_agreed_is_no_second_act(sentence: str) -> None:
    # the conjoined infinitive is part of the one agreement (no second record dated by the pledge's deadline)
    span = load_model()(sentence)[:]
    assert clause_candidates(Candidate(SimpleNamespace(span=span), [], None, frozenset({"AGREE"}))) == []
