"""GDELT and PLOVER rows usable for dyads: both countries, country-prefixed codes, SQLDATE always filled."""

import pytest

from pactline.export import GDELT_COLUMNS, gdelt_rows, plover_rows


def _event(source, target, parties, date, **more):
    return {"id": "e1", "date": date, "type": "AGREE", "mode": None, "cameo": "057", "source_actor": source,
            "target_actor": target, "parties": parties, "location": "Lima", "evidence": [{"doc_id": "d1", "quote": "q"}],
            "mentions": ["m"], "sources": ["s.txt"], "goldstein": 8.0, "quad_class": 1, **more}


@pytest.mark.parametrize(
    "source,target,parties,a1,a2",
    [
        # a joint action: one row with both actors
        ({"name": "The two sides", "country": None, "role": "government"}, None, ["CHL", "PER"], "CHLGOV", "PERGOV"),
        ({"name": "Chile", "country": "CHL", "role": "government"}, None, ["CHL", "PER"], "CHLGOV", "PERGOV"),
        ({"name": "President Ruto", "country": "KEN", "role": "head_of_state"},
         {"name": "Ghana", "country": "GHA", "role": "government"}, ["GHA", "KEN"], "KENGOV", "GHAGOV"),
    ],
)
def test_both_country_codes(source, target, parties, a1, a2):
    row = next(gdelt_rows(iter([_event(source, target, parties, "2024-03-04")])))
    assert (row["Actor1Code"], row["Actor2Code"]) == (a1, a2)
    assert {row["Actor1CountryCode"], row["Actor2CountryCode"]} == set(parties)
    plover = next(plover_rows(iter([_event(source, target, parties, "2024-03-04")])))
    assert {plover["source"][0]["code"], plover["target"][0]["code"]} == set(parties)


@pytest.mark.parametrize(
    "date,published,sqldate,precision",
    [("2024-03-04", None, "20240304", "day"), ("2024-07", None, "20240701", "month"), ("2024", None, "20240101", "year"),
     (None, {"d1": "2023-05-02"}, "20230502", "document-day")],
)
def test_sqldate_always_filled(date, published, sqldate, precision):
    event = _event({"name": "Chile", "country": "CHL", "role": "government"}, None, ["CHL", "PER"], date)
    row = next(gdelt_rows(iter([event]), published))
    assert (row["SQLDATE"], row["DatePrecision"]) == (sqldate, precision)
    assert list(row) == GDELT_COLUMNS


@pytest.mark.parametrize("planned", [True, False])
def test_planned_acts_are_marked_in_gdelt_and_plover_rows(planned):
    event = _event({"name": "Chile", "country": "CHL", "role": "government"}, None, ["CHL", "PER"], "2025-05",
                   planned=planned, background=False)
    assert next(gdelt_rows(iter([event])))["Planned"] == (1 if planned else 0)
    assert next(plover_rows(iter([event])))["planned"] is planned


def test_dateadded_is_the_day_of_the_first_report():
    event = _event({"name": "Chile", "country": "CHL", "role": "government"}, None, ["CHL", "PER"], "2024-03-04")
    assert next(gdelt_rows(iter([event]), {"d1": "2024-03-06"}))["DATEADDED"] == "20240306"
    assert next(gdelt_rows(iter([event]), {"d1": "2024-03"}))["DATEADDED"] == ""  # no full day known
    assert next(gdelt_rows(iter([event])))["DATEADDED"] == ""


@pytest.mark.parametrize(
    "source,target,parties,name1,name2",
    [
        # a joint action: each side is named by its own country, never by the joint phrase or a bare code
        ({"name": "The two sides", "country": "CHL", "role": "government"}, None, ["CHL", "PER"], "CHILE", "PERU"),
        ({"name": "We", "country": "KEN", "role": "government"}, None, ["GHA", "KEN"], "KENYA", "GHANA"),
        ({"name": "Chile and Peru", "country": "CHL", "role": "government"}, None, ["CHL", "PER"], "CHILE", "PERU"),
        ({"name": "Its third session", "country": None, "role": "government"}, None, ["CHL", "PER"], "CHILE", "PERU"),
        # a named actor keeps its name; the other side is its country's name
        ({"name": "President Ruto", "country": "KEN", "role": "head_of_state"}, None, ["GHA", "KEN"], "PRESIDENT RUTO", "GHANA"),
        ({"name": "President Ruto", "country": "KEN", "role": "head_of_state"},
         {"name": "Accra", "country": "GHA", "role": "government"}, ["GHA", "KEN"], "PRESIDENT RUTO", "ACCRA"),
    ],
)
def test_actor_names_of_joint_actions(source, target, parties, name1, name2):
    row = next(gdelt_rows(iter([_event(source, target, parties, "2024-03-04")])))
    assert (row["Actor1Name"], row["Actor2Name"]) == (name1, name2)


def test_globaleventid_is_a_number_and_the_id_is_kept():
    row = next(gdelt_rows(iter([_event({"name": "Chile", "country": "CHL", "role": "government"}, None, ["CHL", "PER"],
                                        "2024-03-04", id="evt_5a612a8c69ae609f")])))
    assert row["GLOBALEVENTID"] == int("5a612a8c69ae609", 16) and row["EventId"] == "evt_5a612a8c69ae609f"
