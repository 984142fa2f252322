"""Round 12 review of the pledge and stance shapes (sentences written for other country pairs): "count on" only for
a partner relied on; two dated objects split with the verb told once, never a gapped subject; an act the speaker
tells of its own side is no accusation; "would not happen" needs a recurrence; a bare plural organ under one
speaker binds no one alone; a glass factory is no toast."""

import pytest

from tests.helpers import extract_text


def _records(text, published="2024-05-02"):
    return [(r.kind, r.parties, r.text, r.deadline) for r in extract_text(text, published=published).commitments]


@pytest.mark.parametrize(
    "text",
    [
        "Peru and Bolivia held talks. The votes were counted on Sunday in all regions.",
        "Peru and Bolivia held talks. Peru counted on Monday more than 300 arrivals.",
        "Peru and Bolivia held talks. Bolivia can count on a strong harvest this year.",
    ],
)
def test_count_on_a_day_or_a_thing_is_no_hope(text):
    assert _records(text) == []


def test_count_on_a_partners_support_is_a_hope():
    records = _records('"Uruguay will chair the forum next year, and we count on Paraguay\'s support," the Uruguayan '
                       "president said.")
    assert ("position", ["URY"]) in [(k, p) for k, p, _t, _d in records]


def test_a_second_dated_object_keeps_the_verb():
    records = _records("Ghana and Togo held talks. Ghana will complete the airport within three years and the new port "
                       "by 2030.")
    assert [(t, d) for _k, _p, t, d in records] == [("complete the airport within three years", "2027-05"),
                                                    ("complete the new port by 2030", "2030")]


def test_a_named_project_after_and_is_a_second_object():
    records = _records("Chile and Peru held talks. We will complete the Andes highway by 2028 and Tren Andino on the "
                       "Chilean-Peruvian section by 2030.")
    assert [d for _k, _p, _t, d in records] == ["2028", "2030"]


@pytest.mark.parametrize(
    "text,party",
    [
        ("Chile and Peru held talks. Chile will open its market to Peruvian fruit by 2026 and Peru by 2028.", "CHL"),
        ("Ghana and Togo held talks. Ghana will lift the visa rule by 2025 and Togo by 2026.", "GHA"),
    ],
)
def test_a_gapped_second_subject_is_no_object(text, party):
    records = _records(text)
    assert all(not t.startswith(("Peru", "Togo")) for _k, _p, t, _d in records), records


@pytest.mark.parametrize(
    "text",
    [
        "Ghana and Chile held talks. Ghana's trade minister said Ghana had unilaterally cut tariffs on Chilean wine.",
        "Ghana and Togo held talks. The Ghanaian army said its troops had deliberately avoided villages.",
    ],
)
def test_the_speakers_own_act_told_with_a_pointed_adverb_is_no_accusation(text):
    assert _records(text) == []


def test_another_sides_act_told_with_a_pointed_adverb_stays_an_accusation():
    records = _records("Ghana and Togo held talks. The Ghanaian army said Togolese boats had illegally entered its waters.")
    assert [(k, p) for k, p, _t, _d in records] == [("position", ["GHA"])]


@pytest.mark.parametrize(
    "text",
    [
        "Chile and Peru held talks. Chile's trade minister assured reporters that the vote would not happen before June.",
        "Chile and Peru held talks. The Peruvian minister promised that the launch would not occur until the autumn.",
    ],
)
def test_a_timing_denied_is_no_assurance_of_non_recurrence(text):
    assert not [k for k, _p, _t, _d in _records(text) if k == "commitment"]


def test_envoys_under_one_speaker_are_not_the_speakers_alone():
    records = _records("Chile and Peru held talks. Chile's foreign minister said the envoys would meet again in Lima "
                       "next month.")
    assert ("commitment", ["CHL"]) not in [(k, p) for k, p, _t, _d in records]


@pytest.mark.parametrize(
    "text,call",
    [
        ("Ghana and Chile held talks. Ghana invited Chilean firms to build glass factories in Tema.", True),
        ("Ghana and Chile held talks. The Ghanaian president invited the guests to raise a glass in honour of the "
         "Chilean people.", False),
        ("Ghana and Chile held talks. The Ghanaian president invited everyone to join him in a toast to the Chilean "
         "people.", False),
    ],
)
def test_an_invitation_is_a_toast_only_when_its_act_is_one(text, call):
    assert bool([k for k, _p, _t, _d in _records(text) if k == "position"]) is call
