"""Commitment entities: a pledge (or stance) and its restatements across sources, translations and years
are one commitment with many mentions. Mentions join when a same_commitment link says two sources tell one
statement, or when a later document restates the pledge itself (a follow-up that reaffirms or restates and
is quoted by a commitment record of the same kind, with a shared party). The entity's id is its first
mention's id, so it stays put when later mentions are added."""

from __future__ import annotations

from functools import cache, lru_cache
from typing import Any

from pactline.core import statuses, vocab
from pactline.core.records import Link
from pactline.store.rows import CommitmentBrief

RESTATING = {"reaffirms", "restates"}
SURE_RESTATEMENT = 0.9  # a same_commitment this close, sharing a word pair, joins whatever else
VERBATIM = 0.92  # and this close joins on meaning alone

class _Groups:
    """Union-find over mentions that refuses a join putting two mentions of one text part (document and
    date) into one commitment: one statement never pledges the same thing twice, so such a join would chain
    distinct pledges together through loose links. Two pledges in neighbouring sentences of a part may join that
    way when another source tells them as one (ranks: each placed mention's place among its part's mentions)."""

    def __init__(self, mentions: dict[str, CommitmentBrief], ranks: dict[str, int] | None = None) -> None:
        self.parent = {i: i for i in mentions}
        self.part_of = {i: (m.doc_id, m.made_on) for i, m in mentions.items()}
        self.parts = {i: {self.part_of[i]} for i in mentions}
        self.order = {i: (m.made_on or "9999", i) for i, m in mentions.items()}
        self.ranks = ranks or {}
        self.members = {i: [i] for i in mentions}
        self.pledges = {i for i, m in mentions.items() if m.kind == "commitment"}

    def find(self, x: str) -> str:
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def join(self, a: str, b: str, within_part: bool = False, sure: bool = False) -> None:
        """within_part: a and b are clauses of one text part told as one pledge, so their own part may be in
        both groups (no other shared part may). sure: a near-verbatim restatement, which joins anyway."""
        ra, rb = self.find(a), self.find(b)
        shared = self.parts[ra] & self.parts[rb]
        if within_part and self.part_of[a] == self.part_of[b]:
            shared = shared - {self.part_of[a]}
        if ra == rb or (shared and not sure and (within_part or not self._neighbours(ra, rb, shared))):
            return
        first, second = sorted((ra, rb), key=lambda r: self.order[r])
        self.parent[second] = first
        self.parts[first] |= self.parts.pop(second)
        self.members[first] += self.members.pop(second)

    def _neighbours(self, ra: str, rb: str, shared: set[tuple[str, str | None]]) -> bool:
        """Pledges only (a statement's stances in a row are distinct by design): in every shared part, a mention of
        one group is the next placed mention after one of the other."""
        if not {ra, rb} <= self.pledges:
            return False
        for part in shared:
            ours = {self.ranks.get(m) for m in self.members[ra] if self.part_of[m] == part}
            theirs = {self.ranks.get(m) for m in self.members[rb] if self.part_of[m] == part}
            if None in ours or None in theirs or not any(abs(x - y) <= 1 for x in ours for y in theirs):  # type: ignore[operator]
                return False
        return True


def _ranks(commitments: list[CommitmentBrief], places: dict[str, tuple[str, int, int]]) -> dict[str, int]:
    """Each placed mention's rank among the placed mentions of its text part, in reading order (clauses of one
    sentence share a rank)."""
    by_part: dict[tuple[str, str | None], list[tuple[int, str]]] = {}
    for c in commitments:
        if c.id in places:
            by_part.setdefault((c.doc_id, c.made_on), []).append((places[c.id][2], c.id))
    out = {}
    for placed in by_part.values():
        rank = {start: i for i, start in enumerate(sorted({start for start, _cid in placed}))}
        out.update({cid: rank[start] for start, cid in placed})
    return out


@cache
def _named_countries(text: str) -> frozenset[str]:
    from pactline.language.actors import find_countries

    return frozenset(m.code for m in find_countries(text))


def involved(c: CommitmentBrief) -> frozenset[str]:
    """The parties that hold a pledge and the partners its text names ("stand firmly with China"): a pledge
    restated by the other side, or told from it, is about the same two countries."""
    return _involved(tuple(c.parties), c.text)


@lru_cache(maxsize=65536)
def _involved(parties: tuple[str, ...], text: str) -> frozenset[str]:
    return frozenset(parties) | _named_countries(text)


def _same_field(a: CommitmentBrief, b: CommitmentBrief, any_kind: bool = False) -> bool:
    """Same kind (unless any_kind), a shared party (or partner) and, where both name domains, a shared domain."""
    if (a.kind != b.kind and not any_kind) or not involved(a) & involved(b):
        return False
    da, db = set(a.domains or []), set(b.domains or [])
    if not da or not db:
        return True
    # A stance whose own clause names no field carries "politics" beside its sentence's field: two stances that
    # each name a specific field share a field only by a specific one, not by that broad tag.
    shared, broad = da & db, broad_fields()
    return bool(shared - broad) or bool(shared) and not (da - broad and db - broad)


def entity_ids(commitments: list[CommitmentBrief], links: list[Link], follow_ups: dict[str, list[dict[str, Any]]],
               paragraphs: dict[str, tuple[str, int, int]] | None = None,
               restated_pledges: list[tuple[float, str, str]] | None = None,
               headlines: list[tuple[str, str]] | None = None) -> dict[str, str]:
    """Commitment id -> the id of its entity (the earliest mention of the same commitment). paragraphs maps a
    mention to its (document, paragraph start, sentence start), where known; restated_pledges lists (score,
    earlier, later) pledges a later document restates in near the same words; headlines, (body mention, title mention) pairs of
    one document that tell one pledge (commitments.headline_pairs)."""
    by_id = {c.id: c for c in commitments}
    groups = _Groups(by_id, _ranks(commitments, paragraphs or {}))
    _join_paragraph_fields(commitments, paragraphs or {}, groups)
    _join_by_object(commitments, groups)  # a named object is the surest sign: before looser joins can block it
    same = sorted((link for link in links if link.kind == "same_commitment" and link.a in by_id and link.b in by_id),
                  key=lambda link: (-link.score, link.a, link.b))  # the surest joins first
    for link in same:
        a, b = by_id[link.a], by_id[link.b]
        sure = _near_verbatim(a, b, link.score)
        # One sentence told by two sources, one wording it as a pledge ("we should …") and one as a stance ("all
        # parties should …"), is one commitment when the wording is all but the same.
        if _same_field(a, b) or sure and _same_field(a, b, any_kind=True):
            groups.join(link.a, link.b, sure=sure)
    restated = []
    for cid in sorted(follow_ups):
        for f in follow_ups[cid]:
            b = by_id.get(f["record_id"])
            reasons = f.get("reasons") or {}
            if b is None or f["relation"] not in RESTATING or not reasons.get("specific_object"):
                continue
            if _same_field(by_id[cid], b):
                restated.append((-f.get("score", 0.0), cid, b.id))
    for score, a_id, b_id in restated_pledges or []:
        if a_id in by_id and b_id in by_id and _same_field(by_id[a_id], by_id[b_id]):
            restated.append((-score, a_id, b_id))
    for _score, a, b in sorted(restated):
        groups.join(a, b)
    _join_sentence_parts(commitments, paragraphs or {}, groups)
    for body, headline in headlines or []:
        groups.join(body, headline, within_part=True)  # a title line sums up its own body's pledge
    return {cid: groups.find(cid) for cid in by_id}


def _join_sentence_parts(commitments: list[CommitmentBrief], places: dict[str, tuple[str, int, int]],
                         groups: _Groups) -> None:
    """A pledge's part that only its own sentence tells joins the pledge of that sentence which other sources
    retell, when both have the same holders: "Peru and Chile will jointly run the border crossing and open it to
    trucks at night", retold elsewhere as "the two will run the crossing together", is one undertaking, its
    second clause a term of it that the retelling left out. A part retold on its own stays a row of its own, and
    a sentence no other source retells keeps its parts apart (nothing says they were one)."""
    by_sentence: dict[tuple[Any, ...], list[str]] = {}
    for c in commitments:
        if c.kind == "commitment" and c.id in places:
            by_sentence.setdefault((places[c.id][0], c.made_on, places[c.id][2], frozenset(c.parties)), []).append(c.id)
    for ids in by_sentence.values():
        size = {i: len(groups.members[groups.find(i)]) for i in ids}
        anchor = max(ids, key=lambda i: (size[i], groups.order[groups.find(i)]))
        if len({groups.part_of[m][0] for m in groups.members[groups.find(anchor)]}) < 2:
            continue  # no other source retells any part of the sentence
        for i in ids:
            if i != anchor and size[i] == 1:
                groups.join(anchor, i, within_part=True)


def _near_verbatim(a: CommitmentBrief, b: CommitmentBrief, score: float) -> bool:
    """The same words in two sources (translations may share no word pair: "sound and steady", "healthy and
    stable"): very close in meaning, or close and sharing a word pair."""
    from pactline.link.commitments import key_pairs

    return score >= VERBATIM or (score >= SURE_RESTATEMENT and bool(key_pairs(a.text) & key_pairs(b.text)))


def _field(c: CommitmentBrief) -> str | None:
    return c.domains[0] if c.domains else None


@cache
def broad_fields() -> frozenset[str]:
    return frozenset(vocab.load("follow_up.json").get("broad_fields", []))


def _join_paragraph_fields(commitments: list[CommitmentBrief], places: dict[str, tuple[str, int, int]],
                           groups: _Groups) -> None:
    """Clauses in a row of one text part with the same kind, a shared party and the same main field are one
    pledge told in parts ("expand the use of local currencies … establish a settlement system … support
    cooperation among banks"): a statement gives a field one passage, and a new field starts a new pledge.
    A broad field ("politics") holds one passage to its paragraph."""
    placed = sorted((places[c.id], c.id) for c in commitments if c.id in places and _field(c) is not None)
    by_id = {c.id: c for c in commitments}
    previous: dict[tuple[Any, ...], tuple[int, CommitmentBrief]] = {}  # the last mention of each part and kind
    for (doc_id, paragraph, _start), cid in placed:
        c = by_id[cid]
        key = (doc_id, c.made_on, c.kind)
        before_paragraph, before = previous.get(key, (None, None))
        # Two stances in a row are one told in parts only when one holder holds both (a partner each names is
        # no shared holder: "Ghana's president said …", then "the Peruvian premier said Peru upholds the 2010 accord with Ghana").
        if before is not None and _field(before) == _field(c) and _one_holder(before, c) and _one_pledge(before, c) and (
                _field(c) not in broad_fields() or before_paragraph == paragraph or c.kind == "commitment"):
            groups.join(before.id, c.id, within_part=True)
        previous[key] = (paragraph, c)


def _one_holder(a: CommitmentBrief, b: CommitmentBrief) -> bool:
    """A pledge's parties or partners shared; a stance's holder shared."""
    return bool(involved(a) & involved(b) if b.kind == "commitment" else set(a.parties) & set(b.parties))


def _one_pledge(a: CommitmentBrief, b: CommitmentBrief) -> bool:
    """Two pledges in a row in one field are parts of one only when the same parties give both and neither sets
    a time the other does not share ("Peru and Chile will double trade by 2030", then "Chile will open a trade
    office in Lima": two pledges, the second Chile's alone; "by 2027 …", then "by 2029 …": two timelines).
    Two stances are one only when they are about one thing (see _one_target)."""
    if a.kind != "commitment":
        return _one_target(a, b)
    return set(a.parties) == set(b.parties) and (not a.deadline or not b.deadline or a.deadline == b.deadline)


def _one_target(a: CommitmentBrief, b: CommitmentBrief) -> bool:
    """Two stances of one holder in a row are one stance told in parts only when they share what they are
    about: a named outside country or an object word pair. "Condemns Chile's strikes on Peru" and "concern
    over Bolivia's missile tests" are two stances, and so are "opposes unilateral moves on the river" and "calls
    for respect of the 1994 treaty"; a bare stance with nothing named ("reaffirmed its support") goes on the one
    before it."""
    outside_a, outside_b = _outside(a), _outside(b)
    if outside_a and outside_b:
        return bool(outside_a & outside_b)
    objects_a, objects_b = _objects(a.text), _objects(b.text)
    return bool(objects_a & objects_b) or not (objects_a and objects_b)


def _outside(c: CommitmentBrief) -> frozenset[str]:
    """The countries a stance names other than its holders (its target)."""
    return _named_countries(c.text) - set(c.parties)


@lru_cache(maxsize=65536)
def _objects(text: str) -> frozenset[tuple[str, str]]:
    """A stance's object word pairs: its word pairs with the words of stance-taking left out."""
    from pactline.link.commitments import key_pairs

    skip = _stance_words()
    return frozenset(pair for pair in key_pairs(text) if not set(pair) & skip)


@cache
def _stance_words() -> frozenset[str]:
    return frozenset(vocab.load("follow_up.json").get("stance_words", []))


OBJECT_MAX_SHARE = 20  # a word pair named by more mentions than this is a field, not one pledge's object


def _join_by_object(commitments: list[CommitmentBrief], groups: _Groups) -> None:
    """Mentions that name the same specific object ("industrial park", "railway express", "local currency")
    with a shared party and domain are one commitment, however differently the sentence is worded. A mention
    that names two objects ("projects such as the industrial park and the railway express") joins last, so
    it cannot tie the two objects' commitments into one."""
    from pactline.link.commitments import key_pairs

    by_pair: dict[tuple[str, str], list[CommitmentBrief]] = {}
    for c in commitments:
        for pair in sorted(key_pairs(c.text)):
            by_pair.setdefault(pair, []).append(c)
    shared = {pair for pair, members in by_pair.items() if 2 <= len(members) <= OBJECT_MAX_SHARE}
    bundles = {c.id for c in commitments if _objects_named(key_pairs(c.text) & shared) > 1}
    for late in (False, True):
        for pair in sorted(shared):
            members = by_pair[pair]
            for i, one in enumerate(members):
                for other in members[i + 1:]:
                    if late == bool({one.id, other.id} & bundles) and _same_field(one, other) and not _other_givers(one, other):
                        # Two clauses of one text naming one object in one field are one pledge.
                        groups.join(one.id, other.id, within_part=not late and bool(set(one.domains) & set(other.domains)))


def _other_givers(a: CommitmentBrief, b: CommitmentBrief) -> bool:
    """Two pledges of one text part that no party gives both ("Paris affirmed the pact covers naval raids on Greek
    ports", "Athens would not treat the naval raid as an act of war") are two, whatever object they share."""
    return a.kind == "commitment" and (a.doc_id, a.made_on) == (b.doc_id, b.made_on) and not set(a.parties) & set(b.parties)


def _objects_named(pairs: set[tuple[str, str]]) -> int:
    """How many separate objects the pairs name: pairs that share a word ("railway express", "europe
    railway") are one name."""
    names: list[set[str]] = []
    for pair in sorted(pairs):
        touching = [n for n in names if n & set(pair)]
        merged = set(pair).union(*touching)
        names = [n for n in names if not n & set(pair)] + [merged]
    return len(names)


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
