"""Round 19 (w2b): envoys recalled, withdrawn and expelled, and acts told in a "since …, when …" history clause.

- "Kenya recalled its ambassador to Tanzania": the envoy is Kenya's own; the act is KEN → TZA and its target is the
  host country, never an envoy given the host's country;
- "withdrew its ambassador from Oman" is a recall (SANCTION, CAMEO 161), not a retreat of forces;
- "strained since 2016, when Norway expelled two Iranian diplomats": the expulsion is dated by the year the "when"
  clause hangs on, not by the text's day.

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


@pytest.mark.parametrize("sentence,date", [
    ("Ties have been cool since 2016, when Norway expelled two Iranian diplomats.", "2016"),
    ("Relations have been strained since March 2017, when Norway recalled its ambassador to Iran.", "2017-03"),
    ("The embassy has been run by a charge d'affaires since 2019, when Iran expelled the Norwegian ambassador.", "2019"),
])
def test_act_in_a_when_clause_on_a_year_takes_that_year(sentence: str, date: str) -> None:
    found = [e for e in _events(_HEAD + sentence, sentence[:20]) if e[0] == "SANCTION"]
    assert found and all(e[4] == date for e in found)


def test_act_of_the_main_clause_keeps_its_own_day() -> None:
    sentence = "Norway expelled two Iranian diplomats on Tuesday, a week after the quarrel began."
    found = [e for e in _events(_HEAD + sentence, sentence[:20]) if e[0] == "SANCTION"]
    assert found and found[0][4] == "2024-05-07"
