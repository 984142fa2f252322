"""Commitment links: the same pledge told by several sources, and follow-ups in later documents that
reaffirm, fulfil, delay or contradict it, from which each commitment's status is derived."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import defaultdict
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from pactline.core import statuses, vocab
from pactline.core.records import Document, Link
from pactline.extractors.commentary import commentary_flags, commentator_names
from pactline.language.analysis import readable_segments
from pactline.language.dates import to_date
from pactline.link.commitment_entities import entity_ids, involved, status_rows
from pactline.link.common import make_link
from pactline.link.similarity import Similarity, split_sentences
from pactline.store.rows import CommitmentBrief


@cache
def _skip_words() -> tuple[frozenset[str], frozenset[str]]:
    from pactline.language.actors import gazetteer

    return frozenset(vocab.load("follow_up.json")["generic_words"]), frozenset(s.lower() for s in gazetteer().surfaces)


@cache
def _spellings() -> dict[str, str]:
    return dict(vocab.load("follow_up.json").get("spellings", {}))


def key_pairs(text: str) -> frozenset[tuple[str, str]]:
    """Adjacent content words (generic diplomatic words, short words and country names skipped, plurals
    folded): "the Kenya-Indonesia Industrial Park" -> {("industrial", "park")}. Kept for the texts met lately
    (a pledge's text is asked for again and again while one party pair links)."""
    return _key_pairs(text)


@lru_cache(maxsize=65536)
def _key_pairs(text: str) -> frozenset[tuple[str, str]]:
    words = _content_words(text)
    return frozenset(zip(words, words[1:], strict=False))


def _content_words(text: str) -> tuple[str, ...]:
    generic, places = _skip_words()
    spellings = _spellings()
    words = []
    for word in re.findall(r"[a-z][a-z-]+", re.sub(r"\bco-(?=[a-z])", "co", text.lower())):
        for part in word.split("-"):
            part = spellings.get(part, part)
            if len(part) < 3 or part in generic or part in places:
                continue
            words.append(_singular(part))
    return tuple(words)


def key_words(text: str) -> frozenset[str]:
    """The content words key_pairs are made of (generic diplomatic words, short words and country names skipped)."""
    return frozenset(_content_words(text))


def _singular(word: str) -> str:
    """Plurals folded: "currencies" -> "currency", "parks" -> "park" ("express", "business" stay)."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") and not word.endswith(("ss", "us", "is")) else word


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
        # At most this many texts share a rare pair: a pledge's text and its sentence, and a later report's
        # headline and body sentence telling it done are four texts of one undertaking.
        self.rare_df = max(4, int(n * 0.01))
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
WEAK_SIMILARITY = 0.5  # below this a follow-up must share ...
STRONG_SPECIFIC = 2.5 * SPECIFIC  # ... this much specific subject ("law enforcement", "military personnel", ...)
SAME_FIELD_SIMILARITY = 0.6  # two sources' retellings of one occasion in the same main field: a looser match
SAME_BROAD_FIELD_SIMILARITY = 0.65
SURE_ACROSS_KINDS = 0.9  # a pledge and a stance are one statement's retellings only when near verbatim
LOOSEST = min(0.7, SAME_FIELD_SIMILARITY, SAME_BROAD_FIELD_SIMILARITY)  # no retelling is less similar
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
    paragraph: int = -1  # where the sentence's paragraph starts in its document
    commentary: bool = False  # an analyst's or journalist's word, never a party's
    headline: bool = False  # the document's title line, which tells done acts in the present


def later_sentences(documents: list[Document]) -> list[LaterSentence]:
    out = []
    for doc in documents:
        parties = frozenset(doc.parties)
        names = commentator_names(doc.text)
        found = []
        for seg in readable_segments(doc):
            for start, end, _text in split_sentences(doc.text[seg.start : seg.end], seg.start):
                paragraph = doc.text.rfind("\n", seg.start, start) + 1 or seg.start
                found.append(LaterSentence(doc.id, doc.source, start, end, doc.text[start:end],
                                           seg.published or doc.published, parties, paragraph))
        for s, commentary in zip(found, commentary_flags([(s.paragraph, s.text) for s in found], names), strict=True):
            s.commentary = commentary
            s.headline = bool(doc.title) and s.text.strip() == (doc.title or "").strip()
        out += found
    return out


def commitment_links(
    commitments: list[CommitmentBrief], evidence_owner: dict[tuple[str, int], str], sentences: list[LaterSentence],
    sim: Similarity, as_of: str | None = None,
) -> tuple[list[Link], dict[str, dict[str, Any]]]:
    """same_commitment between retellings of one statement; follow-ups from later documents' sentences.
    evidence_owner maps (doc_id, sentence start) to the record that quotes that sentence."""
    from pactline.link.follow_ups import LaterIndex, follow_up_links

    subjects = SubjectIndex([c.text for c in commitments] + [s.text for s in sentences])
    index = LaterIndex(sentences, subjects)
    eligible = {a.id: index.eligible(a) for a in commitments if a.kind == "commitment" and to_date(a.made_on) is not None}
    places = paragraphs_of(commitments, sentences)
    # Every text the pair's comparisons embed, encoded in one call (many calls of a few sentences each cost
    # 2-3 × the CPU of one: small matrices); the same texts as the comparisons below ask for, no more.
    ahead = [a.text for a in commitments if eligible.get(a.id)]
    ahead += [sentences[k].text for found in eligible.values() for _s, k in found]
    ahead += [c.text for members in _restated_buckets(commitments) for c in members] if sim.use_embeddings else []
    ahead += [c.text for head, body in _headline_bodies(commitments, sentences, places) if body for c in [head, *body]]
    links = _same_commitment_links(commitments, subjects, sim, ahead)
    follow_ups: dict[str, list[dict[str, Any]]] = defaultdict(list)
    links += follow_up_links(commitments, evidence_owner, sentences, sim, subjects, follow_ups, eligible)
    entities = entity_ids(commitments, links, follow_ups, places, restated_pledges(commitments, sim),
                          headline_pairs(commitments, sentences, places, sim))
    as_of = as_of or max((s.date for s in sentences if s.date), default=None)
    return links, status_rows(commitments, follow_ups, entities, as_of)


RESTATED = 0.8  # a later year's pledge this close in meaning to an earlier one restates it
RESTATED_BUCKET = 400  # pledges per main field compared for restatement (a larger field proves nothing by meaning)


def restated_pledges(commitments: list[CommitmentBrief], sim: Similarity) -> list[tuple[float, str, str]]:
    """(score, earlier, later) for pledges of one main field restated in a later document over a month on in
    near the same words ("step up cooperation in multilateral fora with Chile", a year later "further strengthen
    multilateral cooperation with Chile"), which need share no rare word pair as a follow-up does. Embeddings
    only: a fuzzy ratio this high says little about meaning."""
    if not sim.use_embeddings:
        return []
    out = []
    for members in _restated_buckets(commitments):
        scores = sim.matrix([c.text for c in members], [c.text for c in members])
        days = [to_date(c.made_on).toordinal() for c in members]  # type: ignore[union-attr]
        for i, a in enumerate(members):
            for j in range(i + 1, len(members)):
                b = members[j]
                if days[j] - days[i] > 31 and b.doc_id != a.doc_id and float(scores[i, j]) >= RESTATED:
                    out.append((round(float(scores[i, j]), 4), a.id, b.id))
    return out


def _restated_buckets(commitments: list[CommitmentBrief]) -> list[list[CommitmentBrief]]:
    """The pledges of each main field that restated_pledges compares, in date order, field by field."""
    buckets: dict[str, list[CommitmentBrief]] = defaultdict(list)
    for c in commitments:
        if c.kind == "commitment" and c.domains and to_date(c.made_on) is not None:
            buckets[c.domains[0]].append(c)
    ordered = (sorted(buckets[field], key=lambda c: (c.made_on or "", c.id)) for field in sorted(buckets))
    return [members for members in ordered if 2 <= len(members) <= RESTATED_BUCKET]


HEADLINE_SUMS_UP = 0.5  # a title pledge is told by the body mention closest to it in meaning, at least this close


def headline_pairs(commitments: list[CommitmentBrief], sentences: list[LaterSentence],
                   places: dict[str, tuple[str, int, int]], sim: Similarity) -> list[tuple[str, str]]:
    """(body mention, title mention) of one document: a title line's pledge ("Chile, Peru agree to reopen border
    post") sums up what its own body tells ("the ministers agreed to reopen the Quebrada Alta post on Monday"), so it
    joins the body mention of the same kind and holder closest to it in meaning, and only that one (a title over
    two sides' pledges does not tie the two givers' rows together)."""
    out = []
    for head, body in _headline_bodies(commitments, sentences, places):
        scores = sim.matrix([head.text], [c.text for c in body])
        best = max(range(len(body)), key=lambda i: (float(scores[0, i]), -i), default=None)
        if best is not None and float(scores[0, best]) >= HEADLINE_SUMS_UP:
            out.append((body[best].id, head.id))
    return out


def _headline_bodies(commitments: list[CommitmentBrief], sentences: list[LaterSentence],
                     places: dict[str, tuple[str, int, int]]) -> list[tuple[CommitmentBrief, list[CommitmentBrief]]]:
    """(title mention, the body mentions of its document, day, kind and a party) for headline_pairs."""
    titles = {(s.doc_id, s.start) for s in sentences if s.headline}
    heads = [c for c in commitments if c.id in places and (c.doc_id, places[c.id][2]) in titles]
    return [(head, [c for c in commitments if c.doc_id == head.doc_id and c.made_on == head.made_on
                    and c.kind == head.kind and c not in heads and involved(c) & involved(head)]) for head in heads]


def paragraphs_of(commitments: list[CommitmentBrief], sentences: list[LaterSentence]) -> dict[str, tuple[str, int, int]]:
    """Commitment id -> (document, paragraph start, sentence start) of the sentence that quotes its text,
    where one does."""
    by_doc: dict[str, list[tuple[str, LaterSentence]]] = defaultdict(list)
    for s in sentences:
        by_doc[s.doc_id].append((re.sub(r"\s+", " ", s.text).lower(), s))
    out = {}
    for c in commitments:
        probe = re.sub(r"\s+", " ", c.text.strip())[:40].lower()
        for flat, s in by_doc.get(c.doc_id, []) if probe else []:
            if probe in flat:
                out[c.id] = (c.doc_id, s.paragraph, s.start)
                break
    return out


class _Retellings:
    """The party pair's commitments as the search for retellings asks of them, each figure computed once:
    which commitments hold each word pair and each (month, kind, main field), in index order; the parties
    each involves; the day each was made."""

    def __init__(self, commitments: list[CommitmentBrief], subjects: SubjectIndex) -> None:
        self.commitments = commitments
        self.subjects = subjects
        self.by_pair: dict[int, list[int]] = defaultdict(list)
        self.by_month_field: dict[tuple[Any, ...], list[int]] = defaultdict(list)
        for i, c in enumerate(commitments):
            for pair in subjects.codes(c.text):
                self.by_pair[pair].append(i)
            if c.domains and c.made_on and len(c.made_on) >= 7:
                self.by_month_field[_month_field(c)].append(i)
        self.parties = [involved(c) for c in commitments]
        self.days = [day.toordinal() if (day := to_date(c.made_on)) else None for c in commitments]

    def partners(self, i: int) -> list[int]:
        """Later commitments that may restate commitment i (another source, a shared party, within a month):
        those sharing a word pair, or made the same month in the same main field (a translation words it
        differently); in index order, computed per commitment, so a large store's pairs are never all held."""
        a = self.commitments[i]
        same_month = self.by_month_field.get(_month_field(a), [])
        found: set[int] = set(same_month[bisect_right(same_month, i):]) if len(same_month) <= 200 else set()
        for pair in self.subjects.codes(a.text):
            members = self.by_pair.get(pair, [])
            if len(members) > 400:
                continue  # a pair this common ("joint commission" in every text) proves nothing by itself
            found.update(members[bisect_right(members, i):])
        parties, day, out = self.parties[i], self.days[i], []
        for j in sorted(found):
            if self.commitments[j].doc_id == a.doc_id or not parties & self.parties[j]:
                continue
            other = self.days[j]
            if day is None or other is None or abs(day - other) <= 31:
                out.append(j)
        return out


def _month_field(c: CommitmentBrief) -> tuple[Any, ...]:
    """Of either kind: one sentence told by one source as a pledge and by another as a stance is one
    statement when the wording is all but the same (_same_commitment_links)."""
    return ((c.made_on or "")[:7], c.domains[0] if c.domains else None)


def _field_similarity(a: CommitmentBrief, b: CommitmentBrief) -> float:
    """How similar two retellings in the same main field must be to join: looser in a narrow field than in
    a broad one ("politics", where most stances fall); above 1 (never) in different fields."""
    from pactline.link.commitment_entities import broad_fields

    if not a.domains or a.domains[:1] != b.domains[:1]:
        return 2.0
    return SAME_BROAD_FIELD_SIMILARITY if a.domains[0] in broad_fields() else SAME_FIELD_SIMILARITY


def _same_commitment_links(commitments: list[CommitmentBrief], subjects: SubjectIndex, sim: Similarity,
                           ahead: list[str] | None = None) -> list[Link]:
    """The same pledge told by another source about the same occasion: candidates share a word pair, a party
    and a month; only those pairs are scored (``ahead``: texts the pair's later comparisons embed, encoded in
    the same call)."""
    retellings = _Retellings(commitments, subjects)
    partners = {i: found for i in range(len(commitments)) if (found := retellings.partners(i))}
    if sim.use_embeddings:  # embed every text that has a candidate at once
        involved = set(partners) | {j for found in partners.values() for j in found}
        sim.prepare(list({commitments[k].text for k in involved}) + (ahead or []))
    links = []
    for i in sorted(partners):
        a = commitments[i]
        for j in partners[i]:
            b = commitments[j]
            score = sim.pair(a.text, b.text)
            if score < LOOSEST or (a.kind != b.kind and score < SURE_ACROSS_KINDS):
                continue
            if (score >= 0.7 and (score >= 0.8 or subjects.overlap(a.text, b.text) >= SPECIFIC)) or (
                    score >= _field_similarity(a, b)):
                links.append(make_link("same_commitment", a.id, b.id, round(score, 4), {"docs": [a.doc_id, b.doc_id]}))
    return links


def derive_status(commitment: CommitmentBrief, follow_ups: list[dict[str, Any]], as_of: str | None = None) -> str:
    return statuses.derive(commitment.kind, commitment.deadline, follow_ups, as_of)
