"""A name several countries share ("Congolese", "Congo") is the country the document is about."""

import pytest

from pactline.language.actors import find_countries, gazetteer
from tests.helpers import extract_text


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Kinshasa expelled Rwanda's ambassador on Saturday. The Congolese government accused Kigali of backing the "
         "rebels.", {"COD", "RWA"}),
        ("Brazzaville hosted talks with Gabon. The Congolese foreign minister met his Gabonese counterpart.", {"COG", "GAB"}),
        ("Uganda and Congo agreed to reopen the border at Kasindi. Kinshasa said the crossing would open on Monday.",
         {"COD", "UGA"}),
    ],
)
def test_a_shared_name_is_the_country_the_text_is_about(text, expected):
    events = extract_text(text, published="2024-06-28").events
    assert events and all(set(e.parties) <= expected | {None} for e in events), [(e.type, e.parties) for e in events]
    assert any(set(e.parties) == expected for e in events)


def test_shared_names_are_listed_and_preferred():
    assert {"COD", "COG"} <= set(gazetteer().shared["Congolese"])
    assert [m.code for m in find_countries("the Congolese army", prefer=["COG"])] == ["COG"]
    assert [m.code for m in find_countries("the Congolese army", prefer=["COD"])] == ["COD"]


@pytest.mark.parametrize(
    "text,code",
    [("Guyanese", "GUY"), ("Georgetown", "GUY"), ("Fijian", "FJI"), ("Suva", "FJI"), ("Tongan", "TON"),
     ("Basotho", "LSO"), ("Maseru", "LSO"), ("Ni-Vanuatu", "VUT"), ("Surinamese", "SUR"), ("Eswatini", "SWZ"),
     ("Cape Verdean", "CPV"), ("Bissau-Guinean", "GNB"), ("Honiara", "SLB"), ("Belizean", "BLZ")],
)
def test_small_states_are_named_by_their_people_and_capitals(text, code):
    assert [m.code for m in find_countries(f"the {text} delegation")] == [code]
