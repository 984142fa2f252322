"""A stance that a pledge cue inside or beside it used to hide (round 17, sc1): a norm for a thing under a stance verb
("underlined that the quarrel must be settled …"), a judgement reported beside a pledge ("said the arrest was
illegal and that Budapest would recall …"), "defended" with an abstract object, and a courtesy in the subject's own
relative clause, which is no courtesy of the stance."""

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


@pytest.mark.parametrize("sentence, code", [
    ("Austria has long defended the principle of freedom of navigation.", "AUT"),
    ("Hungary defended multilateralism and the rules-based trading order.", "HUN"),
])
def test_defending_a_principle_is_a_stance(sentence, code):
    assert ("position", [code]) in _kinds(sentence, "defended")


def test_defending_a_town_is_no_stance():
    assert not _kinds("Austrian troops defended the town against the floods.", "defended")


def test_a_courtesy_in_the_subjects_relative_clause_leaves_the_stance():
    sentence = ("Chancellor Weber of Austria, who praised the close personal rapport between the two leaders, called for "
                "a joint plan to protect the fish stocks of the Danube.")
    assert any(kind == "position" for kind, _parties in _kinds(sentence, "fish stocks"))


def test_a_personal_tie_praised_is_still_a_courtesy():
    assert not _records("Chancellor Weber of Austria praised the personal rapport between the two leaders.")


@pytest.mark.parametrize("sentence, outer, inner", [
    ("Vienna called for joint patrols of the Danube by the two police forces, a proposal the Hungarian cabinet has "
     "rejected.", ("AUT", "called"), ("HUN", "rejected")),
    ("Austria welcomed the new transit levy, which Hungary denounced as discriminatory.", ("AUT", "welcomed"),
     ("HUN", "denounced")),
])
def test_a_rejection_in_a_relative_clause_inside_a_stance_is_its_own(sentence, outer, inner):
    found = [(r.parties, r.text) for r in _records(sentence) if r.kind == "position"]
    for code, word in (outer, inner):
        assert any(parties == [code] and word in text for parties, text in found), found
    assert not any(outer[1] in text and inner[1] in text for _parties, text in found), found


def test_ties_told_in_a_relative_clause_stay_inside_the_stance():
    found = _records("Austria voiced concern over the unrest in Hungary, a country with which Austria shares deep "
                     "family and trade ties.")
    assert [r.kind for r in found] == ["position"] and "ties" not in found[0].text[:40], [(r.kind, r.text) for r in found]
