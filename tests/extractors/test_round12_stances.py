"""Round 12 stance shapes, on sentences written for other country pairs: readiness for a thing (talks, a new
round) is a stance, not a pledge to act."""

import pytest

from tests.helpers import extract_text


def _records(text, published="2025-03-04"):
    return extract_text(text, published=published).commitments


@pytest.mark.parametrize("sentence,parties", [
    ("Chile remains ready for a new round of talks with Peru, the minister said.", ["CHL"]),
    ("Ghana stands ready for dialogue with Togo on the border dispute.", ["GHA"]),
    ("Armenia is ready for direct negotiations with Azerbaijan, its foreign ministry said.", ["ARM"]),
])
def test_readiness_for_a_thing_is_a_stance(sentence, parties):
    found = [r for r in _records(sentence) if "ready for" in r.text]
    assert found and found[0].kind == "position" and found[0].parties == parties


@pytest.mark.parametrize("sentence", [
    "The port of Callao is ready for the new fishing season.",
    "Bolivia is due for elections next year.",
])
def test_readiness_of_a_thing_is_no_stance(sentence):
    assert not _records(sentence)


@pytest.mark.parametrize("sentence,parties", [
    ("Latvia is counting on Estonia's help with the grid, the Latvian prime minister said.", ["LVA"]),
    ("\"We are counting on Norway's support for our bid,\" the Ghanaian foreign minister said.", ["GHA"]),
])
def test_counting_on_a_partner_is_a_stance(sentence, parties):
    found = [r for r in _records(sentence) if "count" in r.text]
    assert found and found[0].kind == "position" and found[0].parties == parties


def test_a_conjunct_with_its_own_subject_does_not_share_the_modal():
    text = ("\"Uruguay will chair the river commission from March, and we count on Paraguay's backing for its agenda,\" "
            "the Uruguayan president said.")
    found = _records(text)
    assert not any(r.kind == "commitment" and "count on" in r.text for r in found)
    assert any(r.kind == "position" and "count on" in r.text for r in found)


ACCUSED = "Peru and Bolivia traded accusations on Monday. "


@pytest.mark.parametrize("sentence,parties", [
    ("Peru's foreign ministry said Bolivian boats had illegally entered Peruvian waters.", ["PER"]),
    ("The Bolivian army said Peruvian soldiers had deliberately fired at a border post.", ["BOL"]),
    ("Bolivia's defence minister said Peruvian crews had sought to unilaterally shift the buoys on the lake.", ["BOL"]),
    ("The Bolivian navy said Peruvian trawlers had trespassed in waters it patrols.", ["BOL"]),
])
def test_an_act_told_with_a_condemning_adverb_is_an_accusation(sentence, parties):
    found = _records(ACCUSED + sentence)
    assert [(r.kind, r.parties) for r in found] == [("position", parties)], [(r.kind, r.parties, r.text) for r in found]


def test_an_act_told_plainly_stays_no_stance():
    assert not _records(ACCUSED + "Peru's foreign ministry said Bolivian boats had quickly entered the port.")


@pytest.mark.parametrize("sentence", [
    "Please, I invite the hall to lift a glass with me for the farmers of both our nations.",
    "I invite our guests to join me in a toast to the rowers who crossed the lake.",
    "I now invite everyone to drink to the long friendship between Ghana and Togo.",
])
def test_a_toast_is_a_courtesy(sentence):
    assert not [r for r in _records("Ghana and Chile held talks in Accra. " + sentence) if r.kind == "position"]


def test_inviting_another_to_act_stays_a_call():
    found = _records("Ghana and Chile held talks in Accra. Ghana invited Chilean firms to put money into a planned "
                     "lithium refinery near Tema, the minister said.")
    assert any(r.kind == "position" and r.modality == "call" for r in found)
