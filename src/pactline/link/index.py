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
from pactline.link.commitments import later_sentences
from pactline.link.text import document_units, shingle_codes


@cache
def _lsh() -> tuple[Any, list[tuple[int, int]]]:
    """The MinHash template (fixed permutations) and the band ranges of LSH at threshold 0.5, 128 perms."""
    from datasketch import MinHash, MinHashLSH

    lsh = MinHashLSH(threshold=0.5, num_perm=128)
    return MinHash(num_perm=128, hashfunc=_identity), list(lsh.hashranges)


def _identity(value: Any) -> Any:
    return value


def band_keys(codes: Any) -> list[int]:
    """One 64-bit key per LSH band of the codes' MinHash signature (band number and band values hashed)."""
    from datasketch import MinHash

    template, ranges = _lsh()
    mh = MinHash(num_perm=128, hashfunc=_identity, permutations=template.permutations, scheme=template.scheme)
    mh.update_batch(codes.tolist())
    values = mh.hashvalues
    keys = []
    for band, (start, end) in enumerate(ranges):
        digest = hashlib.blake2b(bytes([band]) + values[start:end].tobytes(), digest_size=8).digest()
        keys.append(int.from_bytes(digest, "little", signed=True))
    return keys


def pair_key(parties: Iterable[str]) -> str:
    """A document's partition: its parties sorted and joined (as store/link_index.PAIR_KEY writes it in SQL)."""
    return ",".join(sorted(parties))


def index_rows(doc: Document) -> tuple[list[Any], list[list[Any]], list[list[Any]]]:
    """The document's row, its units' rows and their band rows, as store/link_index.write_index takes them."""
    dates = [s.date for s in later_sentences([doc]) if s.date]
    doc_row = [doc.id, pair_key(doc.parties), max(dates) if dates else None]
    units, bands = [], []
    for position, unit in enumerate(document_units([doc])):
        codes = shingle_codes(unit.text)
        bucket = ",".join(sorted(unit.parties)[:2])
        units.append([unit.id, doc.id, unit.kind, bucket, unit.published, doc.published, position, unit.start,
                      unit.start + len(unit.text), len(unit.text), codes.astype("uint32").tolist()])
        if len(codes):
            bands += [[key, unit.id] for key in band_keys(codes)]
    return doc_row, units, bands
