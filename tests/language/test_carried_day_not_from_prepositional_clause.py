"""A day an earlier sentence tells inside a clause a preposition governs ("since taking the oath on Friday", "after
returning from Lagos on Tuesday") dates that clause's act only: the acts told next keep the main act's day."""

import pytest

from tests.helpers import extract_text


@pytest.mark.parametrize("text, published, kind, day", [
    ("Ottawa, 17 March 2025 - Today, Prime Minister Mark Carney met with Ghanaian President John Mahama in Accra, "
     "during his first journey overseas since taking the oath of office on Friday. Prime Minister Carney thanked "
     "President Mahama for the cordial reception.", "2025-03-17", "SUPPORT", "2025-03-17"),
    ("Today the President of Chile received the Foreign Minister of Peru in Santiago, a week after returning from "
     "Brasilia on Tuesday. The President thanked Peru for its support during the floods.",
     "2024-06-14", "SUPPORT", "2024-06-14"),
])
def test_day_of_a_prepositional_clause_is_not_carried(text, published, kind, day):
    events = extract_text(text, published=published).events
    assert [str(e.date) for e in events if e.type == kind] == [day]
