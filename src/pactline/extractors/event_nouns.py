"""Events told as nouns: a visit whose possessor is the visitor, an occasion that frames what was said or
done ("At the talks and the state banquet on 14 March, the presidents discussed …", "signed
following talks in Hanoi"), the signing of an agreement ("welcomed the signing of the accord by …"), and the
words that mark an occasion as still to come."""

from __future__ import annotations

from typing import Any

from pactline.core import vocab
from pactline.extractors.event_subjects import listed_item, word_list
from pactline.language.syntax import PRONOUNS, is_actor_head, subject_of

Token = Any

_PAST_FRAMES = ("during", "after", "following", "on")
# Prepositions that frame an occasion as the setting of the clause.
_FRAMES = ("during", "at", "after", "following", "before", "amid", "throughout")
AHEAD = {"upcoming", "forthcoming", "planned", "next", "coming", "future", "proposed", "expected"}
_ANAPHORIC = {"that", "this", "those", "these", "such"}
# Occasions besides the event nouns that, told as still to come, are a planned meeting of the parties.
_OCCASIONS = {"session", "conference", "forum", "review", "round", "meetings", "summits", "negotiation"}
# Occasions that, named bare ("the meeting"), are the report's own occasion told again.
_TOLD_OCCASIONS = {"meeting", "talks", "call", "conversation", "discussions", "consultations"}
_QUOTE_VERBS = {"say", "tell", "add", "state", "note", "remark", "write", "post", "comment"}


def told_occasion(noun: Token) -> bool:
    """ "the meeting", "the talks": an occasion named bare with "the" is the one the report already told; who
    sat in on it or what was said after it adds no act of its own ("the talks at Hyderabad House" or "talks
    with Rubio" name an occasion and stay one)."""
    children = list(noun.children)
    return ((noun.lemma_.lower() in _TOLD_OCCASIONS or noun.lower_ in _TOLD_OCCASIONS) and len(children) == 1
            and children[0].dep_ == "det" and children[0].lower_ == "the")


def attendance(verb: Token, noun: Token | None = None) -> bool:
    """ "Foreign Minister A and ambassador B attended the meeting", "The meeting was attended by …", "B was
    present at the talks", "…, Faye told reporters after the meeting": who was in the room, or a quote given
    after the report's own occasion, is no act beside the occasion itself."""
    lemma = verb.lemma_.lower()
    if noun is None:  # the verb: "attended the meeting", "the meeting was attended by"
        if lemma != "attend" or verb.dep_ in ("acl", "relcl"):
            return False
        return any(c.dep_ in ("dobj", "nsubjpass") and told_occasion(c) for c in verb.children)
    if not told_occasion(noun):
        return False
    if noun.dep_ == "pobj" and noun.head.lower_ in ("after", "following") and lemma in _QUOTE_VERBS:
        return True
    return lemma == "be" and noun.head.lower_ == "at" and any(c.dep_ == "acomp" and c.lower_ == "present"
                                                              for c in verb.children)


def tells_attendance(span: Any) -> bool:
    """Whether the sentence only says who attended or accompanied ("The visiting president was accompanied by
    a delegation of ministers") or quotes someone after the occasion: the learned typer is not asked either."""
    root = span.root
    if root.lemma_.lower() == "accompany" and any(c.dep_ == "auxpass" for c in root.children):
        return True
    for tok in span:
        if tok.pos_ in ("VERB", "AUX") and attendance(tok):
            return True
        if tok.pos_ == "NOUN" and (verb := _framing_verb(tok)) is not None and attendance(verb, tok):
            return True
    return False


def noun_entry(noun: Token, nouns: dict[str, dict[str, Any]]) -> dict[str, Any] | None:
    if noun.pos_ not in ("NOUN", "PROPN"):
        return None
    entry = nouns.get(noun.lemma_.lower()) or nouns.get(noun.lower_)
    if entry and "also" in entry and not any(c.lower_ in entry["also"] for c in noun.children):
        return None  # "a joint news conference" is the two sides' meeting; "a news conference" is not
    return {**entry, "ongoing": True} if entry and entry.get("mode") == "visit" and ongoing(noun) else entry


def visitor(noun: Token, nouns: dict[str, dict[str, Any]]) -> Token | None:
    """ "during Prime Minister Diallo's state visit to Lisbon", "gratitude for Mr. Luxon's visit to Japan": a
    visit told as a noun whose possessor is the visitor; the possessor, unless the visit is still to come."""
    entry = noun_entry(noun, nouns)
    if entry is None or entry.get("mode") != "visit":
        return None
    if any(c.lower_ in AHEAD for c in noun.children):
        return None
    guest = _guest_of(noun)
    if guest is None or guest.lower_ in ("his", "her", "its", "their"):
        return None
    # the host: "visit to Japan" (or, as the parser may hang it, "the visit of a minister to Japan")
    if not any(c.dep_ == "prep" and c.lower_ == "to" for c in list(noun.children) + list(guest.children)):
        return None
    framed = noun.dep_ in ("pobj", "dobj")
    told = noun.dep_ in ("nsubj", "nsubjpass") and noun.head.tag_ == "VBD"
    return guest if framed or told else None


def _named(token: Token) -> bool:
    return token.pos_ == "PROPN" or is_actor_head(token)


def ongoing(noun: Token) -> bool:
    """ "X, who is on a state visit to Y": the visit is under way, so the day the sentence gives is a day of it,
    not the day it began."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "on" and noun.head.head.lemma_.lower() == "be"


def _guest_of(noun: Token) -> Token | None:
    """Who makes a visit told as a noun: its possessor ("Mr. Luxon's visit to Japan"), its "of" or "by"
    phrase ("the first visit of a Tongan minister to Samoa", "the first visit to Peru by a minister of
    Chile"), or the one who "is on" it ("President X, who is on a state visit to Y, …")."""
    poss = next((c for c in noun.children if c.dep_ == "poss" and _named(c)), None)
    if poss is not None:
        return poss
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ in ("of", "by"):
            found = next((g for g in prep.children if g.dep_ == "pobj" and _named(g)), None)
            if found is not None and found.lower_ not in PRONOUNS:
                return found
    if not ongoing(noun):
        return None
    being = noun.head.head
    subj = next((c for c in being.children if c.dep_ == "nsubj"), None)
    if subj is not None and subj.lower_ in ("who", "that") and being.dep_ == "relcl":
        return being.head  # "Foreign Minister X, who is on a state visit to Chile": X
    return subj if subj is not None and _named(subj) else None


def _framing_verb(noun: Token) -> Token | None:
    """The verb of the clause an occasion noun frames ("During the meeting …, the leaders discussed"), or
    None when the noun is no frame."""
    while noun.dep_ == "conj":  # "the summit meeting and the working dinner"
        noun = noun.head
    if noun.dep_ == "pobj" and noun.head.dep_ == "agent" and noun.head.head.lemma_.lower() in ("follow", "precede"):
        noun = noun.head.head.head  # "held a closed meeting followed by a working lunch": held the lunch too
        node = noun
        for _ in range(3):
            if node.pos_ in ("VERB", "AUX"):
                return node
            node = node.head
        return None
    if noun.dep_ != "pobj" or noun.head.lower_ not in _FRAMES and not (
            noun.head.lower_ == "in" and (noun.lemma_.lower() in word_list("framing_calls") or _own_talks(noun))):
        return None  # ("agreed in a telephone call on Sunday": the call frames the agreement)
    node = noun.head.head
    for _ in range(3):
        if node.pos_ in ("VERB", "AUX"):
            return node
        node = node.head
    return None


def _own_talks(noun: Token) -> bool:
    """ "In his talks with X, Y stressed …", "in their meeting with the envoy, the ministers …": an occasion of
    its holder's, with a partner named, that frames the clause's verb (not "a pause in talks")."""
    return noun.head.head.pos_ in ("VERB", "AUX") and any(c.dep_ == "poss" for c in noun.children) and any(
        c.dep_ == "prep" and c.lower_ == "with" for c in noun.children)


def framed_occasion(noun: Token, nouns: dict[str, dict[str, Any]]) -> tuple[Token, Token] | None:
    """(framing verb, its subject) when ``noun`` is a meeting, talks, call, summit or dinner that sets the
    scene of a reported act; the subject is who took part."""
    entry = noun_entry(noun, nouns)
    if entry is not None and entry["type"] == "ASSAULT":
        return _onset(noun)
    if entry is None or entry["type"] != "CONSULT" or entry.get("mode") == "visit" and noun.dep_ == "conj":
        return None
    if (topic := topic_occasion(noun, nouns)) is not None:
        return topic, noun
    if any(c.lower_ in _ANAPHORIC or c.lower_ in AHEAD for c in noun.children):
        return None  # "during that meeting" refers back; "ahead of the upcoming summit" is still to come
    verb = _framing_verb(noun)
    if verb is not None and attendance(verb, noun):
        return None
    subj = subject_of(verb) if verb is not None else None
    # "signed a memorandum during his visit": the visitor, not the clause's subject, made the visit.
    poss = next((c for c in noun.children if c.dep_ == "poss"), None)
    if poss is not None and verb is not None:
        subj = poss
    if verb is not None and (subj is None or not is_actor_head(subj)):
        # "The accord was signed following talks between Chile and Peru": the parties the occasion names.
        between = [g for p in noun.children if p.dep_ == "prep" and p.lower_ == "between"
                   for g in p.children if g.dep_ == "pobj"]
        subj = between[0] if between else subj
    return (verb, subj) if subj is not None else None


def listed_measure(noun: Token, nouns: dict[str, dict[str, Any]]) -> Token | None:
    """ "iii. Suspension of all commercial flights to X;", "Closure of the border with Y": a measure heading a
    listed item of its own, of a kind its of-phrase names; the item, taken by the text's pair, or None. A measure
    a verb of ordering takes as its object ("ordered the suspension of gas exports to X"; ordering_verbs in
    data/event_verbs.json) is taken by that verb's subject."""
    entry = noun_entry(noun, nouns)
    if entry is None or not entry.get("measure"):
        return None
    named = {w for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
             for g in p.children if g.dep_ == "pobj" for w in (g.lemma_.lower(), g.lower_)}
    if not named & set(entry["objects"]):
        return None
    if listed_item(noun):
        return noun
    ordered = noun.dep_ == "dobj" and noun.head.lemma_.lower() in word_list("ordering_verbs")
    return subject_of(noun.head) if ordered else None


def signing(noun: Token, nouns: dict[str, dict[str, Any]]) -> Token | None:
    """ "welcomed the signing of the Green Partnership by the energy ministers", "witnessed the exchange of
    the agreements": who signed (the "by" phrase, else the subject of the verb that reports it)."""
    entry = noun_entry(noun, nouns)
    if entry is None or entry["type"] != "AGREE" or not any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children):
        return None
    if "objects" in entry and not any(g.lemma_.lower() in entry["objects"] or g.lower_ in entry["objects"]
                                      for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                                      for g in p.children if g.dep_ == "pobj"):
        return None  # "the exchange of memoranda" is a signing; "the exchange of views" is not
    if any(c.lower_ in AHEAD for c in noun.children):
        return None
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "by":
            agent = next((g for g in prep.children if g.dep_ == "pobj"), None)
            if agent is not None and any(t.pos_ == "PROPN" or t.text[:1].isupper() for t in agent.subtree):
                return agent  # "by UK and Norwegian ministers"; "by their ministers" is the reporting subject's
    head = noun.head
    while head.dep_ == "prep" or head.pos_ == "ADP":
        head = head.head
    if head.i == noun.i and listed_item(noun):
        return noun  # "• Signing of a memorandum on fisheries": an outcome in the pair's list, theirs
    if head.pos_ not in ("VERB", "AUX"):
        return None
    subj = subject_of(head)
    if subj is None and head.dep_ == "pcomp" and head.head.dep_ == "prep" and head.head.head.pos_ in ("VERB", "AUX"):
        subj = subject_of(head.head.head)  # "held talks before witnessing the exchange of …": who held them
    return subj


def upcoming_occasion(noun: Token, nouns: dict[str, dict[str, Any]]) -> Token | None:
    """Who will take part, when ``noun`` is a meeting told as still to come: "welcomed the next session of the
    border commission", "consultations ahead of the regional summit in 2027" (the subject of the clause it
    sits in)."""
    entry = noun_entry(noun, nouns)
    if (entry is None or entry["type"] != "CONSULT") and noun.lemma_.lower() not in _OCCASIONS:
        return None
    if noun.pos_ in ("NOUN", "PROPN") and _held_ahead(noun):
        return noun  # "the regional summit to be held in Lima in May": the occasion, still to come
    if noun.pos_ != "NOUN":
        return None
    if _placed_ahead(noun) or noun.dep_ in ("nsubj", "nsubjpass") and _scheduled(noun.head) and not _takes_place(noun.head):
        return noun  # "their next summit, which will take place in Lima", "talks are expected to resume": to come
    if noun.dep_ == "nsubj" and _takes_place(noun.head) and _future(noun.head):
        return noun  # "The fifth session of the joint council will take place in Riga in 2027": to come
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in DELAYED:
        subj = subject_of(noun.head)  # "have postponed the meeting of their joint commission": theirs, still to come
        return subj if subj is not None and is_actor_head(subj) else None
    marked = any(c.lower_ in AHEAD and c.dep_ in ("amod", "compound") for c in noun.children)
    ahead = noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ == "ahead"
    if not (marked or ahead) or any(c.lower_ in _ANAPHORIC or c.dep_ == "poss" for c in noun.children):
        return None
    node = noun
    for _ in range(7):
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            subj = subject_of(node)
            if subj is not None and subj.i == noun.i and _takes_place(node):
                return noun  # "the next round … should take place in Lima": the pair's own meeting, still to come
            return subj if subj is not None and is_actor_head(subj) else None
    return None


def _held_ahead(noun: Token) -> bool:
    """ "the summit to be held in Lima", "talks due to take place in May": words of data/occasions.json held_ahead
    right after the occasion noun."""
    after = " ".join(t.lower_ for t in noun.doc[noun.i + 1 : noun.i + 5])
    return any(after == cue or after.startswith(cue + " ") for cue in vocab.load("occasions.json")["held_ahead"])


def _placed_ahead(noun: Token) -> bool:
    """ "the summit, which will take place in Lima", "the forum, which will be held in Accra": a relative clause
    that only tells where or when the occasion will happen, told with "will" or "shall"."""
    from pactline.extractors.event_time import future_modal

    return any(c.dep_ == "relcl" and future_modal(c) and (_takes_place(c) or c.lemma_.lower() in ("hold", "convene")
               and any(a.dep_ == "auxpass" for a in c.children)) for c in noun.children)


def _future(verb: Token) -> bool:
    from pactline.extractors.event_time import future_modal

    return future_modal(verb)


_SCHEDULED = {"plan", "schedule", "expect", "set", "slate"}
DELAYED = {"postpone", "delay", "defer", "reschedule", "slip"}  # put off: still to come


def _scheduled(verb: Token) -> bool:
    """ "A second round is planned for March", "Talks are expected to resume", "talks are due to continue",
    "negotiations have been postponed to 2027", "trade talks slip": an occasion told as scheduled or put off
    (the passive of a verb of planning, a verb of delay, or "due")."""
    lemma = verb.lemma_.lower()
    if lemma in _SCHEDULED and any(c.dep_ == "auxpass" for c in verb.children) or lemma in DELAYED:
        return True
    return verb.lemma_.lower() == "be" and any(c.dep_ == "acomp" and c.lower_ == "due" for c in verb.children)


def _takes_place(verb: Token) -> bool:
    """ "will take place", "is expected to take place": a verb that only tells an occasion happens (a passive
    "will be held" is read by the events' own-meeting rule)."""
    for node in (verb, *(c for c in verb.children if c.dep_ == "xcomp")):
        lemma = node.lemma_.lower()
        if lemma == "take" and any(c.lower_ == "place" and c.dep_ == "dobj" for c in node.children):
            return True
    return False


# Verbs that tell what an occasion dealt with ("The call focused on the Sahel", "Discussions covered trade").
_TOPIC_VERBS = {"focus", "cover", "touch", "centre", "center", "revolve", "concentrate", "range", "span", "address",
                "tackle", "review", "explore", "examine", "highlight", "include", "deal"}


def topic_occasion(noun: Token, nouns: dict[str, dict[str, Any]]) -> Token | None:
    """The verb when a meeting, talks or call is the subject of what it dealt with ("The call also focused on
    the Sahel"): the occasion itself is told, by the parties the text is about."""
    entry = noun_entry(noun, nouns)
    if entry is None or entry["type"] != "CONSULT" or entry.get("mode") == "visit" or noun.dep_ != "nsubj":
        return None
    verb = noun.head
    return verb if verb.pos_ == "VERB" and verb.lemma_.lower() in _TOPIC_VERBS else None


# Verbs that tell fighting going on ("fighting resumed on Thursday", "the shelling began at dawn").
_ONSET_VERBS = {"resume", "begin", "start", "erupt", "break", "rage", "continue", "escalate", "intensify", "flare",
                "spread", "persist", "ensue", "follow"}


def _onset(noun: Token) -> tuple[Token, Token] | None:
    """(verb, who fought) when fighting told as a noun is the subject of its going on: those it was "between",
    else the fighting itself (the two sides of the report)."""
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.pos_ != "VERB" or verb.lemma_.lower() not in _ONSET_VERBS:
        return None
    between = [g for p in noun.children if p.dep_ == "prep" and p.lower_ == "between" for g in p.children
               if g.dep_ == "pobj" and is_actor_head(g)]
    return verb, between[0] if between else noun

