"""A stance both sides take together is about the country its object names, however deep, or the one the first
of two coordinated acts names; a city, or no country at all, adds no one."""

import pytest

from tests.helpers import extract_text

_MEETING = "Kenyan President William Ruto met Ghanaian President John Mahama in Nairobi on Monday. "


def _last(text):
    events = extract_text(_MEETING + text, published="2024-06-04").events
    assert events, text
    return sorted(events[-1].parties)


@pytest.mark.parametrize(
    "text,third",
    [
        ("The two presidents reaffirmed their support for the holding of free elections in Haiti.", "HTI"),
        ("The two leaders called for an end to every sanction imposed on the Republic of Cuba.", "CUB"),
        ("The two leaders voiced concern over the fighting in Sudan and called on every armed faction to put down "
         "their arms.", "SDN"),
    ],
)
def test_the_country_a_joint_stance_is_about_is_a_party(text, third):
    assert _last(text) == sorted(["GHA", "KEN", third])


@pytest.mark.parametrize(
    "text",
    [
        "The two leaders welcomed the progress of the talks held in Geneva.",
        "The two leaders welcomed the outcomes of the regional summit held in Lusaka last month.",
        "The two leaders condemned terrorism in all its forms.",
        # a bare call names no one: the country the act before it was about is not its party
        "The two leaders voiced concern over the fighting in Sudan and called for an immediate ceasefire.",
    ],
)
def test_a_city_or_no_country_adds_no_party(text):
    assert _last(text) == ["GHA", "KEN"]
