"""Every act a sentence reports is its own event mention: coordinated verbs, a relative clause's act, an
act done by "who"; a verb and its infinitive ("offered to hand over") stay one act."""

import pytest

from tests.helpers import extract_text


def _events(text, published="2024-05-08"):
    return extract_text(text, published=published).events


@pytest.mark.parametrize(
    "text,etype,count,parties",
    [
        # coordinated acts of one type
        ("President Ruto congratulated President Mahama on his re-election and expressed appreciation for the "
         "Kenya-Ghana partnership.", "SUPPORT", 2, {"GHA", "KEN"}),
        ("Prime Minister Anwar Ibrahim made a brief stopover in Singapore and was received at the airport by "
         "Prime Minister Lawrence Wong.", "CONSULT", 2, {"MYS", "SGP"}),
        # an act whose subject is "who": the person the clause is about
        ("Chilean President Gabriel Boric held talks with Argentine President Javier Milei, who also hosted a state "
         "banquet.", "CONSULT", 2, {"ARG", "CHL"}),
    ],
)
def test_each_act_is_a_mention(text, etype, count, parties):
    events = [e for e in _events(text) if e.type == etype]
    assert len(events) == count, [(e.type, e.parties, e.summary) for e in _events(text)]
    assert all(set(e.parties) == parties for e in events), [(e.type, e.parties) for e in events]


@pytest.mark.parametrize(
    "text",
    [
        "Chile offered to hand over the documents to Peru.",
        "Peru tried to seize the Chilean fishing boats.",
    ],
)
def test_a_verb_and_its_infinitive_are_one_act(text):
    types = [e.type for e in _events(text)]
    assert len(types) == len(set(types)), types
