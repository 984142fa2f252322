"""A country named after a hyphen is read whole ("Australia-Papua New Guinea" names no Guinea, "Chile-Costa
Rica" no Costa Rica twice), and what a person was told about is never who they are ("told his
counterpart about a Russian drone attack")."""

import pytest

from pactline.language.actors import find_countries
from tests.helpers import extract_text


@pytest.mark.parametrize("text, joined, codes", [
    ("the Indonesia-Papua New Guinea border talks", True, ["IDN", "PNG"]),
    ("the Indonesia-Papua New Guinea border talks", False, ["IDN"]),
    ("the Senegal-Equatorial Guinea summit", True, ["SEN", "GNQ"]),
    ("the Niger-Guinea-Bissau corridor", True, ["NER", "GNB"]),
])
def test_joined_name_read_whole(text, joined, codes):
    assert [m.code for m in find_countries(text, joined=joined)] == codes


@pytest.mark.parametrize("sentence", [
    "The President told his counterpart about the damage done by a Russian drone attack on Odesa.",
    "The President briefed his counterpart about the Hungarian proposal for the pipeline.",
])
def test_topic_is_not_the_partner(sentence):
    text = ("Latvian President Edgars Rinkevics met Lithuanian President Gitanas Nauseda in Vilnius on Monday. "
            + sentence)
    events = [e for e in extract_text(text, published="2025-01-08").events if e.type == "CONSULT"]
    assert events and set(events[-1].parties) == {"LVA", "LTU"}
