"""A day told in one sentence is handed on to the next sentence's act only when it is recent news: a day more
than a week before the report is background that dates its own sentence, and an act told after it without a
time is of the report's own day (issue 14, round 16)."""

import pytest

from tests.helpers import extract_text


def _dates(text, published, start):
    found = {e.date for e in extract_text(text, published=published).events if e.evidence[0].quote.startswith(start)}
    assert found, "the event is read"
    return found


@pytest.mark.parametrize("text, start", [
    ("Kenya and Tanzania signed a border protocol on 2 March. The presidents held talks in Arusha.", "The presidents"),
    ("Peru recalled its ambassador from Bolivia on 9 February. The two foreign ministers met in Lima.", "The two"),
])
def test_a_day_weeks_before_the_report_is_not_handed_on(text, start):
    assert _dates(text, "2024-03-28" if "March" in text else "2024-03-01", start) == {
        "2024-03-28" if "March" in text else "2024-03-01"}


@pytest.mark.parametrize("text, published, start, day", [
    ("Kenya and Tanzania signed a border protocol on Monday. The presidents held talks in Arusha.", "2024-03-28",
     "The presidents", "2024-03-25"),
    ("Peru recalled its ambassador from Bolivia on 26 February. Peru's foreign minister accused La Paz of meddling.",
     "2024-03-01", "Peru's", "2024-02-26"),
])
def test_a_day_of_the_week_before_is_still_handed_on(text, published, start, day):
    assert _dates(text, published, start) == {day}


@pytest.mark.parametrize("text, start", [
    ("Peru recalled its ambassador from Bolivia on 9 February. Peru summoned Bolivia's envoy the same day.", "Peru summoned"),
    ("Kenya closed its border with Somalia on 2 February. Later that day Kenya accused Somalia of harbouring militants.",
     "Later"),
])
def test_an_act_told_as_of_the_same_day_takes_it_however_old(text, start):
    assert _dates(text, "2024-03-01", start) == {"2024-02-09" if "Peru" in text else "2024-02-02"}


@pytest.mark.parametrize("text, published, start, day", [
    ("Kenya's president arrived in Arusha on 2 March for a three-day state visit. He held talks with the Tanzanian "
     "president on trade.", "2024-03-28", "He held", "2024-03-02"),
    ("Chile's foreign minister travelled to Lima on 3 February. Chile's minister signed a fisheries accord with Peru "
     "there.", "2024-03-01", "Chile's minister", "2024-02-03"),
])
def test_the_same_doers_story_keeps_its_day_however_old(text, published, start, day):
    assert _dates(text, published, start) == {day}
