"""The cheap searches of the commitments phase give what the straightforward loops gave: a pair's similarity is
the 1 x 1 product's figure bit for bit, and the array search for follow-up candidates finds the same sentences
in the same order as a per-sentence loop (the loop kept here as the reference)."""

import random

import numpy as np

from pactline.language.dates import to_date
from pactline.link.commitment_entities import involved
from pactline.link.commitments import SPECIFIC, LaterSentence, SubjectIndex
from pactline.link.follow_ups import LaterIndex
from pactline.link.similarity import Similarity, one_blas_thread
from pactline.store.rows import CommitmentBrief


def test_a_pair_scores_as_the_one_by_one_matrix():
    rng = np.random.default_rng(3)
    sim = Similarity(True)
    texts = [f"text {i}" for i in range(60)]
    for t in texts:
        v = rng.standard_normal(384).astype(np.float32)
        sim.cache[t] = v / np.linalg.norm(v)
    with one_blas_thread():
        for a in texts[:20]:
            for b in texts[20:]:
                assert sim.pair(a, b) == float(sim.matrix([a], [b])[0, 0])
    fuzzy = Similarity(False)
    assert fuzzy.pair("build a railway", "a railway built") == float(fuzzy.matrix(["build a railway"], ["a railway built"])[0, 0])


def _reference(a, sentences, subjects):
    """The per-sentence loop the array search replaced."""
    by_pair = {}
    for k, s in enumerate(sentences):
        for pair in subjects.codes(s.text):
            by_pair.setdefault(pair, []).append(k)
    made, candidates = to_date(a.made_on), {}
    for pair in subjects.codes(a.text):
        hits = by_pair.get(pair, [])
        if len(hits) > 2000:
            continue
        for k in hits:
            candidates[k] = candidates.get(k, 0.0) + subjects._idf(pair)
    eligible = []
    for k, specific in candidates.items():
        s, when = sentences[k], to_date(sentences[k].date)
        if s.doc_id == a.doc_id or when is None or (when - made).days <= 31 or specific < SPECIFIC / 2:
            continue
        if s.parties and not involved(a) & s.parties:
            continue
        eligible.append((specific, k))
    return sorted(eligible, key=lambda e: (-e[0], e[1]))[:30]


def test_follow_up_candidates_equal_the_loop():
    rnd = random.Random(7)
    objects = ["industrial park", "railway express", "local currency settlement", "vaccine production plant",
               "solar power station", "free trade agreement", "visa free travel", "grain export corridor",
               "deep water port", "science park", "fertiliser plant", "cotton processing"]
    verbs = ["will build the", "agreed to expand the", "completed the", "delayed the", "opened the", "discussed the"]
    parties = [frozenset({"KEN", "IDN"}), frozenset({"KEN"}), frozenset({"IDN"}), frozenset({"BRA"}), frozenset()]
    sentences = []
    for k in range(400):
        text = f"The ministers {rnd.choice(verbs)} {rnd.choice(objects)} and the {rnd.choice(objects)} this year."
        date = rnd.choice([None, "2023", "2023-05", f"2023-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}",
                           f"2024-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}"])
        sentences.append(LaterSentence(f"d{k // 8}", "src", 0, len(text), text, date, rnd.choice(parties)))
    pledges = [CommitmentBrief(f"c{i}", f"d{rnd.randrange(50)}", "commitment", sorted(rnd.choice(parties[:4])),
                               f"Both sides {rnd.choice(verbs)} {rnd.choice(objects)} and {rnd.choice(objects)}.",
                               f"2023-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}") for i in range(80)]
    subjects = SubjectIndex([c.text for c in pledges] + [s.text for s in sentences])
    index = LaterIndex(sentences, subjects)
    found = 0
    for a in pledges:
        expected = _reference(a, sentences, subjects)
        assert index.eligible(a) == expected
        found += len(expected)
    assert found > 100  # the comparison saw candidates, not only empty lists
