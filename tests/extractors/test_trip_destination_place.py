"""A trip's meeting is where the trip goes when no "in"/"at" phrase names its place ("is expected to travel to
Kampala next month", "will visit Lusaka"): a town, not a country; an "in"/"at" phrase still wins. Sentences written for other
countries."""

import pytest

from tests.helpers import extract_text


@pytest.mark.parametrize("sentence,place", [
    ("President Hichilema is expected to travel to Lilongwe next month.", "Lilongwe"),
    ("President Hichilema will visit Lilongwe on Friday.", "Lilongwe"),
    ("President Hichilema will fly to Lilongwe for talks at the State House in Blantyre.", "State House, Blantyre"),
    ("President Hichilema will visit Malawi next week.", None),  # a country is no meeting's town
])
def test_a_trips_meeting_is_where_the_trip_goes(sentence, place):
    text = "Zambia and Malawi held talks in Lusaka on Monday.\n\n" + sentence
    trips = [e for e in extract_text(text, published="2024-05-08").events if e.evidence[0].quote == sentence]
    assert trips and all(e.location == place for e in trips), [(e.type, e.location) for e in trips]


@pytest.mark.parametrize("sentence", ["The ministers discussed the return of refugees to Lilongwe.",
                                      "The ministers discussed the planned visit to Lilongwe by the president."])
def test_a_trip_named_in_what_was_discussed_places_nothing(sentence):
    text = "Zambia and Malawi held talks in Lusaka on Monday.\n\n" + sentence
    told = [e for e in extract_text(text, published="2024-05-08").events if e.evidence[0].quote == sentence]
    assert all(e.location != "Lilongwe" for e in told), [(e.type, e.location) for e in told]

