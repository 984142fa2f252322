"""Relative deadlines resolved against the date a pledge was made, at the precision known."""

import pytest

from pactline.extractors.deadlines import relative_deadline


@pytest.mark.parametrize(
    "text,made_on,expected",
    [
        ("double trade within five years", "2024-05-02", "2029"),
        ("provide loans over the next three years", "2023-11", "2026"),
        ("finalise the deal by the end of the year", "2022-06-28", "2022"),
        ("sign the treaty by the end of next year", "2021", "2022"),
        ("open the bridge in the first half of the year", "2025-01-10", "2025-06"),
        ("hold the meeting in the second half of next year", "2024-03-01", "2025-12"),
        ("reopen the border within three months", "2024-11-15", "2025-02"),
        ("reopen the border within three months", "2024", "2025"),
        ("hold the fifth meeting within this year", "2023-07-01", "2023"),
        ("expand cooperation in energy", "2024-05-02", None),
        ("double trade within five years", None, None),
    ],
)
def test_relative_deadline(text, made_on, expected):
    assert relative_deadline(text, made_on) == expected
