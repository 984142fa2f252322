"""Statements a stage after the cue finder used to drop: a further statement after "and said" / ", saying", a stance
whose object carries a clause about the future, the pair's next meeting "expected" on a date, a request, an
assurance, the kind of refusals and shared views, a term of a signed deal told in a relative clause, and a call
with a repeated "to" (sentences written for other country pairs)."""

import pytest

from tests.helpers import extract_text

CONTEXT = "Botswana and Namibia held talks in Gaborone on Monday. "


def _records(sentence, published="2024-05-02"):
    return [(r.kind, r.parties, r.text) for r in extract_text(CONTEXT + sentence, published=published).commitments]


@pytest.mark.parametrize(
    "sentence,kinds",
    [
        ("Namibia dismissed the report as false and said it did not recognise the new river survey.",
         ["position", "position"]),
        ("Botswana rejected the ruling and said it held the Namibian government responsible for the traders' safety.",
         ["position", "position"]),
        ("Namibia rejected accusations that it supports the rebels, saying the Zimbabwean army was instead arming them.",
         ["position", "position"]),
    ],
)
def test_a_further_statement_after_saying_is_a_record_of_its_own(sentence, kinds):
    records = _records(sentence)
    assert [k for k, _p, _t in records] == kinds, records


@pytest.mark.parametrize(
    "sentence,parties",
    [
        ("The two leaders condemned Zimbabwe's plan that it would deploy troops along the river.", ["BWA", "NAM"]),
        ("The two presidents welcomed the signing of the accord on the Okavango, which will benefit farmers in the north.",
         ["BWA", "NAM"]),
    ],
)
def test_a_stance_on_a_thing_described_by_a_future_clause_stands(sentence, parties):
    records = _records(sentence)
    assert ("position", parties) in [(k, p) for k, p, _t in records], records


@pytest.mark.parametrize(
    "sentence",
    [
        "The coming session of the water commission is expected in November.",
        "The next session of the Joint Council is expected to take place in Windhoek in 2026.",
        "The next meeting of the water commission will take place in Maun in October.",
    ],
)
def test_the_pairs_next_meeting_is_their_pledge(sentence):
    assert [(k, p) for k, p, _t in _records(sentence)] == [("commitment", ["BWA", "NAM"])]


@pytest.mark.parametrize(
    "sentence",
    [
        "The new bridge is expected to boost trade.",
        "The next G20 summit is expected in Brazil.",
    ],
)
def test_a_forecast_or_anothers_meeting_expected_is_no_pledge(sentence):
    assert _records(sentence) == []


@pytest.mark.parametrize(
    "sentence,kind,parties",
    [
        ("Namibia requested swift completion of the joint river basin accord.", "position", ["NAM"]),
        ("Botswana formally requested an urgent meeting of the regional organ.", "position", ["BWA"]),
        ("President Masisi assured his guest that Botswana would supply electricity to the Caprivi region.",
         "commitment", ["BWA"]),
        ("The Namibian side assured the president that the first loan tranche would be approved within weeks.",
         "commitment", ["NAM"]),
    ],
)
def test_requests_and_assurances(sentence, kind, parties):
    assert [(k, p) for k, p, _t in _records(sentence)] == [(kind, parties)]


@pytest.mark.parametrize(
    "sentence,expected",
    [
        ("Namibia said it would never tolerate any incursion into its waters.", [("position", ["NAM"])]),
        ("Botswana said it would not allow rebels to use its soil against Namibia.", [("commitment", ["BWA"])]),
        ("The two presidents reaffirmed their resolve to implement the ruling in good faith.",
         [("commitment", ["BWA", "NAM"])]),
        ("Both sides agreed that the tender would not harm their close ties.", [("position", ["BWA", "NAM"])]),
        ("The leaders agreed that Namibia's membership would boost trade across the region and pledged to cooperate "
         "closely to finish the accession talks soon.",
         [("position", ["BWA", "NAM"]), ("commitment", ["BWA", "NAM"])]),
        ("They agreed that joint patrols will continue.", [("commitment", ["BWA", "NAM"])]),
    ],
)
def test_kind_of_refusals_resolve_and_agreed_effects(sentence, expected):
    assert [(k, p) for k, p, _t in _records(sentence)] == expected


@pytest.mark.parametrize(
    "sentence,expected",
    [
        ("Presidents Masisi and Geingob signed a memorandum under which Namibia will host two depots for Botswana's "
         "fuel imports.", [("commitment", ["NAM"])]),
        ("The two governments signed a treaty on pension rights for miners, which will be put to both cabinets for "
         "ratification by March 2025.", [("commitment", ["BWA", "NAM"])]),
        ("The heads of state also discussed the Trans-Kalahari railway, whose extension to Walvis Bay will be "
         "reviewed by a joint technical commission.", [("commitment", ["BWA", "NAM"])]),
        ("The two leaders visited the bridge, which will be opened next year.", []),
    ],
)
def test_a_term_of_a_deal_told_in_a_relative_clause(sentence, expected):
    assert [(k, p) for k, p, _t in _records(sentence)] == expected


def test_each_repeated_infinitive_of_a_call_is_a_call():
    records = _records("Botswana called on its neighbours to fight cattle theft and to open more border posts "
                       "for herders.")
    assert [k for k, _p, _t in records] == ["position", "position"], records
    assert [k for k, _p, _t in _records("Botswana urged Namibia to stop and withdraw.")] == ["position"]


@pytest.mark.parametrize(
    "sentence,parties",
    [
        ("President Geingob raised the question of grazing rights for herders on the Chobe floodplain.", ["NAM"]),
        ("President Masisi also raised the situation of Namibian truck drivers held at the Mamuno crossing.", ["BWA"]),
    ],
)
def test_raising_a_question_or_situation_is_a_stance(sentence, parties):
    assert [(k, p) for k, p, _t in _records(sentence)][:1] == [("position", parties)]
