"""A body named through its country ("China's coast guard", "the Bolivian border police") as the holder of a stance."""

from __future__ import annotations

import re
from functools import cache
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


def paired_bodies(subject: Token) -> bool:
    """ "the two central banks will set up …", "both navies will …": a public body of each side, the pair's pledge."""
    from pactline.extractors.cue_base import cues_data

    paired = any(c.dep_ == "nummod" and c.lower_ == "two" or c.dep_ in ("det", "predet") and c.lower_ == "both"
                 for c in subject.children)
    return paired and subject.tag_ == "NNS" and subject.lemma_.lower() in cues_data()["state_bodies"]["nouns"]


@cache
def _named_body(noun: str) -> re.Pattern[str]:
    """A body with that head noun named with its country: "the Ministry of Foreign Affairs of (the Republic of)
    Ghana", "Ghana's Ministry of Trade", "the Ghana Revenue Service", "the Ghanaian Foreign Ministry". The body's own
    name is in title case ("of Trade and Industry of"): "the Ministry of External Relations to Embassy of Togo" names
    the embassy's country, not the ministry's."""
    name = r"[A-Z][\w-]*(?: (?:[A-Z][\w-]*|and|for|&)){0,5}?"
    return re.compile(
        rf"\b{noun} of {name} of (?:the )?(?:Republic of )?(?P<after>[A-Z][\w-]+(?: [A-Z][\w-]+)?)"
        rf"|\b(?!The\b|This\b|That\b)(?P<before>[A-Z][\w-]+)(?:'s|’s)? (?:[A-Z][\w-]+ )?{noun}\b")


def named_body(subject: Token, before: str) -> list[str]:
    """ "The Ministry will submit the case …", "the Service would hire …" with no country beside it: the body of
    that name the text named with its one country; none when it named none, or bodies of that name of two countries."""
    from pactline.extractors.cue_base import cues_data

    if subject.text not in cues_data()["named_bodies"]["nouns"] or any(
            c.dep_ not in ("det", "compound", "amod") or c.dep_ == "det" and c.lower_ != "the" for c in subject.children):
        return []
    if any(find_countries(c.text) for c in subject.children):
        return []
    named = {c.code for m in _named_body(subject.text).finditer(before) for c in find_countries(m.group("after") or m.group("before"))}
    return sorted(named) if len(named) == 1 else []  # two countries' bodies of that name: which one is unsaid
