"""A next session told with its town, its country and its year is one pledge: a place phrase and a time phrase with
the same preposition are no list; phrases of one sort ("on trade, on energy") still are."""

from tests.helpers import extract_text

LEAD = "Zambia and Malawi held talks in Lusaka on 3 May 2024. "


def _records(text):
    return extract_text(LEAD + text, published="2024-05-03").commitments


def test_a_session_held_in_a_town_and_a_year_is_one_pledge():
    records = [r for r in _records("The fourth session of the Joint Permanent Commission will be held in Lilongwe, "
                                   "Malawi, in 2025.") if "session" in r.text]
    assert len(records) == 1 and records[0].deadline == "2025" and "Lilongwe" in records[0].text, \
        [(r.text, r.deadline) for r in records]


def test_pacts_on_several_fields_stay_several_pledges():
    records = _records("The two sides will sign pacts on mining, on energy, and on tourism.")
    assert len([r for r in records if r.kind == "commitment"]) == 3, [r.text for r in records]


def test_a_session_of_a_body_named_by_its_acronym_is_the_pairs_meeting():
    text = ("The ministers met for the 3rd Session of the Zambia-Malawi Joint Permanent Commission (JPC). The 4th "
            "Session of the JPC will be held in Lilongwe, Malawi, in 2025.")
    records = [r for r in _records(text) if "4th Session" in r.text]
    assert len(records) == 1 and sorted(records[0].parties) == ["MWI", "ZMB"] and records[0].deadline == "2025" \
        and records[0].domains == ["institutional"], \
        [(r.text, r.parties) for r in _records(text)]


def test_an_acronym_spelt_out_for_an_armed_group_names_no_body():
    from pactline.language.spelt_acronyms import spelt_acronyms

    found = spelt_acronyms("the Joint Permanent Commission (JPC) and the Malawi Liberation Front (MLF) met")
    assert found == {"JPC": "Joint Permanent Commission", "MLF": "Malawi Liberation Front"}
