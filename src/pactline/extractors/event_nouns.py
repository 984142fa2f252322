"""Events told as nouns: a visit whose possessor is the visitor, and the words that mark an occasion as
still to come."""

from __future__ import annotations

from typing import Any

from pactline.language.syntax import is_actor_head

Token = Any

_PAST_FRAMES = ("during", "after", "following", "on")
AHEAD = {"upcoming", "forthcoming", "planned", "next", "coming", "future", "proposed", "expected"}


def visitor(noun: Token, nouns: dict[str, dict[str, Any]]) -> Token | None:
    """ "during Prime Minister Diallo's state visit to Lisbon", "Ruto's visit to Accra ended …": a visit told
    as a noun whose possessor is the visitor; the possessor, when the frame says it happened."""
    entry = nouns.get(noun.lemma_.lower()) if noun.pos_ == "NOUN" else None
    if entry is None or entry.get("mode") != "visit":
        return None
    poss = next((c for c in noun.children if c.dep_ == "poss" and (c.pos_ == "PROPN" or is_actor_head(c))), None)
    if poss is None or not any(c.dep_ == "prep" and c.lower_ == "to" for c in noun.children):
        return None
    if any(c.lower_ in AHEAD for c in noun.children):
        return None
    framed = noun.dep_ == "pobj" and noun.head.lower_ in _PAST_FRAMES
    told = noun.dep_ in ("nsubj", "nsubjpass") and noun.head.tag_ == "VBD"
    return poss if framed or told else None
