"""A noun naming an occasion takes the day a relative clause of its course gives ("the working trip, which had
opened on Monday"), not the time of the clause it stands in; a year of the occasion's history is no such day.
Countries and people of no benchmark text."""

import pytest

from tests.helpers import extract_text


@pytest.mark.parametrize("text, day", [
    ("MASERU, March 14, 2024 - Prime Minister Thabo Lekhanya of Lesotho hosted King Sipho Dlamini of Eswatini at "
     "a banquet in Maseru on Wednesday evening, midway through the king's official visit to Lesotho that opened on "
     "Monday.", "2024-03-11"),
    ("VALLETTA, October 3, 2024 - Malta's president received Iceland's president at the palace on Thursday, as "
     "part of the Icelandic leader's working visit to Malta which commenced on Tuesday.", "2024-10-01"),
])
def test_a_visit_takes_the_day_its_relative_clause_gives(text, day):
    events = extract_text(text).events
    dates = {e.date for e in events if e.type == "CONSULT" and "visit" in e.evidence[0].quote.lower()}
    assert day in dates, [(e.type, e.summary, e.date) for e in events]


@pytest.mark.parametrize("text", [
    "The foreign ministers of Bhutan and Nepal met on Monday during the summit, which opened in 2019 as an annual forum.",
    "The presidents of Togo and Benin held talks on Monday at the summit, which took place for the first time in 2015.",
])
def test_a_year_of_the_occasions_history_is_not_its_day(text):
    events = [e for e in extract_text(text, published="2024-05-07").events if "summit" in e.summary]
    assert events and all(e.date == "2024-05-06" for e in events), [(e.summary, e.date) for e in events]


@pytest.mark.parametrize("text, day", [
    ("WINDHOEK, May 8, 2024 - Namibian helicopters fired on boats carrying smuggled fuel across the Zambezi "
     "late on Sunday, the navy said.", "2024-05-05"),
    ("GABORONE, May 8, 2024 - Botswana's police raided warehouses storing ivory for poaching rings near the "
     "Namibian border before dawn on Monday, officials said.", "2024-05-06"),
])
def test_a_present_participle_keeps_no_time_of_its_own(text, day):
    events = [e for e in extract_text(text).events if e.type in ("ASSAULT", "COERCE")]
    assert events and events[0].date == day, [(e.type, e.evidence[0].quote, e.date) for e in events]


@pytest.mark.parametrize("text, day", [
    ("Ethiopia strikes rebel camps\n\nADDIS ABABA, May 8, 2024 - Ethiopian drones struck rebel camps in the north "
     "late on Sunday, the army said.\n\nAddis Ababa blames the rebels for the 2 May ambush on a convoy.\n\n"
     "Local officials said the strikes hit two villages and a school.", "2024-05-05"),
    ("Colombia bombs rebel depots\n\nBOGOTA, May 8, 2024 - Colombian aircraft bombed rebel depots near the border "
     "on Monday, the ministry said.\n\nBogota holds the group responsible for the 1 May attack on a police post.\n\n"
     "Residents said the bombing hit a farm and a road.", "2024-05-06"),
])
def test_a_date_set_before_its_noun_is_not_handed_on(text, day):
    events = extract_text(text).events
    hit = [e for e in events if "hit" in e.evidence[0].quote and e.evidence[0].quote.startswith(("Local", "Residents"))]
    assert hit and hit[0].date == day, [(e.type, e.evidence[0].quote, e.date) for e in events]
