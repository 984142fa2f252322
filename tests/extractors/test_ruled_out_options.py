"""Review rv19: "did not rule out" an option or a step *of* something is a threat only when that something is itself
a response ("the option of sanctions"); "did not rule out the option of a joint bid" plans a cooperation, no threat.
The sentences are written for this file, about countries of their own."""

from __future__ import annotations

import pytest

from tests.helpers import extract_text


def _types(sentence: str) -> list[str]:
    return [e.type for e in extract_text(sentence, published="2024-06-04").events]


@pytest.mark.parametrize("sentence", [
    "Kenya did not rule out the option of a joint bid with Norway for the 2030 games, the sports minister said.",
    "Chile has not ruled out the possibility of a free trade pact with Vietnam, officials in Santiago said.",
])
def test_an_option_of_a_cooperation_is_no_threat(sentence: str) -> None:
    assert "THREATEN" not in _types(sentence)


@pytest.mark.parametrize("sentence", [
    "Estonia did not rule out the option of sanctions against Belarus, the foreign minister said.",
    "Norway did not rule out further measures against Russia.",
])
def test_an_option_of_a_response_is_still_a_threat(sentence: str) -> None:
    assert "THREATEN" in _types(sentence)
