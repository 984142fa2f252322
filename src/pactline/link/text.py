"""Text links: duplicates (shingle overlap, MinHash candidates) and translations (aligned sentence
embeddings) between documents and their segments."""

from __future__ import annotations

import re
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


def shingle_codes(text: str) -> Any:
    """The text's word 5-grams as sorted, unique CRC-32 codes: a few kilobytes per text instead of hundreds of
    strings, and the same on every run (Python's own string hash is salted per process)."""
    import zlib

    import numpy as np

    return np.unique(np.fromiter((zlib.crc32(sh.encode("utf-8")) for sh in _shingles(text)), dtype=np.uint64))


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


def duplicate_link(row: tuple[Any, ...]) -> Link | None:
    """A candidate pair from the link index (x, y, kind, x's document, y's document, shared codes, x's codes,
    y's codes; x < y), linked when near-copies: most 5-grams shared, or much of one inside the other."""
    x, y, kind, x_doc, y_doc, inter, len_x, len_y = row
    jaccard = inter / (len_x + len_y - inter)
    containment = inter / min(len_x, len_y)
    if jaccard < 0.8 and containment < 0.5:
        return None
    return make_link("duplicate", x, y, round(jaccard, 4), {
        "level": kind, "jaccard": round(jaccard, 4), "containment": round(containment, 4),
        "partial": jaccard < 0.8, "docs": [x_doc, y_doc],
    })


def translation_candidates(members: list[dict[str, Any]], new: set[str] | None) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    """Pairs of one bucket's segments (index rows) that may be translations: close dates (a week), other
    documents, lengths within 2.5 times; with a new segment in each pair unless ``new`` is None. The earlier
    segment (in the store's order) comes first."""
    members = sorted(members, key=lambda u: (u["published"] or "", u["doc_published"] is None, u["doc_published"] or "",
                                             u["doc_id"], u["position"]))
    out = []
    for i, u in enumerate(members):
        for other in members[i + 1 :]:
            apart = days_apart(u["published"], other["published"])
            if apart is not None and apart > 7:
                if (other["published"] or "") > (u["published"] or ""):
                    break
                continue
            if new is not None and u["id"] not in new and other["id"] not in new:
                continue
            if other["doc_id"] == u["doc_id"] or not 0.4 <= u["length"] / max(1, other["length"]) <= 2.5:
                continue
            out.append((u, other))
    return out


def translation_links(pairs: list[tuple[Unit, Unit]], duplicate_pairs: set[frozenset[str]], sim: Similarity) -> list[Link]:
    """Candidate segments whose sentences align (mean best similarity >= 0.72 over at least 60 % of the
    shorter text); near-copies are duplicates, not translations. Only these pairs are embedded."""
    links: list[Link] = []
    for u, other in pairs:
        if frozenset((u.id, other.id)) in duplicate_pairs:
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

