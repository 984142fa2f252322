"""A live report's entry stamped with seconds ("08:07:10 BST —") is split from its text; a numbered clause
("3.12 – The Parties shall …") is no clock time (review, round 12)."""

import pytest

from pactline.reading.datelines import read_dateline


@pytest.mark.parametrize("line", [
    "08:07:10 BST — Norway's minister said the talks would resume.",
    "21:45:30 CET – Poland closed two crossings with Belarus.",
    "9.40am – Chile's president arrived in Hanoi.",
    "10.15 GMT – Kenya's envoy left Kampala.",
])
def test_clock_entry_is_split(line: str) -> None:
    found = read_dateline(line)
    assert found is not None and found.kind == "metadata"


@pytest.mark.parametrize("line", [
    "3.12 – The Parties shall exchange their instruments of ratification.",
    "2.04 - Each Party shall notify the other in writing.",
])
def test_numbered_clause_is_no_clock(line: str) -> None:
    found = read_dateline(line)
    assert found is None or found.kind != "metadata"
