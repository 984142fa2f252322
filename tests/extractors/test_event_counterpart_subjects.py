"""Round 19 (rc19): a joint subject whose second member the parser hangs on the first one's name ("Chile's minister
Ana Soto and her Peruvian counterpart …") holds both countries. The sentences are written for this file, about
countries of their own."""

from __future__ import annotations

import pytest

from tests.helpers import extract_text


def _events(sentence: str) -> list[tuple[str, list[str]]]:
    return sorted((e.type, e.parties) for e in extract_text(sentence, published="2024-05-08").events)


@pytest.mark.parametrize("sentence,parties", [
    ("Chile's foreign minister Alberto Soto and his Peruvian counterpart Luis Prado signed an agreement in Arica.",
     ["CHL", "PER"]),
    ("Ghana's trade minister Kofi Mensah and his Togolese counterpart Ama Lawson signed a customs protocol.",
     ["GHA", "TGO"]),
])
def test_counterpart_joined_to_a_named_minister_is_a_party(sentence: str, parties: list[str]) -> None:
    assert ("AGREE", parties) in _events(sentence)
