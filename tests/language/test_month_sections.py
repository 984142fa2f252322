"""A page told month by month (a year in review, a chronology): an act of a paragraph a month name opens, dated
only by the page, is of that month; a single month-led line is no such page, and an act with its own day keeps it."""

import pytest

from tests.helpers import extract_text

_REVIEW = ("Ghana and Togo in 2023: the year in brief\n\nPublished 28 December 2023\n\n"
           "It was a busy year for the two neighbours.\n\n"
           "FEBRUARY - Togolese President Faure Gnassingbé made an official visit to Accra.\n\n"
           "MAY - The foreign ministers of Ghana and Togo signed a border demarcation protocol in Lomé.\n\n"
           "SEPTEMBER - Ghana expelled two Togolese diplomats on 14 September.\n\n")


@pytest.mark.parametrize("kind, month", [("CONSULT", "2023-02"), ("AGREE", "2023-05")])
def test_month_paragraph_dates_its_acts(kind, month):
    events = extract_text(_REVIEW).events
    dated = [str(e.date) for e in events if e.type == kind and not e.planned]
    assert dated and all(d.startswith(month) for d in dated)


def test_own_day_is_kept_in_a_month_paragraph():
    events = extract_text(_REVIEW).events
    assert {str(e.date) for e in events if e.type == "SANCTION"} == {"2023-09-14"}


def test_one_month_led_line_is_no_chronology():
    text = ("Ghana and Togo sign border protocol\n\nPublished 28 December 2023\n\n"
            "MAY - The foreign ministers of Ghana and Togo signed a border demarcation protocol in Lomé, officials said.")
    events = extract_text(text).events
    assert all(str(e.date) == "2023-12-28" for e in events if e.type == "AGREE")
