"""Commitment links: the same pledge told by several sources, and follow-ups in later documents that
reaffirm, fulfil, delay or contradict it, from which each commitment's status is derived."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import cache
from typing import Any

from pactline.core import statuses, vocab
from pactline.core.records import Document, Link
from pactline.extractors.commentary import commentary_flags, commentator_names
from pactline.language.analysis import readable_segments
from pactline.language.dates import to_date
from pactline.link.commitment_entities import entity_ids, involved, status_rows
from pactline.link.common import days_apart, make_link
from pactline.link.similarity import Similarity, split_sentences
from pactline.store.rows import CommitmentBrief


@cache
def _skip_words() -> tuple[frozenset[str], frozenset[str]]:
    from pactline.language.actors import gazetteer

    return frozenset(vocab.load("follow_up.json")["generic_words"]), frozenset(s.lower() for s in gazetteer().surfaces)


@cache
def _spellings() -> dict[str, str]:
    return dict(vocab.load("follow_up.json").get("spellings", {}))


def key_pairs(text: str) -> set[tuple[str, str]]:
    """Adjacent content words (generic diplomatic words, short words and country names skipped, plurals
    folded): "the Kenya-Indonesia Industrial Park" -> {("industrial", "park")}."""
    generic, places = _skip_words()
    spellings = _spellings()
    words = []
    for word in re.findall(r"[a-z][a-z-]+", re.sub(r"\bco-(?=[a-z])", "co", text.lower())):
        for part in word.split("-"):
            part = spellings.get(part, part)
            if len(part) < 3 or part in generic or part in places:
                continue
            words.append(_singular(part))
    return set(zip(words, words[1:], strict=False))


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
WEAK_SIMILARITY = 0.5  # below this a follow-up must share ...
STRONG_SPECIFIC = 2.5 * SPECIFIC  # ... this much specific subject ("law enforcement", "military personnel", ...)
SAME_FIELD_SIMILARITY = 0.6  # two sources' retellings of one occasion in the same main field: a looser match
SAME_BROAD_FIELD_SIMILARITY = 0.65
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
        out += found
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
    sim: Similarity, as_of: str | None = None,
) -> tuple[list[Link], dict[str, dict[str, Any]]]:
    """same_commitment between retellings of one statement; follow-ups from later documents' sentences.
    evidence_owner maps (doc_id, sentence start) to the record that quotes that sentence."""
    subjects = SubjectIndex([c.text for c in commitments] + [s.text for s in sentences])
    links = _same_commitment_links(commitments, subjects, sim)
    follow_ups: dict[str, list[dict[str, Any]]] = defaultdict(list)
    links += _follow_up_links(commitments, evidence_owner, sentences, sim, subjects, follow_ups)
    entities = entity_ids(commitments, links, follow_ups, paragraphs_of(commitments, sentences))
    as_of = as_of or max((s.date for s in sentences if s.date), default=None)
    return links, status_rows(commitments, follow_ups, entities, as_of)


def paragraphs_of(commitments: list[CommitmentBrief], sentences: list[LaterSentence]) -> dict[str, tuple[str, int, int]]:
    """Commitment id -> (document, paragraph start, sentence start) of the sentence that quotes its text,
    where one does."""
    by_doc: dict[str, list[LaterSentence]] = defaultdict(list)
    for s in sentences:
        by_doc[s.doc_id].append(s)
    out = {}
    for c in commitments:
        probe = re.sub(r"\s+", " ", c.text.strip())[:40].lower()
        for s in by_doc.get(c.doc_id, []):
            if probe and probe in re.sub(r"\s+", " ", s.text).lower():
                out[c.id] = (c.doc_id, s.paragraph, s.start)
                break
    return out


def _partners(commitments: list[CommitmentBrief], i: int, subjects: SubjectIndex,
              by_pair: dict[int, list[int]], by_month_field: dict[tuple[Any, ...], list[int]]) -> list[int]:
    """Later commitments that may restate commitment i (another source, same kind, a shared party, within a
    month): those sharing a word pair, or made the same month in the same main field (a translation words it
    differently); in index order, computed per commitment, so a large store's pairs are never all held."""
    a = commitments[i]
    same_month = by_month_field.get(_month_field(a), [])
    found: set[int] = {j for j in same_month if j > i} if len(same_month) <= 200 else set()
    for pair in subjects.codes(a.text):
        members = by_pair[pair]
        if len(members) > 400:
            continue  # a pair this common ("joint commission" in every text) proves nothing by itself
        found.update(j for j in members if j > i)
    out = []
    for j in sorted(found):
        b = commitments[j]
        if a.doc_id == b.doc_id or not involved(a) & involved(b):
            continue
        apart = days_apart(a.made_on, b.made_on)
        if apart is None or apart <= 31:
            out.append(j)
    return out


def _month_field(c: CommitmentBrief) -> tuple[Any, ...]:
    return ((c.made_on or "")[:7], c.kind, c.domains[0] if c.domains else None)


def _field_similarity(a: CommitmentBrief, b: CommitmentBrief) -> float:
    """How similar two retellings in the same main field must be to join: looser in a narrow field than in
    a broad one ("politics", where most stances fall); above 1 (never) in different fields."""
    from pactline.link.commitment_entities import broad_fields

    if not a.domains or a.domains[:1] != b.domains[:1]:
        return 2.0
    return SAME_BROAD_FIELD_SIMILARITY if a.domains[0] in broad_fields() else SAME_FIELD_SIMILARITY


def _same_commitment_links(commitments: list[CommitmentBrief], subjects: SubjectIndex, sim: Similarity) -> list[Link]:
    """The same pledge told by another source about the same occasion: candidates share a word pair, a party
    and a month; only those pairs are scored."""
    by_pair: dict[int, list[int]] = defaultdict(list)
    by_month_field: dict[tuple[Any, ...], list[int]] = defaultdict(list)
    for i, c in enumerate(commitments):
        for pair in subjects.codes(c.text):
            by_pair[pair].append(i)
        if c.domains and c.made_on and len(c.made_on) >= 7:
            by_month_field[_month_field(c)].append(i)
    partners = {i: found for i in range(len(commitments))
                if (found := _partners(commitments, i, subjects, by_pair, by_month_field))}
    if sim.use_embeddings:  # embed every text that has a candidate at once
        involved = set(partners) | {j for found in partners.values() for j in found}
        sim.prepare(list({commitments[k].text for k in involved}))
    links = []
    for i in sorted(partners):
        a = commitments[i]
        for j in partners[i]:
            b = commitments[j]
            score = float(sim.matrix([a.text], [b.text])[0, 0])
            if (score >= 0.7 and (score >= 0.8 or subjects.overlap(a.text, b.text) >= SPECIFIC)) or (
                    score >= _field_similarity(a, b)):
                links.append(make_link("same_commitment", a.id, b.id, round(score, 4), {"docs": [a.doc_id, b.doc_id]}))
    return links


def _eligible(a: CommitmentBrief, sentences: list[LaterSentence], sentence_days: list[Any], subjects: SubjectIndex,
              by_pair: dict[int, list[int]]) -> list[tuple[float, int]]:
    """Later sentences (over a month after the pledge, of a document about one of its parties) that share
    enough specific word pairs with it, most specific first."""
    made = to_date(a.made_on)
    candidates: dict[int, float] = {}
    for pair in subjects.codes(a.text):  # in code order, so sums (and ties) never depend on hashing
        hits = by_pair.get(pair, [])
        if len(hits) > 2000:
            continue  # too common to mark one undertaking
        weight = subjects._idf(pair)
        for k in hits:
            candidates[k] = candidates.get(k, 0.0) + weight
    eligible = []
    for k, specific in candidates.items():
        s, when = sentences[k], sentence_days[k]
        if s.doc_id == a.doc_id or when is None or (when - made).days <= 31 or specific < SPECIFIC / 2:
            continue
        if s.parties and not involved(a) & s.parties:
            continue
        eligible.append((specific, k))
    return sorted(eligible, key=lambda e: (-e[0], e[1]))[:30]


def _best_matches(a: CommitmentBrief, eligible: list[tuple[float, int]], sentences: list[LaterSentence],
                  sim: Similarity) -> list[tuple[float, int]]:
    """The best sentence per later document, at most MAX_FOLLOW_UPS documents: (similarity, sentence)."""
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
        if doc_id not in best_per_doc or (rank, -k) > (best_per_doc[doc_id][0], -best_per_doc[doc_id][2]):
            best_per_doc[doc_id] = (rank, score, k)
    ranked = sorted(best_per_doc.values(), key=lambda v: (-v[0], -v[1], v[2]))[:MAX_FOLLOW_UPS]
    return [(score, k) for _rank, score, k in ranked]


def _follow_up_links(commitments: list[CommitmentBrief], evidence_owner: dict[tuple[str, int], str],
                     sentences: list[LaterSentence], sim: Similarity, subjects: SubjectIndex,
                     follow_ups: dict[str, list[dict[str, Any]]]) -> list[Link]:
    """Follow-through: sentences of later documents about the same undertaking, with the reasons they hold."""
    data = vocab.load("follow_up.json")
    sentence_days = [to_date(s.date) for s in sentences]
    told_dates: dict[int, str | None] = {}  # when a later sentence says it happened, found once per sentence
    by_pair: dict[int, list[int]] = defaultdict(list)
    for k, s in enumerate(sentences):
        for pair in subjects.codes(s.text):
            by_pair[pair].append(k)
    links = []
    for a in (c for c in commitments if c.kind == "commitment" and to_date(c.made_on) is not None):
        eligible = _eligible(a, sentences, sentence_days, subjects, by_pair)
        for score, k in _best_matches(a, eligible, sentences, sim) if eligible else []:
            s = sentences[k]
            if s.commentary:
                continue  # analysts and journalists are context, never a party's reaffirmation
            relation = relation_of(s.text, data) or "reaffirms"
            if relation in ("fulfils", "delays", "contradicts") and not subjects.shares_rare(a.text, s.text):
                continue  # a strong claim about something only loosely shared ("the Belt and Road")
            reasons = _reasons(a, s, relation, subjects)
            record_id = evidence_owner.get((s.doc_id, s.start), s.doc_id)
            evidence = [{"doc_id": s.doc_id, "source": s.source, "start": s.start, "end": s.end, "quote": s.text}]
            if k not in told_dates:
                told_dates[k] = _sentence_date(s)
            entry = {"relation": relation, "record_id": record_id, "date": told_dates[k],
                     "score": round(float(score), 4), "evidence": evidence, "reasons": reasons}
            follow_ups[a.id].append(entry)
            links.append(make_link("follow_up", a.id, record_id, entry["score"],
                                   {"relation": relation, "date": entry["date"], "evidence": evidence, "reasons": reasons}))
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


def _reasons(a: CommitmentBrief, s: LaterSentence, relation: str, subjects: SubjectIndex) -> dict[str, Any]:
    """Which of the three tests held for a follow-up, and the words that showed them."""
    shared = sorted(" ".join(p) for p in key_pairs(a.text) & key_pairs(s.text))
    cue = next((m.group(0) for r, pattern in _relation_patterns() if r == relation
                for m in [pattern.search(s.text.lower())] if m), None)
    return {"party": sorted(involved(a) & s.parties), "object": shared[:6],
            "specific_object": subjects.shares_rare(a.text, s.text), "relation": relation, "relation_words": cue}


def derive_status(commitment: CommitmentBrief, follow_ups: list[dict[str, Any]], as_of: str | None = None) -> str:
    return statuses.derive(commitment.kind, commitment.deadline, follow_ups, as_of)
