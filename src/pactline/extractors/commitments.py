"""Commitments and positions: who pledged what, in which domain, by when; and each side's stated stances.

The governing verb, its subject and its clauses come from spaCy's dependency parse; the cue words come
from data/commitment_cues.json and the domains from data/domains.json.
"""

from __future__ import annotations

import re
from typing import Any

from pactline.core.records import Commitment, Evidence, content_id
from pactline.extractors.cues import Cue, cues_data, find_cues
from pactline.extractors.deadlines import relative_deadline
from pactline.extractors.domains import classify
from pactline.extractors.holders import QuoteSpeakers, reported_by_participle, subject_holders
from pactline.extractors.neither import is_neither
from pactline.extractors.registry import extractor
from pactline.extractors.statement_kind import judge
from pactline.language.actors import DocumentContext
from pactline.language.analysis import Analysis, SentenceInfo
from pactline.language.dates import to_date
from pactline.language.syntax import (
    ActorMemory,
    clause_tokens,
    in_relative_clause,
    subject_of,
    tokens_text,
)

Token = Any


def _lemmas(tokens: list[Token]) -> str:
    return " ".join(t.lemma_ for t in tokens)


def _deadline(sent: SentenceInfo, clause: list[Token], made_on: str | None) -> str | None:
    if not clause:
        return None
    start = sent.char(clause[0].idx)
    end = sent.char(clause[-1].idx + len(clause[-1].text))
    made = to_date(made_on)
    for mention in sent.dates:
        if not (start <= mention.start and mention.end <= end + 1):
            continue
        before = sent.text[: mention.start - sent.start].lower().rstrip()
        if not before.endswith(("by", "before", "within", "in", "until", "till", "than", "of", "for", "the end of", "end of")):
            continue
        value = mention.end_value or mention.value
        when = to_date(value)
        if made and when and when.year < made.year:
            continue
        return value
    return relative_deadline(sent.text[start - sent.start : end - sent.start + 1], made_on)


@extractor("commitments", produces="commitments")
def extract_commitments(analysis: Analysis, ctx: DocumentContext) -> list[Commitment]:
    cues_data_ = cues_data()
    nonstate = set(cues_data_["nonstate_subject_heads"])
    doc = analysis.doc
    out: list[Commitment] = []
    memory = ActorMemory(ctx)
    quotes = QuoteSpeakers(doc.text)
    for sent in analysis.sentences:
        seg_id = sent.segment.id
        if sent.span is None:
            quotes.observe(seg_id, sent.start, sent.end, sent.text, None, ctx, memory.get(seg_id))
            continue  # the pre-filter found no cue here
        cues = find_cues(sent.span)
        for cue in cues:
            if in_relative_clause(cue.token) and not reported_by_participle(cue.token):
                continue
            subject = subject_of(cue.token)
            if is_neither(cue, subject):
                continue
            committed: list[str] = []
            if subject is not None:
                if subject.lemma_.lower() in nonstate:
                    continue
                committed = quotes.holders(seg_id, subject, cue.token, sent.start, sent.text) or subject_holders(
                    subject, cue.token, ctx, memory.get(seg_id))
                if not committed and cue.passive_party:
                    committed = list(ctx.main_parties)
            elif cue.passive_party or cue.token.dep_ in ("ROOT",) and cue.token.tag_ == "VBN":
                committed = list(ctx.main_parties)
            if not committed:
                continue
            out.extend(_records(doc, sent, cue, committed, ctx))
        quotes.observe(seg_id, sent.start, sent.end, sent.text, sent.span, ctx, memory.get(seg_id))
        memory.observe(seg_id, sent.span)
    return judge(out)


def _item_tokens(item: Token) -> list[Token]:
    skip: set[int] = set()
    for child in item.children:
        if child.dep_ in ("conj", "cc") or child.dep_ == "punct" and child.i > item.i:
            skip |= {t.i for t in child.subtree}
    tokens = [t for t in item.subtree if t.i not in skip]
    while tokens and (tokens[-1].is_punct or tokens[-1].dep_ == "cc"):
        tokens.pop()
    return tokens


_ENUMERATION = re.compile(r"\((?:\d{1,2}|[a-h]|i{1,3}|iv|v)\)")


def _enumerated(sent_span: Any, cue: Cue) -> list[list[Token]]:
    """ "agreed on (1) X, (2) Y and (3) Z": the tokens of each numbered item after the cue."""
    after = [t for t in sent_span if t.i > cue.token.i]
    text = "".join(t.text_with_ws for t in after)
    marks = list(_ENUMERATION.finditer(text))
    if len(marks) < 2 or not after:
        return []
    base = after[0].idx
    items = []
    for mark, nxt in zip(marks, marks[1:] + [None], strict=True):
        lo, hi = base + mark.end(), base + (nxt.start() if nxt else len(text))
        tokens = [t for t in after if lo <= t.idx < hi]
        while tokens and (tokens[-1].is_punct or tokens[-1].dep_ == "cc" or tokens[-1].lower_ in ("and", "or")):
            tokens.pop()
        if tokens:
            items.append(tokens)
    return items


def _action_clauses(sent: SentenceInfo, cue: Cue) -> list[list[Token]]:
    """One token list per pledge (a sentence bundling several stays split) or the stance's clause."""
    if cue.kind == "position":
        return [clause_tokens(cue.token, exclude_conj_verbs=False)]
    listed = _enumerated(sent.span, cue)
    if listed:
        return listed
    clauses: list[list[Token]] = []
    pending: list[Token] = []
    for action in cue.actions:
        if action is cue.token and cue.token.pos_ != "VERB":
            clause = clause_tokens(cue.token)
        elif action.dep_ == "pobj" or action.dep_ == "conj" and action.pos_ != "VERB":
            clause = _item_tokens(action)  # one item of a listed pledge, without the items after it
        else:
            clause = clause_tokens(action)
        if len(clause) <= 2 and action is not cue.actions[-1]:
            pending.extend(clause)  # "deepen and expand cooperation": a bare verb shares the next one's object
            continue
        clauses.append(sorted(pending + clause, key=lambda t: t.i) if pending else clause)
        pending = []
    return [c for c in clauses if c]


def _records(doc: Any, sent: SentenceInfo, cue: Cue, committed: list[str], ctx: DocumentContext) -> list[Commitment]:
    made_on = sent.segment.published
    records = []
    for index, clause in enumerate(_action_clauses(sent, cue)):
        text = tokens_text(clause)
        if not text:
            continue
        domains = tuple(classify(text, _lemmas(clause))) or tuple(classify(sent.text)) or ("politics",)
        deadline = _deadline(sent, clause, made_on) if cue.kind == "commitment" else None
        parties = sorted(set(committed))
        evidence = Evidence(doc.id, doc.source, sent.start, sent.end, doc.text[sent.start : sent.end])
        records.append(
            Commitment(
                id=content_id("com", doc.id, sent.start, index, text),
                doc_id=doc.id,
                kind=cue.kind,
                parties=parties,
                modality=cue.modality,
                text=text[:400],
                domains=list(domains),
                deadline=deadline,
                made_on=made_on,
                made_on_confidence=sent.segment.published_confidence if made_on else "unknown",
                evidence=[evidence],
            )
        )
    return records
