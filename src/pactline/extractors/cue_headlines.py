"""A headline's second verb that the parser reads as a noun: "A, B sign declaration, pledge to keep …", "X and Y
mark anniversary, pledge faster crossings". After a comma that follows the line's own verb, a pledging word is
that verb's subject's pledge.

Reads the dependency parse only.
"""

from __future__ import annotations

from pactline.extractors.cue_base import Cue, Token, headline_verb, pledge_form, verb_conjuncts, xcomp


def headline_pledge(token: Token) -> Cue | None:
    """The pledge a misread headline verb makes: its infinitive ("pledge to keep …") or the noun it qualifies
    ("pledge faster crossings")."""
    if headline_verb(token) is None:
        return None
    action = xcomp(token) or next((c for c in token.children if c.dep_ == "acl" and c.tag_ == "VB"), None)
    if action is not None:
        return Cue(token, verb_conjuncts(action), "commitment", pledge_form(token.lower_))
    if token.dep_ in ("compound", "amod") and token.head.i > token.i:
        return Cue(token, [token.head], "commitment", pledge_form(token.lower_))
    thing = next((c for c in token.children if c.dep_ in ("dobj", "compound") and c.i > token.i), None)
    return Cue(token, [thing], "commitment", pledge_form(token.lower_)) if thing is not None else None


def headline_infinitive(tok: Token) -> str | None:
    """ "Saudi Arabia to expedite $5bn package", "Italy to build two centres": a headline that opens with its
    subject and an infinitive, with no finite verb over it, tells what the subject will do."""
    if tok.tag_ != "VB" or tok.dep_ not in ("ROOT", "ccomp") or not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return None
    subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    opens = subject is not None and min(t.i for t in subject.subtree) == tok.sent.start
    return "will" if opens and subject.pos_ == "PROPN" else None
