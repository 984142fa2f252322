"""Round 19 (rc19): a threat told as a refusal to hold back ("did not rule out further measures", "will not hesitate
to take action", "will not leave it unchallenged") is THREATEN (CAMEO 130), as "will not tolerate any incursion" is;
the same verbs about anything else code nothing. The sentences are written for this file, about countries of their
own."""

from __future__ import annotations

import pytest

from tests.helpers import extract_text


def _events(sentence: str) -> list[tuple[str, list[str]]]:
    return sorted((e.type, e.parties) for e in extract_text(sentence, published="2024-05-08").events)


@pytest.mark.parametrize("sentence,parties", [
    ("Norway did not rule out further measures against Russia.", ["NOR", "RUS"]),
    ("Japan will not rule out any option in responding to North Korea's missile launch, the minister said.",
     ["JPN", "PRK"]),
    ("The Latvian president said he would not hesitate to take further measures against Russia.", ["LVA", "RUS"]),
    ("Ecuador will not leave the raid on its consulate in Lima unchallenged, the Ecuadorian president said.",
     ["ECU"]),
])
def test_refusal_to_hold_back_is_a_threat(sentence: str, parties: list[str]) -> None:
    found = _events(sentence)
    assert any(t == "THREATEN" and set(parties) <= set(p) for t, p in found)


@pytest.mark.parametrize("sentence", [
    "Peru did not hesitate to send aid to Ecuador after the earthquake.",
    "The Kenyan court ruled that the contract with the Chinese firm was valid.",
])
def test_the_same_verbs_about_anything_else_are_no_threat(sentence: str) -> None:
    assert "THREATEN" not in [t for t, _p in _events(sentence)]
