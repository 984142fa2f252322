"""The words of a pledge's action clause the parser hangs elsewhere: an object stranded on the cue verb, a project
told as the subject ("the railway link would be finished in three years"), and whether an action has an object
of its own. Used by extractors/commitments.py."""

from __future__ import annotations

from typing import Any

from pactline.extractors.cue_base import hyphen_head
from pactline.extractors.holders import names_a_body
from pactline.language.syntax import is_actor_head

Token = Any


def stranded_object(cue_token: Token, action: Token) -> list[Token]:
    """ "told the trade ministers to submit, before the end of May, a plan for …": an object and phrases
    after an action that has none, which the parser hung on the cue verb, belong to the action."""
    if action.head.i != cue_token.i or action.dep_ != "xcomp" or any(c.dep_ in ("dobj", "ccomp", "xcomp", "attr")
                                                                       for c in action.children):
        return []
    out: list[Token] = []
    for child in cue_token.children:
        if child.i <= action.i or child.dep_ == "punct":
            continue
        if child.dep_ not in ("prep", "dobj", "npadvmod"):
            break
        out.extend(child.subtree)
    if not any(t.dep_ == "dobj" for t in out):
        return []
    lo, hi = min(t.i for t in out), max(t.i for t in out)
    return out + [c for c in cue_token.children if c.dep_ == "punct" and lo < c.i < hi]


def has_later_object(verb: Token) -> bool:
    """ "reopen border" (a headline's bare object) is a pledge of its own; "deepen" in "deepen and expand X" is not."""
    return any(c.dep_ in ("dobj", "attr", "ccomp", "xcomp", "prep", "prt") and c.i > verb.i for c in verb.children)


def with_thing_subject(tokens: list[Token], verb: Token) -> list[Token]:
    """ "the railway link would be finished in three years": a project as the subject is what is pledged; its words
    stay (an actor subject is the record's party, not its words)."""
    subject = hyphen_head(next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None))
    if subject is None or is_actor_head(subject) and not names_a_body(subject) or subject.i > verb.i or not tokens:
        return tokens
    have = {t.i for t in tokens}
    lead = [t for t in subject.subtree] + [c for c in verb.children if c.dep_ in ("aux", "auxpass", "neg") and c.i < verb.i]
    return sorted(tokens + [t for t in lead if t.i not in have], key=lambda t: t.i)
