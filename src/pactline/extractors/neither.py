"""Clauses that look like a pledge or a stance but are neither: a person's schedule item during the visit
("will also speak at an investment conference", "will host a state banquet"), something done the same day
("we will sign agreements today"), and courtesies ("Welcoming his Kyrgyz counterpart", "reiterated his
invitation to visit"). The words are data (commitment_cues.json: schedule_verbs, courtesy).
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from pactline.extractors.cue_base import Cue, cues_data
from pactline.language.actors import find_countries, role_of
from pactline.language.dates import to_date

Token = Any

_ASIDES = {"itself", "themselves", "himself", "herself", "too", "also", "alone"}
_SAME_DAY = {"today", "tonight", "tomorrow"}
_COLLECTIVE = {"side", "sides", "party", "parties", "country", "countries", "leader", "leaders", "government",
               "governments", "state", "states", "nation", "nations", "we", "they", "both", "ministers"}


@cache
def _personal_ties() -> frozenset[str]:
    return frozenset(cues_data()["courtesy"]["personal_ties"])


def _personal_tie(cue: Cue) -> bool:
    """ "voiced her wish to build a close personal rapport with President X": ties between people."""
    for tok in cue.token.subtree:
        if tok.lemma_.lower() in _personal_ties() or tok.lower_ in _personal_ties():
            if any(c.lower_ == "personal" for c in tok.children) or any(_to_a_person(c, ("with",)) for c in tok.children):
                return True
    return False


@cache
def _words() -> tuple[frozenset[str], frozenset[str]]:
    data = cues_data()
    return frozenset(data["schedule_verbs"]["lemmas"]), frozenset(data["courtesy"]["objects"])


@cache
def _bodies() -> frozenset[str]:
    data = cues_data()
    return frozenset(data["joint_bodies"]["words"] + data["joint_texts"]["words"] + data["state_forms"]["words"])


def _one_person(subject: Token | None) -> bool:
    """A single named person or title ("President Ruto", "the foreign minister", "he"), not a state or group."""
    if subject is None:
        return False
    if subject.lower_ == "leader" and any(c.dep_ in ("amod", "poss") and find_countries(c.text) for c in subject.children):
        return True  # "the Argentine leader", "Ghana's leader": one person, as "President Mahama" is
    if subject.lower_ in _COLLECTIVE or any(c.dep_ == "conj" for c in subject.children):
        return False
    if subject.lower_ in ("he", "she", "i"):
        return True
    if subject.tag_ in ("NNS", "NNPS") or subject.lemma_.lower() in _bodies():
        return False  # "The next Intergovernmental Summit will be held …" is the pair's meeting, no one's programme
    # "Ghana itself", "Peru, for its part,": the state's name with a reflexive or aside is still the state.
    phrase = " ".join(t.text for t in subject.subtree if t.lower_ not in _ASIDES and not t.is_punct)
    phrase = re.sub(r"(?i)^the\s+", "", phrase)  # "the UK", "the Netherlands": the state, as "Britain" is
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
    if not cue.actions or not all(a.lemma_.lower() in schedule or _takes_part(a) for a in cue.actions):
        return False
    data = cues_data()["schedule_verbs"]
    return _one_person(subject) or _same_day(cue) or cue.modality == "scheduled" and all(
        a.lemma_.lower() in data["meetings_due"] or _takes_place(a) or _holds_a_meeting(a, data) for a in cue.actions
    )  # "are due to meet next week", "are scheduled to hold talks in May"


def meeting_soon(cue: Cue, deadline: str | None, made_on: str | None) -> bool:
    """A meeting dated to a day within two weeks of the text ("the joint border committee will convene on 4 August",
    told a week before): a date in the calendar, no pledge, whoever meets ("agreed to meet again on Friday" stays one)."""
    data = cues_data()["schedule_verbs"]
    if cue.modality not in ("will", "scheduled") or not cue.actions or not deadline or len(deadline) < 10:
        return False
    if not all(a.lemma_.lower() in data["meetings_soon"] or _takes_place(a) or _holds_a_meeting(a, data)
               for a in cue.actions):
        return False
    day, made = to_date(deadline), to_date(made_on)
    return day is not None and made is not None and 0 <= (day - made).days <= data["soon_days"]


def _holds_a_meeting(verb: Token, data: dict) -> bool:
    """ "will hold talks on 15 March" is a meeting; "will hold joint naval exercises" is not."""
    return verb.lemma_.lower() == "hold" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in data["held_meetings"] for c in verb.children)


def _takes_place(verb: Token) -> bool:
    return verb.lemma_.lower() == "take" and any(c.dep_ == "dobj" and c.lower_ == "place" for c in verb.children)


def _takes_part(verb: Token) -> bool:
    """ "will take part tomorrow in the summit": to take part is to attend."""
    return verb.lemma_.lower() == "take" and any(c.dep_ == "dobj" and c.lower_ == "part" for c in verb.children)


def _titled_person(token: Token) -> bool:
    """A name with a title and no institution word: "Chancellor Olaf Scholz", not "the Partnership Council"."""
    words = [t for t in token.subtree if t.i <= token.i]
    phrase = " ".join(t.text for t in words)
    role = role_of(phrase)
    return role is not None and role not in ("government", "ministry", "parliament") and not find_countries(token.text)


def _to_a_person(preposition: Token, words: tuple[str, ...]) -> bool:
    return preposition.dep_ == "prep" and preposition.lower_ in words and any(
        g.dep_ == "pobj" and g.pos_ == "PROPN" and _titled_person(g) for g in preposition.children)


def _said_of_states(verb: Token) -> bool:
    """ "met President X, telling him that Kenya and Brazil are better off together": what the participle reports
    has countries for its subject, so it is a stance on their ties, not a remark about the person met."""
    return any(c.dep_ == "ccomp" and any(s.dep_ == "nsubj" and find_countries(" ".join(t.text for t in s.subtree))
                                         for s in c.children) for c in verb.children)


def _about_a_person(verb: Token, courtesy: frozenset[str]) -> bool:
    """ "welcomed President Ruto", "expressed deep respect for President X", "thanked the delegation"."""
    for child in verb.children:
        if _to_a_person(child, ("for", "to")) and any(c.dep_ == "dobj" for c in verb.children):
            return True  # "expressed great admiration for President Xi" (the phrase hung on the verb)
        if child.dep_ != "dobj":
            continue
        if child.lemma_.lower() in courtesy or child.lower_ in courtesy:
            return True
        if child.pos_ == "PROPN" and _titled_person(child):
            return True
        if any(_to_a_person(g, ("for", "to")) for g in child.children):
            return True  # admiration, respect or gratitude for a person
    return False


def is_courtesy(cue: Cue) -> bool:
    """Welcoming a person or a delegation, respect for a person, restating an invitation, thanks: no stance on
    anything; nor is a remark that trails a courtesy ("…, noting that he is a leader much respected")."""
    if _personal_tie(cue):
        return True
    if cue.kind != "position":
        return False
    _schedule, courtesy = _words()
    token = cue.token
    if token.tag_ == "VBG" and token.dep_ == "advcl" and token.i > token.head.i and _about_a_person(token.head, courtesy) \
            and not _said_of_states(token):
        return True
    if cue.modality == "call":
        # "called on King Mohammed VI": a courtesy call on a person, not a call for anything
        # ("called on President X to lift the embargo" asks something of him: a call)
        asks = any(c.dep_ in ("xcomp", "ccomp") for c in token.children)
        # (the parser may strand "on" and take the person for the object: "called on [Prime Minister X]")
        stranded = any(c.dep_ == "prep" and c.lower_ == "on" and not list(c.children) for c in token.children) and any(
            c.dep_ == "dobj" and c.pos_ == "PROPN" and _titled_person(c) for c in token.children)
        return not asks and (stranded or any(_to_a_person(c, ("on",)) for c in token.children))
    if cue.modality == "welcome" and (_person_welcomed(token, courtesy) or any(
            c.dep_ == "dobj" and c.lower_ in ("you", "him", "her") for c in token.children)):
        return True  # "it is a pleasure to welcome you to Lusaka": a greeting of the person addressed
    praise = token.lemma_.lower() in cues_data()["courtesy"]["praise_verbs"]
    if praise and any(c.dep_ == "dobj" and c.lemma_.lower() in _personal_ties() for c in token.children):
        return True  # "praised the friendship between the two nations": a courtesy about the relationship
    if praise and _for_a_deed(token, courtesy):
        return False  # "commended the Prime Minister for the reforms under way": praise of what a party does
    return cue.modality in ("welcome", "reaffirm", "express", "support") and _about_a_person(token, courtesy)


def _for_a_deed(verb: Token, courtesy: frozenset[str]) -> bool:
    """A "for" phrase naming a deed or a policy ("for the bold reforms", "for choosing the route"), not a person
    or a courtesy ("for his hospitality", "for the visit")."""
    for child in verb.children:
        if child.dep_ != "prep" or child.lower_ != "for":
            continue
        for g in child.children:
            if g.dep_ == "pcomp" or g.dep_ == "pobj" and g.pos_ == "NOUN" and g.lemma_.lower() not in courtesy:
                return True
    return False


def _person_welcomed(verb: Token, courtesy: frozenset[str]) -> bool:
    """ "President Ruto was welcomed by his host at the airport": a greeting (passive, a person welcomed), not a
    stance; "the decision was welcomed by Kenya" stays one."""
    for child in verb.children:
        if child.dep_ != "nsubjpass":
            continue
        if child.lower_ in ("he", "she") or child.lemma_.lower() in courtesy:
            return True
        role = role_of(" ".join(t.text for t in child.subtree if t.dep_ not in ("relcl", "acl", "appos", "punct")))
        return role is not None and role not in ("government", "ministry", "parliament")
    return False


def told_as_opinion(cue: Cue) -> bool:
    """ "In her view, the premier will try to …": what someone else thinks a party will do, no pledge of it
    (the frame nouns are data: commitment_cues.json, opinion_frames; "in our view, we will …" stays the speaker's)."""
    nouns = cues_data()["opinion_frames"]["nouns"]
    return cue.kind == "commitment" and any(
        c.dep_ == "prep" and c.lower_ == "in" and g.dep_ == "pobj" and g.lemma_.lower() in nouns
        and any(p.dep_ == "poss" and p.lower_ not in ("my", "our") for p in g.children)
        for c in cue.token.children for g in c.children)


def relations_raised(cue: Cue) -> bool:
    """ "decided to elevate the relationship to a Comprehensive Strategic Partnership": the upgrade is done as it is
    told (an event), no pledge; "to elevate the partnership to greater heights" stays one, and so does an upgrade
    told for later ("will upgrade ties to a strategic partnership by 2026", "… within two years"). Beside other
    acts ("agreed to raise ties to a strategic partnership and to meet each year") the others stay pledges."""
    words = cues_data()["neither_shapes"]
    kept = [a for a in cue.actions if not _raised(a, words)]
    if kept and len(kept) < len(cue.actions):
        cue.actions[:] = kept
    return not kept and bool(cue.actions)


def _raised(action: Any, words: dict[str, Any]) -> bool:
    ties = [c for c in action.children if c.dep_ == "dobj" and c.lemma_.lower() in words["ties"]]
    later = any(c.dep_ == "aux" and c.lower_ in ("will", "shall", "'ll") or c.dep_ == "prep" and c.lower_ in (
        "by", "within") for t in [action, *ties] for c in t.children)
    if action.lemma_.lower() not in words["raise_verbs"] or not ties or later:
        return False
    for prep in (c for t in [action, *ties] for c in t.children if c.dep_ == "prep" and c.lower_ == "to"):
        level = [t for t in prep.subtree if t.i > prep.i]
        if not any(t.lower_ in words["vague"] for t in level) and any(t.lemma_.lower() in words["levels"] for t in level):
            return True
    return False


def at_a_conference(cue: Cue) -> bool:
    """ "will host a conference on migration in Rome in July", "will take part in COP30", "look forward to meeting
    again at a donors' conference": a state's part in a conference is its programme, no pledge (a session of
    the pair's own body, "will host the first meeting of the council", stays one)."""
    if cue.kind != "commitment" or not cue.actions:
        return False
    words = cues_data()["neither_shapes"]
    for action in cue.actions:
        if action.lemma_.lower() not in words["gathering_verbs"]:
            return False
        things = [c for c in action.children if c.dep_ == "dobj"] + [g for c in action.children if c.dep_ == "prep"
                                                                     and c.lower_ in ("in", "at") for g in c.children if g.dep_ == "pobj"]
        if not any(t.lemma_.lower() in words["conference_nouns"] or any(
                re.fullmatch(p, t.text) for p in words["gathering_names"]) for t in things):
            return False
    return True


def referred_elsewhere(cue: Cue) -> bool:
    """ "I would refer you to the competent authorities": a spokesperson passing a question on, no pledge."""
    words = cues_data()["neither_shapes"]
    return bool(cue.actions) and all(a.lemma_.lower() in words["referral_verbs"] and any(
        c.dep_ == "dobj" and c.lower_ in words["addressees"] for c in a.children) for a in cue.actions)


def reminder_frame(cue: Cue) -> bool:
    """ "It will be recalled that Ghana and Togo signed …", "it should be noted that …": the writer's reminder of
    the background, told with a modal on an empty "it", is no pledge nor call (its verbs: neither_shapes)."""
    token = cue.token
    shapes = cues_data()["neither_shapes"]
    words, modals = shapes["reminder_verbs"], shapes["reminder_modals"]
    return token.lemma_.lower() in words and any(c.dep_ == "auxpass" for c in token.children) and any(
        c.dep_ == "aux" and c.lower_ in modals for c in token.children) and any(
        c.dep_ in ("nsubjpass", "expl") and c.lower_ == "it" for c in token.children) and any(
        c.dep_ == "ccomp" for c in token.children)


def framing_only(cue: Cue) -> bool:
    """ "Background: in 2021 Chile recalled its envoy and demanded …": a sentence set under a label of background is
    history the text recalls; "The ministers welcomed the following outcomes:": a lead-in whose list tells what it
    is about (its items are read on their own). Words are data (framing_lines)."""
    data, sent = cues_data()["framing_lines"], cue.token.sent
    if len(sent) > 2 and sent[0].lower_ in data["labels"] and sent[1].text in (":", "—", "–"):
        return True
    objects = [c for c in cue.token.children if c.dep_ in ("dobj", "pobj", "prep")]
    listed = any(t.lower_ in data["list_words"] for o in objects for t in o.subtree)
    return listed and sent.text.rstrip().endswith(":")


def is_neither(cue: Cue, subject: Token | None) -> bool:
    return is_schedule_item(cue, subject) or is_courtesy(cue) or told_as_opinion(cue) or relations_raised(cue) \
        or at_a_conference(cue) or referred_elsewhere(cue) or reminder_frame(cue) or framing_only(cue)
