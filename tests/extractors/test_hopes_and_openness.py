"""A hope for a thing or about what another party will do, and a party open to talks, are stances of the one who
hopes or stays open; a wish for another's fortune and a border that stays open are not (sentences written for
other country pairs)."""

import pytest

from tests.helpers import extract_text

CONTEXT = "Uruguay and Paraguay held talks in Asuncion on Monday. "


def _records(sentence, published="2024-05-02"):
    return extract_text(CONTEXT + sentence, published=published).commitments


@pytest.mark.parametrize(
    "sentence,parties",
    [
        ("Paraguay hopes for an early settlement of the dispute over the Yacyreta tariff.", ["PRY"]),
        ("The Uruguayan foreign minister said he hoped for a deal on the dredging costs by the winter.", ["URY"]),
        ("Uruguay hopes that Paraguay will lift the ban on dairy imports.", ["URY"]),
        ("\"We hope the Paraguayan side will treat our truck drivers with respect,\" the Uruguayan foreign minister said.",
         ["URY"]),
        ("Paraguay's president said he hoped Uruguay would reconsider the new port fees.", ["PRY"]),
    ],
)
def test_a_hope_for_a_thing_or_about_anothers_act_is_a_stance(sentence, parties):
    records = _records(sentence)
    assert [(r.kind, r.parties) for r in records] == [("position", parties)], [(r.kind, r.parties, r.text) for r in records]


@pytest.mark.parametrize(
    "sentence",
    [
        "Uruguay hopes that Paraguay will continue to prosper and grow stronger.",
        "Paraguay's president said he hoped Uruguay would flourish under its new government.",
    ],
)
def test_a_wish_for_anothers_fortune_is_no_stance(sentence):
    assert _records(sentence) == []


def test_a_hope_for_ones_own_act_stays_a_pledge():
    records = _records("Paraguay hopes that it will join the regional power grid by 2027.")
    assert [(r.kind, r.parties) for r in records] == [("commitment", ["PRY"])], [(r.kind, r.text) for r in records]


@pytest.mark.parametrize(
    "sentence,parties",
    [
        ("Paraguay remains open to dialogue with Uruguay on the river dredging.", ["PRY"]),
        ("Montevideo is open to consultations on the port fees, a Uruguayan envoy told the assembly.", ["URY"]),
        ("Asuncion stays receptive to a compromise on the hydropower tariff, its envoy said.", ["PRY"]),
    ],
)
def test_a_party_open_to_talks_states_a_stance(sentence, parties):
    records = _records(sentence)
    assert [(r.kind, r.parties) for r in records] == [("position", parties)], [(r.kind, r.parties, r.text) for r in records]


@pytest.mark.parametrize(
    "sentence",
    [
        "The border bridge between Uruguay and Paraguay remained open to trucks on Sunday.",
        "Paraguay said its economy was open to foreign investors.",
    ],
)
def test_what_stays_open_to_traffic_or_investors_is_no_stance(sentence):
    assert [r for r in _records(sentence) if r.kind == "position"] == []
