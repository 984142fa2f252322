"""The link index of a document: what linking needs of it, computed once when the document comes in and kept
in the store (store/link_index.py), so a later run links new documents against it without reading the old.

Per document: its partition (the sorted party pair: commitments, their follow-ups and the subject weights are
computed within it) and the latest date of its sentences (the record's latest date is what statuses hold as
of). Per text unit (the document, its long segments): the translation bucket (its first two parties), its
dates and place in the store's order, its length, its word 5-gram codes and MinHash band keys (two units are
near-copy candidates when one band of their signatures is equal, as in MinHash LSH).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from functools import cache
from typing import Any

from pactline.core.records import Document
from pactline.language.analysis import readable_segments
from pactline.link.similarity import MIN_SENTENCE
from pactline.link.text import document_units, shingle_codes

PERMUTATIONS = 128  # MinHash signature length
BANDS = 25  # LSH bands of 5 rows: pairs with Jaccard similarity around 0.5 and above become candidates
ROWS = PERMUTATIONS // BANDS


@cache
def _permutations() -> tuple[Any, Any]:
    """The 128 affine permutations h -> a*h + b (mod 2^32, a odd), drawn from a fixed seed: band keys are kept
    in the store, so they must never change between runs, machines or library versions. (The same draws as
    datasketch 2's default "affine32" MinHash with seed 1; tests/link/test_minhash.py compares them.)"""
    import numpy as np

    gen = np.random.RandomState(1)
    a = gen.randint(0, 1 << 31, PERMUTATIONS, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = gen.randint(0, 1 << 32, PERMUTATIONS, dtype=np.uint32)
    return a, b


def minhash(codes: Any) -> Any:
    """The MinHash signature (128 uint32 values) of a non-empty set of 32-bit codes: each code mixed by the
    MurmurHash3 finalizer, then the least value of each permutation."""
    import numpy as np

    a, b = _permutations()
    hv = np.asarray(codes, dtype=np.uint32).reshape(-1, 1)
    with np.errstate(over="ignore"):  # multiplication wraps around modulo 2^32, as intended
        hv = hv ^ (hv >> np.uint32(16))
        hv = hv * np.uint32(0x85EBCA6B)
        hv = hv ^ (hv >> np.uint32(13))
        hv = hv * np.uint32(0xC2B2AE35)
        hv = hv ^ (hv >> np.uint32(16))
        return (hv * a + b).min(axis=0)


def band_keys(codes: Any) -> list[int]:
    """One 64-bit key per LSH band of the codes' MinHash signature (band number and band values hashed): two
    texts are near-copy candidates when one of their band keys is equal."""
    values = minhash(codes)
    keys = []
    for band in range(BANDS):
        digest = hashlib.blake2b(bytes([band]) + values[band * ROWS : (band + 1) * ROWS].tobytes(), digest_size=8).digest()
        keys.append(int.from_bytes(digest, "little", signed=True))
    return keys


def pair_key(parties: Iterable[str]) -> str:
    """A document's partition: its parties sorted and joined (as store/link_index.PAIR_KEY writes it in SQL)."""
    return ",".join(sorted(parties))


def index_rows(doc: Document) -> tuple[list[Any], list[list[Any]], list[list[Any]]]:
    """The document's row, its units' rows and their band rows, as store/link_index.write_index takes them."""
    return expand(compact_rows(doc))


def compact_rows(doc: Document) -> tuple[list[Any], list[list[Any]], list[list[Any]]]:
    """``index_rows`` with each unit's shingle codes left as a uint32 array (a tenth of a list's memory): what
    a worker computes and the calling process holds until its link stage (``expand`` gives the rows)."""
    doc_row = [doc.id, pair_key(doc.parties), latest_date(doc)]
    units, bands = [], []
    for position, unit in enumerate(document_units([doc])):
        codes = shingle_codes(unit.text)
        bucket = ",".join(sorted(unit.parties)[:2])
        units.append([unit.id, doc.id, unit.kind, bucket, unit.published, doc.published, position, unit.start,
                      unit.start + len(unit.text), len(unit.text), codes.astype("uint32")])
        if len(codes):
            bands += [[key, unit.id] for key in band_keys(codes)]
    return doc_row, units, bands


def latest_date(doc: Document) -> str | None:
    """The latest date of the document's sentences (``later_sentences``' dates: a readable segment's, else the
    document's, for each segment with a sentence), without reading who says them; a segment is split only
    when its date would be the latest so far, and only until its first sentence."""
    latest = None
    for seg in readable_segments(doc):
        date = seg.published or doc.published
        if date and (latest is None or date > latest) and _has_sentence(doc.text[seg.start : seg.end]):
            latest = date
    return latest


def _has_sentence(text: str) -> bool:
    """Whether link/similarity.split_sentences finds a sentence in the text (one of 25 characters or more)."""
    from pactline.language.sentences import split_sentences as split_line

    return any(end - start >= MIN_SENTENCE for line in text.split("\n") for start, end in split_line(line))


def expand(rows: tuple[list[Any], list[list[Any]], list[list[Any]]]) -> tuple[list[Any], list[list[Any]], list[list[Any]]]:
    """Rows of ``compact_rows`` as ``index_rows`` gives them (the codes as a list of ints)."""
    doc_row, units, bands = rows
    return doc_row, [[*unit[:-1], unit[-1].tolist()] for unit in units], bands


def fingerprint(doc: Document) -> str:
    """A digest of everything of a document its index rows are computed from (id, source, text, date, parties,
    segments): rows a worker computed from its document hold for the stored one when their digests agree."""
    import json

    head = json.dumps([doc.id, doc.source, doc.published, list(doc.parties), [s.to_dict() for s in doc.segments]],
                      sort_keys=True)
    return hashlib.sha1(head.encode("utf-8") + b"\0" + doc.text.encode("utf-8")).hexdigest()


def quote_rows(records: list[tuple[str, str]]) -> list[list[Any]]:
    """(document, sentence start, record) rows from the records quoting a document's sentences, given as (id,
    evidence JSON) in order: a later record takes a sentence from an earlier one, so the commitments, given
    last, answer for sentences that are also events."""
    import json

    owners: dict[tuple[str, int], str] = {}
    for record_id, evidence in records:
        for ev in json.loads(evidence) if evidence else []:
            owners[(ev["doc_id"], ev["start"])] = record_id
    return [[doc_id, start, record_id] for (doc_id, start), record_id in owners.items()]

