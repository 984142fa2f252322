"""A wire report's FLASH / URGENT lines (dated only by the report) belong to the story of the report's own day, told
"on <that weekday>" in the lead: when an earlier act the same report names by its day ("the rocket fired on
Sunday") falls in their event, the day the lead names and most mentions carry dates it, not the earlier one
(round 19)."""

import pytest

from pactline.link.events import cluster_events, merge_events
from pactline.store.rows import MentionRow

_PUBLISHED = "2024-09-10"  # a Tuesday


def _mention(mid, start, date, quote):
    evidence = [{"doc_id": "d1", "source": "d1.txt", "start": start, "end": start + len(quote), "quote": quote}]
    return MentionRow(id=mid, date=date, date_end=None, date_confidence="inferred", type="ASSAULT", mode=None,
                      cameo="190", source_actor={"name": "Eritrea", "country": "ERI", "role": "government"},
                      target_actor=None, parties=["ERI", "ETH"], location=None, summary="", evidence=evidence,
                      goldstein=-10.0, quad_class=4, doc_id="d1", doc_published=_PUBLISHED)


@pytest.mark.parametrize("lead, earlier", [
    ("Eritrean jets bombed positions near Mekelle on Tuesday, hitting a depot and a bridge.",
     "Officials said the rocket fired on Sunday had fallen short of the town."),
    ("Asmara's artillery shelled border villages this Tuesday, local officials said.",
     "The shelling that began on Saturday night killed two herders, officials added."),
])
def test_flashes_and_the_lead_keep_the_reports_day(lead, earlier):
    flashes = [_mention("f1", 0, _PUBLISHED, "FLASH 0815 GMT - ERITREAN JETS STRIKING TARGETS NEAR MEKELLE"),
               _mention("f2", 70, _PUBLISHED, "URGENT 0840 GMT - BLASTS REPORTED ACROSS MEKELLE - WITNESSES")]
    told = [_mention("lead", 300, _PUBLISHED, lead), _mention("old", 500, "2024-09-08", earlier)]
    mentions = flashes + told
    assignment, _links = cluster_events(mentions)
    assert assignment["f1"] == assignment["f2"] == assignment["lead"]
    dates = {e.id: e.date for e in merge_events(mentions, assignment)}
    assert dates[assignment["f1"]] == _PUBLISHED


def test_a_lead_without_the_weekday_still_joins_the_earlier_act_told_again():
    # a report-day sentence naming no weekday may be the earlier act told again: nothing changes for it
    first = _mention("a", 0, _PUBLISHED, "Eritrean jets bombed positions near Mekelle, officials said.")
    second = _mention("b", 200, "2024-09-09", "The jets struck near Mekelle on Monday night.")
    assignment, _links = cluster_events([first, second])
    assert assignment["a"] == assignment["b"]
