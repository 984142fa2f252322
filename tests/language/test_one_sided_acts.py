"""An act told with one side in a report about two countries takes the other side from the document's pair:
the other country for one of the pair, both for a third country, the pair when no side is named. Sentences
written for other countries."""

import pytest

from tests.helpers import extract_text

_REPORT = ("Chilean and Peruvian troops clashed on the border on Sunday, Peru said. Chile accused Peru of "
           "provoking the clash and Peru accused Chile of shelling a village. ")


@pytest.mark.parametrize(
    "sentence,etype,parties",
    [
        ("Peru's foreign ministry urged continued vigilance along the frontier.", "REQUEST", {"CHL", "PER"}),
        ("Brazil urged an immediate end to the fighting.", "REQUEST", {"BRA", "CHL", "PER"}),
        ("The ministry rejected the accusations as absurd.", "REJECT", {"CHL", "PER"}),
        # a named crossing or checkpoint is a place, not a group the act is aimed at
        ("Peru closed the Tacna and Santa Rosa checkpoints on Monday.", "SANCTION", {"CHL", "PER"}),
        ("Chile shut the Chacalluta crossing the following day.", "SANCTION", {"CHL", "PER"}),
        # an international body's act in a two-country report concerns both
        ("The UN Security Council held an emergency meeting on the clashes on Monday.", "CONSULT", {"CHL", "PER", "UN"}),
        ("The UN envoy urged both sides to return to talks.", "REQUEST", {"CHL", "PER", "UN"}),
    ],
)
def test_one_sided_act_takes_the_pair(sentence, etype, parties):
    events = [e for e in extract_text(_REPORT + sentence, published="2024-05-08").events
              if e.type == etype and sentence[:30] in e.evidence[0].quote]
    assert events and all(set(e.parties) == parties for e in events), [(e.type, e.parties) for e in events]


@pytest.mark.parametrize(
    "text",
    [
        "Brazil urged an immediate end to the fighting in the region.",  # a sentence alone names no pair
    ],
)
def test_no_pair_added(text):
    events = [e for e in extract_text(text, published="2024-05-08").events if e.type in ("REQUEST", "ACCUSE")]
    assert all(len(e.parties) == 1 for e in events), [(e.type, e.parties) for e in events]


_VISIT = ("President Mahama of Ghana received President Boakai of Liberia in Accra on Monday. Ghana and Liberia "
          "held talks on trade and energy. ")


@pytest.mark.parametrize(
    "sentence,etype,parties",
    [
        # the other country is named in another act of the sentence, not in the pledge itself
        ("President Mahama praised Liberia for its reforms and assured his guest that Ghana would supply power "
         "to the border towns.", "AGREE", {"GHA", "LBR"}),
        ("President Mahama expressed Ghana's sympathy with Liberia and offered Ghanaian engineers to repair the "
         "damaged bridges.", "AGREE", {"GHA", "LBR"}),
        # the other country is whom the pledge is for; the source's own country is no target
        ("Mahama also pledged that Ghana would continue to help Liberia train its customs officers.", "AGREE",
         {"GHA", "LBR"}),
    ],
)
def test_a_pledge_naming_the_other_country_elsewhere_is_with_it(sentence, etype, parties):
    events = [e for e in extract_text(_VISIT + sentence, published="2024-05-08").events
              if e.type == etype and sentence[:30] in e.evidence[0].quote]
    assert events and any(set(e.parties) == parties for e in events), [(e.type, e.parties) for e in events]


@pytest.mark.parametrize(
    "sentence,etype",
    [
        # the capital names the speaker's own state: it is who will respond, not whom the threat is aimed at
        ("Peru's defence minister warned that Lima would respond firmly to any new incursion.", "THREATEN"),
        ("Officials in Lima denied that Peru had shelled the village.", "REJECT"),
    ],
)
def test_a_refusal_or_threat_is_not_aimed_at_the_speakers_own_state(sentence, etype):
    events = [e for e in extract_text(_REPORT + sentence, published="2024-05-08").events
              if e.type == etype and sentence[:30] in e.evidence[0].quote]
    assert events and all(set(e.parties) == {"CHL", "PER"} for e in events), [(e.type, e.parties) for e in events]


_SANCTIONS = ("Canada imposed new sanctions on Iran on Monday. Iran condemned the Canadian sanctions, and Canada said "
              "Iran must release the detained students. ")


@pytest.mark.parametrize(
    "sentence,parties",
    [
        # a trip ahead to a gathering abroad is with the country where it is held, not the report's other one
        ("Prime Minister Carney is set to appear at the NATO summit in Vilnius on Thursday.", {"CAN", "LTU"}),
        ("Prime Minister Carney is due to attend a conference in Johannesburg next week.", {"CAN", "ZAF"}),
    ],
)
def test_a_trip_ahead_to_a_gathering_abroad_is_with_the_host(sentence, parties):
    events = [e for e in extract_text(_SANCTIONS + sentence, published="2024-05-08").events
              if e.type == "CONSULT" and sentence[:30] in e.evidence[0].quote]
    assert events and all(set(e.parties) == parties for e in events), [(e.parties, e.location) for e in events]


def test_international_body_acting_in_a_third_state_keeps_out_the_pair():
    report = ("Ghanaian and Togolese troops clashed on the border on Sunday, Togo said. Ghana accused Togo of "
              "provoking the clash and Togo accused Ghana of shelling a village. ")
    events = [e for e in extract_text(report + "The IMF mission met officials in Lilongwe on Monday.",
                                      published="2024-05-08").events if "Lilongwe" in e.evidence[0].quote]
    assert events and all(not {"GHA", "TGO"} & set(e.parties) for e in events), [e.parties for e in events]
    about = "The UN Secretary-General welcomed the signing in Lisbon of the accord between Ghana and Togo."
    events = [e for e in extract_text(report + about, published="2024-05-08").events if "Lisbon" in e.evidence[0].quote]
    assert events and all({"GHA", "TGO"} <= set(e.parties) for e in events), [e.parties for e in events]
