"""A programme page's items each take the day of the heading above them ("Tuesday 12 March 2024", "WEDNESDAY 13
MARCH 2024"), not the page's own date; lines that are no clock-timed item keep theirs. Written for other
countries."""

from tests.helpers import extract_text

_PAGE = ("Official visit of the President of Ghana to Senegal\n\n"
         "Dakar, 11 March 2024\n\n"
         "Monday 11 March 2024\n"
         "10:00  Courtesy call by President Mahama on the Speaker of the National Assembly.\n"
         "11:30  The two presidents hold talks on regional security.\n\n"
         "Tuesday 12 March 2024\n"
         "09:30  President Mahama tours the cocoa research institute at Tafo.\n"
         "16:00  The two presidents hold talks with business leaders from both countries.\n\n"
         "WEDNESDAY 13 MARCH 2024\n"
         "10:15  President Mahama meets Senegalese business leaders at the chamber of commerce.\n\n"
         "Outcomes\n"
         "The two presidents agreed to open a joint trade office.\n")


def _by_quote():
    return {e.evidence[0].quote[:12]: e.date for e in extract_text(_PAGE, published="2024-03-11").events}


def test_items_take_the_day_of_their_heading():
    dates = _by_quote()
    assert dates.get("09:30 Presid") == "2024-03-12", dates
    assert dates.get("10:15 Presid") == "2024-03-13", dates


def test_first_day_items_and_outcomes_keep_the_page_day():
    dates = _by_quote()
    assert dates.get("11:30 The tw") == "2024-03-11", dates
    assert dates.get("The two pres") == "2024-03-11", dates


def test_items_of_days_after_the_page_are_planned():
    events = extract_text(_PAGE, published="2024-03-11").events
    planned = {e.evidence[0].quote[:12]: e.planned for e in events}
    assert planned.get("09:30 Presid") is True, planned
    assert planned.get("10:15 Presid") is True, planned
    assert not planned.get("11:30 The tw"), planned
