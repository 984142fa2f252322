"""An occasion told as scheduled ("is planned for March", "are expected to resume next week", "are due to
continue") is a meeting still to come, dated by when it is due; never an act already done."""

import pytest

from tests.helpers import extract_text

LEAD = "Ghana and Togo held talks in Lome on Monday.\n\n"


@pytest.mark.parametrize("sentence, date", [
    ("A second round of negotiations is planned for March.", "2025-03"),
    ("Talks on the border are expected to continue next week.", "2024-05"),
    ("The next round of consultations is scheduled for October in Accra.", "2024-10"),
    ("Talks on fishing rights are due to resume in July.", "2024-07"),
])
def test_a_scheduled_occasion_is_planned(sentence, date):
    events = [e for e in extract_text(LEAD + sentence, published="2024-05-02").events
              if e.evidence[0].quote in sentence or sentence[:30] in e.evidence[0].quote]
    assert events and all(e.planned for e in events), [(e.type, e.date, e.planned) for e in events]
    assert events[0].type == "CONSULT" and events[0].date == date, [(e.type, e.date) for e in events]


def test_a_month_for_which_something_is_planned_is_a_date():
    from datetime import date

    from pactline.language.dates import Anchor, find_dates

    assert [m.value for m in find_dates("planned for March", Anchor(date(2024, 5, 2)))] == ["2024-03"]
    assert find_dates("support for May", Anchor(date(2024, 5, 2))) == []  # a name, not the month


@pytest.mark.parametrize("sentence, date", [
    ("However, negotiations on the free trade agreement between Ghana and Togo have been postponed to 2027.", "2027"),
    ("The ministerial talks were delayed until September after a dispute over tariffs.", "2024-09"),
])
def test_an_occasion_put_off_is_still_to_come_and_no_act_done(sentence, date):
    events = [e for e in extract_text(LEAD + sentence, published="2024-05-02").events if e.evidence[0].quote in sentence]
    assert events and all(e.planned and e.type == "CONSULT" for e in events), [(e.type, e.planned) for e in events]
    assert events[0].date == date, [(e.type, e.date) for e in events]

