"""An office named alone stands for whom the text introduced with it: set beside the name in a list or a
headline ("the Chancellor of the Federation, Ana Ruiz,"), a shorter form of it, a holder before a possessive
("Secretary Ivo Banda's agenda"), not the holder of a longer office ending in the title ("Foreign Secretary");
a title after a comma opens another person. Invented names and situations."""

import pytest

from pactline.language.actors import build_context, resolve

_LIST = ("Austrian Chancellor Ana Ruiz and Togolese Prime Minister Kofi Agbeko flew to Accra on Monday.\n\n"
         "Guests at the opening of the port of Tema: the Chancellor of the Federation, Ana Ruiz, with her husband; "
         "the Chairman of the Togolese Council of State, Kofi Agbeko, with his staff; and local chiefs.\n\n{sentence}")


@pytest.mark.parametrize("sentence,phrase,code", [
    ("The Chancellor of the Federation cut the ribbon.", "the Chancellor of the Federation", "AUT"),
    ("The Chairman of the Council praised the dock workers.", "the Chairman of the Council", "TGO"),
])
def test_an_office_set_beside_a_name_stands_for_that_person(sentence, phrase, code):
    actor, codes = resolve(phrase, build_context(_LIST.format(sentence=sentence)))
    assert codes == [code], (actor, codes)


def test_an_office_two_people_hold_stays_unresolved():
    text = ("Austrian Chancellor Ana Ruiz and Togolese Prime Minister Kofi Agbeko flew to Accra.\n\nDelegates: the "
            "Chair of the Commission, Ana Ruiz, with her staff; the Chair of the Commission, Kofi Agbeko, with his "
            "staff.\n\nThe Chair of the Commission closed the session.")
    actor, codes = resolve("the Chair of the Commission", build_context(text))
    assert codes == [], (actor, codes)


@pytest.mark.parametrize("text", [
    "Secretary Ivo Banda's Agenda for the Week\n\nZambian Foreign Secretary Ivo Banda opens a trade fair in Ndola. "
    "On Tuesday the Secretary hosts a lunch for exporters.",
    "Zambian Secretary Ivo Banda opens a trade fair in Ndola on Monday. On Tuesday the Secretary hosts a lunch for "
    "exporters.",
])
def test_the_secretary_is_whom_the_text_introduced_with_the_title(text):
    actor, codes = resolve("the Secretary", build_context(text))
    assert codes == ["ZMB"], (actor, codes)


@pytest.mark.parametrize("text", [
    "Indian Foreign Secretary Vikram Misri and Philippine Secretary of Foreign Affairs Enrique Manalo opened an "
    "exhibition of textiles. The Secretary praised the weavers.",
    "Philippine Secretary of Foreign Affairs Enrique Manalo toured a school in Cebu with Indian Foreign Secretary "
    "Vikram Misri. The Secretary spoke to the pupils.",
])
def test_the_secretary_is_not_the_holder_of_a_longer_office(text):
    actor, codes = resolve("The Secretary", build_context(text))
    assert codes == ["PHL"], (actor, codes)


@pytest.mark.parametrize("text,name,code", [
    ("Seated at the gala were the Governor of Ontario, Premier Ana Ruiz of Peru, and the mayor.", "Ana Ruiz", "PER"),
    ("A letter from the Emir of Qatar, Prime Minister Tomas Varga of Hungary, reached the summit.", "Tomas Varga",
     "HUN"),
])
def test_a_title_after_the_comma_opens_another_person(text, name, code):
    actor, codes = resolve(name, build_context(text))
    assert codes == [code], (actor, codes)
