"""A third country the two sides act with is a party of their joint act; a country they discuss is a topic
(round 13)."""

import pytest

from tests.helpers import extract_text

_OPENING = "Accra, 4 March 2025 - Ghana and Togo held talks in Accra. "


@pytest.mark.parametrize("sentence", [
    "The two presidents agreed to continue trilateral coordination with Benin.",
    "Both sides agreed to work with Benin on border security.",
    "The two leaders agreed to launch tripartite consultations with Benin on the corridor.",
])
def test_the_country_worked_with_is_a_party(sentence: str) -> None:
    acts = [e for e in extract_text(_OPENING + sentence).events if e.type == "AGREE"]
    assert acts and all(sorted(e.parties) == ["BEN", "GHA", "TGO"] for e in acts), [e.parties for e in acts]


def test_a_country_discussed_stays_a_topic() -> None:
    events = extract_text(_OPENING + "The two presidents discussed their relations with Benin.").events
    assert all("BEN" not in e.parties for e in events if e.type == "CONSULT")
