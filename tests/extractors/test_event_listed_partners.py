"""Several partners listed after a meeting or a call ("met A, B and C", "held talks with A and B") are one act
with each, each with that partner's own country; a title before a listed name belongs to that name, not to the
one before it. Sentences written for other countries."""

import pytest

from pactline.language.actors import build_context
from tests.helpers import extract_text


@pytest.mark.parametrize(
    "text,who,country",
    [
        ("Boric met Argentine President Javier Milei, Peruvian President Dina Boluarte and Bolivian President "
         "Luis Arce.", "Milei", "ARG"),
        ("The summit heard Irish Prime Minister Simon Harris, Danish Prime Minister Mette Frederiksen and "
         "Dutch Prime Minister Dick Schoof.", "Harris", "IRL"),
        # an apposition after the name still places it
        ("The talks were opened by Dina Boluarte, the Peruvian President, on Monday.", "Boluarte", "PER"),
    ],
)
def test_a_title_in_a_list_belongs_to_the_name_after_it(text, who, country):
    person = build_context(text).person(who)
    assert person is not None and person.country == country, person


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Chile's President Gabriel Boric met Argentine President Javier Milei, Peruvian President Dina Boluarte "
         "and Bolivian President Luis Arce in Santiago on Monday.",
         [{"CHL", "ARG"}, {"CHL", "PER"}, {"CHL", "BOL"}]),
        ("Chile's President Gabriel Boric held telephone conversations with Argentine President Javier Milei and "
         "Peruvian President Dina Boluarte on Monday.", [{"CHL", "ARG"}, {"CHL", "PER"}]),
    ],
)
def test_each_listed_partner_is_one_act(text, expected):
    events = [e for e in extract_text(text, published="2024-05-08").events if e.type == "CONSULT"]
    assert sorted(map(sorted, (set(e.parties) for e in events))) == sorted(map(sorted, expected)), \
        [(e.parties, e.target_actor) for e in events]
