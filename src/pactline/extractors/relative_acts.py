"""Relative clauses that tell an actor's own act or word ("… met President Faure Gnassingbe, who pledged to …"),
told apart from those that only describe their noun ("the railway, which Ghana will fund"). Imports language."""

from __future__ import annotations

from typing import Any

from pactline.core import vocab
from pactline.language.syntax import is_actor_head, subject_of

Token = Any


def antecedent_subject(token: Token, subject: Token | None) -> Token | None:
    """The subject a clause's pledge or stance is held by when the clause is an actor's own relative clause
    (antecedent_speaker): the actor for its "who"; None for a relative clause that describes its noun."""
    if (sayer := _sayer_in_which(token)) is not None:
        return sayer  # "… a letter to X, in which he said he hoped for …": what the letter says is his stance
    if (sending := sent_with(token)) is not None:
        return subject_of(sending)
    actor = antecedent_speaker(token)
    return None if actor is None else actor if subject is None or subject.lower_ in ("who", "that") else subject


_SAYING = frozenset({"say", "add", "state", "stress", "note", "write", "express", "tell"})


def _sayer_in_which(token: Token) -> Token | None:
    """The subject of a relative clause of saying on a text or a talk ("a message, in which he said …", "a call in
    which the two leaders stressed …"): the clause tells that subject's own word, not a trait of its noun."""
    current = token
    for _ in range(12):
        if current.dep_ == "relcl":
            if current.lemma_.lower() not in _SAYING or not any(
                    c.dep_ == "prep" and any(g.lower_ in ("which", "whom") for g in c.children) for c in current.children):
                return None
            return next((c for c in current.children if c.dep_ == "nsubj" and c.lower_ not in ("which", "that")), None)
        if current.head is current:
            return None
        current = current.head
    return None


def antecedent_speaker(token: Token) -> Token | None:
    """ "… met Togolese President Faure Gnassingbe, who pledged to open two border posts": a relative clause
    whose subject is "who" and whose noun is an actor tells that actor's own act or word, not a description of
    its noun; the actor (None for any other relative clause)."""
    current = token
    for _ in range(12):
        if current.dep_ == "relcl":
            # told as an act of that day ("who pledged", "who said"), not a standing trait ("who has long sought")
            who = current.tag_ == "VBD" and any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("who", "that")
                                               for c in current.children)
            return current.head if who and current.head.pos_ == "PROPN" and is_actor_head(current.head) else None
        if current.head is current:
            return None
        current = current.head
    return None


def sent_with(token: Token) -> Token | None:
    """ "handed the envoy a note of protest demanding an inquiry", "sent Kenya a letter urging …": what a message
    asks is asked by whoever sends it (commitment_cues.json: sent_messages). The sending verb, or None."""
    head, data = token.head, vocab.load("commitment_cues.json")["sent_messages"]
    if token.tag_ != "VBG" or token.dep_ != "acl" or head.lemma_.lower() not in data["nouns"]:
        return None
    sending = head.head if head.dep_ == "dobj" else None  # ("received a note demanding …": the receiver asks nothing)
    return sending if sending is not None and sending.lemma_.lower() in data["verbs"] else None
