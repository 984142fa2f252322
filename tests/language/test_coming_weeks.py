""""In the coming weeks", "in the next few days": a plan told so is dated to the month those days fall in
(the month of the days just after the text's), and a past act beside it is not dated by them. Sentences
written for other countries."""

import pytest

from pactline.language.dates import Anchor, find_dates, to_date
from tests.helpers import extract_text


@pytest.mark.parametrize("phrase, day, value", [
    ("in the coming weeks", "2022-05-31", "2022-06"),
    ("in the next few days", "2023-11-14", "2023-11"),
    ("over the coming days", "2024-01-30", "2024-02"),
])
def test_the_coming_days_name_the_month_they_fall_in(phrase, day, value):
    found = find_dates("talks will resume " + phrase, Anchor(to_date(day)))
    assert [m.value for m in found] == [value]


@pytest.mark.parametrize("text", ["over the weeks of talks", "if no meeting happens within the coming weeks"])
def test_over_the_weeks_or_a_term_within_them_is_no_date(text):
    assert find_dates(text, Anchor(to_date("2022-05-31"))) == []


@pytest.mark.parametrize("sentence", [
    "Togo's president is expected to visit Accra in the coming weeks.",
    "The two foreign ministers of Togo and Ghana will meet again in the next few days.",
])
def test_a_visit_planned_in_the_coming_weeks_takes_their_month(sentence):
    events = [e for e in extract_text("Ghana and Togo signed a trade accord on Tuesday. " + sentence,
                                      published="2022-05-31").events if e.type == "CONSULT"]
    assert events and events[0].date == "2022-06", [(e.type, e.date) for e in events]
