"""Round 14 event shapes, in sentences written for other countries: an expulsion told as a naming or as a
deadline to leave, a protest lodged, forces put on alert, a deployment announced (no threat), help pledged
for a named work (aid to come) and a measure a decision's own "shall" puts in force."""

import pytest

from tests.helpers import extract_text


def _events(text, published="2025-03-01"):
    return extract_text(text, published=published).events


def _seen(events):
    return [(e.type, sorted(e.parties), e.planned, e.evidence[0].quote[:40]) for e in events]


@pytest.mark.parametrize("text, pair", [
    ("Uruguay has declared the military attaché of the Cuban mission persona non grata.", {"URY", "CUB"}),
    ("In a note handed to the Iranian chargé, Sweden declared a first secretary of the mission persona non grata "
     "over the plot.", {"SWE", "IRN"}),
])
def test_a_person_declared_persona_non_grata_is_an_expulsion(text, pair):
    events = _events(text)
    assert any(e.type == "SANCTION" and pair <= set(e.parties) for e in events), _seen(events)
    assert not any(e.type == "CONSULT" for e in events), _seen(events)


@pytest.mark.parametrize("text, pair", [
    ("Citing the smuggling case, the Kenyan government gave the Somali trade attaché until Monday to quit the country.",
     {"KEN", "SOM"}),
    ("Mongolia granted the two Chinese consular officers a week to depart.", {"MNG", "CHN"}),
])
def test_a_deadline_to_leave_is_an_expulsion(text, pair):
    events = _events(text)
    assert any(e.type == "SANCTION" and pair <= set(e.parties) for e in events), _seen(events)


def test_an_infinitive_of_another_verb_names_no_expulsion():
    events = _events("Kenya sent a team to leave food and tents at the camp in Somalia.")
    assert not any(e.type == "SANCTION" for e in events), _seen(events)


@pytest.mark.parametrize("text, pair", [
    ("Thailand lodged a formal protest with Malaysia over the arrest of its fishermen.", {"THA", "MYS"}),
    ("Vietnam has lodged a formal protest with the Philippines over the seizure of its boats.", {"VNM", "PHL"}),
])
def test_a_protest_lodged_is_a_protest_alone(text, pair):
    events = _events(text)
    assert any(e.type == "PROTEST" and pair <= set(e.parties) for e in events), _seen(events)
    assert not any(e.type == "ACCUSE" for e in events), _seen(events)


@pytest.mark.parametrize("text, party", [
    ("The Nigerian navy was put on alert ahead of the elections.", "NGA"),
    ("Greece placed its air force on standby as the storm approached.", "GRC"),
])
def test_forces_put_on_alert_are_mobilised(text, party):
    events = _events(text)
    assert any(e.type == "MOBILIZE" and party in e.parties for e in events), _seen(events)


@pytest.mark.parametrize("text", [
    "The ministry put the trade deal with Peru on standby.",
    pytest.param("Hospitals in Ghana were put on alert for cholera after the floods in Togo.", marks=pytest.mark.xfail(
        strict=True, reason="known gap (round 14): the learned typer reads a health alert as aid (AID 0.52; the round "
                            "start's typer too, 0.56), and now finds an anchor for it")),
])
def test_things_put_on_alert_are_no_forces(text):
    events = _events(text)
    assert not any(e.type in ("MOBILIZE", "AID") for e in events), _seen(events)


@pytest.mark.parametrize("text", [
    "The Estonian defence forces said they would station a tank company on the island of Saaremaa.",
    "Kenya will deploy another 400 police officers to Haiti.",
    "Spain will deploy two frigates to the Gulf of Guinea.",
])
def test_a_deployment_announced_is_planned_not_a_threat(text):
    events = _events(text)
    assert any(e.type == "MOBILIZE" and e.planned for e in events), _seen(events)
    assert not any(e.type == "THREATEN" for e in events), _seen(events)


def test_a_deployment_warned_of_stays_a_threat():
    events = _events("Serbia warned that it would deploy troops to the boundary line.")
    assert any(e.type == "THREATEN" and "SRB" in e.parties for e in events), _seen(events)
    assert not any(e.type == "MOBILIZE" and e.planned for e in events), _seen(events)


@pytest.mark.parametrize("text, pair", [
    ("Japan will support the Philippines to build three new coast guard stations.", {"JPN", "PHL"}),
    ("Norway will support Malawi in rebuilding the bridges the floods washed away.", {"NOR", "MWI"}),
    ("Germany pledged to support Namibia to modernise its ports.", {"DEU", "NAM"}),
])
def test_help_pledged_for_a_named_work_is_aid_to_come(text, pair):
    events = _events(text)
    assert any(e.type == "AID" and e.planned and pair <= set(e.parties) for e in events), _seen(events)


@pytest.mark.parametrize("text", [
    "China supports building an open world economy.",
    "Egypt supports all efforts to build lasting peace in Sudan.",
    "Turkey will support Azerbaijan to build confidence with Armenia.",
])
def test_help_for_no_one_or_for_no_work_is_no_aid(text):
    events = _events(text)
    assert not any(e.type == "AID" for e in events), _seen(events)


def test_support_for_a_country_stays_support():
    events = _events("President Xi said China would continue to firmly support Laos.")
    assert any(e.type == "SUPPORT" for e in events), _seen(events)
    assert not any(e.type == "AID" for e in events), _seen(events)


@pytest.mark.parametrize("text, pair", [
    ("Cuba also agreed to send a medical team to Guinea-Bissau next year.", {"CUB", "GNB"}),
    ("Turkey will send a team of rescuers to Morocco.", {"TUR", "MAR"}),
])
def test_a_team_of_carers_sent_is_aid_to_come(text, pair):
    events = _events(text)
    assert any(e.type == "AID" and e.planned and pair <= set(e.parties) for e in events), _seen(events)


@pytest.mark.parametrize("text, pair", [
    ("Nigeria's foreign ministry summoned Kofi Dossou, the deputy head of the Beninese mission, after the port dispute.",
     {"NGA", "BEN"}),
    ("The chief of the Moroccan legation was summoned to the ministry in Algiers on Friday.", {"DZA", "MAR"}),
    ("Ghana summoned the head of the Togolese embassy over the border closure.", {"GHA", "TGO"}),
])
def test_a_head_of_mission_summoned_is_a_protest(text, pair):
    events = _events(text)
    assert any(e.type == "PROTEST" and pair <= set(e.parties) for e in events), _seen(events)


def test_a_summons_to_lodge_a_protest_tells_two_acts():
    # the envoy summoned and the protest lodged with him are two mentions (guide §2: every mention)
    events = _events("The Ghanaian foreign ministry summoned Togo's chargé d'affaires to lodge a strong protest.")
    assert sum(e.type == "PROTEST" for e in events) == 2, _seen(events)


def test_a_protest_to_be_lodged_is_planned_not_a_threat():
    events = _events("Vietnam will lodge a protest with China over the survey ship.")
    assert any(e.type == "PROTEST" and e.planned for e in events), _seen(events)
    assert not any(e.type == "THREATEN" for e in events), _seen(events)


@pytest.mark.parametrize("text", [
    "Russia said it will respond to this unfriendly act by Finland.",
    "The Venezuelan defence minister said his army would respond.",
])
def test_a_response_held_out_is_a_threat(text):
    events = _events(text)
    assert any(e.type == "THREATEN" for e in events), _seen(events)


@pytest.mark.parametrize("text", [
    "Kenya will respond to the request from Somalia within a week.",
    "Ethiopia said it would respond to Egypt's letter.",
])
def test_an_answer_to_a_request_is_no_threat(text):
    events = _events(text)
    assert not any(e.type == "THREATEN" for e in events), _seen(events)


@pytest.mark.parametrize("text, pair", [
    ("Ghana's foreign minister Ablakwa is to discuss the matter with his Togolese counterpart next week.",
     {"GHA", "TGO"}),
    ("The Peruvian president is to travel to Brasilia in May for talks with Lula.", {"PER", "BRA"}),
])
def test_an_act_a_person_is_to_do_is_planned(text, pair):
    events = _events(text)
    assert any(e.type == "CONSULT" and e.planned and pair <= set(e.parties) for e in events), _seen(events)


@pytest.mark.parametrize("text, pair", [
    ("Kenya's president met his Ugandan counterpart in Entebbe on Monday. The two leaders also launched a mobile "
     "payment link between the two countries.", {"KEN", "UGA"}),
    ("Laos and Thailand launched the cross-border electricity interconnection on Friday.", {"LAO", "THA"}),
])
def test_a_joint_service_launched_is_cooperation(text, pair):
    events = _events(text)
    assert any(e.type == "COOPERATE" and pair <= set(e.parties) for e in events), _seen(events)


@pytest.mark.parametrize("text, pair", [
    ("France pledged to transfer submarine technology to Brazil.", {"FRA", "BRA"}),
    ("India will transfer satellite technology to Vietnam.", {"IND", "VNM"}),
])
def test_technology_to_be_transferred_is_cooperation_to_come(text, pair):
    events = _events(text)
    assert any(e.type == "COOPERATE" and e.planned and pair <= set(e.parties) for e in events), _seen(events)


@pytest.mark.parametrize("text, pair", [
    ("The Nigerian foreign minister is due in Accra next month, while the Ghanaian president will travel to Lome "
     "in June.", {"NGA", "GHA"}),
    ("Chile's trade minister is due in Lima next week.", {"CHL", "PER"}),
])
def test_a_person_due_in_a_capital_is_a_visit_to_come(text, pair):
    events = _events(text)
    assert any(e.type == "CONSULT" and e.planned and pair <= set(e.parties) for e in events), _seen(events)


@pytest.mark.parametrize("text", ["The shipment is due in Mombasa next week.", "The report is due at the end of the month."])
def test_a_thing_due_is_no_visit(text):
    assert not _events(text)


@pytest.mark.parametrize("text, planned", [
    ("Norway will be represented at the inauguration by its foreign minister.", True),
    ("Brazil was represented at the funeral in Luanda by its vice-president.", False),
    ("Norway will be represented at the coronation, which is planned for May.", True),
])
def test_a_state_represented_at_an_occasion_attends_it(text, planned):
    events = _events(text)
    assert any(e.type == "CONSULT" and e.planned == planned for e in events), _seen(events)
    assert not any(e.type == "AGREE" for e in events), _seen(events)
