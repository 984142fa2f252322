"""Appeals and assurances whose shape decides the cue: an invitation to act (a call) or to an occasion or a toast
(none), reliance on a partner ("we count on Kenya's leadership": a hope), an assurance that something will not
happen again (a pledge). Words are data (data/commitment_cues.json)."""

from __future__ import annotations

from pactline.extractors.cue_base import Token, cues_data, lemma, xcomp
from pactline.language.leaders import is_leader_name
from pactline.language.syntax import PRONOUNS, is_actor_head


def invited_to_act(tok: Token) -> bool:
    """ "invited his host to rejoin the customs union": asking another to act is a call; an invitation to visit,
    attend or meet is the visit itself (an event, no stance), one to raise a glass to a guest a toast (courtesy)."""
    action = xcomp(tok)
    if action is None or lemma(action) in cues_data()["schedule_verbs"]["lemmas"]:
        return False
    if _toast(action):
        return False
    things = {lemma(t) for t in tok.subtree if t.i > tok.i}  # the parser may hang the meeting on "invited" itself
    # A council is a body one joins or rejoins (a call), not a meeting one attends.
    meetings = set(cues_data()["joint_bodies"]["words"]) - {"council"}
    return not things & (meetings | set(cues_data()["invitation_occasions"]["words"]))


def _toast(action: Token) -> bool:
    """ "to raise a glass to …", "to join me in a toast to …", "to drink to …": the toast's own verb and object."""
    data = cues_data()["invitation_occasions"]
    if lemma(action) not in data["toast_verbs"]:
        return False
    objects = [g for c in action.children for g in [c, *c.children] if c.dep_ in ("dobj", "prep")]
    return lemma(action) == "drink" or any(lemma(o) in data["toast_objects"] for o in objects)


def counted_on(tok: Token) -> bool:
    """ "we count on Kenya's leadership", "Peru can count on Chile": reliance on a partner or on its support, told by
    an active "count on" (not "the votes were counted on Sunday", "count on a good harvest")."""
    data = cues_data()["reliance"]
    if any(c.dep_ == "auxpass" for c in tok.children):
        return False
    objects = [o for p in tok.children if p.dep_ == "prep" and p.lower_ in ("on", "upon") for o in p.children if o.dep_ == "pobj"]
    return any(is_actor_head(o) or lemma(o) in data["nouns"] for o in objects)


def assured_not_again(tok: Token) -> Token | None:
    """ "gave assurances that it would not happen again": the verb whose subject assures (assured_recurrence).
    "happen" and "occur" need a word of repetition ("again"); "recur", "repeat" are enough alone."""
    data, head = cues_data()["assured_recurrence"], tok.head
    if lemma(tok) not in data["verbs"] or not any(c.dep_ == "neg" for c in tok.children) or tok.dep_ not in ("ccomp", "acl"):
        return None
    if lemma(tok) not in data["recurrence_verbs"] and not any(t.lower_ in data["again"] for t in tok.subtree):
        return None  # "assured reporters that the vote would not happen before June": no recurrence denied
    if lemma(head) in data["assurances"] and head.pos_ in ("VERB", "AUX"):
        return head  # "promised that the raids would not recur"
    noun = head.pos_ == "NOUN" and lemma(head) in data["assurances"] and head.dep_ == "dobj"
    return head.head if noun and head.head.pos_ == "VERB" else None


def hoped_of_others(tok: Token) -> bool:
    """ "hoped for an early end to the dispute": a hope with a thing hoped for; "we hope the Chilean side will treat
    our traders fairly": a hope about what another party will do, a call told as a hope. A wish about another's
    fortune ("hopes that Togo will prosper", "hoped for the prosperity of Togo") is a courtesy (data: hoped_of_others)."""
    data = cues_data()["hoped_of_others"]
    if lemma(tok) not in data["verbs"] or tok.pos_ != "VERB":
        return False
    fortune_nouns = frozenset(data["fortune_nouns"])  # "hoped for continued prosperity for Ghana": a courtesy
    if any(c.dep_ == "prep" and c.lower_ == "for" and any(g.dep_ == "pobj" and g.pos_ == "NOUN" and lemma(g) not in
           fortune_nouns for g in c.children) for c in tok.children):
        return True
    wisher = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    fortune = set(data["fortune"]) | set(cues_data()["outcome_verbs"]["lemmas"])
    for clause in (c for c in tok.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")):
        if _settled(clause, data):
            return True  # "hoped the dispute would be resolved through dialogue": a settlement hoped for
        subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None or subject.lower_ in PRONOUNS or not is_actor_head(subject):
            continue  # "hopes that it will join …" (its own aim), "hopes the talks will succeed"
        if wisher is not None and subject.lower_ == wisher.lower_:
            continue
        verbs = [clause, *(v for v in clause.subtree if v.dep_ in ("xcomp", "conj") and v.pos_ == "VERB")]
        if not any(lemma(v) in fortune for v in verbs):
            return True
    return False


def _settled(clause: Token, data: dict) -> bool:
    """ "… the row would be settled by talks", "… the matter will be resolved soon": a trouble (no actor) settled,
    told in the passive, with no "not" (data: hoped_of_others "settled"); a right respected or a person freed only
    where the subject names one ("kept": "his rights will be respected", not "the new coins will be released")."""
    subject = next((c for c in clause.children if c.dep_ == "nsubjpass"), None)
    if subject is None or subject.lower_ in PRONOUNS or any(c.dep_ == "neg" for c in clause.children):
        return False
    kept = data["kept"].get(lemma(clause))
    if kept is not None:
        return lemma(subject) in data[kept] or kept == "people" and subject.ent_type_ == "PERSON"
    return lemma(clause) in data["settled"] and not is_actor_head(subject)


def open_to_talks(tok: Token) -> bool:
    """ "remained open to dialogue", "is open to negotiations": a party open to talks, a stance of willingness
    (not "the border remained open", "open to investors", "is not open to talks"; data: open_to_talks)."""
    data = cues_data()["open_to_talks"]
    if tok.lower_ not in data["adjectives"] or tok.dep_ not in ("acomp", "oprd", "xcomp"):
        return False
    if any(c.dep_ == "neg" for c in (*tok.children, *tok.head.children)):
        return False  # "is not open to negotiations": a refusal, no willingness
    return any(c.dep_ == "prep" and c.lower_ == "to" and any(g.dep_ == "pobj" and lemma(g) in data["nouns"]
               for g in c.children) for c in tok.children)


def reported_request(tok: Token, reporting: frozenset[str]) -> bool:
    """ "a spokesman said Ghana had asked Togo to free the crew": a request one state made of another, restated by
    whoever reports it, is a stance; a request of an institution ("said Kenya had asked the IMF to release the next
    tranche", "asked the court to rule") stays an act told, as when no one reports it."""
    from pactline.extractors.cue_base import xcomp
    from pactline.language.actors import find_countries

    if tok.dep_ != "ccomp" or lemma(tok.head) not in reporting or xcomp(tok) is None:
        return False
    asked = next((c for c in tok.children if c.dep_ == "dobj"), None)
    subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    return asked is not None and subject is not None and _a_state(asked, find_countries) and (
        subject.lower_ in PRONOUNS or _a_state(subject, find_countries))  # "said it had asked Jordan to …"


def _a_state(noun: Token, find_countries) -> bool:  # noqa: ANN001
    """ "Togo", "the Philippines", "the Togolese government": a state (not "the IMF", "the Kenyan court")."""
    if find_countries(noun.text) or is_leader_name(noun.text):
        return True  # ("said he had asked Putin to …": a head of state or government asked is the state asked)
    return noun.lemma_.lower() in ("government", "authorities", "side") and bool(
        find_countries(" ".join(t.text for t in noun.subtree)))


def phone_call(tok: Token) -> bool:
    """ "called him on Monday": a person called, with no purpose or summons ("called the envoy to the ministry to protest")."""
    return any(c.dep_ == "dobj" and (c.pos_ == "PRON" or is_actor_head(c)) for c in tok.children) and not any(
        c.dep_ in ("xcomp", "advcl") or c.dep_ == "prep" and c.lower_ == "to" for c in tok.children)


def denied_to(tok: Token) -> bool:
    """ "shall be denied visas", "were denied entry": a measure on whoever is denied something ("was denied by Peru" stays)."""
    return any(c.dep_ == "auxpass" for c in tok.children) and not any(c.dep_ == "agent" for c in tok.children)
