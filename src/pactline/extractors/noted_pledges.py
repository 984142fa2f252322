"""A pledge told as noted by someone else: "the envoy notes the parties' commitment to set up a joint mechanism within
30 days", "acknowledged Ghana's undertaking to reopen the border". A neutral verb of noting whose object is a pledge
noun owned by a party ("Ghana's", "by Ghana") restates that party's pledge (a welcome or praise of it stays the speaker's stance). The verbs
are data (commitment_cues.json: noted_pledges)."""

from __future__ import annotations

from functools import cache
from typing import Any

from pactline.extractors.cue_base import Cue, cues_data, lemma, verb_conjuncts, xcomp
from pactline.extractors.cue_vocab import tables
from pactline.language.syntax import PRONOUNS

Token = Any


@cache
def _verbs() -> frozenset[str]:
    return frozenset(cues_data()["noted_pledges"]["verbs"])


@cache
def _welcomed() -> tuple[frozenset[str], frozenset[str]]:
    data = cues_data()["welcomed_pledges"]
    return frozenset(data["verbs"]), frozenset(data["nouns"])


def _owned_pledge(verb: Token, nouns: dict[str, str], welcomed: bool = False) -> tuple[Token, Token] | None:
    """(the pledge noun, its owner) of the verb's object, when a party other than a pronoun owns it; after a
    verb of welcome, only a pledge noun proper ("commitment", "pledge")."""
    if lemma(verb) not in (_welcomed()[0] if welcomed else _verbs()):
        return None
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        owner = next((c for c in obj.children if c.dep_ == "poss"), None) or next(  # "a commitment by Chile to …"
            (g for c in obj.children if c.dep_ == "prep" and c.lower_ == "by" for g in c.children if g.dep_ == "pobj"), None)
        pledged = lemma(obj) in _welcomed()[1] if welcomed else lemma(obj) in nouns and lemma(obj) not in ("support", "agreement")
        if pledged and owner is not None and owner.lower_ not in PRONOUNS:
            return obj, owner
    return None


def welcomed_pledge(verb: Token, nouns: dict[str, str]) -> Cue | None:
    """ "welcomed Ghana's commitment to reopen the border": beside the speaker's stance, the owner's pledge."""
    return noted_pledge(verb, nouns, welcomed=True)


def noted_pledge(verb: Token, nouns: dict[str, str], welcomed: bool = False) -> Cue | None:
    """The cue of a noted pledge: the owner's pledge, its actions the noun's infinitive and those joined to it; or
    a binding instrument's reach affirmed (bound_scope)."""
    if bound_scope(verb):
        return Cue(verb, [verb], "commitment", "commit")
    found = _owned_pledge(verb, nouns, welcomed)
    if found is None:
        return None
    noun = found[0]
    action = xcomp(noun) or next((c for c in noun.children if c.dep_ == "acl" and c.pos_ == "VERB"), None)
    return Cue(verb, verb_conjuncts(action), "commitment", nouns.get(lemma(noun), "pledge")) if action is not None else None


def pledge_owner(cue: Cue) -> Token | None:
    """The owner of the pledge a noting verb restates ("the parties'", "Ghana's"), who holds it."""
    if cue.kind != "commitment" or cue.actions == [cue.token]:
        return None
    found = _owned_pledge(cue.token, tables()["commit_nouns"]) or _owned_pledge(cue.token, tables()["commit_nouns"], True)
    return found[1] if found is not None else None


def bound_scope(verb: Token) -> bool:
    """ "reaffirmed that the 1998 defence pact extends to attacks on its ships", "confirmed that its security
    guarantee applies to the islands": the reach of a binding instrument affirmed is the affirmer's commitment to
    honour it there (data/commitment_cues.json "bound_scope")."""
    data = cues_data()["bound_scope"]
    if lemma(verb) not in data["verbs"]:
        return False
    return any(c.dep_ == "ccomp" and lemma(c) in data["reach"] and c.tag_ in ("VBZ", "VBP") and any(
        s.dep_ == "nsubj" and lemma(s) in data["instruments"] for s in c.children) for c in verb.children)
