"""Clauses of a sentence the verb patterns coded ("condemned the attack and called for an inquiry"): each clause
whose own words hold no coded act is a candidate of its own for the learned typer (event_learned.py), which types
it on those words."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from pactline.core.records import Actor
from pactline.extractors.event_subjects import word_list
from pactline.extractors.event_time import settings
from pactline.language.analysis import SentenceInfo

Token = Any


@dataclass
class Candidate:
    sent: SentenceInfo
    previous: list[SentenceInfo]
    last: tuple[Actor | None, list[str]] | None  # the actor memory when the sentence was read
    coded: frozenset[str] = frozenset()  # types the verb patterns already found in the sentence
    clause: Any = None  # a clause of a coded sentence, typed on its own (``clause_candidates``)
    acted: frozenset[int] = frozenset()  # the tokens whose acts the verb patterns coded
    beside: frozenset[str] = frozenset()  # a clause's: the types coded in its sentence, not repeated by the clause


def clause_candidates(cand: Candidate) -> list[Candidate]:
    """ "condemned the attack and called for an inquiry", "…, accusing Lima of …", "which destroyed …", "said its
    troops had shelled …": in a sentence the verb patterns coded, each clause (``clause_heads``) whose own words
    hold no act the patterns coded, and no verb or occasion noun a pattern names, is an act of its own to type
    (the whole sentence is typed by what was coded)."""
    from pactline.extractors.event_patterns import _patterns, match_verb

    if not cand.coded:
        return []
    nouns, heads = _patterns()[1], clause_heads(cand.sent.span)
    out = []
    for tok in heads:
        words = own_words(tok, heads)
        if any(t.i in cand.acted for t in words) or _agreed_content(tok) or any(c.dep_ == "ccomp" for c in tok.children):
            continue  # (a verb that reports a clause, "expressed that …", is typed by what it reports)
        if tok.dep_ == "ccomp" and _said_in_passing(tok.head):
            continue
        if not any(t.pos_ in ("VERB", "AUX") and match_verb(t) or t.lemma_.lower() in nouns for t in words):
            out.append(Candidate(cand.sent, cand.previous, cand.last, frozenset(), tok, beside=cand.coded))
    return out


_CLAUSE_DEPS = ("ROOT", "conj", "advcl", "relcl", "ccomp", "acl", "pcomp", "parataxis")


def clause_heads(span: Any) -> list[Token]:
    """The verbs that head a clause of their own: the root, a coordinated verb, an adverbial, relative,
    participial or complement clause ("…, killing 12", "which destroyed …", "said it had shelled …"). What
    completes another word stays in its clause: an infinitive ("agreed to raise", "his intention to visit"), a
    passive participle, which describes its noun ("the talks scheduled for June", "the referendum scheduled for
    2 June"), a gerund after a preposition other
    than one of acts done in turn ("warned against arming", but "responded by recalling" is an act), a relative
    clause that describes its object (``_relative_act``)."""
    from pactline.extractors.event_patterns import _patterns

    nouns, preps = _patterns()[1], set(settings()["gerund_preps"])
    return [t for t in span if t.pos_ == "VERB" and t.dep_ in _CLAUSE_DEPS and (
        t.dep_ != "conj" or t.head.pos_ in ("VERB", "AUX")) and not (
        t.dep_ == "acl" and (t.head.lemma_.lower() in nouns or t.tag_ == "VBN" or any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children)))
        and (t.dep_ != "pcomp" or t.head.lower_ in preps) and (t.dep_ != "relcl" or _relative_act(t))]


def _relative_act(verb: Token) -> bool:
    """ "…, who thanked him for …", "…, where the two leaders opened …": a relative clause tells an act of its own
    when the relative word is its subject or its place or time, told in the document's time; "the ceasefire, which
    Hungary had brokered", "the steps he announced" describe their object, history it carries."""
    if any(c.dep_ == "aux" and c.lemma_.lower() == "have" and c.tag_ == "VBD" for c in verb.children):
        return False  # (past perfect: "which X had brokered")
    return any(c.tag_ in ("WP", "WDT") and c.dep_ in ("nsubj", "nsubjpass") or c.tag_ == "WRB" for c in verb.children)


def _said_in_passing(verb: Token) -> bool:
    """ "rejected the claim, saying its vessels were fishing legally", "condemned the ambush, saying the gunmen
    fled": a participle of saying hung on a coded act tells the speaker's defence or account of it, no act of
    its own."""
    return verb.tag_ == "VBG" and verb.dep_ == "advcl" and verb.lemma_.lower() in word_list("reporting")


def own_words(head: Token, heads: list[Token]) -> list[Token]:
    """The words of ``head``'s clause without the clauses nested in it."""
    inner = {t.i for h in heads if h is not head and head in h.ancestors for t in h.subtree}
    return [t for t in head.subtree if t.i not in inner]


def _agreed_content(tok: Token) -> bool:
    """ "agreed to raise trade … and to upgrade the trade pact": a conjunct of an infinitive complement is more of
    what was agreed or decided, told by the act the patterns coded, not a second act."""
    while tok.dep_ == "conj" and tok.head is not tok:
        tok = tok.head
    return tok.dep_ == "xcomp"
