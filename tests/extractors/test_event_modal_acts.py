"""An act told under a bare future modal ("will provide", "would deliver") is one planned act; only a pledge
verb ("pledged to", "agreed to") adds an agreement done now beside it."""

from __future__ import annotations

import pytest

from tests.helpers import extract_text


def _events(text: str) -> list[tuple[str, bool]]:
    return [(e.type, e.planned) for e in extract_text(text, published="2024-05-14").events]


def test_future_grant_is_one_planned_aid() -> None:
    text = ("The minister announced that Norway will provide a further 30 million euros in humanitarian aid "
            "for Sudanese refugees in Chad before the year ends.")
    assert _events(text) == [("AID", True)]


def test_future_scholarships_are_one_planned_aid() -> None:
    text = "Chile will provide scholarships to 200 students from Peru over the next three years, the minister said."
    assert _events(text) == [("AID", True)]


def test_future_support_is_one_planned_aid() -> None:
    # formerly the pledge (AGREE) and the act beside it; the labelling guide reads "will provide" as the act to come
    assert _events("Japan will provide support for the upgrading of the port road in Mombasa.") == [("AID", True)]


def test_pledge_verb_keeps_its_agreement() -> None:
    types = _events("Canada and Mexico agreed to hold talks in May.")
    assert ("AGREE", False) in types and ("CONSULT", True) in types


# Round 18 (issue 14, family "an intent with no pledge verb exported as AGREE"): cooperation or backing told under
# a bare future modal, or backing offered ("stands ready to support"), is that act, not an agreement; the
# labelling guide keeps AGREE for agreeing, signing and concluding.
@pytest.mark.parametrize(("sentence", "expected"), [
    ("Kenya will cooperate with Ethiopia in energy.", [("COOPERATE", True)]),
    ("Chile will also cooperate closely with Peru on lithium refining and port logistics.", [("COOPERATE", True)]),
    ("The minister said Ghana would support Togo's plan to restructure its debt.", [("SUPPORT", True)]),
])
def test_bare_intent_to_cooperate_or_back_is_the_act_to_come(sentence: str, expected: list[tuple[str, bool]]) -> None:
    assert _events(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "Kenya will continue to support Rwanda's bid for the council seat.",
    "Ghana will continue to support Togo's plan to restructure its debt.",
])
def test_backing_kept_up_is_support_not_agreement(sentence: str) -> None:
    assert [t for t, _planned in _events(sentence)] == ["SUPPORT"]


# Review fix (round 18, after the lead's revert of the readiness-offer rule): PLOVER 2.0 codes an offer or
# expressed willingness as AGREE, so backing offered under a word of readiness is an AGREE intent, as other
# readiness offers are ("stands ready to mediate").
@pytest.mark.parametrize("sentence", [
    "Brazil stands ready to support the truce between Angola and Zambia.",
    "Uruguay is willing to support Paraguay's bid for the council seat.",
    "Ghana is prepared to support Togo's bid for the council seat.",
])
def test_backing_offered_under_readiness_is_an_agreement_intent(sentence: str) -> None:
    assert [(e.type, e.mode) for e in extract_text(sentence, published="2024-05-14").events] == [("AGREE", "intent")]


@pytest.mark.parametrize("sentence", [
    "Norway and Chile agreed to cooperate on fisheries.",
    "Canada pledged to cooperate with Jamaica on hurricane warnings.",
])
def test_pledge_verb_to_cooperate_stays_an_agreement(sentence: str) -> None:
    assert {t for t, _planned in _events(sentence)} == {"AGREE"}


# Round 16 (family "an act told ahead of its own kind, coded as a pledge"): the same reading when the learned
# typer, not a verb pattern, names the act, and when an aspect verb carries the modal ("will continue to …").
_TALKS = "The President of Kenya held talks with the President of Rwanda in Nairobi on Monday.\n"


def _after_talks(sentence: str) -> list[tuple[str, bool]]:
    events = extract_text(_TALKS + sentence, published="2024-05-08").events
    return [(e.type, e.planned) for e in events if e.evidence[0].start >= len(_TALKS)]


def test_future_loan_the_typer_names_is_a_planned_aid() -> None:
    assert _after_talks("Kenya will extend a loan of 30 million dollars for the Kigali ring road.") == [("AID", True)]


def test_future_debt_relief_the_typer_names_is_a_planned_aid() -> None:
    assert _after_talks("Kenya will restructure debt of about 40 million dollars owed by Rwanda.") == [("AID", True)]


def test_future_building_for_a_partner_is_a_planned_aid() -> None:
    assert _after_talks("Kenya will build a vocational school in Musanze.") == [("AID", True)]


def test_act_kept_up_ahead_is_one_planned_act() -> None:
    # "will continue to" tells the act to come in the aspect verb's tense, not a pledge beside it
    assert ("AID", True) in _after_talks("Kenya will continue to supply vaccines to Rwandan clinics.")


def test_act_kept_up_in_the_past_is_done() -> None:
    assert ("AID", True) not in _after_talks("Kenya continued to supply vaccines to Rwandan clinics last year.")


@pytest.mark.parametrize("sentence", [
    "Kenya will not continue to supply vaccines to Rwandan clinics.",
    "Kenya will no longer continue to supply vaccines to Rwandan clinics.",
])
def test_act_stopped_ahead_is_no_plan(sentence: str) -> None:
    assert all(not planned for _t, planned in _after_talks(sentence))


def test_act_held_out_on_a_condition_is_no_plan() -> None:
    assert all(not planned for _t, planned in _after_talks(
        "Kenya would extend a loan of 30 million dollars if Rwanda repaid the last one."))
