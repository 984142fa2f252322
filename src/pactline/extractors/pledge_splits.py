"""How one cue's actions become one pledge each: phrases listed with their preposition repeated, a second object
of an elided verb, a clause the parser misread after "to", and an action that goes on with the thing of the one
before ("build the bridge and open it by 2027")."""

from __future__ import annotations

import calendar
import re
from typing import Any

from pactline.extractors.clause_edges import trimmed

Token = Any


_SAME_THING = {"it", "them"}


_TIME_WORDS = frozenset({"year", "years", "month", "months", "week", "weeks", "day", "days", "end", "quarter", "half",
                         "decade", "spring", "summer", "autumn", "fall", "winter"} | {m.lower() for m in calendar.month_name if m})
_TIME_PREPS = frozenset({"by", "within", "before", "until", "in", "over", "during"})


def _only_when(action: Token) -> bool:
    """ "complete it within three years", "open it by 2027": besides its object, the action says only when."""
    rest = [c for c in action.children if c.dep_ not in ("aux", "dobj", "nsubjpass", "auxpass", "cc", "conj", "punct", "neg", "advmod")]
    return bool(rest) and all(c.dep_ == "prep" and c.lower_ in _TIME_PREPS and any(
        t.like_num or t.lower_ in _TIME_WORDS for t in c.subtree) for c in rest)


def on_the_same_thing(action: Token, before: list[Token], clause: list[Token]) -> bool:
    """ "accelerate the building of the bridge and complete it within three years": an action coordinated with the
    one before whose only object is "it" and that says only when goes on with the same thing, so it is one pledge
    ("… and build it into a hub" says more: a pledge of its own)."""
    if not (before and clause and max(t.i for t in before) < min(t.i for t in clause)):
        return False
    if _second_participle(action):
        return True
    objects = [c for c in action.children if c.dep_ in ("dobj", "nsubjpass")]
    return (action.dep_ == "conj" and len(objects) == 1 and _only_when(action) and objects[0].lower_ in _SAME_THING
            and objects[0].i > action.i)


def _second_participle(action: Token) -> bool:
    """ "the centres will be built and run by Ghana": a participle coordinated with a passive, with no subject, object
    or auxiliary of its own, tells the same act on the same thing."""
    head = action.head
    return action.dep_ == "conj" and action.tag_ == "VBN" and head.tag_ == "VBN" and any(
        c.dep_ == "auxpass" for c in head.children) and not any(
        c.dep_ in ("nsubj", "nsubjpass", "dobj", "aux", "auxpass") for c in action.children)


def joined(doc: Any, before: list[Token], clause: list[Token]) -> list[Token]:
    gap = doc[max(t.i for t in before) + 1 : min(t.i for t in clause)]
    if not all(t.dep_ in ("cc", "aux", "punct") or t.lower_ == "to" for t in gap):
        return sorted(before + clause, key=lambda t: t.i)
    return sorted(before + list(gap) + clause, key=lambda t: t.i)


def split_by_preposition(action: Token, clause: list[Token]) -> list[list[Token]]:
    """ "sign pacts on cyber security, on maritime cooperation, and on logistics": a pledge listed with its
    preposition repeated is one pledge per phrase, each told with the verb and its object ("agreed to
    cooperate in trade, energy and health", one preposition, stays one)."""
    preps = [c for c in action.children if c.dep_ == "prep"]
    for first in preps:
        same = [p for p in preps if p.lower_ == first.lower_]
        same += [t for p in same for t in p.subtree if t.dep_ == "conj" and t.lower_ == first.lower_]
        last = max(t.i for t in clause)
        doc = action.doc
        # A repeat the parser hung elsewhere, straight after the clause ("…, and on logistics support"): the list goes on.
        # (Only a preposition: "to" marking the next infinitive, "… by 2029 and to open a post", starts a pledge of its own.)
        nxt = next((t for t in doc[last + 1 : min(last + 4, len(doc))] if t.lower_ == first.lower_ and t.pos_ == "ADP"), None)
        if nxt is not None and all(t.is_punct or t.dep_ == "cc" for t in doc[last + 1 : nxt.i]):
            same.append(nxt)
        same = sorted(set(same), key=lambda t: t.i)
        # Only a list: each repeat follows a comma or "and"/"or" ("in a timely manner in accordance with …" is no list).
        if len(same) < 2 or not all(doc[p.i - 1].is_punct or doc[p.i - 1].dep_ == "cc" for p in same[1:]):
            continue
        if len({_tells_time(p) for p in same}) > 1:
            continue  # "will be held in Lusaka, Zambia, in 2026": a place and a time, no list
        items = [{t.i for t in p.subtree} - {t.i for q in same if q.i > p.i for t in q.subtree} for p in same]
        listed = set().union(*items)
        base = [t for t in clause if t.i < same[0].i and t.i not in listed]
        return [trimmed(sorted(base + [doc[i] for i in item], key=lambda t: t.i)) for item in items]
    return []


def _tells_time(prep: Token) -> bool:
    """ "in 2026", "in the second half of May": a phrase of time rather than of place or topic."""
    from pactline.extractors.cue_base import cues_data
    from pactline.language.dates import MONTHS

    time_words = cues_data()["time_phrases"]["words"]
    words = [t for t in prep.subtree if t.i != prep.i]
    return bool(words) and any(re.fullmatch(r"(?:19|20)\d\d", t.text) or t.lower_.rstrip(".") in MONTHS
                               or t.lower_ in time_words for t in words)


def second_objects(action: Token) -> list[Token]:
    """ "will give 40 buses to the council for …, and another 15 ambulances for …": a noun coordinated with the verb
    itself after a comma is a second object of it (the parser's reading of the elided verb), a pledge of its own."""
    doc = action.doc
    if not any(c.dep_ == "dobj" for c in action.children):
        return []
    out = []
    for c in action.children:
        first = min(t.i for t in c.subtree)
        if (c.dep_ == "conj" and c.pos_ in ("NOUN", "NUM", "PROPN") and first > 1
                and doc[first - 1].dep_ == "cc" and doc[first - 2].text == ","):
            out.append(c)
    return out


def split_second_object(action: Token, clause: list[Token]) -> list[list[Token]]:
    seconds = second_objects(action)
    if not seconds:
        return []
    cut = {t.i for c in seconds for t in c.subtree} | {c.i for c in action.children if c.dep_ == "cc" and c.i > action.i}
    first = [t for t in clause if t.i not in cut]
    return [trimmed(first)] + [trimmed([t for t in c.subtree if t.i in {x.i for x in clause}]) for c in seconds]


def split_dated_twice(action: Token, clause: list[Token]) -> list[list[Token]]:
    """ "will complete the road by 2028 and the railway by 2030": a second object told with a time of its own after
    the first object's time is a pledge of its own, the verb told once (however the parser hangs the second)."""
    times = [p for p in action.children if p.dep_ == "prep" and p.i > action.i and p.lower_ in _TIME_PREPS
             and _tells_time(p)]
    doc = action.doc
    for before, after in zip(times, times[1:], strict=False):
        cc = next((t.i for t in doc[before.i : after.i] if t.lower_ == "and" and t.dep_ == "cc"), after.i)
        if cc + 1 >= after.i or doc[cc + 1].pos_ not in ("DET", "NOUN", "PROPN", "ADJ", "NUM"):
            continue
        if any(t.pos_ in ("VERB", "AUX") for t in doc[cc + 1 : after.i]):
            continue  # "… by 2028 and open it by 2030": a verb of its own, split elsewhere
        if any(_a_state(t) for t in doc[cc + 1 : after.i] if not cc < t.head.i < after.i):
            continue  # "will open its market by 2026 and Peru by 2028": a second subject, the verb gapped
        verb = [action, *(c for c in action.children if c.dep_ == "prt")]  # the verb, told once, is both pledges'
        return [trimmed([t for t in clause if t.i < cc]), trimmed(sorted(verb, key=lambda t: t.i) + [t for t in clause if t.i > cc])]
    return []


def _a_state(head: Token) -> bool:
    """ "… and Peru by 2028": a noun after "and" that names a state (with its compounds) is a second subject."""
    from pactline.language.actors import find_countries

    name = " ".join(t.text for t in sorted([*(c for c in head.children if c.dep_ == "compound"), head], key=lambda t: t.i))
    return head.pos_ == "PROPN" and bool(find_countries(name))


def misread_clause(verb: Token, to: Token) -> list[Token]:
    """ "agreed on Thursday to [double bilateral trade] [to $2 billion] [within five years] and …": the words after
    the misread "to" and the phrases the parser hung beside it, up to the next coordinated part."""
    tokens = [t for t in to.subtree if t.i != to.i]
    for child in verb.children:
        if child.i <= to.i:
            continue
        if child.dep_ in ("cc", "conj", "punct"):
            break
        if child.dep_ in ("prep", "npadvmod", "advmod"):
            tokens.extend(child.subtree)
    return sorted(tokens, key=lambda t: t.i)


def split_means(action: Token, clause: list[Token]) -> list[list[Token]]:
    """ "will raise cargo volumes, including by launching a container train service": a means listed after
    "including by" is a pledge of its own, besides the action it serves."""
    have = {t.i for t in clause}
    for child in action.children:
        if child.dep_ != "prep" or child.lower_ != "including" or child.i not in have:
            continue
        by = next((g for g in child.children if g.dep_ == "prep" and g.lower_ == "by"
                   and any(c.dep_ == "pcomp" and c.tag_ == "VBG" for c in g.children)), None)
        if by is None:
            continue
        cut = {t.i for t in child.subtree}
        means = [t for t in clause if t.i in {x.i for x in by.subtree}]
        return [trimmed([t for t in clause if t.i not in cut]), trimmed(means)]
    return []


def split_stage(action: Token, clause: list[Token]) -> list[list[Token]]:
    """ "open the corridor, with a trial stage to start within days": a stage told after "with" by a noun and
    its infinitive is a pledge of its own, beside the action it belongs to."""
    have = {t.i for t in clause}
    for child in action.children:
        if child.dep_ != "prep" or child.lower_ != "with" or child.i not in have or child.i < action.i:
            continue
        noun = next((g for g in child.children if g.dep_ == "pobj"), None)
        if noun is None or not any(v.dep_ in ("relcl", "acl") and v.tag_ == "VB" and any(
                a.dep_ == "aux" and a.lower_ == "to" for a in v.children) for v in noun.children):
            continue
        if _first_occurrence(noun):
            return []  # "stage a yearly drill, with the first off Arica in June": when the pledge starts
        cut = {t.i for t in child.subtree}
        return [trimmed([t for t in clause if t.i not in cut]), trimmed([t for t in clause if t.i in cut])]
    return []


def _first_occurrence(noun: Token) -> bool:
    from pactline.extractors.cue_base import cues_data

    words = cues_data()["first_occurrence"]["words"]
    return noun.lower_ in words or any(c.dep_ in ("amod", "nummod") and c.lower_ in words for c in noun.children)


def split_plain(action: Token, clause: list[Token]) -> list[list[Token]]:
    """The pledges one plain action's clause holds, when it holds more than one (else none)."""
    return split_by_preposition(action, clause) or split_second_object(action, clause) or split_dated_twice(
        action, clause) or split_means(action, clause) or split_stage(action, clause) or split_misread_infinitive(clause)


def split_misread_infinitive(clause: list[Token]) -> list[list[Token]]:
    """ "press for the pact's ratification and to double trade": after "and", an infinitive's "to" whose verb
    the parser misread (as an adjective: the "to" coordinated, or the auxiliary of no verb) starts a pledge of its own."""
    for k, token in enumerate(clause[2:-1], start=2):
        misread = token.dep_ == "conj" or token.dep_ == "aux" and token.head.pos_ != "VERB"
        if token.tag_ == "TO" and misread and clause[k - 1].dep_ == "cc" and clause[k - 1].i == token.i - 1:
            first, second = trimmed(clause[: k - 1]), trimmed(clause[k + 1 :])
            return [first, second] if first and second else []
    return []
