"""An office named alone stands for whom the text introduced with it: set beside the name ("The President of the
Republic, Ana Ruiz, met …"), before a possessive ("Secretary Dlamini's visit"), or with an initial in the name
("Secretary of State Jane Q. Moreau"). Sentences written for other countries."""

import pytest

from pactline.language.actors import build_context, resolve


@pytest.mark.parametrize("text,phrase,name,code", [
    ("The President of the Republic, Gustavo Petro, met in Quito with the President of the Ecuadorian Council of "
     "Ministers, Daniel Noboa, for talks on the border. The President of the Republic thanked Daniel Noboa.",
     "the President of the Republic", "Gustavo Petro", "COL"),
    ("The President of the Republic, Gustavo Petro, met in Quito with the President of the Ecuadorian Council of "
     "Ministers, Daniel Noboa, for talks on the border. The President of the Council welcomed the talks.",
     "the President of the Council", "Daniel Noboa", "ECU"),
    ("The Minister of Foreign Affairs of Ghana, Samuel Ablakwa, received the Chair of the Togolese Commission, "
     "Robert Dussey, in Accra. The Minister of Foreign Affairs thanked his guest.",
     "the Minister of Foreign Affairs", "Samuel Ablakwa", "GHA"),
])
def test_an_office_set_beside_a_name_stands_for_that_person(text, phrase, name, code):
    actor, codes = resolve(phrase, build_context(text))
    assert actor is not None and (actor.name, codes) == (name, [code]), (actor, codes)


def test_an_office_two_people_hold_stays_unresolved():
    text = ("The President of the Republic, Gustavo Petro, met the President of the Republic, Daniel Noboa, in "
            "Quito. The President of the Republic thanked his guest.")
    actor, codes = resolve("the President of the Republic", build_context(text))
    assert codes == [], (actor, codes)


@pytest.mark.parametrize("text", [
    "Secretary Dlamini's Travel to Zambia\n\nSouth African Foreign Secretary Naledi Dlamini will travel to Lusaka. "
    "In Lusaka, the Secretary will meet President Hichilema.",
    "South African Secretary of State Naledi P. Dlamini will travel to Lusaka on Monday. In Lusaka, the Secretary "
    "will meet President Hichilema.",
])
def test_the_secretary_is_whom_the_text_introduced_with_the_title(text):
    actor, codes = resolve("the Secretary", build_context(text))
    assert codes == ["ZAF"], (actor, codes)


@pytest.mark.parametrize("text,name,code", [
    ("At the invitation of His Majesty King Harald, King of Norway, President Alar Karis of Estonia paid a state "
     "visit to Oslo.", "Alar Karis", "EST"),
    ("At the invitation of the Emir of Qatar, Prime Minister Shehbaz Sharif of Pakistan visited Doha.",
     "Shehbaz Sharif", "PAK"),
])
def test_a_title_after_the_comma_opens_another_person(text, name, code):
    actor, codes = resolve(name, build_context(text))
    assert codes == [code], (actor, codes)


@pytest.mark.parametrize("text", [
    "Indian Foreign Secretary Vikram Misri met Philippine Secretary of Foreign Affairs Enrique Manalo in Manila. "
    "The Secretary thanked India for its support.",
    "Philippine Secretary of Foreign Affairs Enrique Manalo received Indian Foreign Secretary Vikram Misri in Manila. "
    "The Secretary welcomed the visit.",
])
def test_the_secretary_is_not_the_holder_of_a_longer_office(text):
    actor, codes = resolve("The Secretary", build_context(text))
    assert codes == ["PHL"], (actor, codes)
