"""Event coding on sentences written for other country pairs: type, CAMEO, actors, dates, places."""

import pytest

from tests.helpers import extract_text


def _events(text, published="2024-05-08"):
    return extract_text(text, published=published).events


@pytest.mark.parametrize(
    "text,etype,mode,cameo,source,target,date,confidence",
    [
        ("Kenyan President William Ruto paid a state visit to Indonesia from 12 to 14 June 2024.",
         "CONSULT", "visit", "042", "KEN", "IDN", "2024-06-12", "stated"),
        ("Vietnamese Prime Minister Pham Minh Chinh held talks with his Lao counterpart in Hanoi on Monday.",
         "CONSULT", "meet", "040", "VNM", "LAO", "2024-05-06", "inferred"),
        ("Chile and Peru signed an agreement on border crossings in Lima on 4 March 2024.",
         "AGREE", "agreement", "057", None, None, "2024-03-04", "stated"),
        ("Turkish Foreign Minister Hakan Fidan spoke by phone with his Greek counterpart on Tuesday.",
         "CONSULT", "phone", "040", "TUR", "GRC", "2024-05-07", "inferred"),
        ("Sudan accused Ethiopia of shelling border villages last week.",
         "ACCUSE", None, "112", "SDN", "ETH", None, None),
        ("Russia imposed sanctions on Moldovan officials on Friday.",
         "SANCTION", None, "163", "RUS", "MDA", "2024-05-03", "inferred"),
        ("Azerbaijan will send humanitarian aid to Turkey, its foreign ministry said.",
         "AID", None, "070", "AZE", "TUR", None, None),  # the aid still to come (planned), no pledge beside
        ("Serbia rejected Kosovo's proposal for a new border regime.",
         "REJECT", None, "120", "SRB", "XKX", None, None),
    ],
)
def test_event_coding(text, etype, mode, cameo, source, target, date, confidence):
    events = _events(text)
    assert events, text
    event = events[0]
    assert (event.type, event.mode, event.cameo) == (etype, mode, cameo)
    if source:
        assert event.source_actor.country == source
    if target:
        assert event.target_actor and event.target_actor.country == target
    if date:
        assert (event.date, event.date_confidence) == (date, confidence)
    assert event.evidence[0].quote == text


def test_titled_person_keeps_role_and_country_later_in_the_document():
    text = ("Ghanaian President John Mahama arrived in Lima on Sunday. "
            "On Monday, Mahama met Peruvian President Dina Boluarte at the Government Palace.")
    events = _events(text, published="2025-03-18")
    meeting = next(e for e in events if e.mode == "meet")
    assert meeting.source_actor.country == "GHA" and meeting.source_actor.role == "head_of_state"
    assert meeting.target_actor.country == "PER"
    assert meeting.date == "2025-03-17" and meeting.location == "Government Palace"
    assert meeting.parties == ["GHA", "PER"]


def test_capitals_as_metonyms_and_third_location():
    [event] = [e for e in _events("Tokyo and Seoul held talks in Singapore on 2 February 2024.") if e.type == "CONSULT"]
    assert event.parties == ["JPN", "KOR"]
    assert event.cameo == "044" and event.location == "Singapore"


@pytest.mark.parametrize(
    "text",
    [
        "Both sides agreed to hold another round of talks in Cairo.",  # a plan, coded as intent not as talks held
        "Analysts said the talks may resume next month.",
    ],
)
def test_plans_are_not_reported_as_happenings(text):
    assert not [e for e in _events(text) if e.type == "CONSULT"]


def test_conflict_events_have_negative_goldstein_and_quad_class():
    [event] = _events("Israeli aircraft bombed targets in southern Lebanon on Saturday.")
    assert event.type == "ASSAULT" and event.quad_class == 4 and event.goldstein < -5
    assert event.source_actor.country == "ISR"
