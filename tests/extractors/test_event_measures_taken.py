"""Measures one state takes against another, in the shapes wire reports use: a means told with "by"
("responded by recalling its ambassador"), a crossing "ordered closed", trade frozen, halted or stopped, a ban
extended or widened. Each is SANCTION of the pair; sentences written for other countries."""

import pytest

from tests.helpers import extract_text


@pytest.mark.parametrize(
    "text",
    [
        "Bolivia responded by recalling its own ambassadors to Peru and Chile.",
        "Bolivia retaliated on Sunday by expelling two Peruvian diplomats.",
        "The Bolivian army on Friday ordered all border crossings with Peru shut.",
        "Bolivia froze all new trade and investment with Peru on Sunday.",
        "Bolivia has widened its ban on Peruvian fruit to fuel and gas.",
        "Bolivia stopped buying electricity from Peruvian providers last week.",
        "Bolivia halted flights to Peru on Sunday.",
    ],
)
def test_measure_taken_is_sanction(text):
    events = extract_text(text, published="2024-05-08").events
    assert any(e.type == "SANCTION" and {"BOL", "PER"} <= set(e.parties) for e in events), [
        (e.type, e.parties) for e in events]


def test_crossing_ordered_open_is_no_sanction():
    text = "The Bolivian army on Friday ordered all border crossings with Peru reopened."
    assert not [e for e in extract_text(text, published="2024-05-08").events if e.type == "SANCTION"]
