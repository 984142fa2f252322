"""A pledge's part that only its own sentence tells joins the part of that sentence other sources retell (same
holders); a sentence nobody retells keeps its parts apart. A title line's pledge joins the body mention it sums
up, and only one."""

import pytest

from pactline.core.records import Link
from pactline.link.commitment_entities import entity_ids
from pactline.link.commitments import LaterSentence, headline_pairs
from pactline.link.similarity import Similarity
from pactline.store.rows import CommitmentBrief


def _c(cid, doc, text, domains, parties=("GHA", "JPN"), made_on="2025-05-14", kind="commitment"):
    return CommitmentBrief(cid, doc, kind, list(parties), text, made_on, None, list(domains))


SENTENCES = [
    # (the part retold elsewhere, the part only its own sentence tells, how another source retells the first)
    (("build a vocational training school in Kumasi", "education"),
     ("place its trainees in car plants in Aichi for a year each", "industry"),
     ("construct a technical college in Kumasi", "education")),
    (("run the offshore wind test site off Binh Thuan together", "energy"),
     ("open the site to research vessels of partner universities", "science_tech"),
     ("jointly operate a wind power test area in Binh Thuan", "energy")),
]
PLACES = {"a": ("d1", 0, 100), "b": ("d1", 0, 100), "c": ("d2", 0, 40), "d": ("d3", 0, 10)}


def _mentions(sentence, parties_b=("GHA", "JPN")):
    (first, f1), (second, f2), (retold, f3) = sentence
    return [_c("a", "d1", first, [f1]), _c("b", "d1", second, [f2], parties_b), _c("c", "d2", retold, [f3])]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_a_part_only_its_sentence_tells_joins_the_retold_part_of_that_sentence(sentence):
    link = Link("l1", "same_commitment", "a", "c", 0.85, {})
    ids = entity_ids(_mentions(sentence), [link], {}, PLACES)
    assert ids["a"] == ids["b"] == ids["c"]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_a_sentence_nobody_retells_keeps_its_parts_apart(sentence):
    ids = entity_ids(_mentions(sentence)[:2], [], {}, PLACES)
    assert ids["a"] != ids["b"]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_a_part_of_other_holders_or_retold_on_its_own_stays_a_row_of_its_own(sentence):
    link = Link("l1", "same_commitment", "a", "c", 0.85, {})
    ids = entity_ids(_mentions(sentence, parties_b=("JPN",)), [link], {}, PLACES)
    assert ids["a"] == ids["c"] != ids["b"]
    (_first, _f1), (second, f2), _retold = sentence
    mentions = [*_mentions(sentence), _c("d", "d3", second, [f2])]
    own = Link("l2", "same_commitment", "b", "d", 0.95, {})
    ids = entity_ids(mentions, [link, own], {}, PLACES)
    assert ids["a"] == ids["c"] and ids["b"] == ids["d"] and ids["a"] != ids["b"]


@pytest.mark.parametrize("title, body, summed", [
    ("agree to build vocational school", [("build a vocational training school in Kumasi by 2027", "education"),
                                          ("open a direct cargo air route to Accra", "transport")], 0),
    ("pledge to reopen rail link", [("double the number of container flights to Accra", "transport"),
                                    ("reopen the rail link between Tema and the northern border", "industry")], 1),
])
def test_a_title_pledge_joins_the_one_body_mention_it_sums_up(title, body, summed):
    text = "Ghana, Japan " + title
    mentions = [_c("t", "d1", title, [body[summed][1]])] + [_c(f"b{i}", "d1", t, [f]) for i, (t, f) in enumerate(body)]
    sentences = [LaterSentence("d1", "s", 0, len(text), text, "2025-05-14", frozenset({"GHA", "JPN"}), 0, headline=True)]
    places = {"t": ("d1", 0, 0), "b0": ("d1", 40, 40), "b1": ("d1", 40, 120)}
    pairs = headline_pairs(mentions, sentences, places, Similarity(True))
    assert pairs == [(f"b{summed}", "t")]
    ids = entity_ids(mentions, [], {}, places, None, pairs)
    assert ids["t"] == ids[f"b{summed}"] != ids[f"b{1 - summed}"]
