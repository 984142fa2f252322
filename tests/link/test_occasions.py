"""Occasions: one record per visit, meeting, call or signing, with the events inside it; never across
country pairs; history outside; planned apart."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from pactline.export import iter_records
from pactline.link.occasions import build_occasions
from pactline.store.database import Store
from pactline.store.rows import EventRow

ROOT = Path(__file__).resolve().parents[2]


def _event(eid, etype, mode, date, parties, location=None, date_end=None, planned=False, background=False, source="a.txt"):
    return EventRow(
        id=eid, date=date, date_end=date_end, date_confidence="stated", type=etype, mode=mode, cameo="040",
        source_actor=None, target_actor=None, parties=parties, location=location, summary=f"{etype} {eid}",
        evidence=[{"doc_id": "d", "source": source, "start": 0, "end": 1, "quote": eid}], goldstein=None,
        quad_class=None, sources=[source], planned=planned, background=background,
    )


def test_a_visit_holds_the_events_of_its_days():
    events = [
        _event("visit", "CONSULT", "visit", "2024-06-12", ["IDN", "KEN"], "Jakarta", date_end="2024-06-14"),
        _event("talks", "CONSULT", "meet", "2024-06-13", ["IDN", "KEN"], "Bogor Palace"),
        _event("signing", "AGREE", "agreement", "2024-06-13", ["IDN", "KEN"]),
        _event("praise", "SUPPORT", None, "2024-06-14", ["IDN", "KEN"]),
        _event("later call", "CONSULT", "phone", "2024-09-02", ["IDN", "KEN"]),
    ]
    occasions = build_occasions(events)
    assert [(o.kind, o.date, o.date_end) for o in occasions] == [("visit", "2024-06-12", "2024-06-14"), ("call", "2024-09-02", None)]
    assert set(occasions[0].events) == {"visit", "talks", "signing", "praise"}
    # No roles on the anchor: the visit took place in Jakarta, so Indonesia is the host.
    assert occasions[0].location == "Jakarta" and "visit of Kenya to Indonesia in Jakarta" in occasions[0].summary


def test_a_visit_is_hosted_where_it_took_place_and_named_by_its_town():
    anchor = _event("visit", "CONSULT", "host", "2024-06-12", ["GHA", "SEN"], "State House, Accra")
    # "Faye received by Mahama" read as Faye hosting: the place says Ghana hosted.
    anchor.source_actor, anchor.target_actor = {"name": "Faye", "country": "SEN"}, {"name": "Mahama", "country": "GHA"}
    welcome = _event("welcome", "CONSULT", "meet", "2024-06-12", ["GHA", "SEN"], "Presidential Palace, Accra")
    welcome.evidence = anchor.evidence  # the same sentence told both events
    occasions = build_occasions([anchor, welcome])
    assert len(occasions) == 1 and occasions[0].location == "Accra", occasions
    assert occasions[0].summary.startswith("visit of Senegal to Ghana in Accra"), occasions[0].summary
    assert len(occasions[0].evidence) == 1


@pytest.mark.parametrize("other", [["GHA", "KEN"], ["IDN", "KEN", "MYS"]])
def test_different_country_pairs_never_share_an_occasion(other):
    events = [_event("a", "CONSULT", "meet", "2024-06-12", ["IDN", "KEN"]), _event("b", "CONSULT", "meet", "2024-06-12", other)]
    occasions = build_occasions(events)
    assert len(occasions) == 2 and all(len(o.events) == 1 for o in occasions)


def test_a_year_dated_mention_adds_no_occasion():
    events = [
        _event("march", "CONSULT", "visit", "2023-03-01", ["CHL", "PER"]),
        _event("twice", "CONSULT", "visit", "2023", ["CHL", "PER"]),
    ]
    occasions = build_occasions(events)
    assert len(occasions) == 1 and set(occasions[0].events) == {"march", "twice"}


def test_history_stays_out_and_plans_stay_apart():
    events = [
        _event("now", "CONSULT", "meet", "2024-05-02", ["ARG", "URY"]),
        _event("history", "CONSULT", "meet", "2019-04-01", ["ARG", "URY"], background=True),
        _event("plan", "CONSULT", "visit", "2024-11", ["ARG", "URY"], planned=True),
    ]
    occasions = build_occasions(events)
    assert [(o.events, o.planned) for o in occasions] == [(["now"], False), (["plan"], True)]


def test_seed_occasions_once_each(seeds_db):
    with Store(seeds_db, read_only=True) as store:
        occasions = [o for o in iter_records(store, "occasions") if not o["planned"] and o["parties"] == ["BLR", "CHN"]]
        events = {e["id"]: e for e in iter_records(store, "events")}
    dates = sorted(o["date"] for o in occasions)
    assert dates[0].startswith("2022-09") and "2023-02-28" in dates and dates[2].startswith("2023-12")
    assert "2024-07" in dates and sum(d.startswith("2024") for d in dates) == 2, dates  # Astana; Li's Minsk visit
    assert len(occasions) == 5, [(o["date"], o["summary"]) for o in occasions]
    state_visit = next(o for o in occasions if o["date"] == "2023-02-28")
    assert state_visit["date_end"] == "2023-03-02"
    inside = [events[i] for i in state_visit["events"]]
    assert any(e["date"] == "2023-03-01" and "Great Hall" in (e["location"] or "") for e in inside)
    assert all(events[i]["occasion_id"] == state_visit["id"] for i in state_visit["events"])


def test_export_occasions_cli(seeds_db):
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    out = subprocess.run([sys.executable, "-m", "pactline", "export", "--what", "occasions", "--db", str(seeds_db)],
                         capture_output=True, text=True, env=env, check=True).stdout
    first = json.loads(out.splitlines()[0])
    assert {"id", "kind", "date", "date_end", "date_confidence", "location", "parties", "planned", "summary", "events", "evidence"} <= set(first)


def test_a_visit_is_named_by_its_town_and_by_visitor_and_host():
    visit = _event("visit", "CONSULT", "visit", "2024-06-12", ["IDN", "KEN"], "State Palace", date_end="2024-06-14")
    visit.source_actor = {"name": "William Ruto", "country": "KEN", "role": "head_of_state"}
    visit.target_actor = {"name": "Indonesia", "country": "IDN", "role": "government"}
    events = [visit, _event("talks", "CONSULT", "meet", "2024-06-13", ["IDN", "KEN"], "Jakarta, Kenya")]
    occasion = build_occasions(events)[0]
    # a venue gives way to the town; a misread "town, other country" keeps its town
    assert occasion.location == "Jakarta"
    assert occasion.summary.startswith("visit of Kenya to Indonesia in Jakarta")


def test_a_visit_goes_where_its_sentence_says_and_takes_no_town_of_another_country():
    # The parse gave the visitor as target; the sentence says where the visit went.
    anchor = _event("visit", "CONSULT", "visit", "2024-03-04", ["CHL", "PER"], date_end="2024-03-05")
    anchor.source_actor, anchor.target_actor = {"name": "Boric", "country": "PER"}, {"name": "Chile", "country": "CHL"}
    anchor.evidence = [{"doc_id": "d", "source": "a.txt", "start": 0, "end": 1,
                        "quote": "At the invitation of President Boluarte, President Boric paid an Official Visit to Peru."}]
    summit = _event("summit", "CONSULT", "meet", "2024-03-04", ["CHL", "PER"], "Santiago")  # a meeting held before
    occasions = build_occasions([anchor, summit])
    assert len(occasions) == 1 and occasions[0].summary.startswith("visit of Chile to Peru"), occasions[0].summary
    assert occasions[0].location is None


def test_a_meeting_whose_sources_differ_on_the_day_keeps_the_discrepancy():
    events = [_event("meeting", "CONSULT", "meet", "2023-10-04", ["GHA", "TGO"], "Lome"),
              _event("deal", "AGREE", "agreement", "2023-10-04", ["GHA", "TGO"])]
    (alone,) = build_occasions(events)
    assert alone.discrepancy is None
    (told,) = build_occasions(events, {"meeting": {"2023-10-04", "2023-10-02"}})
    assert told.discrepancy == {"field": "date", "values": ["2023-10-02", "2023-10-04"]}
    assert told.date == "2023-10-04"  # the merged event's day still dates the occasion


def test_the_occasion_date_is_stated_when_one_of_its_events_states_it():
    meeting = _event("meeting", "CONSULT", "meet", "2023-10", ["GHA", "TGO"], "Lome")
    meeting.date_confidence = "inferred"
    (occasion,) = build_occasions([meeting, _event("deal", "AGREE", "agreement", "2023-10-04", ["GHA", "TGO"])])
    assert (occasion.date, occasion.date_confidence) == ("2023-10-04", "stated")


def test_a_year_dated_meeting_joins_the_visit_of_that_year_not_a_later_summit():
    events = [
        _event("summit", "CONSULT", "meet", "2024-07", ["BOL", "PRY"], "Brasilia"),
        _event("a talks", "CONSULT", "meet", "2024", ["BOL", "PRY"]),
        _event("b deal", "AGREE", "agreement", "2024", ["BOL", "PRY"]),
        _event("z visit", "CONSULT", "visit", "2024", ["BOL", "PRY"], "Asuncion"),
    ]
    occasions = {o.location: set(o.events) for o in build_occasions(events)}
    assert occasions["Asuncion"] == {"z visit", "a talks", "b deal"} and occasions["Brasilia"] == {"summit"}
