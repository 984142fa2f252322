"""Round 15 event shapes, in sentences written for other countries: an act told as a gerund after "after",
"before" or "upon" is the main clause's subject's own, done when that clause is; "without" names an act not done;
occasions that will take place, own talks framed by "in", vehicles held, commitments, reviews, visas reimposed,
measures ordered and agreements told about a thing."""

import pytest

from tests.helpers import extract_text


def _events(text, published="2025-03-04"):
    return extract_text(text, published=published).events


def _seen(events):
    return [(e.type, sorted(e.parties), e.planned, e.evidence[0].quote[:40]) for e in events]


@pytest.mark.parametrize("text, kind, parties", [
    ("Estonia closed a Russian-funded school in Narva after accusing it of spreading propaganda.", "ACCUSE",
     {"EST", "RUS"}),
    ("Bhutan expelled an Indian journalist after accusing him of filming an army camp.", "ACCUSE", {"BTN", "IND"}),
    ("Vietnam's foreign minister met reporters in Hanoi before condemning the return of the Chinese survey ship.",
     "PROTEST", {"VNM", "CHN"}),
    ("Namibia closed its consulate in Lusaka upon accusing Zambian officials of seizing its fishing boats.",
     "ACCUSE", {"ZMB", "NAM"}),
])
def test_an_act_told_in_a_gerund_after_a_done_act_is_done_by_its_subject(text, kind, parties):
    events = _events(text)
    assert any(e.type == kind and not e.planned and parties <= set(e.parties) for e in events), _seen(events)


def test_an_act_told_after_without_is_not_done():
    events = _events("Ghana's delegation left the talks in Lome without signing the fisheries accord with Togo.")
    assert not any(e.type == "AGREE" and not e.planned for e in events), _seen(events)


@pytest.mark.parametrize("text", [
    "Ghana and Kenya held talks in Nairobi on Monday. A further round of their border talks will take place in "
    "Accra after the rainy season.",
    "Latvia and Chile signed a visa accord on Friday. The next round of their political consultations shall take place "
    "in Santiago in the spring.",
])
def test_an_occasion_that_will_take_place_is_a_planned_meeting_of_the_pair(text):
    events = _events(text)
    assert any(e.type == "CONSULT" and e.planned and (e.date or "")[:4] in ("2025", "2026") for e in events), _seen(events)


@pytest.mark.parametrize("text, parties", [
    ("Kenyan President William Ruto arrived in Accra on Monday. In his talks with the Ghanaian president, he stressed "
     "the need for a common market.", {"KEN", "GHA"}),
    ("In their meeting with the Omani foreign minister, the Jordanian delegates raised the question of water.",
     {"JOR", "OMN"}),
])
def test_own_talks_with_a_partner_introduced_by_in_frame_a_meeting(text, parties):
    events = _events(text)
    talks = [e for e in events if e.type == "CONSULT" and e.evidence[0].quote.startswith("In ")]
    assert any(parties <= set(e.parties) and not e.planned for e in talks), _seen(events)



@pytest.mark.parametrize("text, parties", [
    ("Senegalese coast guards detained the crew of a Gambian fishing boat on Sunday.", {"SEN", "GMB"}),
    ("The Sri Lankan navy stopped three Indian fishing vessels near Jaffna on Monday.", {"LKA", "IND"}),
    ("The Peruvian navy impounded two Ecuadorian trawlers off Tumbes.", {"PER", "ECU"}),
])
def test_the_other_sides_vehicles_or_crews_held_are_coercion(text, parties):
    events = _events(text)
    assert any(e.type == "COERCE" and parties <= set(e.parties) for e in events), _seen(events)


def test_talks_held_stay_a_meeting():
    events = _events("Ghana and Togo will hold talks on the fishing boats next week.")
    assert any(e.type == "CONSULT" and e.planned for e in events) and not any(e.type == "COERCE" for e in events), _seen(events)



@pytest.mark.parametrize("text", [
    "Ghana and Kenya held talks in Accra on Monday. The two sides committed to convene their fisheries panel before "
    "the rains.",
    "Ghana and Kenya held talks in Accra on Monday. The two sides committed to intensify cooperation in agriculture.",
])
def test_committing_to_an_act_is_an_agreement_as_pledging_is(text):
    events = _events(text)
    assert any(e.type == "AGREE" and not e.planned and {"GHA", "KEN"} <= set(e.parties) for e in events), _seen(events)


def test_crimes_committed_are_no_agreement():
    events = _events("Ghana and Kenya held talks in Accra on Monday. Kenya said rebels committed crimes in the north.")
    assert not any(e.type == "AGREE" for e in events), _seen(events)

@pytest.mark.parametrize("text, parties", [
    ("Ghana's foreign minister met his Togolese counterpart in Accra on Monday. The two ministers reviewed progress on "
     "the coastal railway.", {"GHA", "TGO"}),
    ("The presidents of Chile and Peru reviewed progress in bilateral cooperation on Monday.", {"CHL", "PER"}),
])
def test_reviewing_relations_is_a_meeting(text, parties):
    events = _events(text)
    assert any(e.type == "CONSULT" and e.summary and "review" in e.summary and parties <= set(e.parties)
               for e in events), _seen(events)


@pytest.mark.parametrize("text, parties", [
    ("Thailand reimposed visa requirements on Cambodian traders after the dispute over the temple.", {"THA", "KHM"}),
    ("Latvia reintroduced visas for Russian citizens on Monday.", {"LVA", "RUS"}),
])
def test_visas_reimposed_on_the_other_sides_citizens_are_a_sanction(text, parties):
    events = _events(text)
    assert any(e.type == "SANCTION" and parties <= set(e.parties) for e in events), _seen(events)
    assert not any(e.type == "CONCEDE" for e in events), _seen(events)


@pytest.mark.parametrize("text, parties", [
    ("The Malian government announced the suspension of cooperation with the police of Niger.", {"MLI", "NER"}),
    ("The Nigerien junta decreed the suspension of flights to Benin.", {"NER", "BEN"}),
])
def test_a_measure_ordered_is_taken_by_who_ordered_it(text, parties):
    events = _events(text)
    assert any(e.type == "SANCTION" and not e.planned and parties <= set(e.parties) for e in events), _seen(events)


def test_a_measure_discussed_is_no_measure_taken():
    events = _events("The ministers of Ghana and Togo discussed the suspension of flights to Benin.")
    assert not any(e.type == "SANCTION" for e in events), _seen(events)


def test_a_passive_gerund_is_done_to_the_subject_not_by_it():
    events = _events("Ghana recalled its envoy after being attacked by Kenyan protesters.")
    assert not any(e.type == "ASSAULT" and e.source_actor and e.source_actor.country == "GHA" for e in events), _seen(events)


def test_vehicles_of_no_state_stopped_are_no_coercion():
    events = _events("Kenya and Ghana held talks in Accra on Saturday. Kenyan police stopped vehicles at a checkpoint in "
                     "Mombasa on Sunday.")
    assert not any(e.type == "COERCE" for e in events), _seen(events)
