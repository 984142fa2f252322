"""Round 17 (ma1): each act of a sentence gets a record of its own. A sentence the verb patterns coded is cut into
clauses on its parse (the root, coordinated verbs, adverbial, participial, relative and complement clauses); a
clause whose own words hold no coded act is typed by the learned typer on those words, with the clause's own
subject for its parties. The sentences are written for this file, about countries and situations of their own."""

from __future__ import annotations

import pytest

from pactline.extractors.event_clauses import clause_heads, own_words
from pactline.language.analysis import load_model
from tests.helpers import extract_text


def _events(sentence: str) -> list[tuple[str, list[str]]]:
    return sorted((e.type, e.parties) for e in extract_text(sentence, published="2024-05-08").events)


def test_clauses_of_a_sentence_and_their_own_words() -> None:
    span = load_model()("Ghana recalled its ambassador from Togo and said Togolese troops had shelled a village.")[:]
    heads = clause_heads(span)
    assert [h.text for h in heads] == ["recalled", "said", "shelled"]
    assert "shelled" not in [t.text for t in own_words(heads[1], heads)]  # the complement is a clause of its own
    assert [t.text for t in own_words(heads[2], heads)][-2:] == ["a", "village"]


def test_infinitive_complement_stays_in_its_clause() -> None:
    span = load_model()("Chile and Peru agreed to reopen the border crossing at Chacalluta.")[:]
    assert [h.text for h in clause_heads(span)] == ["agreed"]


@pytest.mark.parametrize("sentence,second", [
    # an act in a complement clause after a coded act
    ("Ghana recalled its ambassador from Togo and said Togolese troops had shelled a border village.", "ASSAULT"),
    ("Ecuador closed its consulate in Tumbes after saying Peruvian troops had fired on a border post.", "ASSAULT"),
    # an act in a participial clause of another kind than the coded one
    ("Paraguay expelled a Bolivian diplomat on Monday, accusing him of spying on an air base.", "ACCUSE"),
    ("Guatemala summoned the ambassador of Belize, accusing Belize of letting loggers cross into the Peten.", "ACCUSE"),
])
def test_second_act_of_a_coded_sentence_has_its_own_record(sentence: str, second: str) -> None:
    found = [t for t, _parties in _events(sentence)]
    assert len(found) >= 2 and second in found


@pytest.mark.parametrize("sentence,second", [
    ("The Prime Minister of Fiji held talks with the Prime Minister of Samoa in Suva, where the two leaders later "
     "opened a new fisheries training centre.", "COOPERATE"),
    ("Mongolia's president received the Kazakh foreign minister in Ulaanbaatar, who thanked him for the "
     "humanitarian aid sent after the floods.", "SUPPORT"),
])
def test_act_in_a_relative_clause_is_its_own(sentence: str, second: str) -> None:
    assert [t for t, _parties in _events(sentence)] == sorted(["CONSULT", second])


@pytest.mark.parametrize("sentence", [
    "The presidents of Kenya and Rwanda held talks at State House and stressed the importance of regional trade.",
    "The foreign ministers of Chile and Peru met in Arica, noting the importance of the shared aquifer.",
])
def test_clause_of_a_view_is_no_act(sentence: str) -> None:
    assert [t for t, _parties in _events(sentence)] == ["CONSULT"]


def test_participle_of_the_same_kind_is_an_act_of_its_own() -> None:
    # the shelling (194) and the deaths it caused (180) are two acts (separate_acts); a participle of the same
    # code ("fired on …, wounding two drivers") is one incident (test_event_result_clauses.py)
    sentence = "Surinamese soldiers shelled a camp near the Corantijn river on Tuesday, killing three miners."
    assert [t for t, _parties in _events(sentence)] == ["ASSAULT", "ASSAULT"]


def test_clause_does_not_repeat_the_type_coded_beside_it() -> None:
    sentence = "Norway's foreign minister met her Swedish counterpart and denied that Oslo had spied on Stockholm."
    assert [t for t, _parties in _events(sentence)] == ["CONSULT", "REJECT"]


@pytest.mark.parametrize("sentence", [
    "Austria welcomed the ceasefire, which Hungary had brokered.",
    "Slovakia welcomed the truce that Slovenia brokered last week.",
])
def test_relative_clause_that_describes_its_object_is_no_act(sentence: str) -> None:
    assert [t for t, _parties in _events(sentence)] == ["SUPPORT"]
