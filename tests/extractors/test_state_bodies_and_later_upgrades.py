"""A public body named through its country pledges for that country ("Chile's development bank will lend …"),
a firm named by its own name does not; an upgrade of relations told for later ("will elevate ties to a strategic
partnership by 2026") is a pledge, one told as decided now stays an upgrade done."""

from tests.helpers import extract_text


def _pledges(text: str) -> list[tuple[list[str], str, str | None]]:
    return [(c.parties, c.text, c.deadline) for c in extract_text(text).commitments if c.kind == "commitment"]


def test_a_state_bank_or_agency_pledges_for_its_country():
    found = _pledges("SANTIAGO, March 4, 2025 - Chile's development bank will lend $250 million for the port within "
                     "90 days, the finance minister told reporters after the talks.")
    assert [(p, d) for p, _t, d in found] == [(["CHL"], "2025-06-02")], found
    found = _pledges("LIMA, May 5, 2025 - Peru's export credit agency will cover $40 million of the deal by the end "
                     "of the year, the trade ministry said.")
    assert [(p, d) for p, _t, d in found] == [(["PER"], "2025")], found


def test_a_firm_or_a_people_is_no_state_body():
    assert _pledges("SEOUL, May 5, 2025 - Korea's Samsung will build a plant in Hanoi by 2027.") == []
    assert _pledges("ACCRA, May 5, 2025 - Ghana's farmers will plant more cocoa next year.") == []


def test_an_upgrade_told_for_later_is_a_pledge():
    found = _pledges("ACCRA, Jan 30, 2024 - Ghana and Togo confirmed that they will elevate relations to a Strategic "
                     "Partnership by 2026.")
    assert [(p, d) for p, _t, d in found] == [(["GHA", "TGO"], "2026")], found
    found = _pledges("LIMA, Jan 30, 2024 - Peru and Chile will upgrade their ties to a Comprehensive Partnership "
                     "within two years, the two presidents said.")
    assert [p for p, _t, _d in found] == [["CHL", "PER"]], found
    assert _pledges("LIMA, Jan 30, 2024 - Peru and Chile decided to elevate the relationship to a Comprehensive "
                    "Strategic Partnership.") == []
