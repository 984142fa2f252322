"""A call on everyone ("called on the international community to …", "urged major emitters to …") has no
country for a target: a country named in what is asked is its topic, and in a two-country report the call is
not aimed at the other country either. What a call on others asks them to do is no act of the caller's.
Sentences written for other countries."""

import pytest

from tests.helpers import extract_text

_TALKS = ("President Ruto of Kenya held talks with President Suluhu of Tanzania in Nairobi on Monday. "
          "Kenya and Tanzania signed four agreements. ")


def _events(sentence: str, etype: str | None = None):
    return [e for e in extract_text(_TALKS + sentence, published="2024-05-08").events
            if sentence[:30] in e.evidence[0].quote and (etype is None or e.type == etype)]


@pytest.mark.parametrize(
    "sentence,parties",
    [
        ("Kenya called on the international community to help refugees go home to Somalia in safety.",
         {"KEN"}),
        ("The two presidents urged the international community to keep funding relief for the people of Sudan.",
         {"KEN", "TZA"}),
        ("Tanzania urged major emitters to cut their emissions faster to spare the islands of the Comoros.", {"TZA"}),
        ("Kenya appealed to donors to help the farmers of Ethiopia.", {"KEN"}),
        ("Kenya called upon the world to stand with the displaced people of South Sudan.", {"KEN"}),
        # the other country of the report named in what everyone is asked: its topic, no side of the call
        ("Kenya called on the international community to give a fair assessment of Tanzania's conduct.", {"KEN"}),
        ("Kenya urged development banks to do more for the coastal towns.", {"KEN"}),
    ],
)
def test_call_on_everyone_keeps_its_callers(sentence, parties):
    events = _events(sentence, "REQUEST")
    assert events and all(set(e.parties) == parties for e in events), [(e.type, e.parties) for e in events]


@pytest.mark.parametrize(
    "sentence,parties",
    [
        ("Kenya urged Ethiopia to withdraw its troops from Somalia.", {"ETH", "KEN"}),
        ("Kenya called on the United Nations to send more peacekeepers to Somalia.", {"KEN", "UN"}),
        ("Tanzania called on the Ugandan government to reopen the border.", {"TZA", "UGA"}),
    ],
)
def test_call_on_a_named_state_or_body_keeps_it(sentence, parties):
    events = _events(sentence, "REQUEST")
    assert events and all(set(e.parties) == parties for e in events), [(e.type, e.parties) for e in events]


@pytest.mark.parametrize(
    "sentence,asked",
    [
        ("Kenya called on the United Nations to send more peacekeepers to Somalia.", "AID"),
        ("Kenya called on the international community to help refugees go home to Somalia in safety.",
         "SUPPORT"),
        ("Tanzania called upon its neighbours to sign the water-sharing accord.", "AGREE"),
    ],
)
def test_what_a_call_asks_is_not_done(sentence, asked):
    assert not _events(sentence, asked), [(e.type, e.parties, e.summary) for e in _events(sentence)]


def test_called_in_to_protest_is_still_done():
    events = _events("Tanzania called in the Kenyan envoy to lodge a protest over the border raid.")
    assert {"PROTEST", "ACCUSE"} & {e.type for e in events}, [(e.type, e.parties) for e in events]


_DISPUTE = ("Chile and Bolivia traded accusations on Tuesday after Bolivian border guards detained Chilean truck "
            "drivers. Chile said Bolivia had violated the accord. Bolivia rejected the claim. ")


@pytest.mark.parametrize(
    "sentence,parties",
    [
        # the report's other country named in what is asked is a side of the call
        ("Peru on Monday urged La Paz to release the Chilean drivers.", {"BOL", "CHL", "PER"}),
        ("Chile asked its EU allies to impose further penalties on Bolivia.", {"BOL", "CHL", "EU"}),
        ("Argentina urged Chile to cooperate with the Bolivian inquiry.", {"ARG", "BOL", "CHL"}),
        # a country outside the report's pair stays a topic
        ("Argentina urged Chile to cooperate with the Peruvian inquiry.", {"ARG", "CHL"}),
    ],
)
def test_call_names_the_other_side_in_what_it_asks(sentence, parties):
    events = [e for e in extract_text(_DISPUTE + sentence, published="2024-05-08").events
              if e.type == "REQUEST" and sentence[:20] in e.evidence[0].quote]
    assert events and all(set(e.parties) == parties for e in events), [(e.type, e.parties) for e in events]


@pytest.mark.parametrize(
    "sentence,parties",
    [
        # the body whose meeting a party asks for is whom it asks
        ("Bolivia called for an emergency sitting of the UN Security Council.", {"BOL", "UN"}),
        ("Chile asked for an emergency session of the Organization of American States.", {"CHL", "OAS"}),
    ],
)
def test_call_for_a_meeting_of_a_body(sentence, parties):
    events = [e for e in extract_text(_DISPUTE + sentence, published="2024-05-08").events
              if e.type == "REQUEST" and sentence[:20] in e.evidence[0].quote]
    assert events and all(set(e.parties) == parties for e in events), [(e.type, e.parties) for e in events]
