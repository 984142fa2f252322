"""A hope for another's fortune told with a noun is a courtesy as the same hope told with a clause is; a party
"not open to" talks states no willingness; "fleeing" and "investing" alone name no field. Sentences written for
other country pairs."""

import pytest

from pactline.extractors.domains import classify
from tests.helpers import extract_text


def _records(sentence):
    return extract_text("LUSAKA, May 6 (Reuters) - " + sentence + "\n", published="2024-05-06").commitments


@pytest.mark.parametrize("sentence", [
    "Zambian President Hakainde Hichilema hoped for the prosperity of the Malawian people.",
    "Zambian President Hakainde Hichilema hoped for continued success and happiness for the people of Malawi.",
    "Zambian President Hakainde Hichilema hoped that Malawi would continue to prosper.",
])
def test_a_hope_for_anothers_fortune_is_a_courtesy_however_told(sentence):
    assert not _records(sentence)


def test_a_hope_for_a_thing_is_still_a_stance():
    assert [r.kind for r in _records("Zambian President Hakainde Hichilema hoped for an early end to the lake "
                                     "border dispute with Malawi.")] == ["position"]


@pytest.mark.parametrize("sentence", [
    "Zambia is not open to negotiations with the smugglers, the interior minister said.",
    "Malawi said it was not receptive to any compromise on the lake border.",
])
def test_not_open_to_talks_is_no_willingness(sentence):
    assert not [r for r in _records(sentence) if r.modality == "willing"]


def test_open_to_talks_is_willingness():
    assert [r.modality for r in _records("Malawi said it remained open to dialogue with Zambia.")] == ["willing"]


@pytest.mark.parametrize("text, absent", [
    ("the coast guard chased the fleeing trawler and detained its crew", "emergency"),
    ("police arrested the suspects fleeing the scene of the bombing", "emergency"),
    ("Kenya is investing heavily in the peace process with Sudan", "investment"),
])
def test_a_single_loose_word_names_no_field(text, absent):
    assert absent not in classify(text)


@pytest.mark.parametrize("sentence, stance", [
    # a request of an institution is an act told, reported or not
    ("The finance minister said Zambia had asked the International Monetary Fund to release the next tranche.", False),
    ("Zambia has asked the International Monetary Fund to release the next tranche.", False),
    ("A Zambian spokesman said Zambia had asked the Malawian high court to review the ruling.", False),
    # a request one state made of another, restated by who reports it, is a stance
    ("A Zambian spokesman said Zambia had asked Malawi to reopen the lake ferry crossing.", True),
    ("A Zambian spokesman said Zambia had asked the Malawian government to reopen the lake ferry crossing.", True),
])
def test_a_reported_request_is_a_stance_only_between_states(sentence, stance):
    assert bool([r for r in _records(sentence) if r.kind == "position"]) == stance
