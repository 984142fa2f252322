"""The coming week across two months is of the month its working days centre on (its Wednesday's): "next week"
in a report of Thursday 22 January is 26 January - 1 February, the end of January; so is the last whole week
(newcomer, round 13); "this week", partly still to come, across two months names no one month."""

from datetime import date

import pytest

from pactline.language.analysis import Anchor
from pactline.language.dates import find_dates


@pytest.mark.parametrize("text, today, value", [
    ("next week", date(2026, 1, 22), "2026-01"),  # 26 Jan - 1 Feb: Wednesday 28 January
    ("next week", date(2024, 5, 30), "2024-06"),  # 3-9 June: one month anyway
    ("next week", date(2025, 7, 24), "2025-07"),  # 28 Jul - 3 Aug: Wednesday 30 July
    ("next week", date(2025, 4, 24), "2025-04"),  # 28 Apr - 4 May: Wednesday 30 April
    ("next week", date(2024, 8, 29), "2024-09"),  # 2-8 September
    ("last week", date(2024, 6, 5), "2024-05"),  # 27 May - 2 June: Wednesday 29 May
])
def test_the_coming_week_names_its_middle_month(text, today, value):
    assert [m.value for m in find_dates(text, Anchor(today))] == [value]


def test_a_coming_visit_next_week_is_of_that_month():
    from tests.helpers import extract_text

    text = ("Peru's foreign minister Elmer Schialer is due to travel to Santiago next week for talks with Chilean "
            "officials on migration.\n")
    events = extract_text(text, published="2025-07-24").events
    assert events and {e.date for e in events} == {"2025-07"}
