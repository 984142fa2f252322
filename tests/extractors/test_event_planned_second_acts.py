"""The planned second act of a sentence whose first act is told as done: a meeting put forward ("… and would
propose a meeting of the joint commission") and joint work announced ("would coordinate with Sweden") are
planned acts of their own, never told as done; proposing nothing, or coordinating no partner, is no act.
Sentences written for other countries (issue 15)."""

import pytest

from tests.helpers import extract_text


def _events(text):
    return extract_text(text, published="2024-05-08").events


def _shown(events):
    return [(e.type, e.parties, e.planned) for e in events]


@pytest.mark.parametrize(
    "text,etype,parties",
    [
        ("Norway said it remained open to dialogue with Iceland and would propose a meeting of the joint "
         "fisheries commission.", "CONSULT", ["ISL", "NOR"]),
        ("Finland proposed talks with Estonia on the ferry dispute.", "CONSULT", ["EST", "FIN"]),
        ("Danish farmers voiced alarm over the losses, while an official said Copenhagen would coordinate with "
         "Sweden to keep supplies moving.", "COOPERATE", ["DNK", "SWE"]),
        ("Chile will collaborate with Peru on the national census.", "COOPERATE", ["CHL", "PER"]),
    ],
)
def test_second_act_to_come_is_planned(text, etype, parties):
    events = [e for e in _events(text) if e.type == etype and sorted(e.parties) == parties]
    assert events and all(e.planned for e in events), _shown(_events(text))


@pytest.mark.parametrize(
    "text,etype",
    [
        ("Estonia coordinated with Latvia on the evacuation of its citizens.", "COOPERATE"),
        ("Ghana has postponed the meeting of its joint commission with Togo.", "SANCTION"),
    ],
)
def test_act_told_as_done_stays_done(text, etype):
    events = [e for e in _events(text) if e.type == etype]
    assert events and not any(e.planned for e in events), _shown(_events(text))


@pytest.mark.parametrize(
    "text,etype",
    [
        ("Norway did not propose a meeting with Iceland.", "CONSULT"),
        ("The Bolivian ministry coordinated the response.", "COOPERATE"),
    ],
)
def test_nothing_put_forward_is_no_act(text, etype):
    assert not [e for e in _events(text) if e.type == etype and e.planned == (etype == "CONSULT")], _shown(
        _events(text))
