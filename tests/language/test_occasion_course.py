"""A noun naming an occasion takes the time of a relative clause that tells its course ("the state visit,
which began on Sunday"), not the time of the clause it stands in."""

import pytest

from tests.helpers import extract_text


@pytest.mark.parametrize("text, quote, day", [
    ("ACCRA, March 12, 2024 - President Mahama held talks with President Tinubu at Jubilee House on Tuesday "
     "morning, during the Nigerian leader's state visit to Ghana, which began on Monday.", "visit", "2024-03-11"),
    ("LIMA, June 7, 2023 - President Boluarte received President Boric at the Government Palace on Wednesday, "
     "in the course of the Chilean leader's official visit to Peru that started on Sunday.", "visit", "2023-06-04"),
])
def test_a_visit_takes_the_day_its_relative_clause_gives(text, quote, day):
    events = extract_text(text).events
    found = [e for e in events if quote in e.evidence[0].quote.lower() and "visit" in e.evidence[0].quote.lower()]
    assert found, [(e.type, e.evidence[0].quote, e.date) for e in events]
    dates = {e.date for e in found if e.type == "CONSULT"}
    assert day in dates, [(e.type, e.evidence[0].quote, e.date) for e in events]


@pytest.mark.parametrize("text, day", [
    ("ADDIS ABABA, May 8, 2024 - Ethiopian drones struck camps belonging to armed groups in the Amhara region "
     "late on Sunday, the army said.", "2024-05-05"),
    ("BOGOTA, May 8, 2024 - Colombian aircraft bombed depots holding weapons of rebel units near the Venezuelan "
     "border overnight on Monday, the defence ministry said.", "2024-05-06"),
])
def test_a_present_participle_keeps_no_time_of_its_own(text, day):
    events = [e for e in extract_text(text).events if e.type == "ASSAULT"]
    assert events and events[0].date == day, [(e.type, e.evidence[0].quote, e.date) for e in events]


@pytest.mark.parametrize("text", [
    ("Ethiopia strikes rebel camps\n\nADDIS ABABA, May 8, 2024 - Ethiopian drones struck rebel camps in the north "
     "late on Sunday, the army said.\n\nAddis Ababa blames the rebels for the 2 May ambush on a convoy.\n\n"
     "Local officials said the strikes hit two villages and a school."),
    ("Colombia bombs rebel depots\n\nBOGOTA, May 8, 2024 - Colombian aircraft bombed rebel depots near the border "
     "on Monday, the ministry said.\n\nBogota holds the group responsible for the 1 May attack on a police post.\n\n"
     "Residents said the bombing hit a farm and a road."),
])
def test_a_date_set_before_its_noun_is_not_handed_on(text):
    events = extract_text(text).events
    hit = [e for e in events if "hit" in e.evidence[0].quote and e.evidence[0].quote.startswith(("Local", "Residents"))]
    assert hit and hit[0].date not in ("2024-05-02", "2024-05-01"), [(e.type, e.evidence[0].quote, e.date) for e in events]
