"""Fighting told as a noun going on ("fighting resumed on Monday morning", "the shelling began around noon",
"clashes broke out"), between those it names or the two sides of the report; sentences written for other
countries."""

import pytest

from tests.helpers import extract_text


def _events(text, published="2024-05-08"):
    return extract_text(text, published=published).events


@pytest.mark.parametrize(
    "text,parties,date",
    [
        ("A truce agreed by Armenia and Azerbaijan on Tuesday collapsed after a few hours, and fighting resumed on "
         "Monday morning.", {"ARM", "AZE"}, "2024-05-06"),
        ("Villagers in Chad said the shelling from Sudan began around noon and continued till evening.",
         {"SDN", "TCD"}, None),
        ("Clashes broke out on the border between Ghana and Togo on Monday.", {"GHA", "TGO"}, "2024-05-06"),
    ],
)
def test_fighting_going_on_is_assault(text, parties, date):
    events = [e for e in _events(text) if e.type == "ASSAULT"]
    assert any(set(e.parties) == parties and (date is None or e.date == date) for e in events), [
        (e.type, e.parties, e.date) for e in _events(text)]


def test_fighting_as_a_topic_is_no_assault():
    events = _events("The ministers of Kenya and Somalia discussed the fighting near the border.")
    assert not any(e.type == "ASSAULT" for e in events), [(e.type, e.parties) for e in events]


def test_participle_after_past_progressive_was_done_then():
    events = _events("Latvia said on Tuesday that it was expelling 12 Russian diplomats, accusing Russia of hostile activities.")
    assert any(e.type == "ACCUSE" and set(e.parties) == {"LVA", "RUS"} for e in events), [
        (e.type, e.parties) for e in events]
