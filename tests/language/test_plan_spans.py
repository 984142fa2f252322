"""A plan whose only time is a span from the report ("will sign the accord within six months", "agreed to
sign the protocol within three months") is dated by the month the span ends, not by the day
the report was issued; an act told as done keeps its own day (issue 14, round 16)."""

import pytest

from tests.helpers import extract_text


def _planned(text, published):
    return {e.date for e in extract_text(text, published=published).events if e.planned}


@pytest.mark.parametrize("text, published, month", [
    ("Ghana and Togo will sign a transit accord within six months.", "2024-10-15", "2025-04"),
    ("Kenya and Uganda agreed to sign a railway protocol within three months.", "2025-01-22", "2025-04"),
    ("Norway and Iceland will hold talks on a fisheries accord within one year.", "2022-11-29", "2023-11"),
])
def test_a_plan_told_within_a_span_ends_with_it(text, published, month):
    assert _planned(text, published) == {month}


def test_a_plan_with_a_time_of_its_own_keeps_it():
    text = "Peru and Chile will hold a summit in Lima in March, and will sign the accord within six months."
    dates = _planned(text, "2024-10-15")
    assert "2025-03" in dates and "2024-10-15" not in dates


@pytest.mark.parametrize("text", [
    "Kenya and Somalia will hold talks within a year of the handover.",
    "Ghana and Togo will sign a transit accord within six months after the border reopens.",
])
def test_a_span_counted_from_another_event_is_no_date_from_the_report(text):
    assert _planned(text, "2024-03-01") == {"2024-03-01"}
