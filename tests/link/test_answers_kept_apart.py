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
    (("TGO", "Togo on Sunday closed its consulate in Kumasi and withdrew its staff."),
     ("GHA", "Ghana suspends flights to Lome in retaliation")),
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
    # "Ghana has shut its consulate in Lome" (the report's day) and "Ghana on Sunday shut …": one act
    first = _mention("a", 100, "2024-09-08", "GHA", "Ghana on Sunday shut its consulate in Lome.")
    second = _mention("b", 0, "2024-09-10", "GHA", "Ghana shut its consulate in Lome.")
    assignment, _links = cluster_events([first, second])
    assert assignment["a"] == assignment["b"]


@pytest.mark.parametrize("today", [
    "Ghana has recalled its ambassador from Togo over the closure.",
    "Accra has formally suspended the transit accord with Lome.",
])
def test_an_act_on_the_reports_day_in_the_present_perfect_may_be_the_other_told_again(today):
    # the report-day act in the perfect, its doer misread as Togo's, beside the act of Sunday: one act
    first = _mention("a", 100, "2024-09-08", "GHA", "The envoy was called home on Sunday for consultations.")
    second = _mention("b", 0, "2024-09-10", "TGO", today)
    assignment, _links = cluster_events([first, second])
    assert assignment["a"] == assignment["b"]


@pytest.mark.parametrize("today", [
    "Ghana recalled its ambassador from Togo over the closure.",  # simple past: its own act
    "Ghana has not responded to the closure of the consulate.",
    "We urge Lome to reopen the crossing, which it has kept shut since May.",  # a perfect in a later clause
    "The envoy, who has served in Lome since 2019, was called home.",
    "The embassy has about 40 staff in Lome.",
])
def test_other_report_day_acts_stay_apart(today):
    first = _mention("a", 100, "2024-09-08", "TGO", "Togo on Sunday closed its consulate in Kumasi.")
    second = _mention("b", 0, "2024-09-10", "GHA", today)
    assignment, _links = cluster_events([first, second])
    assert assignment["a"] != assignment["b"]
