"""A meeting still to come of two sides or more in a third country has its host for a party ("agreed to hold the
next summit in Lusaka", "are set to meet again in Dakar"); a meeting held there already stays its two sides'
(CAMEO 044, met at a third location) (round 18, issue 14)."""

import pytest

from tests.helpers import extract_text

LEAD = "Kenya and Ghana held talks in Accra on Monday. "


def _consults(sentence: str):
    return [e for e in extract_text(LEAD + sentence, published="2024-05-02").events
            if e.type == "CONSULT" and sentence[:20] in e.evidence[0].quote]


@pytest.mark.parametrize("sentence, host", [
    ("They are set to meet again in Lusaka within two months.", "ZMB"),
    ("Both leaders agreed to hold their next meeting in Dakar.", "SEN"),
    ("The two ministers will meet again in Hanoi in September.", "VNM"),
])
def test_a_meeting_to_come_in_a_third_country_has_its_host(sentence, host):
    found = _consults(sentence)
    assert found and all(e.planned for e in found), [(e.planned, e.parties) for e in found]
    assert [sorted(e.parties) for e in found] == [sorted(["GHA", "KEN", host])]


@pytest.mark.parametrize("sentence", [
    "The ministers met again in Lusaka on Tuesday.",
    "The two presidents held further talks in Dakar on Tuesday.",
])
def test_a_meeting_held_in_a_third_country_stays_its_sides(sentence):
    assert [e.parties for e in _consults(sentence)] == [["GHA", "KEN"]]


def test_a_meeting_to_come_at_home_adds_no_one():
    assert [e.parties for e in _consults("They are set to meet again in Nairobi within two months.")] == [["GHA", "KEN"]]


@pytest.mark.parametrize("town", ["Geneva", "Addis Ababa", "Brussels"])
def test_a_meeting_to_come_at_a_body_s_seat_adds_no_host(town):
    assert [e.parties for e in _consults(f"The two ministers will meet again in {town} in September.")] == [["GHA", "KEN"]]


def _meetings(sentence: str):
    return [(e.cameo, e.parties) for e in _consults(sentence)]


@pytest.mark.parametrize("sentence", [
    # round-18 review, finding 5: the clause names the body or an occasion of a body, so the town is its house
    "The two energy ministers will meet again in Vienna at the OPEC secretariat in June.",
    "The two presidents will meet in Rome on the margins of the FAO conference in June.",
    "The two foreign ministers will meet in Paris at the OECD headquarters next month.",
    "The two presidents will meet in Jakarta on the sidelines of the ASEAN summit in October.",
    "The two foreign ministers will meet in Gaborone at the SADC secretariat in August.",
    "The two ministers will meet in Lima during the Andean Community assembly in July.",
])
def test_a_meeting_to_come_at_a_body_s_occasion_adds_no_host_and_stays_044(sentence):
    assert _meetings(sentence) == [("044", ["GHA", "KEN"])]


@pytest.mark.parametrize("sentence, host", [
    ("The two presidents will meet in Lusaka at a trilateral summit in June.", "ZMB"),
    ("The two ministers will meet again in Hanoi at a summit in June.", "VNM"),
])
def test_a_gathering_named_by_no_body_keeps_its_host(sentence, host):
    # a gathering of the sides' own (no body's name, no "of" phrase) is held as the guest of its country
    placed = [e for e in _consults(sentence) if e.location]
    assert [(e.cameo, e.parties) for e in placed] == [("040", sorted(["GHA", "KEN", host]))]


@pytest.mark.parametrize("town", ["Vienna", "Jakarta", "Montevideo"])
def test_a_seat_named_in_the_organisations_data_adds_no_host(town):
    assert _meetings(f"The two ministers will meet again in {town} in September.") == [("044", ["GHA", "KEN"])]
