"""A parliament record's sitting day under the chamber's name ("NATIONAL ASSEMBLY" / "Tuesday, 8 April 2025") is the
record's own date, not a page banner's: "last week" in a member's answer then dates the trip by its month (round 19)."""

import pytest

from pactline.core.options import Options
from pactline.core.records import RawDocument
from pactline.reading.prepare import prepare


def _doc(text):
    return prepare(RawDocument("t.txt", text, "txt", "x"), Options())


@pytest.mark.parametrize("chamber, day_line, day", [
    ("NATIONAL ASSEMBLY", "Tuesday, 8 April 2025", "2025-04-08"),
    ("Senate", "Thursday, 16 October 2025", "2025-10-16"),
    ("LEGISLATIVE COUNCIL", "Monday 3 March 2025", "2025-03-03"),
])
def test_a_sitting_day_under_the_chamber_dates_the_record(chamber, day_line, day):
    text = ("Parliament of Ruritania > Official Report\nPrint | Share\n\n" + chamber + "\n" + day_line + "\n"
            "ORAL ANSWERS\n\nMs ADJEI (Coastal): Can the minister tell members about her trip to Ghana last week?\n\n"
            "Ms OKORO (Minister for Trade): Last week I travelled to Accra, where I met the Ghanaian trade minister "
            "and we agreed to reopen the joint commission on cocoa exports.\n")
    doc = _doc(text)
    assert doc.published == day
    assert doc.published_confidence == "stated"


def test_a_date_under_a_capitals_line_that_only_starts_with_a_chamber_stays_a_banner():
    text = ("SENATE WEIGHS TRADE PACT WITH CHILE\nWednesday, 9 April 2025\n\n"
            "Peru and Bolivia reopened a border crossing last week after months of closure, officials said.\n")
    assert _doc(text).published_confidence != "stated"
