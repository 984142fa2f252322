"""A weekday told with a verb of a journey in the present simple in a story's body is on the timetable: the coming
day ("the envoy flies to Oslo on Monday" in a Saturday report). A headline's or a caption's present, a past tense,
a historical present of another verb ("receives", "holds talks", "condemns"), a sentence that also tells something
done ("…, the ministry said") and the day just before the report keep the day gone by (review, round 13)."""

import pytest

from tests.helpers import extract_text


def _dates(text, published, start):
    found = {e.date for e in extract_text(text, published=published).events if e.evidence[0].quote.startswith(start)}
    assert found, "the event is read"
    return found


@pytest.mark.parametrize("sentence, day", [
    ("Denmark's prime minister visits Oslo on Monday.", "2025-03-10"),
    ("The Kenyan foreign minister travels to Accra on Thursday to meet Ghanaian officials.", "2025-03-13"),
])
def test_a_journey_in_the_present_is_the_coming_day(sentence, day):
    text = "Fisheries and trade\n\nOSLO, March 8 - " + sentence + " Officials expect an accord.\n"
    assert _dates(text, "2025-03-08", sentence.split()[0]) == {day}


def test_a_past_journey_stays_the_day_gone_by():
    text = ("Fisheries and trade\n\nOSLO, March 8 - Norway's envoy flew to Reykjavik on Monday for two days "
            "of fisheries talks.\n")
    assert _dates(text, "2025-03-08", "Norway") == {"2025-03-03"}


@pytest.mark.parametrize("sentence, start, day", [
    # a state agency's historical present: what was done, told in the present
    ("President Gabriel Boric receives Peruvian Foreign Minister Elmer Schialer at La Moneda on Tuesday.",
     "President", "2025-03-11"),
    ("Chile holds talks with Peru on fishing quotas on Monday, the foreign ministry said.", "Chile", "2025-03-10"),
    ("Peru condemns on Monday the attack on its consulate in Arica.", "Peru", "2025-03-10"),
    # the day before the report: gone by
    ("The Peruvian minister flies to Santiago on Tuesday, the ministry announced.", "The Peruvian", "2025-03-11"),
])
def test_a_historical_present_keeps_the_day_gone_by(sentence, start, day):
    text = "Neighbours in talks\n\nLIMA, March 12 - " + sentence + " Both sides spoke of progress.\n"
    assert _dates(text, "2025-03-12", start) == {day}


def test_a_captions_present_keeps_the_day_gone_by():
    text = ("Kenya and Uganda pledge closer ties\n\nBy Staff (Wire) 08:35, March 12, 2025\n\n"
            "President William Ruto shakes hands with Ugandan President Yoweri Museveni in Nairobi on Monday. "
            "PHOTO/WIRE\n\nPresident William Ruto pledged on Monday to deepen ties with Uganda.\n")
    assert _dates(text, None, "President William Ruto shakes") == {"2025-03-10"}
