"""Pledges the rules used to miss or misplace (sentences written for other country pairs): a state named with
"the" as the subject, an organ the speaker calls "our", an organ unplaced by the sentence speaking of itself, a
project's removal or repeal told under "will", a plan or initiative announced or launched with its infinitive,
two objects each with a time of its own, and a meeting "scheduled" that is a date in the calendar."""

import pytest

from tests.helpers import extract_text


def _records(text, published="2024-05-02"):
    return [(r.kind, r.parties, r.text, r.deadline) for r in extract_text(text, published=published).commitments]


@pytest.mark.parametrize(
    "text,party",
    [
        ("Jamaica and the Bahamas held talks. The Bahamas will send its survey vessel back to the Exuma banks in 2026.",
         "BHS"),
        ("Chile and the Netherlands held talks. The Netherlands will return its patrol ship to the Caribbean next year.",
         "NLD"),
    ],
)
def test_a_state_named_with_the_is_no_person_on_a_programme(text, party):
    [(kind, parties, _text, _deadline)] = _records(text)
    assert kind == "commitment" and parties == [party]


@pytest.mark.parametrize(
    "text,parties",
    [
        ("Chile and Peru held talks. Our fisheries negotiators will table a joint quota plan by the end of the year.",
         ["CHL", "PER"]),
        ('"Our harbour engineers will finish the dredging survey by the end of 2024," the Chilean president said '
         "after talks with Peru.", ["CHL"]),
    ],
)
def test_an_organ_called_ours_binds_the_speakers_side(text, parties):
    records = _records(text)
    assert any(k == "commitment" and p == parties and d == "2024" for k, p, _t, d in records), records


@pytest.mark.parametrize(
    "sentence",
    [
        "The Ministry of External Relations said it would lodge a formal note of protest.",
        "The foreign ministry said it would file a formal protest.",
    ],
)
def test_an_unplaced_organ_speaking_of_itself_is_the_last_country_named(sentence):
    records = _records("Chile accused Argentina of violating its airspace. " + sentence)
    assert ("commitment", ["CHL"]) in [(k, p) for k, p, _t, _d in records], records


@pytest.mark.parametrize(
    "text,parties,deadline",
    [
        ("Ghana and Togo held talks. The two presidents said the remaining checkpoints will be removed within two "
         "months, and directed their transport ministers to submit a progress report by December.", ["GHA", "TGO"], "2024-07"),
        ("Peru and Bolivia held talks. Bolivia's foreign minister said the visa fees for Peruvian students would be "
         "abolished next year.", ["BOL"], "2025"),
    ],
)
def test_a_removal_announced_under_will_is_a_pledge(text, parties, deadline):
    records = _records(text)
    assert ("commitment", parties, deadline) in [(k, p, d) for k, p, _t, d in records], records


def test_two_acts_in_one_sentence_give_two_records():
    records = _records("Ghana and Togo held talks. The two presidents said the remaining checkpoints will be removed "
                       "within two months, and directed their transport ministers to submit a progress report by December.")
    assert len(records) == 2 and {d for _k, _p, _t, d in records} == {"2024-07", "2024-12"}


def test_an_analyst_forecast_stays_out():
    assert _records("Peru and Bolivia held talks. Analysts said the tariff disputes will be settled soon.") == []


@pytest.mark.parametrize(
    "text,parties,act",
    [
        ("Spain and Morocco held talks. The two cabinets announced plans to open a shared seed bank in Agadir.",
         ["ESP", "MAR"], "open a shared seed bank in Agadir"),
        ("Spain and Morocco held talks. The two governments unveiled plans to set up a joint shipyard in Tangier.",
         ["ESP", "MAR"], "set up a joint shipyard in Tangier"),
        ("Canada and Chile held talks. The two ministers launched a fisheries partnership to restore salmon stocks in "
         "Patagonian rivers.", ["CAN", "CHL"], "restore salmon stocks in Patagonian rivers"),
        ("Canada and Chile held talks. The two presidents launched the Pacific Green Hydrogen initiative to produce "
         "fuel for shipping.", ["CAN", "CHL"], "produce fuel for shipping"),
    ],
)
def test_a_plan_announced_or_an_initiative_launched_binds_to_its_infinitive(text, parties, act):
    assert _records(text) == [("commitment", parties, act, None)]


def test_a_candidacy_announced_is_no_pledge_of_a_state():
    assert _records("Spain and Morocco held talks. The opposition leader announced plans to run for president.") == []


@pytest.mark.parametrize(
    "sentence,first,second",
    [
        ("We will finish the coastal highway by 2027 and the northern railway on the Chilean section by 2031.",
         "2027", "2031"),
        ("Chile will complete the airport within three years and the new port by 2030.", "2027-05", "2030"),
    ],
)
def test_two_objects_each_dated_are_two_pledges(sentence, first, second):
    records = _records("Chile and Peru held talks. " + sentence)
    assert [d for _k, _p, _t, d in records] == [first, second], records


def test_two_objects_dated_once_stay_one_pledge():
    records = _records("Chile and Peru held talks. Chile will build a road and a bridge by 2030.")
    assert len(records) == 1 and records[0][3] == "2030"


@pytest.mark.parametrize(
    "text",
    [
        "Nigeria and Benin are scheduled to hold their border commission's next session in March.",
        "Kenya and Uganda held talks. The two countries are due to hold talks on the oil pipeline next month.",
    ],
)
def test_a_meeting_scheduled_is_a_date_in_the_calendar(text):
    assert _records(text) == []


def test_exercises_scheduled_stay_a_pledge():
    records = _records("Kenya and Uganda held talks. The two countries are scheduled to hold joint military exercises "
                       "next month.")
    assert [(k, p) for k, p, _t, _d in records] == [("commitment", ["KEN", "UGA"])]


@pytest.mark.parametrize(
    "sentence,act",
    [
        ("The Peruvian minister gave a written assurance that the raid would not happen again.",
         "the raid would not happen again"),
        ("Peru promised that such incursions would not recur.", "such incursions would not recur"),
        ("Peru assured Chile that the incident would not be repeated.", "the incident would not be repeated"),
    ],
)
def test_a_recurrence_denied_under_an_assurance_binds_the_assurer(sentence, act):
    assert _records("Chile and Peru held talks on Monday. " + sentence) == [("commitment", ["PER"], act, None)]


def test_a_recurrence_denied_in_a_forecast_binds_no_one():
    assert _records("Chile and Peru held talks on Monday. Analysts expect that the floods will not happen again.") == []
