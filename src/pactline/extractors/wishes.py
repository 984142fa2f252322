"""A wish to do an act of one's own is a stance, dated or not; a joint text's shared aim is a pledge."""

from __future__ import annotations

from functools import cache
from typing import Any

from pactline.extractors.cue_base import Cue, cues_data, lemma
from pactline.extractors.cue_filters import SIDE_NOUNS

Token = Any


@cache
def _meeting_acts() -> frozenset[str]:
    return frozenset(cues_data()["schedule_verbs"]["meetings_due"] + cues_data()["courtesy_acts"]["lemmas"])


def wished(verb: Token, action: Token) -> Cue | None:
    """ "Ghana hopes to join the power pool by 2026", "looks forward to signing the accord": a wish to do an act of
    one's own, dated or not, is a stance (labelling guide: a position expresses hope); "agreed" or "pledged" to do
    it binds. Looking forward to meeting, hosting or welcoming someone is a courtesy of the visit: neither (looking
    forward to holding talks or elections stays a stance)."""
    if lemma(verb) == "look" and lemma(action) in _meeting_acts():
        return None
    return Cue(verb, [verb], "position", "hope")


def both_sides_hope(verb: Token) -> bool:
    """ "The two sides hope to raise the share of local currencies", "Chile and Peru hope to …": a joint text's
    shared aim to act is what both set out to do, a pledge, as "both sides will strive to" is (one side's hope stays
    a stance)."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject is not None and (any(c.dep_ == "conj" for c in subject.children) or subject.lower_ == "both"
                                    or subject.tag_ == "NNS" and lemma(subject) in SIDE_NOUNS)
