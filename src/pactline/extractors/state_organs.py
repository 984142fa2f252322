"""A body named through its country ("China's coast guard", "the Bolivian border police") as the holder of a stance."""

from __future__ import annotations

from typing import Any

from pactline.language.actors import find_countries

Token = Any


def state_organ(subject: Token) -> list[str]:
    """ "China's coast guard said …", "the Bolivian border police denied …": a body named through its country's
    possessive or adjective is that country's voice when it states a stance (the actor list may lack the body)."""
    if subject.pos_ != "NOUN":
        return []
    marks = [c for c in subject.children if c.dep_ in ("poss", "amod", "compound") and c.i < subject.i]
    codes = {m.code for c in marks for m in find_countries(" ".join(t.text for t in c.subtree))}
    return sorted(codes) if len(codes) == 1 else []


def state_body(subject: Token) -> list[str]:
    """ "Chile's development bank will lend …", "the Peruvian state oil company will supply …": a public body
    (head nouns: commitment_cues.json, state_bodies) named through its one country pledges for that country."""
    from pactline.extractors.cue_base import cues_data

    return state_organ(subject) if subject.lemma_.lower() in cues_data()["state_bodies"]["nouns"] else []
