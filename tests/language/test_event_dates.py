"""Event dates: the governing time expression, never a background or future date; the occasion's date."""

import pytest

from tests.helpers import extract_text


def _dates(text, published):
    return [(e.type, e.date) for e in extract_text(text, published=published).events]


@pytest.mark.parametrize(
    "text,published,expected",
    [
        # a future term inside the verb's object never dates a past agreement
        ("Chile and Peru agreed on Monday to double trade by 2030.", "2024-06-28", "2024-06-24"),
        ("Kenya and Ghana agreed to cut tariffs by 2030.", "2024-06-28", "2024-06-28"),
        # "since …" opens a period: the meeting is dated by the document
        ("Kenyan President William Ruto met Ghanaian President John Mahama for the third time since November last year.",
         "2024-06-28", "2024-06-28"),
    ],
)
def test_governing_date(text, published, expected):
    assert _dates(text, published)[0][1] == expected


def test_background_date_dates_only_its_sentence():
    text = ("Peru lodged a protest with Chile on Friday over border drills. "
            "The islands were seized in 1879. Peru condemned the drills.")
    dates = _dates(text, "2024-03-28")
    assert dates[0][1] == "2024-03-22"
    assert all(not d.startswith("1879") for _t, d in dates[1:] if d)


def test_event_dated_only_by_the_document_takes_the_occasion_date():
    text = ("Kenyan President William Ruto and Ghanaian President John Mahama held talks in Nairobi on Sunday. "
            "The two leaders agreed to open a direct flight.")
    dates = _dates(text, "2024-05-27")
    assert dates[0] == ("CONSULT", "2024-05-26")
    assert dates[1][1] == "2024-05-26"
