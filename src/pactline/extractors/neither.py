"""Clauses that look like a pledge or a stance but are neither: a person's schedule item during the visit
("will also speak at an investment conference", "will host a state banquet"), something done the same day
("we will sign agreements today"), and courtesies ("Welcoming his Kyrgyz counterpart", "reiterated his
invitation to visit"). The words are data (commitment_cues.json: schedule_verbs, courtesy).
"""

from __future__ import annotations

from functools import cache
from typing import Any

from pactline.extractors.cue_base import Cue, cues_data
from pactline.language.actors import find_countries, role_of

Token = Any

_SAME_DAY = {"today", "tonight", "tomorrow"}
_COLLECTIVE = {"side", "sides", "party", "parties", "country", "countries", "leader", "leaders", "government",
               "governments", "state", "states", "nation", "nations", "we", "they", "both", "ministers"}


@cache
def _words() -> tuple[frozenset[str], frozenset[str]]:
    data = cues_data()
    return frozenset(data["schedule_verbs"]["lemmas"]), frozenset(data["courtesy"]["objects"])


def _one_person(subject: Token | None) -> bool:
    """A single named person or title ("President Ruto", "the foreign minister", "he"), not a state or group."""
    if subject is None:
        return False
    if subject.lower_ in _COLLECTIVE or any(c.dep_ == "conj" for c in subject.children):
        return False
    if subject.lower_ in ("he", "she", "i"):
        return True
    if subject.tag_ in ("NNS", "NNPS"):
        return False
    phrase = " ".join(t.text for t in subject.subtree)
    countries = find_countries(phrase)
    # "Canada will provide …" names a state; "the Kenyan minister" or "President Ruto" names a person.
    if countries and any(m.text.strip().lower() == phrase.strip().lower() for m in countries):
        return False
    return subject.pos_ in ("PROPN", "NOUN")


def _same_day(cue: Cue) -> bool:
    return any(t.lower_ in _SAME_DAY for action in cue.actions for t in action.subtree)


def is_schedule_item(cue: Cue, subject: Token | None) -> bool:
    """A future action of the visit's own programme rather than a pledge of the state."""
    if cue.kind != "commitment" or cue.modality not in ("will", "scheduled", "hope", "plan"):
        return False
    schedule, _courtesy = _words()
    if not cue.actions or not all(a.lemma_.lower() in schedule for a in cue.actions):
        return False
    return _one_person(subject) or _same_day(cue)


def _titled_person(token: Token) -> bool:
    """A name with a title and no institution word: "Chancellor Olaf Scholz", not "the Partnership Council"."""
    words = [t for t in token.subtree if t.i <= token.i]
    phrase = " ".join(t.text for t in words)
    role = role_of(phrase)
    return role is not None and role not in ("government", "ministry", "parliament") and not find_countries(token.text)


def is_courtesy(cue: Cue) -> bool:
    """Welcoming a person or a delegation, restating an invitation, thanks: no stance on anything."""
    if cue.kind != "position" or cue.modality not in ("welcome", "reaffirm", "express", "support", "call"):
        return False
    _schedule, courtesy = _words()
    if cue.modality == "call":
        # "called on King Mohammed VI": a courtesy call on a person, not a call for anything
        return any(c.dep_ == "prep" and c.lower_ == "on" and any(
            g.dep_ == "pobj" and g.pos_ == "PROPN" and _titled_person(g) for g in c.children) for c in cue.token.children)
    for child in cue.token.children:
        if child.dep_ != "dobj":
            continue
        if child.lemma_.lower() in courtesy or child.lower_ in courtesy:
            return True
        if child.pos_ == "PROPN" and _titled_person(child):
            return True  # "welcomed President Ruto"
    return False


def is_neither(cue: Cue, subject: Token | None) -> bool:
    return is_schedule_item(cue, subject) or is_courtesy(cue)
