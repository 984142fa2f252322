"""Round 19 (w2b): envoys recalled, withdrawn and summoned.

- "Kenya recalled its ambassador to Tanzania": the envoy is Kenya's own; the act is KEN → TZA and its target is the
  host country, never an envoy given the host's country;
- "withdrew its ambassador from Oman" is a recall (SANCTION, CAMEO 161), not a retreat of forces;
- "Belarus's ambassador had been summoned", told with no one summoning: the text's other country summons him.

(Dating an act of a "since 2016, when …" clause by that year was tried and reverted this round: see the changelog.)

The sentences are written for this file, about countries of their own."""

from __future__ import annotations

import pytest

from tests.helpers import extract_text


def _events(text: str, quote: str) -> list[tuple[str, str | None, str | None, str | None, str | None]]:
    events = extract_text(text, published="2024-05-08").events
    return [(e.type, e.source_actor.country if e.source_actor else None,
             e.target_actor.country if e.target_actor else None,
             e.target_actor.name if e.target_actor else None, e.date)
            for e in events if quote in e.evidence[0].quote]


@pytest.mark.parametrize("sentence,source,target,host", [
    ("Kenya recalled its ambassador to Tanzania on Tuesday over a fishing quarrel.", "KEN", "TZA", "Tanzania"),
    ("Peru has recalled its envoy in Bolivia for consultations.", "PER", "BOL", "Bolivia"),
    ("The Malian government recalled its ambassadors to Niger and asked for talks.", "MLI", "NER", "Niger"),
])
def test_own_envoy_recalled_targets_the_host_country(sentence: str, source: str, target: str, host: str) -> None:
    found = [e for e in _events(sentence, sentence[:20]) if e[0] == "SANCTION"]
    assert found and found[0][1:4] == (source, target, host)


@pytest.mark.parametrize("sentence,source,target", [
    ("Qatar withdrew its ambassador from Oman after the quarrel over the pipeline deepened.", "QAT", "OMN"),
    ("Chile has temporarily withdrawn its envoy to Paraguay, officials said.", "CHL", "PRY"),
])
def test_envoy_withdrawn_is_a_recall(sentence: str, source: str, target: str) -> None:
    found = _events(sentence, sentence[:20])
    assert any(e[0] == "SANCTION" and e[1:3] == (source, target) for e in found)
    assert not any(e[0] == "RETREAT" for e in found)


def test_troops_withdrawn_stay_a_retreat() -> None:
    sentence = "Ethiopia withdrew its troops from the border town of Humera last month."
    assert any(e[0] == "RETREAT" for e in _events(sentence, sentence[:20]))


_HEAD = "Norway and Iran in new row\n\nNorway on Monday summoned the Iranian charge d'affaires. "


def test_act_of_the_main_clause_keeps_its_own_day() -> None:
    sentence = "Norway expelled two Iranian diplomats on Tuesday, a week after the quarrel began."
    found = [e for e in _events(_HEAD + sentence, sentence[:20]) if e[0] == "SANCTION"]
    assert found and found[0][4] == "2024-05-07"


_ROW = "Poland expels Belarusian attache\n\nPoland on Tuesday ordered a Belarusian military attache to leave within five days. "


@pytest.mark.parametrize("sentence,source,target", [
    ("The minister said Belarus's ambassador Ivan Sidorov had been summoned over the spying case.", "POL", "BLR"),
    ("The Belarusian charge d'affaires was summoned on Tuesday.", "POL", "BLR"),
    ("Belarus said later that the Polish ambassador had been summoned in Minsk.", "BLR", "POL"),
])
def test_envoy_summoned_in_the_passive_is_summoned_by_the_host(sentence: str, source: str, target: str) -> None:
    found = _events(_ROW + sentence, sentence[:20])
    assert any(e[0] == "PROTEST" and e[1:3] == (source, target) for e in found)


def test_no_summons_without_an_envoy_of_the_pair() -> None:
    sentence = "Several journalists were summoned to testify before the committee."
    assert not [e for e in _events(_ROW + sentence, sentence[:20]) if e[0] == "PROTEST"]

