"""Concern about a situation, a crisis or fighting is a stance, no event (and no other type from the learned
typer either); concern about a party's conduct ("about Russia's support for the rebels") stays an accusation.
Sentences written for other countries."""

import pytest

from tests.helpers import extract_text

_LEAD = "ACCRA, July 14 - President John Mahama spoke by telephone with President Faure Gnassingbe of Togo on Sunday.\n\n"


def _events_in(sentence: str):
    events = extract_text(_LEAD + sentence + "\n", published="2024-07-14").events
    return [(e.type, e.parties) for e in events if e.evidence[0].quote.strip() in sentence]


@pytest.mark.parametrize(
    "sentence",
    [
        "The two presidents also voiced their concern about the situation in neighbouring Burkina Faso.",
        "Mahama expressed Ghana's deep concern over the continued fighting near the northern border.",
        "The leaders expressed grave concern over the humanitarian crisis in the Sahel.",
    ],
)
def test_concern_about_a_situation_is_no_event(sentence):
    assert not _events_in(sentence), _events_in(sentence)


def test_concern_about_a_partys_conduct_is_an_accusation():
    found = _events_in("The leaders expressed particular concern about Russia's support for the rebel forces in Mali.")
    assert any(kind == "ACCUSE" for kind, _p in found), found
