"""A future told in a relative clause on a signed deal or on a project a body of the pair will handle: "signed a
memorandum under which Ghana will host two depots", "an agreement …, which will go to both parliaments
before June", "the line, whose extension a joint technical commission will review": a term of what was
agreed, the pledge of its parties (other relative clauses only describe their noun)."""

from __future__ import annotations

from typing import Any

from pactline.extractors.cue_base import Cue, cues_data, lemma
from pactline.extractors.holders import pairs_own_body, subject_holders
from pactline.language.actors import DocumentContext
from pactline.language.syntax import PRONOUNS, is_actor_head

Token = Any


def _relative_head(token: Token) -> Token | None:
    """The noun the relative clause holding ``token`` hangs on (through coordinated or infinitive verbs)."""
    current = token
    for _ in range(4):
        if current.dep_ == "relcl" and current.head.pos_ in ("NOUN", "PROPN"):
            return current.head
        if current.dep_ not in ("conj", "xcomp") or current.head is current:
            return None
        current = current.head
    return None


def _names_a_deal(noun: Token) -> bool:
    """ "a memorandum of understanding", "an agreement on the worker statute": the deal, or a noun its phrase holds."""
    deals = cues_data()["signed_agreements"]["nouns"]
    for _ in range(3):
        if lemma(noun) in deals:
            return True
        if noun.dep_ != "pobj" or noun.head.dep_ != "prep":
            return False
        noun = noun.head.head
    return False


def _agent_body(verb: Token) -> bool:
    """ "will be reviewed by a joint technical commission": the pair's own body acts."""
    return any(c.dep_ == "agent" and any(pairs_own_body(g) for g in c.children if g.dep_ == "pobj") for c in verb.children)


def deal_term_holders(cue: Cue, subject: Token | None, ctx: DocumentContext, last: Any) -> list[str]:
    """The parties bound by a term told in a relative clause on a deal; none for any other relative clause."""
    head = _relative_head(cue.token)
    if cue.kind != "commitment" or cue.modality not in ("will", "should") or head is None:
        return []
    deal = _names_a_deal(head)
    if subject is not None and subject.lower_ not in PRONOUNS and is_actor_head(subject) and subject.dep_ == "nsubj":
        return subject_holders(subject, cue.token, ctx, last) if deal else []
    passive = any(c.dep_ == "auxpass" for c in cue.token.children)
    if passive and (deal or _agent_body(cue.token)) and len(ctx.main_parties) == 2:
        return list(ctx.main_parties)
    return []
