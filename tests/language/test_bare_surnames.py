"""A wire text names a well-known office holder by surname alone ("Ramaphosa offered to mediate"): a surname
that names one office holder only resolves to them; a surname with another capitalised name beside it, or one
the text also writes in lower case, is someone or something else."""

import pytest

from pactline.language.leaders import leaders_named
from tests.helpers import extract_text


def _names(text, year=None):
    return {(leader.name, leader.country) for leader in leaders_named(text, year)}


@pytest.mark.parametrize("text, expected", [
    ("On Tuesday, Ramaphosa offered to mediate between the two neighbours.", ("Cyril Ramaphosa", "ZAF")),
    ("On Friday, Tokayev telephoned the leaders of the region.", ("Kassym-Jomart Tokayev", "KAZ")),
    ("The prisons will stay closed to visitors, Bukele said.", ("Nayib Bukele", "SLV")),
])
def test_bare_surname_of_one_office_holder(text, expected):
    assert expected in _names(text)


@pytest.mark.parametrize("text, absent", [
    ("Hunter Biden testified in court; Biden declined to comment.", "USA"),  # another person of that surname
    ("The trade pact with Costa Rica was signed on Monday.", "PRT"),  # part of a place's name
    ("Merkel spoke at a party congress in 1990.", "DEU"),  # not in office in the text's year
])
def test_surname_beside_another_name_is_not_the_office_holder(text, absent):
    assert absent not in {country for _name, country in _names(text)}


def test_bare_surname_places_an_event():
    events = extract_text("On Monday, Tokayev offered to mediate between the two neighbours.").events
    assert events and events[0].source_actor is not None and events[0].source_actor.country == "KAZ"


def test_sentence_opening_word_alone_is_no_one():
    assert not _names("Bush fires spread across the state.")
    assert ("Nayib Bukele", "SLV") in _names("Bukele flew home. The visit, Bukele said, had gone well.")
