"""Pledge shapes of round 13 (issue 16), on sentences written for other country pairs."""

import pytest

from tests.helpers import extract_text


def _records(text, published="2025-03-01"):
    return extract_text(text, published=published).commitments


@pytest.mark.parametrize(
    "text,first,deadline",
    [
        ("Ghana and Togo held talks in Accra. The ministers agreed to lift bilateral trade to 3 billion dollars by 2029 "
         "and to open a new border post.", "lift bilateral trade to 3 billion dollars by 2029", "2029"),
        ("Chile and Peru held talks in Lima. The two sides agreed to increase bilateral trade volume to 8 billion US "
         "dollars by 2027 and to launch negotiations on a new investment treaty next year.",
         "increase bilateral trade volume to 8 billion US dollars by 2027", "2027"),
    ],
)
def test_infinitive_after_a_target_is_no_repeated_preposition(text, first, deadline):
    """ "to N dollars by 2029 and to open …": the second "to" marks an infinitive, not a second target, so the
    first pledge stays whole and is told once."""
    pledges = [r for r in _records(text) if r.kind == "commitment"]
    assert len(pledges) == 2
    assert pledges[0].text == first and pledges[0].deadline == deadline
