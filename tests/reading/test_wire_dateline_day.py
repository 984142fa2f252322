"""A page's posting stamp with its clock time above a wire dateline that gives, without a year, a day just
before it: the story is of the dateline's day (the document keeps the stamp's). Sentences written for other
countries."""

import pytest

from tests.helpers import extract_text

_STORY = ("World | Africa\n\nKenya suspends flights to Somalia over airspace row\n\nBy Staff Writers\n\n"
          "{stamp} | Updated 2 hours ago\n\n"
          "NAIROBI/MOGADISHU, {dateline} - Kenya suspended all flights to Somalia, accusing Mogadishu of closing "
          "its airspace without notice.\n\n"
          "Somalia's government rejected the accusation in a statement read by its aviation minister.")


@pytest.mark.parametrize("stamp,dateline,day", [
    ("April 10, 2024 2:40 AM GMT", "April 9", "2024-04-09"),
    ("January 1, 2024 1:05 AM GMT", "Dec 31", "2023-12-31"),   # across the year's end
    ("April 10, 2024 9:15 AM GMT", "April 10", "2024-04-10"),  # the same day
])
def test_acts_told_without_a_time_take_the_wire_datelines_day(stamp, dateline, day):
    events = extract_text(_STORY.format(stamp=stamp, dateline=dateline)).events
    rejected = [e for e in events if e.type == "REJECT"]
    assert rejected and all(e.date == day for e in rejected), [(e.type, e.date) for e in events]


def test_a_dateline_days_older_than_the_stamp_is_not_the_storys_day():
    text = _STORY.format(stamp="April 10, 2024 2:40 AM GMT", dateline="April 2")
    rejected = [e for e in extract_text(text).events if e.type == "REJECT"]
    assert rejected and all(e.date == "2024-04-10" for e in rejected)
