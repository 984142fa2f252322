"""Round 19 (rc19): an expulsion told in the passive with no one named as ordering it ("The Russian ambassador has been
ordered to leave the country") is the text's other country expelling the envoy (SANCTION, CAMEO 166); one sent away
with no country of the text's pair, or not an envoy, gives none. The texts are written for this file, about countries
of their own."""

from __future__ import annotations

import pytest

from tests.helpers import extract_text

_HEAD = "Estonia and Russia trade expulsions\n\nEstonia on Monday summoned the Russian charge d'affaires. "


def _expulsions(sentence: str) -> list[tuple[str | None, str | None]]:
    events = extract_text(_HEAD + sentence, published="2024-05-08").events
    return [(e.source_actor.country if e.source_actor else None, e.target_actor.country if e.target_actor else None)
            for e in events if e.type == "SANCTION" and sentence[:25] in e.evidence[0].quote]


@pytest.mark.parametrize("sentence,source,target", [
    ("The Russian ambassador, Ivan Petrov, has been ordered to leave Estonia by March 3.", "EST", "RUS"),
    ("Two Russian diplomats were told to leave the country within a week.", "EST", "RUS"),
    ("Two Estonian diplomats were told to leave Russia within a week.", "RUS", "EST"),
])
def test_envoy_sent_away_in_the_passive_is_expelled_by_the_other_side(sentence: str, source: str, target: str) -> None:
    assert (source, target) in _expulsions(sentence)


@pytest.mark.parametrize("sentence", [
    "Several journalists were told to leave the building before the briefing.",
    "The visitors were asked to leave their bags at the entrance.",
])
def test_no_expulsion_without_an_envoy_of_the_pair(sentence: str) -> None:
    assert _expulsions(sentence) == []
