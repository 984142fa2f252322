"""An act told with "last week", "at the weekend" or "N days ago" is dated by that span, not by the report's day."""

import pytest

from tests.helpers import extract_text


@pytest.mark.parametrize(
    "text,published,date",
    [
        ("Kenya's foreign ministry said it had summoned the Ugandan envoy last week.", "2024-07-02", "2024-06"),
        ("Chile recalled its ambassador from Nicaragua at the weekend, the ministry said.", "2023-04-03", "2023-04"),
        ("Peru expelled two Bolivian diplomats three days ago, officials said.", "2023-05-12", "2023-05-09"),
    ],
)
def test_week_and_days_ago_date_the_act(text, published, date):
    events = extract_text(text, published=published).events
    assert [str(e.date) for e in events if e.type in ("PROTEST", "SANCTION")] == [date]


def test_a_week_named_in_a_possessive_dates_its_noun_not_the_act():
    text = "Ghana thanked Togo for its support during last week's floods."
    events = extract_text(text, published="2024-07-02").events
    assert events and all(str(e.date) == "2024-07-02" for e in events)
