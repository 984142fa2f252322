"""A call on "partners" with no country named is a call on friends abroad, not on the report's other
country; "allies" in a text that names NATO is NATO (wave 1 leftovers, round 12). Sentences about other
countries."""

import pytest

from tests.helpers import extract_text


def _requests(text: str, sentence: str):
    return [e for e in extract_text(text + sentence, published="2024-03-12").events
            if sentence[:30] in e.evidence[0].quote and e.type == "REQUEST"]


_CLASH = ("Armenian and Azerbaijani troops exchanged fire near the border on Sunday. Armenia accused Azerbaijan of "
          "shelling villages, and Azerbaijan said Armenia had fired first. ")


@pytest.mark.parametrize("sentence", [
    "Armenia urged partners to send more monitors to the border.",
    "Yerevan called on its partners to send observers to the villages.",
])
def test_partners_are_not_the_other_side(sentence: str) -> None:
    events = _requests(_CLASH, sentence)
    assert events and all("AZE" not in e.parties for e in events), [(e.parties, e.summary) for e in events]


_NATO = ("The prime ministers of Norway and Finland met in Oslo before the NATO summit on Tuesday. "
         "Norway and Finland agreed to deepen defence cooperation. ")


@pytest.mark.parametrize("sentence", [
    "They urged all allies to spend more on air defence.",
    "The two leaders called on fellow allies to keep supplying Kyiv.",
])
def test_allies_after_nato_is_nato(sentence: str) -> None:
    events = _requests(_NATO, sentence)
    assert events and all("NATO" in e.parties for e in events), [(e.parties, e.summary) for e in events]
