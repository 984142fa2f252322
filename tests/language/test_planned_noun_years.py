"""A planned act is not dated by a year that names the object of another act coordinated with it ("agreed to hold
the commission and to update the 2014 partnership"); a year naming its own object still dates it ("will host the
2026 summit")."""

import pytest

from tests.helpers import extract_text


def _planned(text, published):
    return [(e.type, e.date) for e in extract_text(text, published=published).events if e.planned]


@pytest.mark.parametrize(
    "text,published,kind,expected",
    [
        ("The foreign ministers of Ghana and Togo agreed to hold the joint commission in Lome and to revise the 2017 "
         "transit protocol.", "2025-04-24", "CONSULT", "2025"),
        ("The two presidents of Chile and Peru agreed to meet again in Arica and to extend the 2012 fisheries accord.",
         "2024-06-10", "CONSULT", "2024"),
    ],
)
def test_year_naming_another_acts_object_does_not_date_the_plan(text, published, kind, expected):
    planned = [d for t, d in _planned(text, published) if t == kind]
    assert planned and all(d and d.startswith(expected) for d in planned), _planned(text, published)


@pytest.mark.parametrize(
    "text,published,expected",
    [
        ("Kenya will host the 2026 Africa Climate Summit in Nairobi.", "2025-03-10", "2026"),
        ("Ghana will host the 2027 ECOWAS summit in Accra.", "2025-03-10", "2027"),
        # a nominal act: the verb it is the subject of is its own ("the session is scheduled for October")
        ("The session of the Ghana-Togo joint commission is scheduled for October in Lome.", "2025-07-30", "2025-10"),
    ],
)
def test_year_naming_the_plans_own_object_still_dates_it(text, published, expected):
    planned = _planned(text, published)
    assert planned and planned[0][1] == expected, planned
