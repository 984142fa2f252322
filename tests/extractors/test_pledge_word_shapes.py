"""Pledges the parser cuts or misreads: a hyphenated verb ("agreed to fast-track the project", "co-host"), "the two"
as the pair, the pair's own ministerial dialogue told in the passive. Sentences written for other country pairs."""

import pytest

from tests.helpers import extract_text

CONTEXT = "Chile and Peru held talks in Lima on Monday. "


def _records(sentence):
    return extract_text(CONTEXT + sentence, published="2024-05-02").commitments


@pytest.mark.parametrize(
    "sentence,text",
    [
        ("Both governments agreed to fast-track the new border post project at Chacalluta.", "fast"),
        ("The two sides agreed to co-host the regional water summit in 2026.", "co-host the regional water summit"),
        ("The two sides agreed to re-open the consulate in Tacna.", "re-open the consulate"),
    ],
)
def test_a_hyphenated_verb_is_the_pledge_and_stays_whole(sentence, text):
    records = _records(sentence)
    assert [(r.kind, r.parties) for r in records] == [("commitment", ["CHL", "PER"])], [(r.kind, r.text) for r in records]
    assert records[0].text.startswith(text)


def test_the_two_are_the_pair():
    records = _records("The two agreed that their trade ministers will gather in April to plan the next visit.")
    assert [(r.kind, r.parties) for r in records] == [("commitment", ["CHL", "PER"])]


def test_the_pairs_ministerial_dialogue_in_the_passive():
    records = _records("The next Annual Ministerial Dialogue will be held in Santiago.")
    assert [(r.kind, r.parties) for r in records] == [("commitment", ["CHL", "PER"])]


@pytest.mark.parametrize(
    "sentence,kind,deadline",
    [
        ("Both expressed their commitment to ratify the fisheries treaty in 2025.", "commitment", "2025"),
        ("The presidents expressed their resolve to complete the rail link by 2027.", "commitment", "2027"),
        ("The presidents expressed their commitment to the peace process in the region.", "position", None),
    ],
)
def test_an_expressed_commitment_to_act_is_a_pledge(sentence, kind, deadline):
    records = _records(sentence)
    assert [(r.kind, r.deadline) for r in records] == [(kind, deadline)], [(r.kind, r.text, r.deadline) for r in records]


def test_an_object_the_parser_hung_on_the_instructing_verb_belongs_to_the_action():
    records = _records("They instructed their trade ministers to submit, by the end of March 2025, a plan for a common "
                       "customs window at the border.")
    assert [(r.kind, r.deadline) for r in records] == [("commitment", "2025-03")], [(r.text, r.deadline) for r in records]
    assert "a plan for a common customs window" in records[0].text


@pytest.mark.parametrize(
    "sentence",
    [
        "The Council agreed to hold its next session in Arequipa in 2025.",
        "The next session of the Supreme Interstate Council will be held in Santiago in 2025.",
        "The third session of the bilateral council will be convened in Lima next year.",
    ],
)
def test_the_pairs_own_council_stands_for_the_pair(sentence):
    records = _records(sentence)
    assert [(r.kind, r.parties, r.deadline) for r in records] == [("commitment", ["CHL", "PER"], "2025")], \
        [(r.kind, r.parties, r.text) for r in records]


def test_a_council_of_others_binds_neither_party():
    records = _records("The UN Security Council will meet on Friday to discuss the crisis.")
    assert not [r for r in records if r.parties == ["CHL", "PER"]], [(r.kind, r.parties, r.text) for r in records]
