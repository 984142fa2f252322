"""A month without its year in a clause told as done ("began to withdraw … in February") stays the month gone by;
only a clause told as still to come ("are to meet again in March") takes the coming one."""

import pytest

from tests.helpers import extract_text


def _dates(text: str) -> list[str | None]:
    return [e.date for e in extract_text(text, published="2024-05-08").events]


@pytest.mark.parametrize(("text", "month"), [
    ("Chile began to withdraw its troops from the border in February.", "2024-02"),
    ("The Peruvian government decided to expel the Chilean ambassador in March.", "2024-03"),
])
def test_an_act_told_as_done_keeps_the_past_month(text: str, month: str) -> None:
    dates = _dates(text)  # (a decision told without a day of its own is dated by the document)
    assert month in [(d or "")[:7] for d in dates] and not [d for d in dates if (d or "").startswith("2025")], dates


def test_an_act_told_as_still_to_come_takes_the_coming_month() -> None:
    dates = _dates("The foreign ministers of Ghana and Togo are to meet again in Lome in March.")
    assert dates and all(d is not None and d.startswith("2025-03") for d in dates), dates
