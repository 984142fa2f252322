"""Round 13 event shapes, in sentences written for other countries: an operation a reported "would" dates is
planned unless a condition holds it out or its date is told as past; "strike a deal" is an agreement, not an
attack; a warning against a course is a protest, not a threat."""

import pytest

from tests.helpers import extract_text


def _events(text, published="2025-03-01"):
    return extract_text(text, published=published).events


def _seen(events):
    return [(e.type, sorted(e.parties), e.planned, e.evidence[0].quote[:40]) for e in events]


@pytest.mark.parametrize("text, kind, parties", [
    ("The Indonesian navy said it would deploy two corvettes to the Natuna islands next month.", "MOBILIZE", {"IDN"}),
    ("Chile's defence ministry said its navy would hold a joint exercise with Peru near Arica in October.",
     "COOPERATE", {"CHL", "PER"}),
])
def test_an_operation_a_reported_would_dates_is_planned(text, kind, parties):
    events = _events(text)
    assert any(e.type == kind and e.planned and parties <= set(e.parties) for e in events), _seen(events)


@pytest.mark.parametrize("text, kind", [
    ("The Indonesian navy said its corvettes would patrol the Natuna islands until last Friday.", "MOBILIZE"),
    ("Chile's defence ministry said its navy would hold a joint exercise with Peru near Arica two weeks ago.",
     "COOPERATE"),
])
def test_an_operation_a_reported_would_dates_in_the_past_is_not_planned(text, kind):
    events = _events(text)
    assert not any(e.type == kind and e.planned for e in events), _seen(events)


def test_a_reported_operation_held_out_on_a_condition_is_not_planned():
    events = _events("Kenya said its army would deploy to the Somali border next week if the raids went on.")
    assert not any(e.type == "MOBILIZE" and e.planned for e in events), _seen(events)


@pytest.mark.parametrize("text, pair", [
    ("Peru and Chile strike a deal on water rights\n\nThe two governments said they had settled the dispute.",
     {"PER", "CHL"}),
    ("Kenya and Uganda struck an accord on the shared border on Monday.", {"KEN", "UGA"}),
])
def test_a_deal_struck_is_an_agreement_not_an_attack(text, pair):
    events = _events(text)
    assert any(e.type == "AGREE" and pair <= set(e.parties) for e in events), _seen(events)
    assert not any(e.type == "ASSAULT" for e in events), _seen(events)


@pytest.mark.parametrize("text, pair", [
    ("Ghana warned against any foreign meddling in the Togolese election on Monday.", {"GHA"}),
    ("Turkey warned Greece against arming the Aegean islands.", {"TUR", "GRC"}),
])
def test_a_warning_against_a_course_is_a_protest_not_a_threat(text, pair):
    events = _events(text)
    assert any(e.type == "PROTEST" and pair <= set(e.parties) for e in events), _seen(events)
    assert not any(e.type == "THREATEN" for e in events), _seen(events)


@pytest.mark.parametrize("text, pair", [
    ("Germany will provide three air defence systems to Moldova.", {"DEU", "MDA"}),
    ("India will offer 500 scholarships to students from Mauritius.", {"IND", "MUS"}),
    ("The Netherlands will supply radar equipment to the Estonian navy.", {"NLD", "EST"}),
])
def test_equipment_and_training_places_given_are_aid(text, pair):
    events = _events(text)
    assert any(e.type == "AID" and e.planned and pair <= set(e.parties) for e in events), _seen(events)


@pytest.mark.parametrize("text, guest, host", [
    ("The Bolivian president met the Chilean foreign minister, who is currently on an official trip to La Paz.",
     "CHL", "BOL"),
    ("Ghana's vice-president, who was in Lome on an official visit, held talks with the Togolese leader.", "GHA", "TGO"),
])
def test_a_visit_told_in_a_relative_clause_is_a_visit_too(text, guest, host):
    visits = [e for e in _events(text) if e.type == "CONSULT" and e.mode == "visit"]
    assert any({guest, host} <= set(e.parties) for e in visits), _seen(_events(text))


@pytest.mark.parametrize("text", [
    pytest.param("Kenya's new president was sworn in on Monday. He is expected in Uganda next week.",
                 marks=pytest.mark.xfail(strict=True, reason="known gap: with ev20's exemplars withdrawn (they retold "
                                         "lent holdouts) the typer finds no visit in a bare 'is expected in X'")),
    "The Peruvian foreign minister is expected at the summit in Quito on Friday.",
    "The two presidents looked forward to the AU summit to be held in Addis Ababa in March.",
])
def test_an_occasion_expected_or_looked_forward_to_is_planned(text):
    events = [e for e in _events(text) if e.type == "CONSULT"]
    assert events and all(e.planned for e in events), _seen(events)
