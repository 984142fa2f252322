"""Acts still to come in three more forms, each on a sentence written for other countries: a joint act
pledged with "will" (kept as the act, planned, beside the pledge), an occasion's passive infinitive ("the
next retreat, to be hosted by …") and an invitation to a place ("invited X to Nairobi")."""

import pytest

from tests.helpers import extract_text


def _events(text, published="2024-05-08"):
    return extract_text(text, published=published).events


@pytest.mark.parametrize(
    "text,etype,parties",
    [
        ("Norway and Denmark will hold joint coast guard exercises in 2025.", "COOPERATE", {"NOR", "DNK"}),
        ("The leaders of Chile and Argentina looked forward to their next meeting, to be hosted in Santiago in 2026.",
         "CONSULT", {"CHL", "ARG"}),
        ("Chile and Argentina agreed to hold the next summit, to be hosted by Chile in 2026.", "CONSULT", {"CHL", "ARG"}),
        ("President Ruto of Kenya invited President Hassan of Tanzania to Nairobi.", "CONSULT", {"KEN", "TZA"}),
    ],
)
def test_act_still_to_come_is_planned(text, etype, parties):
    events = [e for e in _events(text) if e.type == etype and set(e.parties) == parties]
    assert events and all(e.planned for e in events), [(e.type, e.parties, e.planned) for e in _events(text)]


@pytest.mark.parametrize(
    "text",
    [
        # (round 18: "will cooperate closely in trade" is the cooperation to come, COOPERATE planned, as the labels
        # read it: tests/extractors/test_event_modal_acts.py)
        "Ghana and Togo held joint naval exercises in the Gulf of Guinea on Monday.",  # done
        "Ghana and Togo agreed to cooperate closely in the fields of trade and energy.",  # a pledge, no act of its own
    ],
)
def test_no_planned_cooperation(text):
    assert not any(e.type == "COOPERATE" and e.planned for e in _events(text))


def test_meeting_a_body_is_tasked_to_hold_is_planned():
    text = "The two presidents of Ghana and Togo instructed the joint commission to hold its next meeting in Accra in 2025."
    events = [e for e in _events(text) if e.type == "CONSULT"]
    assert events and all(e.planned for e in events), [(e.type, e.parties, e.planned) for e in _events(text)]


def test_a_past_conjunct_of_a_reported_future_is_told_as_done():
    from tests.helpers import extract_text

    text = ("Gambian Foreign Minister Mamadou Tangara said on Monday that Banjul would never give up an inch of land "
            "and called on Senegal to resume negotiations.")
    events = [e for e in extract_text(text, published="2025-06-24").events if e.type == "REQUEST"]
    assert events and all(not e.planned and e.date == "2025-06-23" for e in events)


@pytest.mark.parametrize(
    "text,etype,parties",
    [
        # a participle describing an occasion still to come ("the summit hosted by …") is as far off as it
        ("President Boric will attend on Friday the summit of the Andean community, hosted by Peru.",
         "CONSULT", {"CHL", "PER"}),
        ("The Kenyan President is set to attend the investment conference organised by Ghana next week.",
         "CONSULT", {"KEN", "GHA"}),
        # the learned typer's meeting under "agreed that … will meet": the meeting is to come
        ("The leaders agreed that their foreign ministers will meet twice a year, and that a Peru-Chile business "
         "forum will be held in Lima in the autumn.", "CONSULT", {"PER", "CHL"}),
    ],
)
def test_occasion_in_a_clause_to_come_is_planned(text, etype, parties):
    events = [e for e in _events(text) if e.type == etype and set(e.parties) == parties]
    assert events and all(e.planned for e in events), [(e.type, e.parties, e.planned) for e in _events(text)]


@pytest.mark.parametrize(
    "text",
    [
        "President Boric took part in the summit, hosted by Peru, on Monday.",
        "The Kenyan President attended the investment conference organised by Ghana on Monday.",
    ],
)
def test_occasion_that_happened_stays_done(text):
    events = [e for e in _events(text) if e.type == "CONSULT"]
    assert events and not any(e.planned for e in events), [(e.type, e.parties, e.planned) for e in _events(text)]
