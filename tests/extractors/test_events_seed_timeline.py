"""The seed timeline holds the relationship's milestones, each with both parties and all its sources."""

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

from pactline.export import gdelt_rows, iter_records, plover_rows
from pactline.store.database import Store

ROOT = Path(__file__).resolve().parents[2]


def _events(db):
    with Store(db, read_only=True) as store:
        return list(iter_records(store, "events"))


def _prefixes(event):
    return {s.split("/")[-1][:3] for s in event["sources"]}


def _one(events, location=None, **want):
    found = [e for e in events if all(e.get(k) == v for k, v in want.items() if k not in ("date_prefix", "summary"))
             and (e["date"] or "").startswith(want.get("date_prefix", ""))
             and want.get("summary", "").lower() in e["summary"].lower()
             and (location is None or location in (e["location"] or ""))]
    assert found, want
    return found[0]


def test_milestones(seeds_db):
    events = _events(seeds_db)
    samarkand = _one(events, type="AGREE", date_prefix="2022-09", summary="announced", location="Samarkand")
    assert {"000", "003"} <= _prefixes(samarkand)
    visit = _one(events, type="CONSULT", mode="visit", date="2023-02-28")
    assert visit["date_end"] == "2023-03-02"
    talks = _one(events, type="CONSULT", mode="meet", date="2023-03-01", location="Great Hall of the People")
    assert {"000", "003", "004"} <= _prefixes(talks)
    signing = _one(events, type="AGREE", mode="agreement", date_prefix="2023-03")
    assert {"000", "003", "004"} <= _prefixes(signing)
    diaoyutai = _one(events, type="CONSULT", mode="meet", date="2023-12-04", location="Diaoyutai State Guesthouse")
    astana = _one(events, type="CONSULT", date="2024-07", location="Astana")
    assert astana["cameo"] == "044"
    minsk = _one(events, type="CONSULT", mode="visit", date="2024", location="Minsk")
    services = _one(events, type="AGREE", date="2024", summary="trade in services")
    for event in (samarkand, visit, talks, signing, diaoyutai, astana, minsk, services):
        assert event["parties"] == ["BLR", "CHN"], event["summary"]


def test_samarkand_dates_disagree_and_say_so(seeds_db):
    with Store(seeds_db, read_only=True) as store:
        links = [x for x in iter_records(store, "links") if x["kind"] == "discrepancy" and x["detail"]["field"] == "date"]
    assert any(sorted(x["detail"]["values"]) == ["2022-09-09", "2022-09-15"] for x in links)


def test_nothing_from_the_unrelated_story(seeds_db):
    for event in _events(seeds_db):
        for ev in event["evidence"]:
            assert "Mao Ning" not in ev["quote"] and "Philippine" not in ev["quote"] and "Campbell" not in ev["quote"]


def test_gdelt_and_plover_exports(seeds_db):
    with Store(seeds_db, read_only=True) as store:
        rows = list(gdelt_rows(iter_records(store, "events")))
        plover = list(plover_rows(iter_records(store, "events")))
    talks = next(r for r in rows if r["SQLDATE"] == "20230301" and r["EventCode"] == "040")
    assert talks["EventRootCode"] == "04" and talks["QuadClass"] == 1 and talks["GoldsteinScale"] == 1.0
    assert {talks["Actor1CountryCode"], talks["Actor2CountryCode"]} == {"CHN", "BLR"}
    assert talks["Actor1Code"] in ("CHNGOV", "BLRGOV") and talks["NumSources"] >= 3
    assert all(p["event"] and "source" in p for p in plover)
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    out = subprocess.run([sys.executable, "-m", "pactline", "export", "--what", "events", "--format", "gdelt", "--db", str(seeds_db)],
                         capture_output=True, text=True, env=env, check=True).stdout
    header = next(csv.reader(io.StringIO(out), delimiter="\t"))
    assert header[:3] == ["GLOBALEVENTID", "SQLDATE", "MonthYear"]
    first = json.loads(subprocess.run([sys.executable, "-m", "pactline", "export", "--what", "events", "--format", "plover", "--db", str(seeds_db)],
                                      capture_output=True, text=True, env=env, check=True).stdout.splitlines()[0])
    assert {"event", "source", "target", "text", "cameo"} <= set(first)


def test_timeline_command_filters_by_parties(seeds_db):
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "COLUMNS": "250"}
    out = subprocess.run([sys.executable, "-m", "pactline", "timeline", "--parties", "CHN,BLR", "--db", str(seeds_db)],
                         capture_output=True, text=True, env=env, check=True).stdout
    assert "2023-03-01" in out and "Diaoyutai" in out
    lines = [line for line in out.splitlines() if line.startswith("│ 20")]
    dates = [line.split("│")[1].strip()[:10] for line in lines]
    assert dates == sorted(dates)
