"""A state organ a text names with its country and an acronym stands for that country; an armed movement or a
rebel army named after the country does not (the words are data: roles.json state_organs)."""

import json
from collections import Counter
from pathlib import Path

from pactline.language.holders import bare_office, organ_holders

ROLES = Path(__file__).resolve().parents[2] / "src" / "pactline" / "data" / "roles.json"


def test_a_countrys_armed_forces_by_acronym_stand_for_it():
    found = organ_holders("The Kenya Defence Forces (KDF) said on Monday that the KDF had repelled an attack.")
    assert "kdf" in found and found["kdf"].country == "KEN", found


def test_a_movement_or_a_rebel_army_named_after_a_country_is_no_organ():
    text = ("Fighters of the Chad Liberation Army (CLA) and the Niger Patriotic Liberation Movement (NPLM) "
            "clashed near the border.")
    found = organ_holders(text)
    assert "cla" not in found and "nplm" not in found, found


def test_an_office_style_is_read_from_the_data():
    assert bare_office("the Hon. Minister") == "minister"
    assert bare_office("H.E. the Chairperson") == "chairperson"


def test_no_organisation_is_listed_twice():
    names = Counter(org["name"] for org in json.loads(ROLES.read_text())["organisations"])
    assert not [n for n, k in names.items() if k > 1]
