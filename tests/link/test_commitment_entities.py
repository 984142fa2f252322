"""Commitment entities: restatements are mentions of one commitment; distinct pledges stay apart."""

from pactline.core.records import Link
from pactline.link.commitment_entities import commentator_speaks, entity_ids
from pactline.store.rows import CommitmentBrief


def _c(cid, doc, made_on, text, kind="commitment", parties=("GHA", "TGO"), domains=("transport",)):
    return CommitmentBrief(cid, doc, kind, list(parties), text, made_on, None, list(domains))


def test_restatements_in_later_texts_and_translations_are_one_commitment():
    mentions = [
        _c("a", "d1", "2023-03-01", "build the Ghana-Togo Coastal Railway by 2026"),
        _c("b", "d2", "2023-03-02", "jointly advance the Ghana-Togo coastal railway project"),
        _c("c", "d3", "2024-05-10", "speed up construction of the coastal railway"),
        _c("d", "d1", "2023-03-01", "open a new ferry line between Tema and Lome"),
    ]
    ids = entity_ids(mentions, [], {})
    assert ids["a"] == ids["b"] == ids["c"] == "a"
    assert ids["d"] == "d"


def test_one_text_part_never_holds_one_commitment_twice():
    mentions = [
        _c("a", "d1", "2023-03-01", "build the coastal railway"),
        _c("b", "d1", "2023-03-01", "extend the coastal railway to Cotonou"),
        _c("c", "d2", "2023-03-02", "build the coastal railway"),
    ]
    links = [Link("l1", "same_commitment", "a", "c", 0.95, {}), Link("l2", "same_commitment", "b", "c", 0.9, {})]
    ids = entity_ids(mentions, links, {})
    assert ids["a"] == ids["c"] and ids["b"] != ids["a"]


def test_different_parties_or_kinds_stay_apart():
    mentions = [
        _c("a", "d1", "2023-03-01", "build the coastal railway"),
        _c("b", "d2", "2023-04-01", "build the coastal railway", parties=("BEN", "NGA")),
        _c("c", "d3", "2023-05-01", "welcomed the coastal railway", kind="position"),
    ]
    ids = entity_ids(mentions, [], {})
    assert len(set(ids.values())) == 3


def test_restating_follow_up_needs_a_specific_object():
    mentions = [_c("a", "d1", "2023-03-01", "maintain close exchanges"), _c("b", "d2", "2024-01-01", "deepen ties")]
    loose = {"a": [{"relation": "reaffirms", "record_id": "b", "score": 0.7, "reasons": {"specific_object": False}}]}
    assert entity_ids(mentions, [], loose)["b"] == "b"
    sure = {"a": [{"relation": "reaffirms", "record_id": "b", "score": 0.7, "reasons": {"specific_object": True}}]}
    assert entity_ids(mentions, [], sure)["b"] == "a"


def test_commentators_never_reaffirm():
    assert commentator_speaks("Analysts said the visit demonstrates a high level of political trust.")
    assert commentator_speaks("The deal shows the ties are deep, according to analysts.")
    assert not commentator_speaks("The two presidents reaffirmed their resolve to build the railway.")
