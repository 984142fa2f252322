"""Round 11 event shapes, in sentences written for other countries: instruments listed under a signing are each
an agreement of the pair; the bullets between a wire story's headline and its first paragraph are its own
points; a meeting put off is still to come; a complaint filed with a body is a formal protest; "presses X on", "seeks X's
help", "offered to assist", border controls reinstated and a body that "will convene" are coded."""

import pytest

from pactline.extractors.signed_lists import signed_items
from tests.helpers import extract_text


def _events(text, published="2024-05-08"):
    return extract_text(text, published=published).events


def _seen(events):
    return [(e.type, sorted(e.parties), e.planned, e.evidence[0].quote[:40]) for e in events]


_LIST = ("Joint Communiqué of Kenya and Uganda\n\n"
         "President Ruto of Kenya received President Museveni of Uganda in Nairobi on 6 May 2024.\n\n"
         "The following instruments were signed by the ministers of the two countries:\n"
         "- Memorandum of understanding on fisheries in Lake Victoria\n"
         "- Agreement on the avoidance of double taxation\n"
         "- Protocol on the joint management of the Malaba crossing\n\n"
         "Photo: the two Presidents at State House.\n")


def test_each_instrument_listed_under_a_signing_is_an_agreement():
    events = _events(_LIST)
    for words in ("Memorandum of understanding on fisheries", "Agreement on the avoidance", "Protocol on the joint"):
        assert any(e.type == "AGREE" and words in e.evidence[0].quote and set(e.parties) == {"KEN", "UGA"}
                   and not e.planned for e in events), (words, _seen(events))


def test_a_list_under_no_signing_is_no_agreement():
    text = _LIST.replace("The following instruments were signed by the ministers of the two countries:",
                         "The Presidents discussed the following texts, still under negotiation, today:")
    events = _events(text)
    assert not any("Protocol on the joint" in e.evidence[0].quote for e in events), _seen(events)
    assert any(e.type == "CONSULT" and {"KEN", "UGA"} <= set(e.parties) for e in events), _seen(events)


class _Line:
    def __init__(self, text, start):
        self.text, self.start, self.end = text, start, start + len(text)


def test_signed_items_stop_at_the_end_of_the_list():
    events = _events(_LIST + "\n- Agreement on visas for students in the two countries\n")
    assert not any("the two Presidents at State House" in e.evidence[0].quote for e in events), _seen(events)
    assert not any("visas for students" in e.evidence[0].quote for e in events), _seen(events)
    assert any(e.type == "AGREE" and "Agreement on the avoidance" in e.evidence[0].quote for e in events), _seen(events)
    text = "The following agreements were signed:\n- Agreement on trade\nPhoto: the ministers.\n- Agreement on visas"
    lines = [_Line(t, text.index(t)) for t in text.split("\n")]
    assert signed_items(lines, text) == {lines[1].start}
    assert signed_items([lines[0], lines[1], lines[3]], text) == {lines[1].start}  # (the caption set aside)


_WIRE = ("UPDATE 1-Ghana's president signs power, trade deals on first Togo visit\n\n"
         "By A Writer\n\n"
         "    * Ghana presses Togo on smuggling across the border\n"
         "    * Ghana, Togo, Benin agree to cooperate on a coastal highway\n\n"
         "LOME, May 7 (Reuters) - Ghanaian President John Mahama held talks with Togo's president Faure "
         "Gnassingbe in Lome on Tuesday, after which both sides signed a framework accord on power supplies.\n\n"
         "Related coverage\n\n"
         "- Togo and Benin sign border pact\n")


def test_highlight_bullets_above_the_first_paragraph_are_the_storys_own():
    events = _events(_WIRE)
    assert any(e.type == "REQUEST" and {"GHA", "TGO"} <= set(e.parties) and "presses" in e.evidence[0].quote
               for e in events), _seen(events)
    assert any(e.type == "AGREE" and "coastal highway" in e.evidence[0].quote for e in events), _seen(events)
    assert not any("border pact" in e.evidence[0].quote for e in events), _seen(events)


@pytest.mark.parametrize("text", [
    "Kenya and Uganda have postponed a meeting of their joint commission that was scheduled for next week.",
    "The governments of Ghana and Togo have postponed the talks on their maritime boundary.",
])
def test_a_meeting_put_off_is_still_to_come(text):
    events = _events(text)
    assert events and all(e.type == "CONSULT" and e.planned for e in events), _seen(events)


def test_a_complaint_filed_with_the_un_is_a_formal_protest():
    events = _events("Ghana would file a formal complaint with the UN Security Council about the raid by Togo, "
                     "the foreign minister said.")
    assert any(e.type == "PROTEST" and e.planned and "GHA" in e.parties for e in events), _seen(events)


def test_complaining_to_an_organisation_stays_an_accusation():
    # (the PLOVER gold standard codes a complaint made to the UN over raids as ACCUSE)
    events = _events("Accra complains to the African Union over Togolese raid")
    assert any(e.type == "ACCUSE" for e in events), _seen(events)


@pytest.mark.parametrize("text,parties", [
    ("Kenya presses Uganda on rebel camps near the border", {"KEN", "UGA"}),
    ("Chile pressed Bolivia over the detained truck drivers on Monday.", {"CHL", "BOL"}),
    ("Kenya seeks Uganda's help against cattle raiders", {"KEN", "UGA"}),
])
def test_pressing_and_seeking_help_are_requests(text, parties):
    events = _events(text)
    assert any(e.type == "REQUEST" and parties <= set(e.parties) for e in events), _seen(events)


def test_pressing_ahead_is_no_request():
    events = _events("Kenya pressed on with the construction of the road to Uganda. "
                     "Kenya pressed Uganda on the border fees.")
    assert not any(e.type == "REQUEST" and "construction" in e.evidence[0].quote for e in events), _seen(events)
    assert any(e.type == "REQUEST" and "border fees" in e.evidence[0].quote for e in events), _seen(events)


def test_offering_to_assist_is_aid_still_to_come():
    events = _events("Norway offered to assist Kenya and Uganda with the registration of refugees.")
    assert any(e.type == "AID" and e.planned for e in events), _seen(events)


@pytest.mark.parametrize("text", [
    "Kenya reinstates controls on Ugandan border",
    "Chile reintroduced checks on its border with Bolivia on Monday.",
])
def test_border_controls_reinstated_coerce(text):
    events = _events(text)
    assert any(e.type == "COERCE" for e in events), _seen(events)


def test_price_controls_are_no_coercion():
    events = _events("Kenya reintroduced price controls on maize imported from Uganda.")
    assert not any(e.type == "COERCE" for e in events), _seen(events)


def test_a_joint_body_that_will_convene_is_a_meeting_to_come():
    events = _events("The Kenyan-Ugandan joint border committee will convene in Kampala on June 4.")
    assert any(e.type == "CONSULT" and e.planned and {"KEN", "UGA"} <= set(e.parties) for e in events), _seen(events)


@pytest.mark.parametrize("text,parties", [
    ("Norway will provide 12 million euros to back Kenyan border management.", {"NOR", "KEN"}),
    ("Kenya will deliver three more patrol boats to the Ugandan navy this year.", {"KEN", "UGA"}),
])
def test_money_and_craft_to_be_provided_are_planned_aid(text, parties):
    events = _events(text)
    assert any(e.type == "AID" and e.planned and parties <= set(e.parties) for e in events), _seen(events)


def test_an_agreement_made_in_a_telephone_call_tells_the_call():
    events = _events("Kenyan President William Ruto and Ugandan President Yoweri Museveni agreed in a telephone "
                     "call on Saturday to look for a common solution.")
    assert any(e.type == "CONSULT" and e.mode == "phone" and not e.planned for e in events), _seen(events)


def test_living_in_a_call_centre_is_no_call():
    events = _events("Kenyan workers in a call centre in Kampala agreed to a new contract on Sunday.")
    assert not any(e.type == "CONSULT" for e in events), _seen(events)


@pytest.mark.parametrize("text", [
    "The Foreign Minister of Ghana also called on President John Mahama of Togo on Monday.",
    "Kenya's defence minister called upon Prime Minister Abiy Ahmed of Ethiopia in Addis Ababa.",
    "President Ruto of Kenya was given a guard of honour at Jubilee House in Ghana and called on Vice President "
    "Mahamudu Bawumia.",
])
def test_calling_on_an_office_holder_is_a_visit_paid(text):
    events = _events(text)
    assert any(e.type == "CONSULT" for e in events) and not any(e.type == "REQUEST" for e in events), _seen(events)


@pytest.mark.parametrize("text", [
    "Ghana's minister called on Togo to release the detained fishermen.",
    "The Foreign Minister of Ghana called on President Faure Gnassingbe of Togo to release the fishermen.",
    "Kenya called on the Government of Somalia for restraint on Monday.",
    "The minister of Kenya called on the transitional government in Mali.",
])
def test_calling_on_someone_to_act_stays_a_request(text):
    events = _events(text)
    assert any(e.type == "REQUEST" for e in events), _seen(events)


def test_an_honour_named_by_its_own_name_conferred_on_a_guest_is_support():
    events = _events("President Ruto conferred the Mashujaa Grand Cross on President Museveni of Uganda on Monday.")
    assert any(e.type == "SUPPORT" and {"KEN", "UGA"} <= set(e.parties) for e in events), _seen(events)


def test_powers_conferred_are_no_honour():
    events = _events("Kenya's parliament conferred new powers on the border agency on Monday.")
    assert not any(e.type == "SUPPORT" for e in events), _seen(events)


def test_a_brokered_ceasefire_announced_is_the_pairs_agreement():
    events = _events("Kenya and Uganda clashed on their border on Monday, Kenya's army said. A Turkish-brokered "
                     "ceasefire announced on Tuesday collapsed within hours.")
    assert any(e.type == "AGREE" and set(e.parties) == {"KEN", "UGA", "TUR"} and e.date == "2024-05-07"
               for e in events), _seen(events)


def test_a_unilateral_truce_announced_is_no_agreement():
    events = _events("Uganda's rebels announced a three-day unilateral truce with Kenya on Tuesday.")
    assert not any(e.type == "AGREE" for e in events), _seen(events)


def test_calling_on_two_office_holders_is_two_calls():
    events = _events("Kenya's President William Ruto paid a state visit to Ghana from 6 to 8 May 2024.\n\n"
                     "President Ruto called on President Nana Akufo-Addo and Vice President Mahamudu Bawumia.\n")
    calls = [e for e in events if e.type == "CONSULT" and "called on" in e.evidence[0].quote]
    assert len(calls) == 2 and not any(e.type == "REQUEST" for e in events), _seen(events)


_CALL = "President Ruto of Kenya spoke by telephone with President Museveni of Uganda on Monday. "


@pytest.mark.parametrize("said", [
    "The Sudan issue was touched upon.",
    "Topical issues of bilateral cooperation were considered.",
    "Border security and water sharing were also discussed, though no date for new talks was set.",
])
def test_a_topic_talked_over_in_the_passive_is_the_pairs_talks(said):
    events = [e for e in _events(_CALL + said) if said[:20] in e.evidence[0].quote]
    assert any(e.type == "CONSULT" and {"KEN", "UGA"} <= set(e.parties) for e in events), _seen(events)


def test_considering_sanctions_is_no_meeting():
    events = _events("Kenya is considering sanctions against Ugandan officials.")
    assert not any(e.type == "CONSULT" for e in events), _seen(events)


@pytest.mark.parametrize("text,etype,planned", [
    ("Kenyan border guards began checking vehicles at crossings on the Ugandan border at midnight on Monday.",
     "COERCE", False),
    ("Ugandan artillery started shelling Kenyan positions on Tuesday.", "ASSAULT", False),
    ("Kenya will begin to withdraw its troops from Somalia in June.", "RETREAT", True),
])
def test_an_act_begun_is_told_in_the_tense_of_its_beginning(text, etype, planned):
    events = _events(text)
    assert any(e.type == etype and e.planned == planned for e in events), _seen(events)


@pytest.mark.parametrize("text,etype", [
    ("Kenya responded by sending fighter jets to strike Ugandan rebel camps near the border.", "ASSAULT"),
    ("Kenya deployed fighter jets to the border with Uganda on Monday.", "MOBILIZE"),
])
def test_aircraft_sent_to_strike_assault(text, etype):
    events = _events(text)
    assert any(e.type == etype and {"KEN", "UGA"} <= set(e.parties) for e in events), _seen(events)


def test_joint_controls_agreed_are_no_coercion():
    events = _events("The ministers of Chile and Bolivia agreed to introduce integrated immigration controls at the "
                     "Tambo Quemado crossing before the holiday season.")
    assert not any(e.type in ("COERCE", "THREATEN") for e in events), _seen(events)
