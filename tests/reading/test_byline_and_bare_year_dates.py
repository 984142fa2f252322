"""Document dates from a byline's numeric date field ("By A. Name in Accra | 11/06/2024 | 3 min read"), a place
led to its numeric date by a preposition ("Cairo in: 24/2/2024"), and a dateline without a year in a text
whose only years are bare ones ("first agreed in 2011"): such a year dates the dateline only when its
month-day falls on the weekday the lead names."""

from datetime import date

import pytest

from pactline.core.options import Options
from pactline.core.records import RawDocument
from pactline.language.context import dateline_year
from pactline.reading.datelines import read_dateline
from pactline.reading.prepare import prepare

_BODY = ("Ghana said on Monday that its ports would stay open to cargo bound for Burkina Faso, and Burkina Faso "
         "thanked Accra for its help. Talks on transit fees resume in June.")


def _doc(text):
    return prepare(RawDocument("t.txt", text, "txt", "x"), Options())


@pytest.mark.parametrize("line, published", [
    ("By Kofi Mensah in Accra and Awa Traoré in Ouagadougou | 10/06/2024 | 4 min read", "2024-06-10"),
    ("By Lena Park | 03.07.2023 | Politics", "2023-07-03"),
    ("By Tomás Ruiz, Regional Editor | 22/11/2022 | 6 min read", "2022-11-22"),
])
def test_byline_with_a_numeric_date_field_dates_the_story(line, published):
    doc = _doc("West Africa Desk\n\nGhana keeps ports open to Burkinabe cargo\n\n" + line + "\n\n" + _BODY)
    assert doc.published == published and doc.published_confidence == "stated"


def test_a_long_sentence_with_pipes_is_no_byline():
    doc = _doc("Ghana keeps ports open\n\nBy the end of the talks the ministers of both countries had agreed on "
               "most of the fees | 10/06/2024 | more\n\n" + _BODY)
    assert doc.published != "2024-06-10" or doc.published_confidence != "stated"


@pytest.mark.parametrize("line, published", [
    ("Nairobi in: 5/3/2024", "2024-03-05"),
    ("Lusaka on: 14/8/2023", "2023-08-14"),
])
def test_place_led_to_its_numeric_date_dates_the_release(line, published):
    doc = _doc("Embassy of Kenya\n\nPress Release No. 7/2024\n\nKenya and Zambia sign a dairy trade deal\n\n"
               + line + "\n\n" + _BODY)
    assert doc.published == published


@pytest.mark.parametrize("text, year", [
    # 2011 is history: 9 May 2011 fell on a Monday, the day after the lead's Sunday; 2021 is the latest year
    # before today in which 9 May fell on the Sunday itself
    ("ACCRA, May 9 (Wire) - Ghana said on Sunday it had renewed the power deal with Togo, first agreed in 2011 "
     "and due to run until 2027.", 2021),
    # a year of the text's full dates keeps the day-before slack
    ("ACCRA, May 10 (Wire) - Ghana said on Sunday it had renewed the deal signed on 3 March 2021.", 2021),
    # a bare year that falls on the lead's weekday itself is the year
    ("ACCRA, May 9 (Wire) - Ghana said on Monday it had renewed the power deal with Togo, in force since 2011.",
     2011),
])
def test_bare_year_dates_a_yearless_dateline_only_on_the_leads_weekday(text, year):
    found = read_dateline(text)
    assert dateline_year(text, found.month_day, date(2026, 1, 1)) == year
