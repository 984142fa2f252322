"""Text links: duplicates (shingle overlap, MinHash candidates) and translations (aligned sentence
embeddings) between documents and their segments."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from pactline.core.records import Document, Link
from pactline.language.analysis import readable_segments
from pactline.link.common import days_apart, make_link
from pactline.link.similarity import Similarity, split_sentences

_WORD = re.compile(r"[a-z0-9]+")


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
def document_units(documents: list[Document]) -> list[Unit]:
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
    links = duplicate_links(units)
    duplicate_pairs = {frozenset((x.a, x.b)) for x in links}
    return links + translation_links(units, duplicate_pairs, sim)


def duplicate_links(units: list[Unit]) -> list[Link]:
    """Near-copies: MinHash candidates across the store, confirmed by shingle overlap."""
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
                links.append(make_link("duplicate", u.id, other.id, round(jaccard, 4), {
                    "level": u.kind, "jaccard": round(jaccard, 4), "containment": round(containment, 4),
                    "partial": jaccard < 0.8, "docs": [u.doc_id, other.doc_id],
                }))
    return links


def translation_links(units: list[Unit], duplicate_pairs: set[frozenset[str]], sim: Similarity) -> list[Link]:
    """Segments with the same parties, close dates and not already duplicates, whose sentences align; only
    these pairs are embedded."""
    links: list[Link] = []
    segments = [u for u in units if u.kind == "segment" and u.parties]
    buckets: dict[tuple[str, ...], list[Unit]] = defaultdict(list)
    for u in segments:
        buckets[tuple(sorted(u.parties))[:2]].append(u)
    for members in buckets.values():
        members.sort(key=lambda u: u.published or "")
        for i, u in enumerate(members):
            for other in members[i + 1 :]:
                apart = days_apart(u.published, other.published)
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
                    links.append(make_link("translation", u.id, other.id, alignment["score"], {
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

