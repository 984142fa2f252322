"""What a party wants or seeks, told with a thing rather than an act ("we want a fair deal", "does not seek war"),
is a stance; "seeks to double exports" stays a plan. Sentences written for other country pairs."""

import pytest

from tests.helpers import extract_text

CONTEXT = "Peru and Bolivia held talks in Puno on Monday. "


@pytest.mark.parametrize(
    "sentence,parties",
    [
        ('"We want a fair deal on the river, but not at any cost," the Bolivian president told reporters.', ["BOL"]),
        ("Peru's president said Lima does not seek confrontation with its neighbour.", ["PER"]),
        ("Bolivia wants a permanent commission on the lake, its foreign minister said.", ["BOL"]),
        ("Peru wanted to make the lake a zone of shared prosperity, the foreign minister said.", ["PER"]),
    ],
)
def test_a_stated_aim_is_a_stance(sentence, parties):
    records = extract_text(CONTEXT + sentence, published="2024-05-02").commitments
    assert [(r.kind, r.parties) for r in records] == [("position", parties)], [(r.kind, r.parties, r.text) for r in records]


def test_seeking_to_act_stays_a_plan():
    records = extract_text(CONTEXT + "Peru seeks to double its exports to Bolivia by 2027.", published="2024-05-02").commitments
    assert [(r.kind, r.parties) for r in records] == [("commitment", ["PER"])]


def test_a_wish_about_what_a_stance_named_is_part_of_it():
    sentence = ('"We back this border treaty and also want it ratified swiftly," a spokesperson for the Bolivian '
                "foreign ministry said.")
    records = extract_text(CONTEXT + sentence, published="2024-05-02").commitments
    assert [(r.kind, r.parties) for r in records] == [("position", ["BOL"])], [(r.kind, r.text) for r in records]


@pytest.mark.parametrize(
    "sentence,parties",
    [
        ("The two presidents were pleased that the road agreements were being carried out on time.", ["BOL", "PER"]),
        ("Bolivia was deeply disappointed with the new Peruvian levy on gas imports.", ["BOL"]),
        ("Bolivia is disappointed that the Peruvian levy on gas imports remains.", ["BOL"]),
        ("Peru is worried about mercury spills in the shared rivers.", ["PER"]),
        ("Both ministers were optimistic about a deal on the lake fisheries.", ["BOL", "PER"]),
    ],
)
def test_a_feeling_about_a_state_of_affairs_is_a_stance(sentence, parties):
    records = extract_text(CONTEXT + sentence, published="2024-05-02").commitments
    assert [(r.kind, r.parties) for r in records] == [("position", parties)], [(r.kind, r.parties, r.text) for r in records]


@pytest.mark.parametrize(
    "sentence,kind",
    [
        ("We expect the new power line to be fully operational by 2027.", "position"),
        ("Bolivia expects the Peruvian customs to clear the backlog by June.", "position"),
        ("Both sides expect to sign the fisheries deal by June.", "commitment"),
    ],
)
def test_an_expectation_of_another_is_a_stance_of_ones_own_act_a_plan(sentence, kind):
    records = extract_text(CONTEXT + sentence, published="2024-05-02").commitments
    assert [r.kind for r in records] == [kind], [(r.kind, r.text) for r in records]


@pytest.mark.parametrize(
    "sentence,deadline",
    [
        ("We expect the new power line to be fully operational by 2027.", "2027"),
        ("Bolivia welcomed the road agreement signed in March.", None),
    ],
)
def test_a_stance_keeps_only_a_time_limit_it_states(sentence, deadline):
    records = extract_text(CONTEXT + sentence, published="2024-05-02").commitments
    assert [(r.kind, r.deadline) for r in records] == [("position", deadline)]


def test_each_infinitive_that_repeats_its_to_is_a_stance_of_its_own():
    sentence = ("The two sides stressed the need to restore the truce on the lake and to guarantee safe passage for "
                "fishing boats.")
    records = extract_text(CONTEXT + sentence, published="2024-05-02").commitments
    assert [r.text for r in records] == ["stressed the need to restore the truce on the lake",
                                         "to guarantee safe passage for fishing boats"]


def test_infinitives_sharing_one_to_stay_one_stance():
    records = extract_text(CONTEXT + "The two sides stressed the need to restore and strengthen the truce.",
                           published="2024-05-02").commitments
    assert len(records) == 1
