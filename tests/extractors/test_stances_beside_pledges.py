"""A stance that a pledge cue inside or beside it used to hide (round 17, sc1): a norm for a thing under a stance verb
("underlined that the quarrel must be settled …") and a judgement reported beside a pledge ("said the arrest was
illegal and that Budapest would recall …")."""

import pytest

from tests.helpers import extract_text

_HEAD = "Austria and Hungary hold talks in Vienna\n\nVienna, 3 May 2024. The two sides met in Vienna. "


def _records(sentence: str):
    return extract_text(_HEAD + sentence, published="2024-05-03").commitments


def _kinds(sentence: str, word: str) -> list[tuple[str, list[str]]]:
    return [(r.kind, r.parties) for r in _records(sentence) if word in r.text]


@pytest.mark.parametrize("sentence, word", [
    ("The two ministers underlined that the quarrel over fishing rights must be settled through negotiation.", "underlined"),
    ("Both governments insisted that the compensation claims should be settled by an independent panel, and pledged "
     "to publish its findings.", "insisted"),
])
def test_a_norm_for_a_thing_is_the_stance(sentence, word):
    assert any(kind == "position" for kind, _parties in _kinds(sentence, word)), [(r.kind, r.text) for r in _records(sentence)]


def test_an_agreed_norm_with_a_date_stays_a_pledge():
    found = _records("The two sides agreed that the new bridge over the river should be completed by 2026.")
    assert [r.kind for r in found if "bridge" in r.text] == ["commitment"], [(r.kind, r.text) for r in found]


@pytest.mark.parametrize("sentence, judged, pledged", [
    ("Hungary's foreign ministry said the arrest of its fishermen was illegal and that Budapest would recall its "
     "ambassador for consultations.", "illegal", "recall"),
    ("The Austrian government said the new port fees were discriminatory and that Vienna would file a complaint with "
     "the European Commission.", "discriminatory", "complaint"),
])
def test_a_judgement_stands_beside_a_pledge_said_after_it(sentence, judged, pledged):
    found = _records(sentence)
    assert any(r.kind == "position" and judged in r.text and pledged not in r.text for r in found), \
        [(r.kind, r.text) for r in found]
    assert any(r.kind == "commitment" and pledged in r.text for r in found), [(r.kind, r.text) for r in found]


def test_a_plain_report_beside_a_pledge_stays_the_pledge_alone():
    found = _records("Hungary's foreign ministry said the talks had ended on Monday and that Budapest would recall its "
                     "ambassador for consultations.")
    assert [r.kind for r in found] == ["commitment"], [(r.kind, r.text) for r in found]
