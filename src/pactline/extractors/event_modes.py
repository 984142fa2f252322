"""How a verb reports its act: done ("past", or a dated present), an intent ("will", "is ready to", "agreed
to"), a refusal ("will not", "refused to"), or nothing codable; and how an intent or a refusal is coded
(CAMEO 03x intents as AGREE, intents of force as THREATEN, refusals as REJECT).

Reads the dependency parse only.
"""

from __future__ import annotations

from typing import Any

from pactline.core import vocab
from pactline.extractors.event_subjects import listed_item, own_agent, word_list
from pactline.extractors.event_targets import called_for
from pactline.language.analysis import SentenceInfo
from pactline.language.event_dates import is_headline

Token = Any
_FUTURE = {"will", "would", "shall", "should", "may", "might", "could", "can", "must", "'ll", "’ll"}
_INTENT_HEADS = {"willing", "ready", "prepared", "determined", "committed", "offer", "promise", "pledge", "vow",
                 "plan", "intend", "agree", "decide", "expect", "aim", "seek", "want", "hope", "propose", "undertake",
                 "resolve", "prepare"}
ATTEMPT_HEADS = {"try", "attempt", "continue", "begin", "start", "resume"}  # the act told in their tense
_STANCE_TYPES = {"SUPPORT", "AGREE", "COOPERATE"}
_COOPERATIVE = {"CONSULT", "AGREE", "COOPERATE", "AID", "SUPPORT", "CONCEDE", "RETREAT"}
_CALLED_IN = {"summon", "call", "convoke"}
_CONTACT = {"speak", "call", "phone", "telephone", "ring", "talk", "meet", "visit", "write", "receive"}
_COURTESIES = {"congratulate", "thank", "condole", "felicitate", "greet", "express", "convey", "extend", "offer"}
_VIEW_NOUNS = {"importance", "need", "necessity", "significance", "value", "urgency", "imperative", "relevance",
               "centrality", "primacy"}
_CONFLICT = {"ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "PROTEST"}
# heads under which support stays SUPPORT (kept up); support offered under readiness ("stands ready to support")
# is an AGREE intent, as PLOVER 2.0 codes offers and expressed willingness
_BACKING_HEADS = {"continue", "remain"}


def happening(verb: Token, sent: SentenceInfo, pattern: dict[str, Any]) -> str | None:
    """How the verb reports its action: "past" (or dated present), "intent" (will, is ready to, offered
    to), "refusal" (will not, refused to), or None when it reports nothing codable (an infinitive of
    purpose, a question, a stance in the present tense). A pattern coded only in one of these ways
    ("only": "intent" for "will respond to any attack", a threat; "responded" is no threat) is None otherwise."""
    how = _happening(verb, sent, pattern)
    if how == "intent" and _told_done(verb):
        how = "past"  # "said the drill would end last Friday": the future of the report, dated in the past
    return how if "only" not in pattern or how == pattern["only"] else None


def _told_done(verb: Token) -> bool:
    """A reported "would" whose own clause gives a date told as past (event_time.dated_past)."""
    from pactline.extractors.event_time import dated_past

    return any(c.dep_ == "aux" and c.lower_ == "would" for c in verb.children) and dated_past(verb)


def _condition(verb: Token) -> bool:
    """ "would block the oil until Niamey reopened the border and restored relations", "if Lima signs the
    accord": an act named as a condition is no act reported."""
    clause = verb.head if verb.dep_ == "conj" else verb
    mark = next((c.lower_ for c in clause.children if c.dep_ == "mark"), "")
    if mark in vocab.load("event_learned.json")["condition_marks"]:
        return True
    if mark != "until" or clause.dep_ != "advcl":
        return False
    # "would keep the port closed until …": the kept act is still to come, so what ends it is a condition
    return any(any(c.dep_ == "aux" and c.lower_ in _FUTURE for c in head.children)
               for head in list(clause.ancestors)[:3])


def _shared_view(verb: Token, pattern: dict[str, Any]) -> bool:
    """ "agreed that the partnership is their closest", "agreed on the importance of sanctions": a view the
    two share, told with "agree" but with no act agreed (an act has its own verb: "agreed that X will …")."""
    if verb.lemma_.lower() != "agree" or pattern.get("mode") is not None:
        return False
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "on":
            if any(g.dep_ == "pobj" and g.lemma_.lower() in _VIEW_NOUNS for g in child.children):
                return True
        elif child.dep_ == "ccomp" and not any(g.dep_ == "aux" and g.lower_ in _FUTURE for g in child.children):
            if child.tag_ in ("VBZ", "VBP") or child.lemma_.lower() in ("be", "remain"):
                return True  # a state, not something either side is to do
    return False


def _happening(verb: Token, sent: SentenceInfo, pattern: dict[str, Any]) -> str | None:
    if _condition(verb) or _shared_view(verb, pattern) or called_for(verb):
        return None  # (an act called for, "called for Kenya to withdraw", is only asked for: the call reports it)
    if any(c.dep_ in ("nsubj", "nsubjpass") and any(d.dep_ == "det" and d.lower_ in ("no", "neither") for d in c.children)
           for c in verb.children):
        return None  # "No agreement was reached", "Neither side signed": nothing happened, and nobody refused
    negated = any(c.dep_ == "neg" for c in verb.children)
    modal = next((c.lower_ for c in verb.children if c.dep_ == "aux" and c.lower_ in _FUTURE), None)
    if modal is None and verb.dep_ == "conj" and verb.tag_ not in ("VBD", "VBZ"):  # "would not cede … and urged"
        modal = next((c.lower_ for c in verb.head.children if c.dep_ == "aux" and c.lower_ in _FUTURE), None)
    head = verb.head if verb.dep_ in ("xcomp", "conj") else None
    intent_head = head is not None and verb.dep_ == "xcomp" and head.lemma_.lower() in _INTENT_HEADS
    # "agreed to revive the commission and to convene its next session": the second infinitive is pledged too
    intent_head = intent_head or shares_pledge(verb)
    if head is not None and verb.dep_ == "xcomp" and head.lemma_.lower() in ATTEMPT_HEADS and not negated:
        # "tried to assassinate", "continued to send": the act is coded in the head's tense ("will continue to").
        future = any(c.dep_ == "aux" and c.lower_ in ("will", "would", "shall") for c in head.children)
        return "intent" if future else "past" if head.tag_ in ("VBD", "VBN") else None
    if negated and any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children) and modal is None:
        return None  # "the commission has not met since 2019": nothing happened, and nobody refused
    if negated:
        return "refusal" if pattern["type"] in _COOPERATIVE else None
    if (verb.dep_ in ("advcl", "xcomp") and verb.head.lemma_.lower() in _CALLED_IN and verb.head.tag_ == "VBD"
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) and not _called_on(verb.head)):
        return "past"  # "summoned the envoy to lodge a protest": what the envoy was called in for was done then
    if _courtesy_of_contact(verb):
        return "past"  # "spoke with Ruto to thank him": the call made to thank him thanked him
    if verb.dep_ == "xcomp" and _told_past(head) and not negated and own_agent(head):
        return "past"  # "instructed the police to close the crossings": the measure ordered is taken by the order
    if _performed(verb) and _framed_courtesy(verb):
        return "past"  # "allow me to commend …", "I would like to convey our greetings": done as said
    if modal in ("will", "would", "shall", "'ll", "’ll") or intent_head:
        return "intent"
    if modal is not None:
        return None  # may, might, could, should: a possibility, not a reported act
    tag = verb.tag_
    if tag == "VBG" and verb.dep_ == "ROOT" and listed_item(verb):
        return "past"  # "iv. Freezing of the assets of X;": a measure listed as taken
    if tag == "VBG" and by_doing(verb) and _told_past(verb.head.head):
        return "past"  # "responded by recalling its ambassador": the means was done when the response was
    if tag == "VBG" and verb.dep_ == "advcl" and _told_past(verb.head) and not any(
            c.dep_ in ("aux", "mark", "auxpass") for c in verb.children):
        return "past"  # "condemned the raid, urging Guatemala to …", "…, calling it a violation": done then too
    if tag == "VBG" and verb.dep_ == "conj" and verb.head.tag_ == "VBG" and verb.head.dep_ == "advcl":
        return _happening(verb.head, sent, pattern)  # "…, declaring it X and recalling its envoy": done then too
    # a headline: re-parsed in sentence case, or already so written ("Ghana, Togo sign border pact")
    headline = is_headline(sent)
    if tag == "VB" and headline and not any(c.dep_ in ("aux", "mark") for c in verb.children):
        tag = "VBP"  # "Chile and Peru Hold Summit": the tagger reads a headline's present as a base form
    if tag in ("VBD", "VBN"):
        return "past"
    if tag in ("VBZ", "VBP") or (tag == "VBG" and any(c.dep_ == "aux" and c.lemma_ == "be" for c in verb.children)):
        # A headline or running present ("Ruto meets Widodo", "rebels are demanding"); a present stance
        # ("supports", "agrees") is a position, which the commitments extractor records, except in a
        # headline, which tells news in the present ("Leaders Agree on …").
        if pattern["type"] in _STANCE_TYPES and not sent.dates and not headline and not _performed(verb):
            return None
        return "past"
    return None


def _performed(verb: Token) -> bool:
    """ "The Secretary-General welcomes the accord", "I thank the King", "we convey our heartfelt greetings": a
    courtesy said in the present is done as it is said (data/event_verbs.json "performatives": its verbs, or a verb
    of conveying with a courtesy noun), unlike a present stance ("supports", "backs", "expresses its support")."""
    data = vocab.load("event_verbs.json")["performatives"]
    lemma = verb.lemma_.lower()
    return lemma in data["lemmas"] or lemma in data["conveying"] and any(
        c.dep_ == "dobj" and c.lower_ in data["courtesies"] for c in verb.children)


def _framed_courtesy(verb: Token) -> bool:
    """ "let me congratulate", "I would like to convey", "allow me to commend"; "It is a privilege to greet you": a
    courtesy under a speaker's frame, said now (performatives "frame_verbs", "frame_nouns")."""
    data = vocab.load("event_verbs.json")["performatives"]
    head = verb.head
    if head.i == verb.i or any(c.dep_ == "neg" for c in head.children):
        return False
    if any(c.dep_ == "prep" and c.lower_ in data["admitting"] for c in verb.children):
        return False  # "we want to welcome Ukraine into the Union": an admission wished for, not a greeting
    if verb.dep_ in ("xcomp", "ccomp") and head.lemma_.lower() in data["frame_verbs"]:
        # the speaker's own frame ("let me", "allow us", "I would like"), told now: not "will allow Namibia to …"
        speaker = any(t.dep_ in ("nsubj", "dobj") and t.lower_ in ("i", "we", "me", "us")
                      for t in (*verb.children, *head.children))
        modal = any(c.dep_ == "aux" and c.lower_ in _FUTURE and not (c.lower_ == "would" and head.lemma_.lower() == "like")
                    for c in head.children)
        return speaker and not modal and head.tag_ not in ("VBD", "VBN")  # ("wanted to thank": another time)
    if verb.dep_ == "xcomp" and head.lemma_.lower() == "be":  # "It is a privilege to greet you" (parsed so)
        noun = next((c for c in head.children if c.dep_ == "attr"), None)
    else:
        noun, head = (head, head.head) if verb.dep_ in ("relcl", "acl") else (None, head)
    return (noun is not None and noun.lemma_.lower() in data["frame_nouns"] and head.lemma_.lower() == "be"
            and head.tag_ in ("VBZ", "VBP"))


def shown_force(pattern: dict[str, Any], doer: Token | None) -> dict[str, Any]:
    """ "Russian warships docked in Havana", "a navy flotilla's visit": a visit by warships is a show of force
    (data/event_verbs.json "military_visitors"), any other pattern stays as it is."""
    if doer is None or pattern["type"] != "CONSULT" or pattern.get("mode") != "visit":
        return pattern
    military = vocab.load("event_verbs.json")["military_visitors"]
    if doer.lemma_.lower() in military["words"] or doer.lower_ in military["words"]:
        return {**pattern, **military["pattern"]}
    return pattern


def _courtesy_of_contact(verb: Token) -> bool:
    """ "called President Ruto to congratulate him", "spoke with her counterpart to offer condolences": a
    courtesy told as the purpose of a call or meeting that took place was paid in it."""
    head = verb.head
    return (verb.dep_ in ("advcl", "xcomp") and verb.lemma_.lower() in _COURTESIES and head.lemma_.lower() in _CONTACT
            and _told_past(head) and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children))


def shares_pledge(verb: Token) -> bool:
    """ "agreed to revive the commission, … and to convene its next session": an infinitive conjunct of what an
    intent head governs is pledged by the same head."""
    head = verb.head
    return (verb.dep_ == "conj" and verb.tag_ == "VB" and head.dep_ == "xcomp"
            and head.head.lemma_.lower() in _INTENT_HEADS)


def _called_on(call: Token) -> bool:
    """ "called on the United Nations to send troops", "called upon donors to fund …": a call on others, whose
    infinitive is what they are asked to do, not an act done (unlike "called in the envoy to protest")."""
    return call.lemma_.lower() == "call" and any(c.dep_ in ("prep", "prt") and c.lower_ in ("on", "upon")
                                                  for c in call.children)


def by_doing(verb: Token) -> bool:
    """ "retaliated by expelling", "responded by recalling", "recalled its envoy after accusing …": a gerund naming
    the means of the act it follows, or an act of the same subject just before or after it (gerund_preps in
    data/event_learned.json; "without signing" names an act not done and is not among them)."""
    if verb.dep_ != "pcomp" or verb.head.lower_ not in vocab.load("event_learned.json")["gerund_preps"]:
        return False
    if any(c.dep_ in ("auxpass", "agent") for c in verb.children):
        return False  # "recalled its envoy after being attacked by protesters": done to the subject, not by it
    # "is expected to lay a wreath before travelling on": an act beside one still to come is no act done
    return verb.head.head.pos_ in ("VERB", "AUX") and (verb.head.lower_ == "by" or _told_past(verb.head.head))


def _told_past(verb: Token) -> bool:
    """ "expelled", "has expelled", "was expelling": a verb told in a past tense."""
    return verb.tag_ in ("VBD", "VBN") or verb.tag_ == "VBG" and any(
        c.dep_ == "aux" and c.lower_ in ("was", "were") for c in verb.children)


def _conditional(verb: Token | None) -> bool:
    """ "will withdraw its troops unless …", "would cut aid if … did not": an act held out on a condition."""
    if verb is None:
        return False
    for clause in verb.children:
        if clause.dep_ == "advcl":
            mark = next((c.lower_ for c in clause.children if c.dep_ == "mark"), "")
            negated = any(c.dep_ == "neg" for c in clause.children)
            if mark == "unless" or mark == "if" and negated:
                return True
    return False


_SPANS = {"hour", "hours", "day", "days", "week", "weeks", "month", "months"}


def held_for(verb: Token | None) -> bool:
    """ "would close three crossings for 72 hours", "will suspend flights for two weeks": a measure announced
    with how long it will last is a step to come, not a threat held out."""
    return verb is not None and any(
        c.dep_ == "prep" and c.lower_ == "for" and any(g.dep_ == "pobj" and g.lower_ in _SPANS for g in c.children)
        for c in verb.children)


_STARTS = {"from", "effective", "starting", "beginning", "as"}


def _takes_effect(verb: Token | None) -> bool:
    """ "will impose duties from today", "will suspend flights effective Monday", "as of 1 June": a measure told
    with the day it starts is announced, not held out as a threat."""
    if verb is None:
        return False
    for child in verb.children:
        if child.lower_ in _STARTS and child.dep_ in ("prep", "advmod", "amod", "advcl", "acl"):
            if child.lower_ != "as" or any(g.lower_ == "of" for g in child.subtree):
                return True
    return False


def warned(verb: Token | None) -> bool:
    """ "warned that it would expel …", "threatened to deploy …": an act held out by a verb of warning."""
    return verb is not None and any(a.lemma_.lower() in word_list("warning_verbs") for a in list(verb.ancestors)[:3])


def decreed(verb: Token | None) -> bool:
    """ "Imports of the listed goods shall be suspended": a decision's own wording, a measure in force by the text
    itself (a "shall" in the passive), neither a threat nor a plan."""
    return verb is not None and any(c.dep_ == "auxpass" for c in verb.children) and any(
        c.dep_ == "aux" and c.lower_ == "shall" for c in verb.children)


def recode(pattern: dict[str, Any], how: str, verb: Token | None = None) -> dict[str, Any]:
    """An intent to act cooperatively is AGREE (CAMEO 03x); an intent to use force, or any act held out on a
    condition ("will withdraw unless …"), is THREATEN; a refusal of a cooperative act is REJECT."""
    if how == "intent" and _conditional(verb) and pattern["type"] != "AGREE":
        return {**pattern, "type": "THREATEN", "mode": None, "cameo": "130"}
    # support kept up ("will continue to support"): backing, not an agreement
    stance = pattern.get("stance") or pattern["type"] == "SUPPORT" and verb is not None and (
        verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _BACKING_HEADS)
    if how == "intent" and pattern["type"] in _COOPERATIVE and pattern["type"] != "AGREE" and not stance:
        cameo = {"CONSULT": "036", "AID": "033", "COOPERATE": "031", "CONCEDE": "034", "RETREAT": "034"}.get(pattern["type"], "030")
        return {**pattern, "type": "AGREE", "mode": "intent", "cameo": cameo}
    if how == "intent" and pattern["type"] == "SANCTION" and (_takes_effect(verb) or held_for(verb) or decreed(verb)
                                                              or pattern.get("mode") == "expel" and not warned(verb)):
        return pattern  # "will impose tariffs on barley from today": a measure announced with its start, no threat;
        # "said it would expel four diplomats": an expulsion is announced, never held out
    if how == "intent" and pattern["type"] in _CONFLICT:
        return {**pattern, "type": "THREATEN", "mode": None, "cameo": "130"}
    if how == "refusal" and pattern.get("refused") == "THREATEN":
        return {**pattern, "type": "THREATEN", "mode": None, "cameo": "130"}  # "will not tolerate any incursion"
    if how == "refusal":
        return {**pattern, "type": "REJECT", "mode": None, "cameo": "120"}
    return pattern
