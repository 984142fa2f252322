"""Clauses of a sentence the verb patterns coded ("condemned the attack and called for an inquiry"): each clause
whose own words hold no coded act is a candidate of its own for the learned typer (event_learned.py), which types
it on those words."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from pactline.core.records import Actor
from pactline.extractors.event_patterns import _patterns, match_verb
from pactline.extractors.event_subjects import word_list
from pactline.extractors.event_time import settings
from pactline.extractors.signed_lists import included_list
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


def separate_acts(a: Token, b: Token) -> bool:
    """Whether two triggers of one type in a sentence report two acts: coordinated verbs ("congratulated X
    and expressed appreciation for Y") or acts in separate clauses, not a verb and its complement
    ("offered to hand over", "the visit … during which he visited")."""
    if included_list(a) or included_list(b):
        return True  # "signed nine documents, including an accord on visas": each instrument named is its own
    if (a.pos_ in ("NOUN", "PROPN")) != (b.pos_ in ("NOUN", "PROPN")):
        # An occasion told as a noun and what was done at it ("During the talks, they discussed") are two
        # acts; "signed the statement and witnessed the signing of documents" is one signing ceremony.
        verb = a if a.pos_ in ("VERB", "AUX") else b
        return (match_verb(verb) or {}).get("type") != "AGREE"
    for low, high in ((a, b), (b, a)):
        path, node = [], low
        while node.head.i != node.i and node.i != high.i:
            path.append(node.dep_)
            node = node.head
        if node.i == high.i:
            # A clause with a subject of its own ("…, while India also signed a pact") is another act.
            own_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in low.children)
            return "conj" in path or own_subject or path == ["advcl"] and _result_of_another_code(low, high)
    return True


def _result_of_another_code(low: Token, high: Token) -> bool:
    """ "shelled the town, killing four": a participle with no subordinator whose CAMEO code differs from its
    head's is another act; "fired on the post, wounding two" is one incident."""
    if low.tag_ != "VBG" or any(c.dep_ == "mark" for c in low.children):
        return False
    return (match_verb(low) or {}).get("cameo") != (match_verb(high) or {}).get("cameo")

