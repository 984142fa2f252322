"""A place never names an actor: a capital standing for its government reads as its country, a town's official
as the country's, and a posting place is dropped from an official's name (country and role kept)."""

import pytest

from pactline.core.records import Actor
from pactline.extractors.actor_names import tidy_actor
from tests.helpers import extract_text


@pytest.mark.parametrize(
    "actor,name",
    [
        (Actor("Nairobi", "KEN", "government"), "Kenya"),
        (Actor("Canberra", "AUS", "government"), "Australia"),
        (Actor("Ankara's envoy", "TUR", "ambassador"), "Turkey's envoy"),
        (Actor("its ambassador in Lima", "PER", "ambassador"), "its ambassador"),
        (Actor("Hanoi and Vientiane", None, "government"), "Vietnam and Laos"),
        (Actor("both Moscow and Tehran", None, "government"), "both Russia and Iran"),
    ],
)
def test_a_place_in_an_actor_name_reads_as_its_country(actor, name):
    tidied = tidy_actor(actor)
    assert tidied.name == name
    assert (tidied.country, tidied.role) == (actor.country, actor.role)


@pytest.mark.parametrize(
    "actor",
    [
        Actor("Singapore", "SGP", "government"),  # a city state: the country's own name
        Actor("President William Ruto", "KEN", "head_of_state"),
        Actor("Brussels", None, "igo"),  # the EU, not Belgium
        Actor("Georgia", "GEO", "government"),
    ],
)
def test_names_without_a_place_stand(actor):
    assert tidy_actor(actor) == actor


@pytest.mark.parametrize(
    "text,published,town",
    [
        ("Ankara's chief negotiator met Greek officials in Athens on Friday.", "2024-02-02", "Ankara"),
        ("Kenya recalled its ambassador in Kampala on Tuesday.", "2024-02-06", "Kampala"),
        ("Chile recalled its ambassador from Caracas on Monday, the ministry said.", "2024-07-30", "Caracas"),
    ],
)
def test_no_event_actor_is_named_by_a_town(text, published, town):
    events = extract_text(text, published=published).events
    names = [a.name for e in events for a in (e.source_actor, e.target_actor) if a is not None]
    assert names and not any(town in n for n in names)
