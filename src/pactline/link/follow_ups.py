"""Follow-ups: sentences of later documents that reaffirm, fulfil, delay or contradict a pledge.

Candidates are found with arrays over the party pair's sentences (which document, which day, which parties,
summed rarity of the word pairs shared with the pledge), so the cheap tests run once per pledge, not once per
sentence in Python; only the best few are compared by embedding. The sums are taken pair by pair in code
order, as floats, exactly as a per-sentence loop adds them, so the same sentences hold and tie the same way."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable
from functools import cache
from typing import Any

from pactline.core import vocab
from pactline.core.records import Link
from pactline.language.dates import to_date
from pactline.link.commitment_entities import involved
from pactline.link.commitments import (
    MAX_FOLLOW_UPS,
    SPECIFIC,
    STRONG_SPECIFIC,
    WEAK_SIMILARITY,
    LaterSentence,
    SubjectIndex,
    key_pairs,
)
from pactline.link.common import make_link
from pactline.link.similarity import Similarity
from pactline.store.rows import CommitmentBrief

COMMON_PAIR = 2000  # a word pair in more of the pair's sentences than this is too common to mark one undertaking
CANDIDATES = 30  # sentences per pledge compared by embedding, the most specific first
STRONG = ("fulfils", "delays", "contradicts")  # relations that need a rare subject shared with the pledge


class LaterIndex:
    """The party pair's later sentences as arrays, and which sentences hold each word pair."""

    def __init__(self, sentences: list[LaterSentence], subjects: SubjectIndex) -> None:
        import numpy as np

        self.sentences = sentences
        self.subjects = subjects
        docs: dict[str, int] = {}
        self.doc = np.array([docs.setdefault(s.doc_id, len(docs)) for s in sentences], dtype=np.int64)
        self.docs = docs
        days = [to_date(s.date) for s in sentences]
        self.dated = np.array([d is not None for d in days], dtype=bool)
        self.day = np.array([d.toordinal() if d else 0 for d in days], dtype=np.int64)
        party_sets: dict[frozenset[str], int] = {}
        self.party_set = np.array([party_sets.setdefault(s.parties, len(party_sets)) for s in sentences], dtype=np.int64)
        self.party_sets = list(party_sets)
        holders: dict[int, list[int]] = defaultdict(list)
        for k, s in enumerate(sentences):
            for pair in subjects.codes(s.text):
                holders[pair].append(k)
        self.holders = {pair: np.array(ks, dtype=np.int64) for pair, ks in holders.items() if len(ks) <= COMMON_PAIR}

    def eligible(self, a: CommitmentBrief) -> list[tuple[float, int]]:
        """Later sentences (over a month after the pledge, of another document about one of its parties) that
        share enough specific word pairs with it, most specific first (ties: the earlier sentence)."""
        import numpy as np

        made = to_date(a.made_on)
        if made is None:
            return []
        specific = np.zeros(len(self.sentences))
        for pair in self.subjects.codes(a.text):  # in code order: each sum adds the same floats in the same order
            hits = self.holders.get(pair)
            if hits is not None:
                specific[hits] += self.subjects._idf(pair)
        ok = (specific >= SPECIFIC / 2) & self.dated & (self.day - made.toordinal() > 31)
        own = self.docs.get(a.doc_id)
        if own is not None:
            ok &= self.doc != own
        parties = involved(a)
        party_ok = np.array([not p or bool(parties & p) for p in self.party_sets], dtype=bool)
        ok &= party_ok[self.party_set]
        found = np.flatnonzero(ok)
        order = np.lexsort((found, -specific[found]))[:CANDIDATES]
        return [(float(specific[found[i]]), int(found[i])) for i in order]


def best_matches(a: CommitmentBrief, eligible: list[tuple[float, int]], sentences: list[LaterSentence],
                 sim: Similarity, told: Callable[[int], bool] = lambda k: False) -> list[tuple[float, int]]:
    """The best sentence per later document, at most MAX_FOLLOW_UPS documents: (similarity, sentence). Within a
    document a sentence whose words tell what became of the pledge (told(k): "held", "postponed") beats one
    that only names it again (a headline "A, B hold talks" over the body's "A and B held the talks on …")."""
    scores = sim.matrix([a.text], [sentences[k].text for _s, k in eligible])[0]
    best_per_doc: dict[str, tuple[float, float, int]] = {}
    for (specific, k), score in zip(eligible, scores, strict=True):
        score = round(float(score), 6)
        # Either a specific shared subject, or a near restatement sharing at least a rarer pair.
        if score < 0.45 or (specific < SPECIFIC and score < 0.6) or (score < WEAK_SIMILARITY and specific < STRONG_SPECIFIC):
            continue  # a weak likeness needs many specific words in common, not one loose pair
        doc_id = sentences[k].doc_id
        rank = round(specific + 4 * score, 6)
        # Ties go to the earlier sentence, whatever order the candidates came in.
        key = (told(k), rank, -k)
        if doc_id not in best_per_doc or key > best_per_doc[doc_id][0]:
            best_per_doc[doc_id] = (key, score, k)
    ranked = sorted(((key[1], score, k) for key, score, k in best_per_doc.values()),
                    key=lambda v: (-v[0], -v[1], v[2]))[:MAX_FOLLOW_UPS]
    return [(score, k) for _rank, score, k in ranked]


def follow_up_links(commitments: list[CommitmentBrief], evidence_owner: dict[tuple[str, int], str],
                    sentences: list[LaterSentence], sim: Similarity, subjects: SubjectIndex,
                    follow_ups: dict[str, list[dict[str, Any]]],
                    eligible_of: dict[str, list[tuple[float, int]]] | None = None) -> list[Link]:
    """Follow-through: sentences of later documents about the same undertaking, with the reasons they hold
    (``eligible_of``: each pledge's candidates, LaterIndex.eligible, where the caller has them already)."""
    data = vocab.load("follow_up.json")
    index = LaterIndex(sentences, subjects) if eligible_of is None else None
    relations: dict[int, tuple[str, str | None]] = {}  # per later sentence, found once: its relation and cue ...
    told_dates: dict[int, str | None] = {}  # ... and when it says it happened
    links = []

    def told(a: CommitmentBrief, k: int) -> bool:
        """The later sentence tells what became of the pledge, in words that will hold as its follow-up."""
        if k not in relations:
            relations[k] = _relation_and_cue(sentences[k].text, data, sentences[k].headline)
        relation = relations[k][0]
        return relation != "reaffirms" and not sentences[k].commentary and (
            relation not in STRONG or subjects.shares_rare(a.text, sentences[k].text))

    for a in (c for c in commitments if c.kind == "commitment" and to_date(c.made_on) is not None):
        eligible = eligible_of[a.id] if index is None else index.eligible(a)  # type: ignore[index]
        for score, k in best_matches(a, eligible, sentences, sim, lambda k, a=a: told(a, k)) if eligible else []:
            s = sentences[k]
            if s.commentary:
                continue  # analysts and journalists are context, never a party's reaffirmation
            told(a, k)
            relation, cue = relations[k]
            rare = subjects.shares_rare(a.text, s.text)
            if relation in STRONG and not rare:
                continue  # a strong claim about something only loosely shared ("the Belt and Road")
            reasons = _reasons(a, s, relation, cue, rare)
            record_id = evidence_owner.get((s.doc_id, s.start), s.doc_id)
            evidence = [{"doc_id": s.doc_id, "source": s.source, "start": s.start, "end": s.end, "quote": s.text}]
            if k not in told_dates:
                told_dates[k] = _sentence_date(s) if relation == "fulfils" else s.date
            entry = {"relation": relation, "record_id": record_id, "date": told_dates[k],
                     "score": round(float(score), 4), "evidence": evidence, "reasons": reasons}
            follow_ups[a.id].append(entry)
            links.append(make_link("follow_up", a.id, record_id, entry["score"],
                                   {"relation": relation, "date": entry["date"], "evidence": evidence, "reasons": reasons}))
    return links


def _sentence_date(s: LaterSentence) -> str | None:
    """When the later text says it happened ("was held in November 2024"), else when it was published."""
    from pactline.language.dates import Anchor, find_dates, precision_of

    day = to_date(s.date)
    anchor = Anchor(day, precision_of(s.date) or "year") if day else Anchor(None)
    past = [m for m in find_dates(s.text, anchor) if len(m.value) >= 7 and day and (to_date(m.value) or day) <= day]
    return past[0].value if past else s.date


@cache
def _relation_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    data = vocab.load("follow_up.json")
    return tuple((e["relation"], re.compile(r"\b(?:" + "|".join(re.escape(c) for c in e["cues"]) + r")\b")) for e in data["relations"])


_DENIED = re.compile(r"\b(?:not|never|n't|yet to)(?:\s+(?:yet|been|be|fully|formally|actually))*\s+$")


def _told(relation: str, pattern: re.Pattern[str], lowered: str) -> str | None:
    """The relation a cue tells, or "delays" when it is denied ("has not been opened yet", "is yet to be
    signed": not done by the time of the report)."""
    found = pattern.search(lowered)
    if found is None:
        return None
    denied = relation == "fulfils" and _DENIED.search(lowered[: found.start()])
    return "delays" if denied else relation


def relation_of(text: str, data: dict[str, Any], prefer: str | None = None) -> str | None:
    lowered = text.lower()
    told = [_told(relation, pattern, lowered) for relation, pattern in _relation_patterns()]
    found = sorted({r for r in told if r}, key=[r for r, _p in _relation_patterns()].index)
    if prefer and prefer in found and not {"delays", "contradicts"} & set(found):
        return prefer
    return found[0] if found else None


def _relation_and_cue(text: str, data: dict[str, Any], headline: bool = False) -> tuple[str, str | None]:
    """What a later sentence does to a pledge ("reaffirms" when no cue says) and the words that say it. A
    headline tells a done act in the present ("A, B hold joint commission", not "… to hold …")."""
    lowered = text.lower()
    if headline and relation_of(text, data) is None:
        done = re.search(r"(?<!\bto )(?<!\bwill )\b(?:" + "|".join(data["headline_fulfils"]) + r")\b", lowered)
        if done:
            return "fulfils", done.group(0)
    relation = relation_of(text, data) or "reaffirms"
    cue = next((m.group(0) for r, pattern in _relation_patterns() if _told(r, pattern, lowered) == relation
                for m in [pattern.search(lowered)] if m), None)
    return relation, cue


def _reasons(a: CommitmentBrief, s: LaterSentence, relation: str, cue: str | None, specific_object: bool) -> dict[str, Any]:
    """Which of the three tests held for a follow-up, and the words that showed them."""
    shared = sorted(" ".join(p) for p in key_pairs(a.text) & key_pairs(s.text))
    return {"party": sorted(involved(a) & s.parties), "object": shared[:6],
            "specific_object": specific_object, "relation": relation, "relation_words": cue}
