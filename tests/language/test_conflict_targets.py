"""An outsider's word on the text's conflict named as such ("condemned the escalation", "deplored the fighting",
"the recent escalation", "the escalation of violence") is aimed at both sides; a conflict named by one side
("Sudan's escalation") or a party's own word is not (review, round 12)."""

import pytest

from tests.helpers import extract_text

_SDN = ("KHARTOUM, May 3, 2024 - Sudanese and South Sudanese troops clashed near Heglig on Thursday, officials in "
        "Khartoum and Juba said.\n\n")


@pytest.mark.parametrize("text, outsider, sides", [
    (_SDN + "The African Union condemned the escalation and urged restraint.", "AU", {"SDN", "SSD"}),
    (_SDN + "The African Union condemned the recent escalation.", "AU", {"SDN", "SSD"}),
    (_SDN + "The African Union condemned the escalation of violence.", "AU", {"SDN", "SSD"}),
    ("BAKU, May 3, 2024 - Azerbaijani and Armenian forces exchanged fire on the border on Thursday.\n\nThe UN "
     "Secretary-General deplored the fighting.", "UN", {"ARM", "AZE"}),
])
def test_an_outsiders_protest_at_the_conflict_is_aimed_at_both_sides(text, outsider, sides):
    events = [e for e in extract_text(text).events if e.type == "PROTEST"]
    assert events and set(events[0].parties) == sides | {outsider}, [(e.evidence[0].quote, e.parties) for e in events]
    assert events[0].target_actor is None  # the conflict is no actor


def test_a_side_named_in_the_conflict_is_the_target_alone():
    events = [e for e in extract_text(_SDN + "The African Union condemned Sudan's escalation.").events
              if e.type == "PROTEST"]
    assert events and set(events[0].parties) == {"AU", "SDN"}, [(e.evidence[0].quote, e.parties) for e in events]


def test_a_sides_own_word_is_not_aimed_at_both():
    events = [e for e in extract_text(_SDN + "Sudan condemned the escalation.").events if e.type == "PROTEST"]
    assert events and set(events[0].parties) == {"SDN", "SSD"} and events[0].target_actor is not None
