"""A pledge restated in a later year in near the same words is one commitment; pledges in neighbouring sentences of
one text that another source tells as one are one; one statement told as a pledge by one source and as a stance
by another is a candidate retelling."""

import pytest

from pactline.core.records import Link
from pactline.link.commitment_entities import entity_ids
from pactline.link.commitments import SubjectIndex, _same_commitment_links, restated_pledges
from pactline.link.similarity import Similarity
from pactline.store.rows import CommitmentBrief


def _c(cid, doc, made_on, text, domains, kind="commitment", parties=("PER", "KOR")):
    return CommitmentBrief(cid, doc, kind, list(parties), text, made_on, None, list(domains))


@pytest.mark.parametrize("earlier, later", [
    ("open a direct air route between Lima and Seoul", "launch direct flights between Lima and Seoul"),
    ("coordinate closely with Korea in the United Nations and other multilateral bodies",
     "deepen multilateral coordination with Korea"),
])
def test_a_pledge_restated_a_year_later_in_near_the_same_words_is_one_commitment(earlier, later):
    field = ("transport",) if "flights" in later else ("multilateral",)
    mentions = [_c("a", "d1", "2023-04-02", earlier, field), _c("b", "d2", "2024-06-11", later, field),
                _c("c", "d2", "2024-06-11", "cooperate on disaster relief in the Andes", ("emergency",))]
    found = restated_pledges(mentions, Similarity(True))
    assert [(a, b) for _s, a, b in found] == [("a", "b")]
    ids = entity_ids(mentions, [], {}, None, found)
    assert ids["b"] == "a" and ids["c"] == "c"


def test_restatement_by_meaning_needs_embeddings_and_another_field_stays_apart():
    mentions = [_c("a", "d1", "2023-04-02", "open a direct air route between Lima and Seoul", ("transport",)),
                _c("b", "d2", "2024-06-11", "launch direct flights between Lima and Seoul", ("trade",))]
    assert restated_pledges(mentions, Similarity(False)) == []
    assert restated_pledges(mentions, Similarity(True)) == []


@pytest.mark.parametrize("kind, gap, joined", [
    ("commitment", 1, True),  # pledges in neighbouring sentences that another source tells as one
    ("commitment", 2, False),  # a pledge between them: two pledges
    ("position", 1, False),  # a statement's stances in a row stay distinct
])
def test_neighbouring_pledges_of_one_text_join_when_another_source_tells_them_as_one(kind, gap, joined):
    mentions = [
        _c("a1", "d1", "2024-06-01", "expand cooperation on clean energy", ("environment",), kind),
        _c("a2", "d1", "2024-06-01", "build a joint registry of carbon credits", ("environment",), kind),
        _c("x", "d1", "2024-06-01", "open a consulate in Cusco", ("consular",), kind),
        _c("b", "d2", "2024-06-02", "expand clean energy cooperation, including a carbon-credit registry", ("environment",), kind),
    ]
    places = {"a1": ("d1", 0, 0), "a2": ("d1", 0, 100 * gap), "x": ("d1", 0, 100), "b": ("d2", 0, 0)}
    if gap == 1:
        places["x"] = ("d1", 0, 500)
    links = [Link("l1", "same_commitment", "a1", "b", 0.8, {}), Link("l2", "same_commitment", "a2", "b", 0.75, {})]
    ids = entity_ids(mentions, links, {}, places)
    assert (ids["a1"] == ids["a2"] == ids["b"]) is joined
    assert ids["x"] == "x"


def test_one_sentence_told_as_a_pledge_and_as_a_stance_by_two_sources_is_scored_as_a_retelling():
    pledge = _c("a", "d1", "2024-03-01", "respect each other's right to set fishing quotas in their own waters",
                ("politics",))
    stance = _c("b", "d2", "2024-03-02", "respects each other's right to set fishing quotas in its own waters",
                ("politics",), kind="position")
    other = _c("c", "d2", "2024-03-02", "welcomed the new ferry link to Busan", ("politics",), kind="position")
    commitments = [pledge, stance, other]
    links = _same_commitment_links(commitments, SubjectIndex([c.text for c in commitments]), Similarity(True))
    assert [(link.a, link.b) for link in links] == [("a", "b")]
    assert entity_ids(commitments, links, {})["b"] == "a"
