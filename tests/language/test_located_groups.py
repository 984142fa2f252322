"""A crowd or group that no state owns acts from the country where the sentence puts it ("Hundreds of
ethnic Kurds demonstrated in Germany"); a capitalised adjective opening a sentence ("Senior Chilean and
Peruvian officials") is nobody's name, so both countries stay parties."""

import pytest

from tests.helpers import extract_text


@pytest.mark.parametrize("sentence, country", [
    ("Hundreds of ethnic Kurds demonstrated on Friday in Germany against the ban.", "DEU"),
    ("Thousands of farmers blocked roads in Kenya on Monday to protest against the new tax.", "KEN"),
    ("Hundreds of students demonstrated outside the parliament in Lusaka on Tuesday.", "ZMB"),
    ("Tens of thousands of residents marched through Macau on Sunday to protest.", "MAC"),
])
def test_group_acts_from_where_it_is(sentence, country):
    events = [e for e in extract_text(sentence).events if e.type == "PROTEST"]
    assert events and events[0].source_actor is not None and events[0].source_actor.country == country


def test_delegates_meeting_abroad_take_no_country_from_the_venue():
    events = extract_text("Hundreds of delegates met in Geneva on Monday.").events
    assert all(e.source_actor is None or e.source_actor.country is None for e in events)


@pytest.mark.parametrize("sentence, parties", [
    ("Senior Chilean and Peruvian officials agreed on Monday that their countries should cooperate on fisheries.",
     {"CHL", "PER"}),
    ("Top Ghanaian and Togolese officials agreed on Friday to reopen the border crossings.", {"GHA", "TGO"}),
])
def test_sentence_initial_adjective_is_no_name(sentence, parties):
    events = [e for e in extract_text(sentence).events if e.type == "AGREE"]
    assert events and set(events[0].parties) == parties


@pytest.mark.parametrize("sentence, country", [
    ("The Hungarians of southern Slovakia are demanding autonomy from the authorities in Bratislava.", "SVK"),
    ("The Russians of eastern Latvia are demanding language rights from the government.", "LVA"),
])
def test_people_named_with_where_they_live(sentence, country):
    events = [e for e in extract_text(sentence).events if e.type == "REQUEST"]
    assert events and events[0].source_actor is not None and events[0].source_actor.country == country


@pytest.mark.parametrize("sentence, source, parties", [
    ("Kenyan opposition leaders said they would boycott all contact with Ethiopia.", "KEN", {"KEN", "ETH"}),
    ("Venezuelan opposition leaders said they would boycott all contact with Colombia.", "VEN", {"VEN", "COL"}),
])
def test_they_in_a_report_is_the_reporter(sentence, source, parties):
    events = [e for e in extract_text(sentence).events if e.type == "THREATEN"]
    assert events and events[0].source_actor.country == source and set(events[0].parties) == parties


@pytest.mark.parametrize("sentence, source, target", [
    ("Tens of thousands of residents marched through Macau against the Chinese authorities.", "MAC", "CHN"),
    ("Thousands of protesters marched in Dakar in defiance of the Senegalese authorities.", "SEN", "SEN"),
])
def test_crowd_protests_against_the_authority_it_names(sentence, source, target):
    events = [e for e in extract_text(sentence).events if e.type == "PROTEST"]
    assert events and events[0].source_actor.country == source
    assert events[0].target_actor is not None and events[0].target_actor.country == target


@pytest.mark.parametrize("sentence, country", [
    ("Inmates rioted at a prison in the Malian capital Bamako on Monday.", "MLI"),
    ("Dozens of miners demonstrated outside the ministry in La Paz on Tuesday.", "BOL"),
])
def test_more_of_the_family_of_groups(sentence, country):
    events = [e for e in extract_text(sentence).events if e.type == "PROTEST"]
    assert events and events[0].source_actor is not None and events[0].source_actor.country == country


@pytest.mark.parametrize("sentence, country", [
    ("A newspaper based in Aden has accused the government of corruption.", "YEM"),
    ("An armed group based in Maiduguri has accused the army of torture.", "NGA"),
])
def test_group_based_somewhere_is_of_that_country(sentence, country):
    events = [e for e in extract_text(sentence).events if e.type == "ACCUSE"]
    assert events and events[0].source_actor is not None and events[0].source_actor.country == country
