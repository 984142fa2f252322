"""A bare plural of officials ("Ministers signed …") stands for both sides of a bilateral text, as "the
ministers" does; a plural that names its group ("Leaders of the G7") keeps that group."""

import pytest

from tests.helpers import extract_text

_OPENING = "Chilean President Boric held talks with Uruguayan President Orsi in Santiago on Monday. "


@pytest.mark.parametrize("sentence", [
    "Ministers signed nine agreements on energy and mining.",
    "Delegations signed a memorandum on customs.",
])
def test_bare_plural_of_officials_is_both_sides(sentence):
    events = extract_text(_OPENING + sentence, published="2025-06-03").events
    agree = [e for e in events if e.type == "AGREE"]
    assert agree and set(agree[0].parties) == {"CHL", "URY"}


def test_plural_naming_its_group_keeps_it():
    events = extract_text(_OPENING + "Leaders of the G7 condemned the attack.", published="2025-06-03").events
    protest = [e for e in events if e.type == "PROTEST"]
    assert protest and "CHL" not in protest[0].parties
