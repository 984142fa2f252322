"""Link: connect records across documents — duplicates, translations, one event told many times, a pledge
restated or followed through, and sources that disagree.

Everything here is derived from the stored records and recomputed after each run that stored something.
Candidates are found cheaply first (MinHash, shared parties and dates); only candidates are embedded.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any

from pactline.core import vocab
from pactline.core.options import Options
from pactline.core.records import Document, Link, content_id
from pactline.language.analysis import readable_segments
from pactline.language.dates import to_date
from pactline.store.database import Store

_WORD = re.compile(r"[a-z0-9]+")


# --- shared helpers ------------------------------------------------------------------------------------
def _shingles(text: str, n: int = 5) -> set[str]:
    words = _WORD.findall(text.lower())
    if len(words) < n:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i : i + n]) for i in range(len(words) - n + 1)}


def _shingle_codes(text: str) -> Any:
    """The text's word 5-grams as sorted, unique CRC-32 codes: a few kilobytes per text instead of hundreds of
    strings, and the same on every run (Python's own string hash is salted per process)."""
    import zlib

    import numpy as np

    return np.unique(np.fromiter((zlib.crc32(sh.encode("utf-8")) for sh in _shingles(text)), dtype=np.uint64))


def _identity(value: Any) -> Any:
    return value


def split_sentences(text: str, base: int = 0) -> list[tuple[int, int, str]]:
    """Sentences of a passage for alignment (the splitter every stage uses), short fragments left out."""
    from pactline.language.sentences import split_sentences as split_line

    out = []
    pos = 0
    for line in text.split("\n"):
        for start, end in split_line(line, pos):
            if end - start >= 25:
                out.append((base + start, base + end, text[start:end]))
        pos += len(line) + 1
    return out


class Similarity:
    """Cosine similarity of texts by MiniLM embeddings (cached), or a fuzzy ratio without embeddings."""

    def __init__(self, use_embeddings: bool) -> None:
        self.use_embeddings = use_embeddings
        self.cache: dict[str, Any] = {}

    def prepare(self, texts: list[str]) -> None:
        if not self.use_embeddings:
            return
        from pactline.link.similarity import encode

        missing = list(dict.fromkeys(t for t in texts if t not in self.cache))
        if missing:
            for text, vector in zip(missing, encode(missing), strict=True):
                self.cache[text] = vector

    def matrix(self, a: list[str], b: list[str]) -> Any:
        import numpy as np

        if not a or not b:
            return np.zeros((len(a), len(b)))
        if self.use_embeddings:
            self.prepare(a + b)
            return np.stack([self.cache[t] for t in a]) @ np.stack([self.cache[t] for t in b]).T
        from pactline.link.similarity import fuzzy_similarity

        return np.array([[fuzzy_similarity(x, y) for y in b] for x in a])


def _days_apart(a: str | None, b: str | None) -> int | None:
    da, db = to_date(a), to_date(b)
    if not da or not db:
        return None
    return abs((da - db).days)


def _compatible_dates(a: str | None, b: str | None, tolerance_days: int) -> bool:
    """Whether two dates (at any precision) can name the same happening."""
    if not a or not b:
        return True
    a, b = a[:10], b[:10]
    if len(a) == 4 or len(b) == 4:
        return a == b  # "twice in 2023" may be any of that year's events: merged only with the bare year
    precision = min(len(a), len(b))
    if a[:precision] == b[:precision]:
        return True
    apart = _days_apart(a, b)
    return apart is not None and apart <= tolerance_days


@dataclass
class Unit:
    id: str
    doc_id: str
    kind: str  # document | segment
    text: str
    start: int
    published: str | None
    parties: frozenset[str]


# --- documents and segments ----------------------------------------------------------------------------
def _units(documents: list[Document]) -> list[Unit]:
    from pactline.language.actors import find_countries

    units = []
    for doc in documents:
        readable = readable_segments(doc)
        whole = "\n".join(doc.text[s.start : s.end] for s in readable)
        codes = frozenset(doc.parties)
        units.append(Unit(doc.id, doc.id, "document", whole, 0, doc.published, codes))
        for seg in readable + [s for s in doc.segments if s.kind == "related" and not s.relevant]:
            text = doc.text[seg.start : seg.end]
            if len(text) < 200:
                continue
            seg_codes = frozenset(doc.parties) if seg.kind == "main" else frozenset(m.code for m in find_countries(text)[:200])
            units.append(Unit(seg.id, doc.id, "segment", text, seg.start, seg.published, seg_codes))
    return units


def text_links(units: list[Unit], sim: Similarity) -> list[Link]:
    """Duplicates by shingle overlap (MinHash candidates), translations by aligned sentence embeddings."""
    import numpy as np
    from datasketch import LeanMinHash, MinHash, MinHashLSH

    shingles = {u.id: _shingle_codes(u.text) for u in units}
    lsh = MinHashLSH(threshold=0.5, num_perm=128)
    template = MinHash(num_perm=128, hashfunc=_identity)
    hashes = {}
    for u in units:
        mh = MinHash(num_perm=128, hashfunc=_identity, permutations=template.permutations, scheme=template.scheme)
        mh.update_batch(shingles[u.id].tolist())
        hashes[u.id] = LeanMinHash(mh)  # the signature alone, without a private copy of the permutations
        lsh.insert(u.id, hashes[u.id])
    by_id = {u.id: u for u in units}
    links: list[Link] = []
    duplicate_pairs: set[frozenset[str]] = set()
    # MinHash finds near-copies across the store; the few segments of one page (a blog that quotes the
    # article it reprints) are compared directly, since containment is what matters there.
    same_page: dict[str, list[str]] = defaultdict(list)
    for u in units:
        if u.kind == "segment":
            same_page[u.doc_id].append(u.id)
    for u in units:
        candidates = set(lsh.query(hashes[u.id]))
        if u.kind == "segment":
            candidates |= set(same_page[u.doc_id])
        for other_id in sorted(candidates):
            other = by_id[other_id]
            if other.id <= u.id or other.doc_id == u.doc_id and (u.kind == "document" or other.kind == "document"):
                continue
            if u.kind != other.kind:
                continue
            a, b = shingles[u.id], shingles[other.id]
            if not len(a) or not len(b):
                continue
            inter = len(np.intersect1d(a, b, assume_unique=True))
            jaccard = inter / (len(a) + len(b) - inter)
            containment = inter / min(len(a), len(b))
            if jaccard >= 0.8 or containment >= 0.5:
                duplicate_pairs.add(frozenset((u.id, other.id)))
                links.append(_link("duplicate", u.id, other.id, round(jaccard, 4), {
                    "level": u.kind, "jaccard": round(jaccard, 4), "containment": round(containment, 4),
                    "partial": jaccard < 0.8, "docs": [u.doc_id, other.doc_id],
                }))
    # Translations: same parties, close dates, not already duplicates; only these pairs are embedded.
    segments = [u for u in units if u.kind == "segment" and u.parties]
    buckets: dict[tuple[str, ...], list[Unit]] = defaultdict(list)
    for u in segments:
        buckets[tuple(sorted(u.parties))[:2]].append(u)
    for members in buckets.values():
        members.sort(key=lambda u: u.published or "")
        for i, u in enumerate(members):
            for other in members[i + 1 :]:
                apart = _days_apart(u.published, other.published)
                if apart is not None and apart > 7:
                    if (other.published or "") > (u.published or ""):
                        break
                    continue
                if other.doc_id == u.doc_id or frozenset((u.id, other.id)) in duplicate_pairs:
                    continue
                ratio = len(u.text) / max(1, len(other.text))
                if not 0.4 <= ratio <= 2.5:
                    continue
                alignment = align(u, other, sim)
                if alignment["score"] >= 0.72 and alignment["coverage"] >= 0.6:
                    links.append(_link("translation", u.id, other.id, alignment["score"], {
                        "docs": [u.doc_id, other.doc_id], **alignment,
                    }))
    return links


def align(a: Unit, b: Unit, sim: Similarity) -> dict[str, Any]:
    """Align the sentences of two texts; score is the mean best similarity over the shorter text."""
    sa = split_sentences(a.text, a.start)
    sb = split_sentences(b.text, b.start)
    if not sa or not sb:
        return {"score": 0.0, "coverage": 0.0, "pairs": []}
    matrix = sim.matrix([s[2] for s in sa], [s[2] for s in sb])
    short_is_a = len(sa) <= len(sb)
    pairs = []
    best_scores = []
    if short_is_a:
        for i in range(len(sa)):
            j = int(matrix[i].argmax())
            best_scores.append(float(matrix[i, j]))
            pairs.append([sa[i][0], sa[i][1], sb[j][0], sb[j][1], round(float(matrix[i, j]), 4)])
    else:
        for j in range(len(sb)):
            i = int(matrix[:, j].argmax())
            best_scores.append(float(matrix[i, j]))
            pairs.append([sa[i][0], sa[i][1], sb[j][0], sb[j][1], round(float(matrix[i, j]), 4)])
    score = sum(best_scores) / len(best_scores)
    coverage = sum(1 for s in best_scores if s >= 0.7) / len(best_scores)
    return {"score": round(score, 4), "coverage": round(coverage, 4), "sentences": [len(sa), len(sb)], "pairs": pairs}


def _link(kind: str, a: str, b: str, score: float, detail: dict[str, Any]) -> Link:
    return Link(content_id("lnk", kind, a, b), kind, a, b, float(score), detail)


# --- events ------------------------------------------------------------------------------------------
def cluster_events(mentions: list[dict[str, Any]]) -> tuple[dict[str, str], list[Link]]:
    """Group mentions of one happening (same type and parties, compatible dates and places)."""
    parent = {m["id"]: m["id"] for m in mentions}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    groups: dict[tuple[str, tuple[str, ...]], list[dict[str, Any]]] = defaultdict(list)
    for m in mentions:
        groups[(m["type"], tuple(sorted(m["parties"] or [])))].append(m)
    for members in groups.values():
        members.sort(key=lambda m: (m["date"] or "", m["id"]))
        for i, a in enumerate(members):
            for b in members[i + 1 : i + 400]:  # sorted by date: later members are ever further away
                if a["date"] and b["date"] and len(a["date"]) >= 7 and len(b["date"]) >= 7 and (_days_apart(a["date"], b["date"]) or 0) > 45:
                    break
                if (a["mode"] or "") != (b["mode"] or ""):
                    continue
                same_place = bool(a["location"] and b["location"] and (
                    a["location"].split(",")[0].lower() in b["location"].lower()
                    or b["location"].split(",")[0].lower() in a["location"].lower()))
                inferred = "inferred" in (a["date_confidence"], b["date_confidence"])
                tolerance = 10 if same_place else (3 if inferred else 1)
                if _compatible_dates(a["date"], b["date"], tolerance) or (
                    same_place and _days_apart(a["date"], b["date"]) is not None and _days_apart(a["date"], b["date"]) <= 10
                ):
                    parent[find(b["id"])] = find(a["id"])
    clusters: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for m in mentions:
        clusters[find(m["id"])].append(m)
    assignment: dict[str, str] = {}
    links: list[Link] = []
    for members in clusters.values():
        best_date(members)
        head = sorted(members, key=_first_stated_key)[0]
        # Named after the mention that first reported it, so a re-run (or a later retelling) keeps the id.
        event_id = content_id("evt", head["id"])
        for m in members:
            assignment[m["id"]] = event_id
        for other in members:
            if other is head or other["doc_id"] == head["doc_id"]:
                continue
            links.append(_link("same_event", head["id"], other["id"], 1.0, {"event_id": event_id}))
        stated = [m for m in members if m["date_confidence"] == "stated" and m["date"] and len(m["date"]) >= 10]
        seen: set[tuple[str, str]] = set()
        for i, a in enumerate(stated):
            for b in stated[i + 1 :]:
                if a["date"] != b["date"] and a["doc_id"] != b["doc_id"]:
                    key = tuple(sorted((a["date"], b["date"])))
                    if key in seen:
                        continue
                    seen.add(key)
                    links.append(_link("discrepancy", a["id"], b["id"], 1.0, {
                        "field": "date", "values": [a["date"], b["date"]], "event_id": event_id,
                        "sources": [a["evidence"][0]["source"], b["evidence"][0]["source"]],
                    }))
    return assignment, links


def _first_stated_key(m: dict[str, Any]) -> tuple[str, str]:
    return (m.get("doc_published") or "9999", m["id"])


def best_date(members: list[dict[str, Any]]) -> str | None:
    """The most precise stated date; ties go to the most reported value."""
    counts: dict[str, int] = defaultdict(int)
    for m in members:
        if m["date"]:
            counts[m["date"]] += 2 if m["date_confidence"] == "stated" else 1
    if not counts:
        return None
    stated = {m["date"] for m in members if m["date"] and m["date_confidence"] == "stated"}
    return max(counts, key=lambda d: (d in stated, len(d), counts[d], d))


def merge_events(mentions: list[dict[str, Any]], assignment: dict[str, str]) -> list[dict[str, Any]]:
    """One record per event: the best-dated mention's fields, every party, and all evidence, first-stated
    first."""
    clusters: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for m in mentions:
        clusters[assignment.get(m["id"], m["id"])].append(m)
    out = []
    for event_id, members in clusters.items():
        members.sort(key=lambda m: (m.get("doc_published") or "9999", m["evidence"][0]["start"]))
        best = best_date(members)
        chosen = next((m for m in members if m["date"] == best), members[0])
        evidence, seen = [], set()
        for m in members:
            for ev in m["evidence"]:
                key = (ev["doc_id"], ev["start"])
                if key not in seen:
                    seen.add(key)
                    evidence.append(ev)
        out.append({
            "id": event_id, "date": best, "date_end": chosen["date_end"], "date_confidence": chosen["date_confidence"],
            "type": chosen["type"], "mode": chosen["mode"], "cameo": chosen["cameo"],
            "source_actor": chosen["source_actor"] or next((m["source_actor"] for m in members if m["source_actor"]), None),
            "target_actor": chosen["target_actor"] or next((m["target_actor"] for m in members if m["target_actor"]), None),
            "parties": sorted({p for m in members for p in m["parties"]}),
            "location": chosen["location"] or next((m["location"] for m in members if m["location"]), None),
            "summary": chosen["summary"], "evidence": evidence,
            "goldstein": chosen["goldstein"], "quad_class": chosen["quad_class"],
            "mentions": [m["id"] for m in members],
            "sources": sorted({ev["source"] for ev in evidence}),
        })
    out.sort(key=lambda e: (e["date"] or "9999", e["id"]))
    return out


# --- commitments -------------------------------------------------------------------------------------
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


def _sentences(documents: list[Document]) -> list[LaterSentence]:
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
    commitments: list[dict[str, Any]], evidence_owner: dict[tuple[str, int], str], sentences: list[LaterSentence],
    sim: Similarity,
) -> tuple[list[Link], dict[str, tuple[str, list[dict[str, Any]]]]]:
    """same_commitment between retellings of one statement; follow-ups from later documents' sentences.
    evidence_owner maps (doc_id, sentence start) to the record that quotes that sentence."""
    data = vocab.load("follow_up.json")
    links: list[Link] = []
    follow_ups: dict[str, list[dict[str, Any]]] = defaultdict(list)
    pledges = [c for c in commitments if c["kind"] == "commitment"]
    subjects = SubjectIndex([c["text"] for c in commitments] + [s.text for s in sentences])
    # The same pledge told by another source about the same occasion: candidates share a word pair, a party
    # and a month; only those pairs are scored.
    by_pair_c: dict[int, list[int]] = defaultdict(list)
    for i, c in enumerate(commitments):
        for pair in subjects.codes(c["text"]):
            by_pair_c[pair].append(i)

    def partners(i: int) -> list[int]:
        """Later commitments that may restate commitment i, in index order (computed per commitment, so the
        candidate pairs of a large store are never all held at once)."""
        a = commitments[i]
        found: set[int] = set()
        for pair in subjects.codes(a["text"]):
            members = by_pair_c[pair]
            if len(members) > 400:
                continue  # a pair this common ("joint commission" in every text) proves nothing by itself
            found.update(j for j in members if j > i)
        out = []
        for j in sorted(found):
            b = commitments[j]
            if a["doc_id"] == b["doc_id"] or a["kind"] != b["kind"] or not set(a["parties"]) & set(b["parties"]):
                continue
            apart = _days_apart(a["made_on"], b["made_on"])
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
        sim.prepare(list({commitments[k]["text"] for k in involved}))
    for i in range(len(commitments)):
        a = commitments[i]
        for j in partners(i):
            b = commitments[j]
            score = float(sim.matrix([a["text"]], [b["text"]])[0, 0])
            if score >= 0.7 and (score >= 0.8 or subjects.overlap(a["text"], b["text"]) >= SPECIFIC):
                links.append(_link("same_commitment", a["id"], b["id"], round(score, 4), {"docs": [a["doc_id"], b["doc_id"]]}))
    # Follow-through: sentences of later documents about the same undertaking.
    sentence_days = [to_date(s.date) for s in sentences]
    told_dates: dict[int, str | None] = {}  # when a later sentence says it happened, found once per sentence
    by_pair: dict[int, list[int]] = defaultdict(list)
    for k, s in enumerate(sentences):
        for pair in subjects.codes(s.text):
            by_pair[pair].append(k)
    for a in pledges:
        made = to_date(a["made_on"])
        if made is None:
            continue
        candidates: dict[int, float] = {}
        for pair in subjects.codes(a["text"]):  # in code order, so sums (and ties) never depend on hashing
            hits = by_pair.get(pair, [])
            if len(hits) > 2000:
                continue  # too common to mark one undertaking
            weight = subjects._idf(pair)
            for k in hits:
                candidates[k] = candidates.get(k, 0.0) + weight
        eligible = []
        for k, specific in candidates.items():
            s = sentences[k]
            when = sentence_days[k]
            if s.doc_id == a["doc_id"] or when is None or (when - made).days <= 31 or specific < SPECIFIC / 2:
                continue
            if s.parties and not set(a["parties"]) & s.parties:
                continue
            eligible.append((specific, k))
        if not eligible:
            continue
        eligible = sorted(eligible, key=lambda e: (-e[0], e[1]))[:30]
        scores = sim.matrix([a["text"]], [sentences[k].text for _s, k in eligible])[0]
        best_per_doc: dict[str, tuple[float, float, int]] = {}
        for (specific, k), score in zip(eligible, scores, strict=True):
            score = round(float(score), 6)
            # Either a specific shared subject, or a near restatement sharing at least a rarer pair.
            if score < 0.45 or (specific < SPECIFIC and score < 0.6):
                continue
            doc_id = sentences[k].doc_id
            rank = round(specific + 4 * score, 6)
            # Ties go to the earlier sentence, whatever order the candidates came in.
            if doc_id not in best_per_doc or (rank, -k) > (best_per_doc[doc_id][0], -best_per_doc[doc_id][2]):
                best_per_doc[doc_id] = (rank, score, k)
        # At most a handful of later documents per pledge: the most specific and similar ones.
        for _rank, score, k in sorted(best_per_doc.values(), key=lambda v: (-v[0], -v[1], v[2]))[:MAX_FOLLOW_UPS]:
            s = sentences[k]
            relation = relation_of(s.text, data) or "reaffirms"
            if relation in ("fulfils", "delays", "contradicts") and not subjects.shares_rare(a["text"], s.text):
                continue  # a strong claim about something only loosely shared ("the Belt and Road")
            record_id = evidence_owner.get((s.doc_id, s.start), s.doc_id)
            evidence = [{"doc_id": s.doc_id, "source": s.source, "start": s.start, "end": s.end, "quote": s.text}]
            if k not in told_dates:
                told_dates[k] = _sentence_date(s)
            when = told_dates[k]
            follow_ups[a["id"]].append({"relation": relation, "record_id": record_id, "date": when,
                                        "score": round(float(score), 4), "evidence": evidence})
            links.append(_link("follow_up", a["id"], record_id, round(float(score), 4),
                               {"relation": relation, "date": when, "evidence": evidence}))
    statuses: dict[str, tuple[str, list[dict[str, Any]]]] = {}
    for c in commitments:
        entries = sorted(follow_ups.get(c["id"], []), key=lambda f: (f.get("date") or "", f["record_id"]))
        statuses[c["id"]] = (derive_status(c, entries, data), entries)
    return links, statuses


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


def derive_status(commitment: dict[str, Any], follow_ups: list[dict[str, Any]], data: dict[str, Any]) -> str:
    if commitment["kind"] != "commitment":
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


# --- facts -------------------------------------------------------------------------------------------
MAX_RIVAL_VALUES = 3  # each figure is linked to the first report of at most this many other values


def fact_links(facts: list[dict[str, Any]]) -> list[Link]:
    """Discrepancies between reports of one figure (same measure, unit, parties and period).

    Reports within 1 % of each other give one value; each report is linked to the first report of each of
    the most reported other values. Every disagreement is visible from every report, and a figure told a
    thousand ways gives a thousand links, not half a million pairs."""
    links = []
    seen: set[frozenset[str]] = set()
    groups: dict[tuple[Any, ...], list[dict[str, Any]]] = defaultdict(list)
    for f in facts:
        if f["is_target"] or f["measure"] == "partnership_level":
            continue  # a designation restated in fewer words is not a disagreement about a value
        groups[(f["measure"], f["unit"], tuple(sorted(f["parties"] or [])), f["period_start"], f["period_end"])].append(f)
    for (measure, _unit, _parties, start, end), members in groups.items():
        if not start and not end or len(members) < 2:
            continue
        values: list[list[dict[str, Any]]] = []
        for f in sorted(members, key=lambda f: (f["value"], f["id"])):
            if values and _same_value(values[-1][0]["value"], f["value"]):
                values[-1].append(f)
            else:
                values.append([f])
        if len(values) < 2:
            continue
        for reports in values:
            reports.sort(key=lambda f: (f.get("doc_published") or "9999", f["id"]))
        ranked = sorted(values, key=lambda reports: (-len(reports), reports[0]["id"]))
        for own in values:
            rivals = [other for other in ranked if other is not own][:MAX_RIVAL_VALUES]
            for a in own:
                for other in rivals:
                    b = next((f for f in other if f["doc_id"] != a["doc_id"]), None)
                    pair = frozenset((a["id"], b["id"])) if b else None
                    if b is None or pair in seen:
                        continue
                    seen.add(pair)
                    first, second = sorted((a, b), key=lambda f: f["id"])
                    links.append(_link("discrepancy", first["id"], second["id"], 1.0, {
                        "field": "value", "measure": measure, "values": [first["value"], second["value"]],
                        "period": [start, end],
                        "sources": [first["evidence"][0]["source"], second["evidence"][0]["source"]],
                    }))
    return links


def _same_value(a: float, b: float) -> bool:
    return not max(abs(a), abs(b)) or abs(a - b) / max(abs(a), abs(b)) <= 0.01


# --- the stage -----------------------------------------------------------------------------------------
def _fact_rows(store: Store) -> list[dict[str, Any]]:
    rows = store.query(
        """SELECT f.id, f.doc_id, f.measure, f.value, f.unit, f.period_start, f.period_end, f.is_target, f.parties,
                  f.evidence, d.published AS doc_published
           FROM facts f JOIN documents d ON d.id = f.doc_id"""
    )
    for row in rows:
        row["evidence"] = json.loads(row["evidence"])
    return rows


def _mention_groups(store: Store) -> Iterator[list[dict[str, Any]]]:
    """Event mentions one (type, parties) group at a time: mentions of one happening never cross groups, so
    the link stage holds one group, not the whole store."""
    group: list[dict[str, Any]] = []
    key = None
    for row in store.iter_query(
        """SELECT t.*, d.published AS doc_published, array_to_string(list_sort(t.parties), ',') AS _group
           FROM event_mentions t JOIN documents d ON d.id = t.doc_id ORDER BY t.type, _group, t.id""",
        separate=True,
    ):
        row_key = (row["type"], row.pop("_group"))
        if row_key != key and group:
            yield group
            group = []
        key = row_key
        for name in ("evidence", "source_actor", "target_actor"):
            if isinstance(row[name], str):
                row[name] = json.loads(row[name])
        row["parties"] = list(row["parties"] or [])
        group.append(row)
    if group:
        yield group


def link_store(store: Store, options: Options | None = None) -> int:
    """Recompute every derived link, cluster and status in the store. Returns the number of links.

    Memory: documents' texts, commitments (slim rows) and sentences are held once; event mentions stream
    one group at a time, and every derived row is written in batches."""
    options = options or Options()
    sim = Similarity(options.embeddings)
    # Documents stream by: only their units (for duplicates and translations) and sentences (for
    # follow-ups) are kept, never every Document at once.
    units: list[Unit] = []
    sentences: list[LaterSentence] = []
    for document in store.iter_documents():
        units += _units([document])
        sentences += _sentences([document])
    with store.derived() as out:
        out.links(text_links(units, sim))
        del units
        evidence_owner: dict[tuple[str, int], str] = {}
        events: list[dict[str, Any]] = []
        for group in _mention_groups(store):
            clusters, event_links = cluster_events(group)
            out.links(event_links)
            out.clusters(clusters)
            events += merge_events(group, clusters)
            if len(events) >= 5000:
                out.events(events)
                events = []
            for m in group:
                for ev in m["evidence"]:
                    evidence_owner[(ev["doc_id"], ev["start"])] = m["id"]
        out.events(events)
        del events
        # A sentence that is both an event and a pledge answers for the pledge.
        for row in store.iter_query("SELECT id, evidence FROM commitments ORDER BY id"):
            for ev in json.loads(row["evidence"]):
                evidence_owner[(ev["doc_id"], ev["start"])] = row["id"]
        commitments = store.query("SELECT id, doc_id, kind, parties, text, made_on FROM commitments ORDER BY id")
        for c in commitments:
            c["parties"] = list(c["parties"] or [])
        commitment_link_list, statuses = commitment_links(commitments, evidence_owner, sentences, sim)
        del sentences
        out.links(commitment_link_list)
        out.statuses(statuses)
        del commitment_link_list, statuses, commitments, evidence_owner
        out.links(fact_links(_fact_rows(store)))
        return len(out.link_ids)
