"""A reported clause told beside the speaker's own stance verb: "said the talks were going nowhere and urged
Chile to return to them", "condemned the embargo and said Peru would not give in". The speaker argues one line;
the reported clause is a stance of the same speaker, a record of its own.

Reads the dependency parse and data/commitment_cues.json only (through cue_base).
"""

from __future__ import annotations

from typing import Any

from pactline.extractors.cue_base import Token, cues_data, lemma
from pactline.extractors.cue_shapes import quoted_then_added, reports_judgement
from pactline.extractors.stance_owner import said_in_relative


def _state_verbs() -> frozenset[str]:
    """Verbs of a state (data: argued_lines): the reported clause is a stance when it tells a state ("the border was
    calm", "would have no future", "remained neutral") or a claim in the simple present ("Peru arms the rebels"); an
    act told in the past or under way ("said it had lodged a protest", "said two soldiers were killed") is an event,
    under a modal with another verb ("would resume talks") a pledge the rules read elsewhere."""
    return frozenset(cues_data()["argued_lines"]["state_verbs"])


def reports_stance(tok: Token, t: dict[str, Any]) -> bool:
    """Whether a saying verb states its speaker's stance: a judgement in its clause, a quotation its speaker then
    adds to (cue_shapes), a clause told beside a stance verb of the speaker's (below), or a view reported in a
    relative clause ("a plan that Oslo said was written for …": stance_owner.said_in_relative)."""
    return reports_judgement(tok, t) or quoted_then_added(tok, t) or said_beside_stance(tok, t) or said_in_relative(tok)


def said_beside_stance(tok: Token, t: dict[str, Any]) -> bool:
    """Whether a saying verb's reported clause is a stance because the same speaker states a stance by a verb
    coordinated with it (one subject for both)."""
    clauses = [c for c in tok.children if c.dep_ == "ccomp" and c.i > tok.i]
    partners = [v for v in _partners(tok, clauses, t) if _stance_verb(v, t)]
    if not clauses or not partners:
        return False
    inner = {w.i for v in partners for w in v.subtree}
    return all(_plain_clause(c, t, inner) for c in clauses)


def _partners(tok: Token, clauses: list[Token], t: dict[str, Any]) -> list[Token]:
    """Verbs coordinated with the saying verb that share its subject; also one the parser hung on the reported
    clause ("said [the border was calm and urged Chile …]")."""
    later = [c for h in [tok, *clauses] for c in h.children if c.dep_ == "conj" and c.pos_ == "VERB"
             and c.i > h.i and not _own_subject(c)]
    earlier = [tok.head] if tok.dep_ == "conj" and tok.head.pos_ == "VERB" and not _own_subject(tok) else []
    # ("said Peru was calm and would defend its waters": a verb under a modal tells a pledge, no stance beside)
    return [v for v in later + earlier if not _modal(v, t)]


def _modal(verb: Token, t: dict[str, Any]) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in t["modals"] for c in verb.children)


def _own_subject(verb: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)


def _stance_verb(verb: Token, t: dict[str, Any]) -> bool:
    word = lemma(verb)
    calls = t["commit_verbs"].get(word) in ("call", "encourage")  # "urged", "asked": a call, no pledge of one's own
    return word not in t["reporting"] and (word in t["position_verbs"] or word in t["support"]["lemmas"] or calls)


def _plain_clause(clause: Token, t: dict[str, Any], inner: set[int]) -> bool:
    """A clause with no cue of its own (the partners' words, ``inner``, aside) that tells a state or a claim."""
    words = {lemma(w) for w in clause.subtree if w.pos_ in ("VERB", "AUX", "ADJ") and w.i not in inner}
    cued = set(t["position_verbs"]) | set(t["support"]["lemmas"]) | set(t["commit_verbs"]) | set(t["reporting"]) | set(
        t["commit_adj"]) | set(t["position_adj"])  # ("said Peru remained committed to …": a cue of its own)
    if words & cued:
        return False
    if _modal(clause, t):
        return lemma(clause) in _state_verbs()  # ("would not be cowed" is a modal cue of its own: a refusal)
    # a present passive tells a state or a claim ("is seen as", "are armed by"); a past one an act ("were killed")
    present_passive = any(c.dep_ == "auxpass" and c.tag_ in ("VBZ", "VBP") for c in clause.children)
    return lemma(clause) in _state_verbs() or present_passive or (
        clause.tag_ in ("VBZ", "VBP") and not any(c.dep_ == "aux" for c in clause.children))
