"""A weekday told in the present simple in a story's body is on the timetable: the coming day ("the minister
flies to Lima on Monday" in a Saturday report), not the one before. A headline's present ("Chile and Peru sign
accord on Friday") and a past tense keep the day gone by."""

import pytest

from tests.helpers import extract_text


def _dates(text, published, start):
    return {e.date for e in extract_text(text, published=published).events if e.evidence[0].quote.startswith(start)}


@pytest.mark.parametrize("sentence, day", [
    ("Peru's prime minister visits Santiago on Monday, his first trip to Chile since taking office.", "2025-03-10"),
    ("Kenya's foreign minister travels to Accra on Tuesday to meet Ghanaian officials.", "2025-03-11"),
])
def test_a_present_weekday_in_the_body_is_the_coming_one(sentence, day):
    text = "Visit ahead for neighbours\n\nSANTIAGO, March 8 - " + sentence + " Officials expect a trade deal.\n"
    assert _dates(text, "2025-03-08", sentence.split()[0]) == {day}


def test_a_past_weekday_stays_the_day_gone_by():
    text = ("Visit ahead for neighbours\n\nSANTIAGO, March 8 - Peru's prime minister visited Santiago on Monday, his "
            "first trip to Chile since taking office.\n")
    assert _dates(text, "2025-03-08", "Peru") == {"2025-03-03"}


def test_a_captions_present_keeps_the_day_gone_by():
    text = ("Kenya and Uganda pledge closer ties\n\nBy Staff (Wire) 08:35, March 12, 2025\n\n"
            "President William Ruto shakes hands with Ugandan President Yoweri Museveni in Nairobi on Monday. "
            "PHOTO/WIRE\n\nPresident William Ruto pledged on Monday to deepen ties with Uganda.\n")
    assert _dates(text, None, "President William Ruto shakes") <= {"2025-03-10"}
