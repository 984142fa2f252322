"""A diary page (an envoy's activities, a minister's week) tells each day's acts under a heading that names the day
("3 June 2024", "Thursday, 6 June"): an act told there without a time of its own is of that day, not of the page's
date; a heading that names no day ("Next week", "Outcomes") closes the day. Written for other countries."""

import pytest

from tests.helpers import extract_text

_ENVOY = ("Ambassador's diary: June 2024\n\n"
          "Published 12 June 2024\n\n"
          "10 June 2024\n"
          "Ambassador Lena Koskinen met Chile's Minister of Mining to discuss copper supply chains for batteries.\n\n"
          "6 June 2024\n"
          "The Ambassador signed a grant agreement with the Chilean forestry agency to restore burnt woodland.\n\n"
          "3 June 2024\n"
          "Ms Koskinen held talks with the Chilean Deputy Foreign Minister on Antarctic research stations.\n\n"
          "Next week\n"
          "The Ambassador will visit the port of Valparaiso with a Finnish trade delegation.\n")

_WEEK = ("Foreign Minister's week\n\n"
         "Monday, 2 September\n"
         "Oslo: The Minister met the Foreign Minister of Brazil to review talks on a fisheries agreement.\n\n"
         "Wednesday, 4 September\n"
         "Telephone call with the Foreign Minister of Brazil about the Amazon fund. The Minister thanked Brazil for its "
         "cooperation.\n")


def _dates(text: str, published: str) -> dict[str, str | None]:
    return {e.evidence[0].quote[:24]: e.date for e in extract_text(text, published=published).events}


@pytest.mark.parametrize(("start", "day"), [
    ("Ambassador Lena Koskinen", "2024-06-10"),
    ("The Ambassador signed a ", "2024-06-06"),
    ("Ms Koskinen held talks w", "2024-06-03"),
])
def test_an_envoys_acts_take_their_heading_day(start: str, day: str) -> None:
    dates = _dates(_ENVOY, "2024-06-12")
    assert dates.get(start) == day, dates


@pytest.mark.parametrize(("start", "day"), [
    ("The Minister met the For", "2024-09-02"),
    ("Telephone call with the ", "2024-09-04"),
])
def test_a_ministers_week_takes_its_weekday_headings(start: str, day: str) -> None:
    dates = _dates(_WEEK, "2024-09-06")
    assert dates.get(start) == day, dates


def test_a_heading_naming_no_day_closes_the_day() -> None:
    dates = _dates(_ENVOY, "2024-06-12")
    assert "2024-06-03" not in {d for q, d in dates.items() if q.startswith("The Ambassador will")}, dates


_AHEAD = ("Minister's diary\n"
          "Last updated 06.09.2024\n\n"
          "Monday, 2 September\n"
          "Oslo: The Minister met the Foreign Minister of Brazil to review talks on a fisheries agreement.\n\n"
          "Tuesday, 10 September\n"
          "Oslo: The Minister receives the Foreign Minister of Peru for the first round of political consultations.\n")


@pytest.mark.parametrize(("start", "planned"), [
    ("The Minister met the For", False),
    ("The Minister receives th", True),
])
def test_a_diary_day_after_the_page_is_planned(start: str, planned: bool) -> None:
    events = {e.evidence[0].quote[:24]: e for e in extract_text(_AHEAD, published="2024-09-06").events}
    assert start in events, events
    assert bool(events[start].planned) is planned



def test_a_date_line_repeated_below_is_no_diary() -> None:
    text = ("Visit of the Prime Minister to Ghana\n\n"
            "March 5, 2025\n\n"
            "The Prime Minister of Kenya held talks with the President of Ghana in Accra on 4 March 2025.\n\n"
            "The two leaders agreed to open direct flights between Nairobi and Accra.\n\n"
            "March 5, 2025\n")
    dates = _dates(text, "2025-03-05")
    assert dates.get("The two leaders agreed t") == "2025-03-04", dates
