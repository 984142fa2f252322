"""A sum of money is no actor ("NZD 40 million", "US$2 billion"); a thing one deals in with a state ("a deal for
patrol boats with Japan", "grain from Ukraine") is aimed at that state, named by its name; a counterpart named
beside the word ("his Samoan counterpart Lani Tuala") is that person, of that country. Sentences written for
other countries."""

import pytest

from pactline.language.actors import build_context, resolve
from tests.helpers import extract_text


@pytest.mark.parametrize("phrase", ["NZD 40 million", "US$2 billion", "EUR 300 million", "about CHF 12 million", "NZD"])
def test_a_sum_of_money_is_no_actor(phrase):
    assert resolve(phrase, build_context("Fiji and Samoa signed a deal.")) == (None, [])


@pytest.mark.parametrize("phrase,code,name", [
    ("patrol boats with Japan", "JPN", "Japan"),
    ("wheat shipments from Ukraine", "UKR", "Ukraine"),
])
def test_a_thing_dealt_in_with_a_state_is_named_by_the_state(phrase, code, name):
    actor, codes = resolve(phrase, build_context("Fiji and Samoa signed a deal."))
    assert actor is not None and (actor.name, codes) == (name, [code])


@pytest.mark.parametrize("text,name,code", [
    ("Fiji's Foreign Minister Tevita Naulu met his Samoan counterpart Foreign Minister Lani Tuala in Apia on "
     "Monday.", "Lani Tuala", "WSM"),
    ("Peru's Defence Minister Walter Astudillo received his Chilean counterpart, Maya Fernandez, in Lima.",
     "Maya Fernandez", "CHL"),
])
def test_a_counterpart_named_beside_the_word_is_that_person(text, name, code):
    met = [e for e in extract_text(text, published="2024-05-08").events if e.type == "CONSULT"]
    assert met and any(e.target_actor and (e.target_actor.name, e.target_actor.country) == (name, code)
                       for e in met), [(e.source_actor, e.target_actor) for e in met]
    assert resolve(name.split()[-1], build_context(text))[1] == [code]


@pytest.mark.parametrize("phrase", ["a meeting with Ugandan farmers", "complaints from Kenyan traders"])
def test_people_named_by_a_demonym_stay_people(phrase):
    actor, _codes = resolve(phrase, build_context("Fiji and Samoa signed a deal."))
    assert actor is None or actor.role != "government", actor



def test_a_headlines_counterpart_names_no_one_on_the_line_below():
    from pactline.language.titled import titled_people

    text = "Prime Minister meets Samoan counterpart\n\nPrime Minister Tevita Naulu of Fiji welcomed the Samoan leader."
    assert all(p.country != "WSM" for p in titled_people(text) if p.name == "Tevita Naulu")
