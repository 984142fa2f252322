"""A plan whose own words leave its time open ("at a mutually convenient time", "at a date to be agreed") has no
date: neither the day the text was issued nor the day of another occasion the text plans."""

from __future__ import annotations

import pytest

from tests.helpers import extract_text

_HEAD = ("Joint Communique of Ghana and Senegal\n\nACCRA, 9 April 2024 - President Macky Sall of Senegal paid an "
         "official visit to Ghana from 8 to 9 April 2024.\n\nThe two sides will convene the 3rd Joint Permanent "
         "Commission in Dakar in the second half of 2024.\n\n")


@pytest.mark.parametrize(
    "last",
    [
        "President Akufo-Addo invited President Sall to come back to Ghana at a mutually convenient time, and "
        "President Sall accepted the invitation.",
        "President Sall extended an invitation to President Akufo-Addo, who agreed to travel to Senegal at a date "
        "to be agreed through diplomatic channels.",
    ],
)
def test_open_time_plan_takes_no_other_date(last):
    events = extract_text(_HEAD + last).events
    told = [e for e in events if e.planned and e.evidence and e.evidence[0].quote.startswith(last[:30])]
    assert told, [(e.type, e.summary) for e in events]
    assert all(e.date is None for e in told if e.type == "CONSULT"), [(e.summary, e.date, e.mode) for e in told]
    assert not any(e.mode == "meet" for e in told), [(e.summary, e.mode) for e in told]


def test_plan_with_its_own_date_keeps_it():
    events = extract_text(_HEAD).events
    assert any(e.planned and e.date and e.date.startswith("2024") for e in events), [(e.summary, e.date) for e in events]


@pytest.mark.parametrize("text", [
    "The next session of the Ghana-Senegal commission will be held in Dakar in 2026, on a date to be agreed.",
    "Ghana and Senegal will meet again in Accra in 2026 at a mutually convenient time.",
])
def test_open_time_keeps_a_stated_year(text):
    events = [e for e in extract_text(text, published="2024-04-09").events if e.planned]
    assert events and all(e.date == "2026" for e in events), [(e.summary, e.date) for e in events]
