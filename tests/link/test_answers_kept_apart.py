"""In one report, an act of one side told on the report's own day and the other side's act of an earlier day are
two acts (an act and its answer), never one record with one of their days (issue 14, round 16)."""

import pytest

from pactline.link.events import cluster_events, merge_events
from pactline.store.rows import MentionRow


def _mention(mid, start, date, doer, quote):
    evidence = [{"doc_id": "d1", "source": "d1.txt", "start": start, "end": start + len(quote), "quote": quote}]
    return MentionRow(id=mid, date=date, date_end=None, date_confidence="inferred", type="SANCTION", mode=None,
                      cameo="160", source_actor={"name": doer, "country": doer, "role": "government"},
                      target_actor=None, parties=["GHA", "TGO"], location=None, summary="", evidence=evidence,
                      goldstein=-4.0, quad_class=4, doc_id="d1", doc_published="2024-09-10")


@pytest.mark.parametrize("earlier, today", [
    (("TGO", "Togo on Sunday ordered two Ghanaian diplomats to leave within 48 hours."),
     ("GHA", "Ghana expels Togolese envoy in retaliation")),
    (("GHA", "Accra suspended imports of Togolese cement on Saturday over the dispute."),
     ("TGO", "Lome answered by halting the transit of Ghanaian lorries through its port.")),
])
def test_the_other_sides_act_of_an_earlier_day_stays_apart(earlier, today):
    first = _mention("a", 100, "2024-09-08", *earlier)
    second = _mention("b", 0, "2024-09-10", *today)
    assignment, _links = cluster_events([first, second])
    assert assignment["a"] != assignment["b"]
    assert sorted(e.date for e in merge_events([first, second], assignment)) == ["2024-09-08", "2024-09-10"]


def test_one_sides_act_told_again_on_the_reports_day_still_joins():
    # "Ghana has expelled two Togolese diplomats" (the report's day) and "Ghana on Sunday expelled …": one act
    first = _mention("a", 100, "2024-09-08", "GHA", "Ghana on Sunday expelled two Togolese diplomats.")
    second = _mention("b", 0, "2024-09-10", "GHA", "Ghana has expelled two Togolese diplomats.")
    assignment, _links = cluster_events([first, second])
    assert assignment["a"] == assignment["b"]


def test_an_act_on_the_reports_day_in_the_present_perfect_may_be_the_other_told_again():
    # "Ghana has recalled its ambassador from Togo" (its doer misread as Togo's) beside "The envoy was called home
    # on Sunday": one recall
    first = _mention("a", 100, "2024-09-08", "GHA", "The envoy was called home on Sunday for consultations.")
    second = _mention("b", 0, "2024-09-10", "TGO", "Ghana has recalled its ambassador from Togo over the closure.")
    assignment, _links = cluster_events([first, second])
    assert assignment["a"] == assignment["b"]


def test_a_perfect_in_a_later_clause_is_not_the_acts_own():
    # "We urge Lome to reopen the crossing, which it has kept shut …" (the report's day) beside Togo's act of Sunday
    first = _mention("a", 100, "2024-09-08", "TGO", "Togo on Sunday ordered two Ghanaian diplomats to leave.")
    second = _mention("b", 0, "2024-09-10", "GHA", "We urge Lome to reopen the crossing, which it has kept shut since May.")
    assignment, _links = cluster_events([first, second])
    assert assignment["a"] != assignment["b"]
