"""The organisation a country joins, applies to or returns to is one of the act's parties ("backed X's bid to join
Mercosur", "welcomed Y's admission into the East African Community") (round 13)."""

import pytest

from tests.helpers import extract_text


@pytest.mark.parametrize("sentence, body", [
    ("Peru reiterated its support for Ecuador's bid to join Mercosur.", "MERCOSUR"),
    ("Kenya welcomed Somalia's admission into the East African Community.", "EAC"),
    ("Ecuador backed Peru's membership of ASEAN.", "ASEAN"),
    ("The two governments welcomed the return of Niger to the African Union.", "AU"),
])
def test_the_body_joined_is_a_party(sentence: str, body: str) -> None:
    text = "Quito, 4 March 2025 - Ecuador and Peru held talks in Quito. " + sentence
    supports = [e for e in extract_text(text).events if e.type == "SUPPORT"]
    assert supports and all(body in e.parties for e in supports), [e.parties for e in supports]


def test_a_body_named_otherwise_is_no_party() -> None:
    text = ("Quito, 4 March 2025 - Ecuador and Peru held talks in Quito. Peru welcomed Ecuador's return to growth "
            "after the African Union summit.")
    assert all("AU" not in e.parties for e in extract_text(text).events if e.type == "SUPPORT")
