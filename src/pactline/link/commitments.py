"""Commitment links: the same pledge told by several sources, and follow-ups in later documents that
reaffirm, fulfil, delay or contradict it, from which each commitment's status is derived."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import cache
from typing import Any

from pactline.core import vocab
from pactline.core.records import Document, Link
from pactline.language.analysis import readable_segments
from pactline.language.dates import to_date
from pactline.link.common import days_apart, make_link
from pactline.link.similarity import Similarity, split_sentences
from pactline.store.rows import CommitmentBrief


@cache
def _skip_words() -> tuple[frozenset[str], frozenset[str]]:
    from pactline.language.actors import gazetteer

    return frozenset(vocab.load("follow_up.json")["generic_words"]), frozenset(s.lower() for s in gazetteer().surfaces)


def key_pairs(text: str) -> set[tuple[str, str]]:
    """Adjacent content words (generic diplomatic words, short words and country names skipped, plurals
    folded): "the Kenya-Indonesia Industrial Park" -> {("industrial", "park")}."""
    generic, places = _skip_words()
    words = []
    for word in re.findall(r"[a-z][a-z-]+", text.lower()):
        for part in word.split("-"):
            if len(part) < 3 or part in generic or part in places:
                continue
            words.append(part[:-1] if part.endswith("s") and not part.endswith("ss") else part)
    return set(zip(words, words[1:], strict=False))


class SubjectIndex:
    """How specific a shared word pair is: pairs found in many texts ("belt road") say little about
    whether two passages speak of one undertaking; rare ones ("trade service") say much.

    Word pairs are numbered once, so each text keeps a small tuple of integers (a store of 10,000 documents
    holds half a million sentences)."""

    def __init__(self, texts: list[str]) -> None:
        import math

        self.codes_of: dict[tuple[str, str], int] = {}
        self.pairs: dict[str, tuple[int, ...]] = {}
        df: list[int] = []
        for text in texts:
            if text in self.pairs:
                continue
            codes = self._encode(text)
            self.pairs[text] = codes
            df.extend([0] * (len(self.codes_of) - len(df)))
            for code in codes:
                df[code] += 1
        n = max(1, len(self.pairs))
        self.df = df
        self.rare_df = max(3, int(n * 0.01))  # at most this many texts share a rare pair
        self.idf = [math.log(n / count) if count else 0.0 for count in df]

    def _encode(self, text: str) -> tuple[int, ...]:
        codes_of = self.codes_of
        # Pairs numbered in sorted order: the same texts get the same codes in every process.
        return tuple(sorted(codes_of.setdefault(pair, len(codes_of)) for pair in sorted(key_pairs(text))))

    def codes(self, text: str) -> tuple[int, ...]:
        """The text's pair codes, sorted; a text outside the index is coded on the fly (its new pairs are
        found in no indexed text)."""
        found = self.pairs.get(text)
        return found if found is not None else self._encode(text)

    def _df(self, code: int) -> int:
        return self.df[code] if code < len(self.df) else 0

    def _idf(self, code: int) -> float:
        return self.idf[code] if code < len(self.idf) else 0.0

    def shares_rare(self, a: str, b: str) -> bool:
        return any(self._df(p) <= self.rare_df for p in set(self.codes(a)) & set(self.codes(b)))

    def overlap(self, a: str, b: str) -> float:
        # Summed in code order and rounded, so the same texts always give the same figure.
        return round(sum(self._idf(p) for p in sorted(set(self.codes(a)) & set(self.codes(b)))), 9)


SPECIFIC = 3.5  # summed idf of shared pairs that marks the same subject
MAX_FOLLOW_UPS = 8  # later documents kept per pledge (the best matches)


@dataclass(slots=True)
class LaterSentence:
    doc_id: str
    source: str
    start: int
    end: int
    text: str
    date: str | None
    parties: frozenset[str]


def later_sentences(documents: list[Document]) -> list[LaterSentence]:
    out = []
    for doc in documents:
        parties = frozenset(doc.parties)
        for seg in readable_segments(doc):
            for start, end, _text in split_sentences(doc.text[seg.start : seg.end], seg.start):
                out.append(LaterSentence(doc.id, doc.source, start, end, doc.text[start:end], seg.published or doc.published, parties))
    return out


def _sentence_date(s: LaterSentence) -> str | None:
    """When the later text says it happened ("was held in November 2024"), else when it was published."""
    from pactline.language.dates import Anchor, find_dates, precision_of

    day = to_date(s.date)
    anchor = Anchor(day, precision_of(s.date) or "year") if day else Anchor(None)
    past = [m for m in find_dates(s.text, anchor) if len(m.value) >= 7 and day and (to_date(m.value) or day) <= day]
    return past[0].value if past else s.date


def commitment_links(
    commitments: list[CommitmentBrief], evidence_owner: dict[tuple[str, int], str], sentences: list[LaterSentence],
    sim: Similarity,
) -> tuple[list[Link], dict[str, tuple[str, list[dict[str, Any]]]]]:
    """same_commitment between retellings of one statement; follow-ups from later documents' sentences.
    evidence_owner maps (doc_id, sentence start) to the record that quotes that sentence."""
    data = vocab.load("follow_up.json")
    subjects = SubjectIndex([c.text for c in commitments] + [s.text for s in sentences])
    links = same_commitment_links(commitments, subjects, sim)
    follow_ups: dict[str, list[dict[str, Any]]] = defaultdict(list)
    links += follow_up_links(commitments, sentences, subjects, evidence_owner, sim, follow_ups)
    statuses: dict[str, tuple[str, list[dict[str, Any]]]] = {}
    for c in commitments:
        entries = sorted(follow_ups.get(c.id, []), key=lambda f: (f.get("date") or "", f["record_id"]))
        statuses[c.id] = (derive_status(c, entries, data), entries)
    return links, statuses


def same_commitment_links(commitments: list[CommitmentBrief], subjects: SubjectIndex, sim: Similarity) -> list[Link]:
    """The same pledge told by another source about the same occasion: candidates share a word pair, a party
    and a month; only those pairs are scored."""
    by_pair_c: dict[int, list[int]] = defaultdict(list)
    for i, c in enumerate(commitments):
        for pair in subjects.codes(c.text):
            by_pair_c[pair].append(i)

    def partners(i: int) -> list[int]:
        """Later commitments that may restate commitment i, in index order (computed per commitment, so the
        candidate pairs of a large store are never all held at once)."""
        a = commitments[i]
        found: set[int] = set()
        for pair in subjects.codes(a.text):
            members = by_pair_c[pair]
            if len(members) > 400:
                continue  # a pair this common ("joint commission" in every text) proves nothing by itself
            found.update(j for j in members if j > i)
        out = []
        for j in sorted(found):
            b = commitments[j]
            if a.doc_id == b.doc_id or a.kind != b.kind or not set(a.parties) & set(b.parties):
                continue
            apart = days_apart(a.made_on, b.made_on)
            if apart is not None and apart > 31:
                continue
            out.append(j)
        return out

    if sim.use_embeddings:  # embed every text that has a candidate at once (one pass to find them)
        involved: set[int] = set()
        for i in range(len(commitments)):
            found = partners(i)
            if found:
                involved.add(i)
                involved.update(found)
        sim.prepare(list({commitments[k].text for k in involved}))
    links: list[Link] = []
    for i in range(len(commitments)):
        a = commitments[i]
        for j in partners(i):
            b = commitments[j]
            score = float(sim.matrix([a.text], [b.text])[0, 0])
            if score >= 0.7 and (score >= 0.8 or subjects.overlap(a.text, b.text) >= SPECIFIC):
                links.append(make_link("same_commitment", a.id, b.id, round(score, 4), {"docs": [a.doc_id, b.doc_id]}))
    return links


class _LaterSentences:
    """Later documents' sentences indexed by word pair, with their dates parsed once."""

    def __init__(self, sentences: list[LaterSentence], subjects: SubjectIndex) -> None:
        self.sentences = sentences
        self.days = [to_date(s.date) for s in sentences]
        self.told_dates: dict[int, str | None] = {}  # when a sentence says it happened, found once per sentence
        self.by_pair: dict[int, list[int]] = defaultdict(list)
        for k, s in enumerate(sentences):
            for pair in subjects.codes(s.text):
                self.by_pair[pair].append(k)

    def told_date(self, k: int) -> str | None:
        if k not in self.told_dates:
            self.told_dates[k] = _sentence_date(self.sentences[k])
        return self.told_dates[k]

    def eligible(self, a: CommitmentBrief, made: Any, subjects: SubjectIndex) -> list[tuple[float, int]]:
        """(summed idf of shared pairs, sentence index) of later sentences that may follow pledge a up, most
        specific first, at most 30."""
        candidates: dict[int, float] = {}
        for pair in subjects.codes(a.text):  # in code order, so sums (and ties) never depend on hashing
            hits = self.by_pair.get(pair, [])
            if len(hits) > 2000:
                continue  # too common to mark one undertaking
            weight = subjects._idf(pair)
            for k in hits:
                candidates[k] = candidates.get(k, 0.0) + weight
        eligible = []
        for k, specific in candidates.items():
            s = self.sentences[k]
            when = self.days[k]
            if s.doc_id == a.doc_id or when is None or (when - made).days <= 31 or specific < SPECIFIC / 2:
                continue
            if s.parties and not set(a.parties) & s.parties:
                continue
            eligible.append((specific, k))
        return sorted(eligible, key=lambda e: (-e[0], e[1]))[:30]


def _best_per_document(
    eligible: list[tuple[float, int]], scores: Any, later: _LaterSentences,
) -> list[tuple[float, float, int]]:
    """(rank, score, sentence index): the best sentence of each later document, best documents first."""
    best_per_doc: dict[str, tuple[float, float, int]] = {}
    for (specific, k), score in zip(eligible, scores, strict=True):
        score = round(float(score), 6)
        # Either a specific shared subject, or a near restatement sharing at least a rarer pair.
        if score < 0.45 or (specific < SPECIFIC and score < 0.6):
            continue
        doc_id = later.sentences[k].doc_id
        rank = round(specific + 4 * score, 6)
        # Ties go to the earlier sentence, whatever order the candidates came in.
        if doc_id not in best_per_doc or (rank, -k) > (best_per_doc[doc_id][0], -best_per_doc[doc_id][2]):
            best_per_doc[doc_id] = (rank, score, k)
    return sorted(best_per_doc.values(), key=lambda v: (-v[0], -v[1], v[2]))


def follow_up_links(
    commitments: list[CommitmentBrief], sentences: list[LaterSentence], subjects: SubjectIndex,
    evidence_owner: dict[tuple[str, int], str], sim: Similarity, follow_ups: dict[str, list[dict[str, Any]]],
) -> list[Link]:
    """Follow-through: sentences of later documents about the same undertaking; each pledge's follow-ups are
    added to ``follow_ups``."""
    data = vocab.load("follow_up.json")
    later = _LaterSentences(sentences, subjects)
    links: list[Link] = []
    for a in (c for c in commitments if c.kind == "commitment"):
        made = to_date(a.made_on)
        if made is None:
            continue
        eligible = later.eligible(a, made, subjects)
        if not eligible:
            continue
        scores = sim.matrix([a.text], [sentences[k].text for _s, k in eligible])[0]
        # At most a handful of later documents per pledge: the most specific and similar ones.
        for _rank, score, k in _best_per_document(eligible, scores, later)[:MAX_FOLLOW_UPS]:
            s = sentences[k]
            relation = relation_of(s.text, data) or "reaffirms"
            if relation in ("fulfils", "delays", "contradicts") and not subjects.shares_rare(a.text, s.text):
                continue  # a strong claim about something only loosely shared ("the Belt and Road")
            record_id = evidence_owner.get((s.doc_id, s.start), s.doc_id)
            evidence = [{"doc_id": s.doc_id, "source": s.source, "start": s.start, "end": s.end, "quote": s.text}]
            when = later.told_date(k)
            follow_ups[a.id].append({"relation": relation, "record_id": record_id, "date": when,
                                     "score": round(float(score), 4), "evidence": evidence})
            links.append(make_link("follow_up", a.id, record_id, round(float(score), 4),
                                   {"relation": relation, "date": when, "evidence": evidence}))
    return links


@cache
def _relation_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    data = vocab.load("follow_up.json")
    return tuple((e["relation"], re.compile(r"\b(?:" + "|".join(re.escape(c) for c in e["cues"]) + r")\b")) for e in data["relations"])


def relation_of(text: str, data: dict[str, Any], prefer: str | None = None) -> str | None:
    lowered = text.lower()
    found = [relation for relation, pattern in _relation_patterns() if pattern.search(lowered)]
    if prefer and prefer in found and not {"delays", "contradicts"} & set(found):
        return prefer
    return found[0] if found else None


def derive_status(commitment: CommitmentBrief, follow_ups: list[dict[str, Any]], data: dict[str, Any]) -> str:
    if commitment.kind != "commitment":
        return "stated"
    if not follow_ups:
        return "pledged"
    mapping = data["status_of_relation"]
    precedence = data["status_precedence"]
    latest = follow_ups[-1]
    statuses = {mapping.get(f["relation"], "pledged") for f in follow_ups}
    # A fulfilment stands even if later texts reaffirm; otherwise the latest word decides.
    if "fulfilled" in statuses:
        return "fulfilled"
    status = mapping.get(latest["relation"], "pledged")
    return min(status, *statuses, key=precedence.index) if status == "pledged" else status

