"""Commitment entities: a pledge (or stance) and its restatements across sources, translations and years
are one commitment with many mentions. Mentions join when a same_commitment link says two sources tell one
statement, or when a later document restates the pledge itself (a follow-up that reaffirms or restates and
is quoted by a commitment record of the same kind, with a shared party). The entity's id is its first
mention's id, so it stays put when later mentions are added."""

from __future__ import annotations

import re
from typing import Any

from pactline.core import statuses
from pactline.core.records import Link
from pactline.store.rows import CommitmentBrief

RESTATING = {"reaffirms", "restates"}

# A later sentence whose speaker is a commentator is context, never a party's own word.
_COMMENTATOR = re.compile(
    r"\b(?:analysts?|experts?|observers?|commentators?|scholars?|researchers?|critics?|economists?|journalists?)"
    r"\b[^.;]{0,60}?\b(?:said|say|says|believe|believes|noted|argued|argue|added|told|wrote|pointed out)\b"
    r"|\baccording to (?:analysts?|experts?|observers?)\b", re.I)


def commentator_speaks(text: str) -> bool:
    return bool(_COMMENTATOR.search(text))


class _Groups:
    """Union-find over mentions that refuses a join putting two mentions of one text part (document and
    date) into one commitment: one statement never pledges the same thing twice, so such a join would chain
    distinct pledges together through loose links."""

    def __init__(self, mentions: dict[str, CommitmentBrief]) -> None:
        self.parent = {i: i for i in mentions}
        self.parts = {i: {(m.doc_id, m.made_on)} for i, m in mentions.items()}
        self.order = {i: (m.made_on or "9999", i) for i, m in mentions.items()}

    def find(self, x: str) -> str:
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def join(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra == rb or self.parts[ra] & self.parts[rb]:
            return
        first, second = sorted((ra, rb), key=lambda r: self.order[r])
        self.parent[second] = first
        self.parts[first] |= self.parts.pop(second)


def _same_field(a: CommitmentBrief, b: CommitmentBrief) -> bool:
    """Same kind, a shared party and, where both name domains, a shared domain."""
    if a.kind != b.kind or not set(a.parties) & set(b.parties):
        return False
    da, db = set(a.domains or []), set(b.domains or [])
    return not da or not db or bool(da & db)


def entity_ids(commitments: list[CommitmentBrief], links: list[Link],
               follow_ups: dict[str, list[dict[str, Any]]]) -> dict[str, str]:
    """Commitment id -> the id of its entity (the earliest mention of the same commitment)."""
    by_id = {c.id: c for c in commitments}
    groups = _Groups(by_id)
    same = sorted((link for link in links if link.kind == "same_commitment" and link.a in by_id and link.b in by_id),
                  key=lambda link: (-link.score, link.a, link.b))  # the surest joins first
    for link in same:
        if _same_field(by_id[link.a], by_id[link.b]):
            groups.join(link.a, link.b)
    restated = []
    for cid in sorted(follow_ups):
        for f in follow_ups[cid]:
            b = by_id.get(f["record_id"])
            reasons = f.get("reasons") or {}
            if b is None or f["relation"] not in RESTATING or not reasons.get("specific_object"):
                continue
            if _same_field(by_id[cid], b):
                restated.append((-f.get("score", 0.0), cid, b.id))
    for _score, a, b in sorted(restated):
        groups.join(a, b)
    _join_by_object(commitments, groups)
    return {cid: groups.find(cid) for cid in by_id}


OBJECT_MAX_SHARE = 20  # a word pair named by more mentions than this is a field, not one pledge's object


def _join_by_object(commitments: list[CommitmentBrief], groups: _Groups) -> None:
    """Mentions that name the same specific object ("industrial park", "railway express", "local currency")
    with a shared party and domain are one commitment, however differently the sentence is worded."""
    from pactline.link.commitments import key_pairs

    by_pair: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for c in commitments:
        for pair in sorted(key_pairs(c.text)):
            by_pair.setdefault(pair, []).append(c)
    for pair in sorted(by_pair):
        members = by_pair[pair]
        if not 2 <= len(members) <= OBJECT_MAX_SHARE:
            continue
        for i, one in enumerate(members):
            for other in members[i + 1:]:
                if _same_field(one, other):
                    groups.join(one.id, other.id)


def status_rows(commitments: list[CommitmentBrief], follow_ups: dict[str, list[dict[str, Any]]],
                entities: dict[str, str], as_of: str | None) -> dict[str, dict[str, Any]]:
    """Per commitment mention: its status as of ``as_of``, its follow-ups and its entity."""
    out = {}
    for c in commitments:
        entries = sorted(follow_ups.get(c.id, []), key=lambda f: (f.get("date") or "", f["record_id"]))
        status = statuses.derive(c.kind, c.deadline, entries, as_of)
        out[c.id] = {"status": status, "follow_ups": entries, "entity_id": entities.get(c.id, c.id),
                        "status_as_of": as_of}
    return out
