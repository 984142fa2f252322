"""Statements a stage after the cue finder used to drop: a further statement after "and said" / ", saying", a stance
whose object carries a clause about the future, the pair's next meeting "expected" on a date, a request, and an
assurance (sentences written for other country pairs)."""

import pytest

from tests.helpers import extract_text

CONTEXT = "Botswana and Namibia held talks in Gaborone on Monday. "


def _records(sentence, published="2024-05-02"):
    return [(r.kind, r.parties, r.text) for r in extract_text(CONTEXT + sentence, published=published).commitments]


@pytest.mark.parametrize(
    "sentence,kinds",
    [
        ("Namibia rejected the accusations as baseless and said it did not recognise the new border survey.",
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
        ("The two leaders condemned Zimbabwe's announcement that it would deploy troops along the river.",
         ["BWA", "NAM"]),
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
        "The next meeting of the boundary commission is expected in September.",
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
        ("Namibia requested early conclusion of the water sharing agreement.", "position", ["NAM"]),
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
        ("Namibia said it would not tolerate threats to its territorial integrity.", [("position", ["NAM"])]),
        ("Botswana said it would not allow its territory to be used against Namibia.", [("commitment", ["BWA"])]),
        ("The two presidents reaffirmed their resolve to implement the ruling in good faith.",
         [("commitment", ["BWA", "NAM"])]),
        ("Both sides agreed that the bid would not affect their friendly relations.", [("position", ["BWA", "NAM"])]),
        ("The leaders agreed that Namibia's membership would boost trade across the region and pledged to work "
         "together to conclude the process in the coming days.",
         [("position", ["BWA", "NAM"]), ("commitment", ["BWA", "NAM"])]),
        ("They agreed that joint patrols will continue.", [("commitment", ["BWA", "NAM"])]),
    ],
)
def test_kind_of_refusals_resolve_and_agreed_effects(sentence, expected):
    assert [(k, p) for k, p, _t in _records(sentence)] == expected


@pytest.mark.parametrize(
    "sentence,expected",
    [
        ("Presidents Masisi and Geingob on Monday signed a memorandum of understanding under which Namibia will host "
         "two depots for Botswana's fuel imports.", [("commitment", ["NAM"])]),
        ("The two governments signed an agreement on the cross-border worker statute, which will be submitted to their "
         "parliaments before the end of the first half of 2025.", [("commitment", ["BWA", "NAM"])]),
        ("The heads of state also discussed the Trans-Kalahari railway, whose extension to Walvis Bay will be studied "
         "by a joint technical commission.", [("commitment", ["BWA", "NAM"])]),
        ("The two leaders visited the bridge, which will be opened next year.", []),
    ],
)
def test_a_term_of_a_deal_told_in_a_relative_clause(sentence, expected):
    assert [(k, p) for k, p, _t in _records(sentence)] == expected


def test_each_repeated_infinitive_of_a_call_is_a_call():
    records = _records("He called on the two sides to deepen political mutual trust and to speed up connectivity, "
                       "including the planning of new railways.")
    assert [k for k, _p, _t in records] == ["position", "position"], records
    assert _records("Botswana urged Namibia to stop and withdraw.")[0][0] == "position"
    assert len(_records("Botswana urged Namibia to stop and withdraw.")) == 1
