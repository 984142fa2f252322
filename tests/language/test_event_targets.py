"""Targets the object does not name: who a passive act was done to, and the home government a protest or a
crackdown with no one named is aimed at; sentences written for other countries."""

import pytest

from tests.helpers import extract_text


def _event(text, etype):
    events = [e for e in extract_text(text, published="2024-05-08").events if e.type == etype]
    assert events, (text, [(e.type, e.parties) for e in extract_text(text, published="2024-05-08").events])
    return events[0]


@pytest.mark.parametrize(
    "text,etype,source,target",
    [
        ("Moldovan teachers began a hunger strike outside parliament on Monday.", "PROTEST", "MDA", "MDA"),
        ("Thousands of Peruvians demonstrated in Lima on Sunday.", "PROTEST", "PER", "PER"),
        ("Tunisian police detained 40 members of the opposition on Friday.", "COERCE", "TUN", "TUN"),
        ("The Kenyan ambassador was attacked by Somali militants near the border.", "ASSAULT", "SOM", "KEN"),
    ],
)
def test_target_from_the_act(text, etype, source, target):
    event = _event(text, etype)
    assert event.source_actor is not None and event.source_actor.country == source, event.source_actor
    assert event.target_actor is not None and event.target_actor.country == target, event.target_actor


def test_a_protest_against_a_named_state_keeps_it():
    event = _event("Students in Manila protested against China on Monday.", "PROTEST")
    assert event.target_actor is not None and event.target_actor.country == "CHN"


@pytest.mark.parametrize(
    "text, target",
    [
        ("A Chinese navy flotilla docked in Suva on Wednesday after holding drills in the Pacific.", "Fiji"),
        ("Fiji's foreign minister announced new funding during a visit to Apia today.", "Samoa"),
    ],
)
def test_a_town_an_act_is_aimed_at_stands_for_its_country_named_as_the_country(text, target):
    events = extract_text(text, published="2024-05-08").events
    assert events and {e.target_actor.name for e in events if e.target_actor} == {target}


@pytest.mark.parametrize(
    "text, parties",
    [
        ("The Chancellor will fly to Warsaw next month for the OSCE summit.", {"OSCE", "POL"}),
        ("President Ruto will travel to Ethiopia next week for the African Union summit.", {"AU", "ETH", "KEN"}),
    ],
)
def test_the_organisation_whose_summit_a_trip_is_for_is_a_party(text, parties):
    events = [e for e in extract_text(text, published="2024-05-08").events if e.type == "CONSULT"]
    assert events and set(events[0].parties) == parties, [(e.type, e.parties) for e in events]
