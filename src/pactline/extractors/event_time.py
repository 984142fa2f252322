"""Planned apart from done, background apart from news.

A scheduled act ("will pay a visit", "is set to meet", "invited X to visit", "will host a banquet") is kept
as the act it is, marked planned, so it is never counted as an agreement or a commitment nor told as past.
An act dated long before its document ("first met in 2019", "seized the islands in 1945") is background:
recorded with its own date, never as news of the report's occasion.
"""

from __future__ import annotations

from datetime import date
from functools import cache
from typing import Any

from pactline.core import vocab
from pactline.extractors.event_modes import ATTEMPT_HEADS, decreed, held_for, warned
from pactline.extractors.event_subjects import word_list
from pactline.language.analysis import SentenceInfo
from pactline.language.dates import Anchor, find_dates, to_date
from pactline.language.syntax import is_actor_head

Token = Any
_SCHEDULED_TYPES = {"CONSULT", "AGREE"}  # visits, meetings, hosting, signings; "will send aid" stays a pledge
# Diplomatic steps announced ahead ("would summon the envoy", "will ask the court"): no threat, no pledge.
_ANNOUNCED_TYPES = {"ACCUSE", "REQUEST"}  # "will boycott" stays a threat (PROTEST intent); a note of protest
# to be lodged (mode "formal") is such a step too
_FUTURE_MODALS = {"will", "shall", "'ll", "’ll"}
_TASKING = {"instruct", "direct", "task", "mandate", "charge", "entrust"}
# Operations a text schedules ("will hold a joint exercise in May", "will deploy two frigates next year"): an
# exercise or a deployment with its own date under "will" is an act to come, neither a pledge nor a threat.
_OPERATION_TYPES = {"COOPERATE", "MOBILIZE"}
_ANY_DAY = Anchor(date(2000, 1, 1))


@cache
def settings() -> dict[str, Any]:
    return vocab.load("event_learned.json")


def future_modal(verb: Token) -> bool:
    """ "will visit"; and "would" in a clause reported in the past ("said it would send a mission"), the
    future of the report, unless a condition holds it out ("would go if invited")."""
    # a conjunct shares its head's modal only in the base form ("would not cede … and urged": the past is told)
    for head in (verb, verb.head if verb.dep_ == "conj" and verb.tag_ == "VB" else None):
        if head is None:
            continue
        if any(c.dep_ == "aux" and c.lower_ in _FUTURE_MODALS for c in head.children):
            return True
        if any(c.dep_ == "aux" and c.lower_ == "would" for c in head.children) and (
                reported(head) or decided(head) is not None) and not conditioned(head) and not dated_past(head):
            return True
    return False


def conditioned(verb: Token) -> bool:
    """ "would go if invited", "will send a frigate unless talks resume": a clause of a condition word
    (settings' condition_marks) holds the act out; one on the verb that reports it too ("If elected, the
    opposition leader said he would impose tariffs")."""
    marks = set(settings()["condition_marks"])
    told = [verb, verb.head] if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in _REPORTING else [verb]
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in marks for m in c.children)
               for t in told for c in t.children)


def _own_clause(verb: Token) -> str:
    """The verb's own clause: its subtree without the clauses hung on it."""
    skipped = {d for t in verb.subtree if t.dep_ in ("conj", "advcl", "ccomp", "relcl") and t is not verb
               for d in t.subtree}
    return " ".join(t.text for t in verb.subtree if t not in skipped)


def dated_past(verb: Token) -> bool:
    """ "said the drill would end last Friday", "… would open two days ago": the verb's own clause dates it by
    a date told as past (a word of settings' past_time_marks in the date), so the act is told as done."""
    return past_dated_text(_own_clause(verb))


def past_dated_text(text: str) -> bool:
    """Whether the text holds a date told as past (a word of settings' past_time_marks in it: "last week")."""
    marks = set(settings()["past_time_marks"])
    return any(marks & set(d.text.lower().split()) for d in find_dates(text, _ANY_DAY))


_REPORTING = {"say", "tell", "announce", "report", "state", "add", "note", "confirm", "claim", "declare", "write"}


def reported(verb: Token) -> bool:
    """Whether the verb heads a clause a past reporting verb reports ("said it would …", "saying it would …")."""
    head = verb.head
    return verb.dep_ == "ccomp" and head.lemma_.lower() in _REPORTING and head.tag_ in ("VBD", "VBN", "VBG")


# Verbs whose past clause settles what is still to come: "agreed that their envoys would meet", "decided that the
# commission would convene in May" (the "would" is the future of the decision, as after "said").
_DECIDING = {"agree", "decide", "resolve", "determine", "confirm", "arrange"}


def decided(verb: Token) -> Token | None:
    """The past agreement or decision that settles the verb's clause ("agreed that … would meet"), or None."""
    clause = verb
    for _ in range(3):  # "agreed that their ministers will meet annually, and that a forum will be held": both settled
        if clause.dep_ != "conj":
            break
        clause = clause.head
    head = clause.head
    return head if clause.dep_ == "ccomp" and head.lemma_.lower() in _DECIDING and head.tag_ in ("VBD", "VBN") else None


def scheduled_head(verb: Token) -> bool:
    """ "is set to visit", "plans to travel", "invited X to visit", "is expected to meet": the verb is the
    complement of a word that schedules it."""
    heads = settings()["planned_heads"]
    if (verb.lemma_.lower() in heads or verb.lower_ in heads) and any(c.dep_ in ("xcomp", "ccomp") for c in verb.children):
        return True  # the invitation itself: "invited the President of Ghana to visit Amman"
    if verb.lemma_.lower() == "be" and any(c.dep_ in ("acomp", "oprd") and c.lower_ in heads for c in verb.children):
        return True  # "is due in Lima on Monday", "is expected in Accra next week": a visit to come
    if verb.lower_ in heads and verb.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in verb.children) and any(
            c.dep_ == "prep" and c.lower_ in ("in", "at") for c in verb.children):
        return True  # the same parsed as a passive verb: "is expected in Kampala next week"
    if verb.lemma_.lower() == "invite" and any(c.dep_ == "dobj" for c in verb.children) and any(
            c.dep_ == "prep" and c.lower_ == "to" for c in verb.children):
        return True  # "invited the President of Ghana to Amman": the visit still to come
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() == "be" and any(a.dep_ == "aux" and a.lower_ == "to" for a in verb.children) \
            and any(c.dep_ == "nsubj" and is_actor_head(c) for c in verb.head.children) \
            and not any(c.dep_ == "attr" for c in verb.head.children):  # ("It is a privilege to greet you": no)
        return True  # "the minister is to discuss the matter with her counterpart": an act arranged
    node = verb
    for _ in range(2):  # "is set to attend and visit", "looks forward to welcoming him and holding talks": shared
        if looked_forward(node) or node.dep_ in ("xcomp", "ccomp", "advcl", "acl") and (
                node.head.lower_ in heads or node.head.lemma_.lower() in heads):
            return True
        if node.dep_ in ("xcomp", "advcl") and any(c.dep_ == "dobj" and c.lemma_.lower() in heads for c in node.head.children):
            return True  # "renewed his invitation to X to visit Chile"
        if node.dep_ != "conj":
            break
        node = node.head
    return False


def looked_forward(verb: Token) -> bool:
    """ "looked forward to visiting Abuja", "looks forward to welcoming the President in Lima", "… and to holding
    talks there": an act one looks forward to is still to come."""
    if verb.dep_ != "pcomp" or verb.head.lower_ != "to":
        return False
    prep = verb.head
    look = prep.head
    if prep.dep_ == "conj" and look.lower_ == "to":  # "to A and to B", the second hung on the first
        look = look.head
    return look.lemma_.lower() in ("look", "looking") and any(c.lower_ == "forward" for c in look.children)


def _agreed_signing(verb: Token) -> bool:
    """ "agreed to sign", "decided to conclude", "plan to ink": a signing an earlier verb of intent governs."""
    return (verb.lemma_.lower() in word_list("signing") and verb.dep_ in ("xcomp", "conj")
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children))


def is_planned(verb: Token, how: str | None, event_type: str, mode: str | None = None) -> bool:
    """Whether the verb reports a scheduled act rather than one done or a pledge: a future modal on a
    visit, meeting, signing, hosting or similar act, or a scheduling head of any act."""
    if scheduled_head(verb) and not (event_type == "REQUEST" and verb.lemma_.lower() == "invite"):
        return True  # (an invitation to act, "invited Chilean firms to invest", is a request made now)
    if event_type == "CONSULT" and verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _TASKING:
        return True  # "instructed the joint commission to hold its next meeting": a meeting to come
    negated = any(c.dep_ == "neg" for c in verb.children)
    if event_type in _SCHEDULED_TYPES and verb.dep_ in ("acl", "relcl", "advcl") and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) and any(c.dep_ == "auxpass" for c in verb.children):
        return True  # "the next summit, to be hosted by Chile in 2026": an occasion's infinitive is its schedule
    if not negated and how == "intent" and (event_type in _ANNOUNCED_TYPES or mode == "formal"):
        return True  # "said it would summon the ambassador": a diplomatic step to come
    if how == "intent" and event_type == "SANCTION" and held_for(verb):
        return True  # "would close the crossings for 72 hours": a measure announced, still to come
    if how == "intent" and _agreed_signing(verb):
        return True  # "agreed to sign accords in Lilongwe during a visit next year": signing and visit to come
    if event_type in _SCHEDULED_TYPES and occasion_to_come(verb):
        return True  # "will attend the summit hosted by Peru": the hosting is as far off as the summit
    if not negated and how == "intent" and event_type in _OPERATION_TYPES and operation_dated(verb):
        return True  # "the two navies will stage a drill off Crete in June": scheduled, no threat
    if not negated and how == "intent" and event_type == "MOBILIZE" and deployment_announced(verb):
        return True  # "said the coast guard would deploy more boats along the coast": a step to come, no threat
    if not negated and how == "intent" and event_type == "SANCTION" and mode != "expel" and deployment_announced(verb):
        return True  # "said Lima would impose a reciprocal tariff on 20 products": a measure announced, to come
    return not negated and how == "intent" and event_type in _SCHEDULED_TYPES and future_modal(verb)


def operation_dated(verb: Token) -> bool:
    """ "will hold the exercise in 2026", "shall send a frigate next spring", "said its navy would deploy two
    corvettes next month": an operation under "will" or "shall", or a reported "would", whose own clause dates
    it, held out on no condition; one the clause dates in the past ("would end last Friday") is told as done."""
    if not future_modal(verb) or conditioned(verb) or dated_past(verb):
        return False
    return bool(find_dates(_own_clause(verb), _ANY_DAY))  # (any day resolves "next year": only whether one is said counts)


def deployment_announced(verb: Token) -> bool:
    """ "will deploy two more battalions", "said its navy would send a frigate to the strait": a deployment
    under "will" or a reported "would", held out on no condition and told as no warning, is a step to come
    (a threat is warned of: "warned it would deploy troops"; or conditioned: "would deploy if …")."""
    if not future_modal(verb) or conditioned(verb) or dated_past(verb) or decreed(verb):
        return False
    return not warned(verb)


def framed_ahead(verb: Token, how: str | None) -> bool:
    """ "agreed to hold the next summit in 2026, preceded by a meeting of ministers": an occasion framed by a
    meeting still pledged is to come as well (an act pledged at a meeting, "agreed to cooperate during the
    talks", leaves the meeting as told)."""
    from pactline.extractors.event_patterns import match_verb

    return how == "intent" and (match_verb(verb) or {}).get("type") == "CONSULT"


def occasion_to_come(verb: Token) -> bool:
    """ "will take part in the summit hosted by Peru", "is set to open the forum organised by Chile": a
    participle describing an occasion that the clause around it tells as still to come (the parser may
    hang the participle on that clause's verb)."""
    if verb.dep_ not in ("acl", "advcl") or verb.tag_ != "VBN" or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    node = verb.head
    for _ in range(4):
        if node.pos_ in ("VERB", "AUX"):
            return future_modal(node) or scheduled_head(node)
        if node.head.i == node.i:
            return False
        node = node.head
    return False


# Acts a pledge can schedule, recorded apart (planned) beside the pledge: a meeting or visit, aid, a
# concession or withdrawal. A pledge to cooperate or support stays the pledge alone.
_PLEDGED_TYPES = {"CONSULT", "AID", "CONCEDE", "RETREAT", "COOPERATE"}
# A pledge to cooperate in general names no act of its own ("will cooperate in trade"); "will hold joint
# exercises", "will jointly build" do.
_GENERAL = {"cooperate", "collaborate"}


def pledged_act(pattern: dict[str, Any], how: str | None, planned: bool) -> dict[str, Any] | None:
    """The act itself, to record as planned, when the verb pledges it ("agreed to meet in Kyiv", "will
    provide aid", "offered to withdraw"): the pledge is coded as intent (AGREE, CAMEO 03x) and the act it
    promises is an event still to come."""
    if planned or how != "intent" or pattern["type"] not in _PLEDGED_TYPES or pattern.get("lemma") in _GENERAL:
        return None
    return pattern


def dated_ahead(verb: Token, date: str | None, sent: SentenceInfo) -> bool:
    """ "The minister visits the patrol base on 18 April" in a text of 2 April, "holds talks in Astana in June": an
    act its sentence dates after the day the text was issued, at the precision of its date, has not happened yet,
    whatever present or future told it. An act told in the past ("met in Lima on 12 May" in a text of 8 May) is
    done: a date ahead of it is a wrong date, not a plan; so is any act of a text with no date of its own."""
    issued = sent.segment.published or ""
    size = min(len(date or ""), len(issued))
    if size < 4 or not date or date[:size] <= issued[:size]:
        return False
    told = verb if verb.pos_ in ("VERB", "AUX") else next((a for a in verb.ancestors if a.pos_ in ("VERB", "AUX")), None)
    return told is None or not (told.tag_ == "VBD" or told.tag_ == "VBN" and any(  # "has met", "was signed"
        c.dep_ in ("aux", "auxpass") and (c.lemma_ == "have" or c.tag_ == "VBD") for c in told.children))


def agreed_under(verb: Token) -> bool:
    """ "committed to meet again in Tumbes", "concurred to resume talks": an infinitive under a verb of
    agreeing (parsed as its complement or as a purpose), whose own pattern records the agreement; only the act
    pledged, still to come, is recorded of it. The agreeing head must be told of its own subject and not negated:
    "did not commit to hold talks", "refused to commit", "urged Togo to commit" agree to nothing."""
    head = verb.head
    if verb.dep_ not in ("xcomp", "advcl") or head.lemma_.lower() not in settings()["agreeing_heads"]:
        return False
    told = head.head if head.dep_ == "conj" and not any(c.dep_.startswith("nsubj") for c in head.children) else head
    own = any(c.dep_.startswith("nsubj") for c in told.children) and not any(c.dep_ == "neg" for c in head.children)
    return own and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def pledged_under_agreement(verb: Token, pattern: dict[str, Any]) -> str | None:
    """ "intent" for a meeting, aid or a joint act pledged under a verb of agreeing (as under "agreed to"), which
    ``pledged_act`` records as planned; None for other acts (a deployment committed to is no threat)."""
    pledged = pattern["type"] in _PLEDGED_TYPES and pattern.get("lemma") not in _GENERAL
    return "intent" if pledged and agreed_under(verb) and not any(c.dep_ == "neg" for c in verb.children) else None


# Acts that a bare future modal tells as acts to come: those a pledge schedules, cooperation in general ("will
# cooperate on nuclear power": with no pledge verb nothing is agreed, the cooperation is what is to come) and
# backing ("would support the recovery programme").
_MODAL_TYPES = _PLEDGED_TYPES | {"SUPPORT"}


def modal_act(tok: Token, pattern: dict[str, Any], how: str | None) -> bool:
    """ "will provide 30 million euros in aid", "said it would send two transport planes", "will cooperate in
    building the northern railway": an act told under a bare future modal is the act still to come, and nothing
    more; no pledge verb ("agreed to", "pledged to") makes an agreement of it beside."""
    if how != "intent" or pattern["type"] not in _MODAL_TYPES:
        return False
    if pattern["type"] == "SUPPORT" and tok.dep_ == "xcomp":
        return False  # "will continue to support": backing kept up, a stance (event_modes.recode), no act to come
    told = tok.head if tok.dep_ == "xcomp" and tok.head.lemma_.lower() in ATTEMPT_HEADS else tok  # "will continue to train"
    stopped = any(c.dep_ == "neg" or c.lower_ == "longer" for c in told.children)  # "will not / no longer continue to"
    return told.dep_ != "xcomp" and future_modal(told) and not conditioned(told) and not stopped


VISIT = {"type": "CONSULT", "mode": "visit", "cameo": "042"}  # the visit an accepted invitation was for


def accepted_invitation(verb: Token) -> str | None:
    """How the verb accepts an invitation: "active" ("accepted an invitation to visit Warsaw": the visit, told
    by its own verb, is the event; accepting is no agreement) or "passive" ("The invitation was accepted with
    pleasure": the visit of the text's two parties, still to come, which the sentence names no one for)."""
    if verb.lemma_.lower() != "accept":
        return None
    heads = settings()["planned_heads"]
    for child in verb.children:
        if child.lemma_.lower() in heads and child.dep_ in ("dobj", "nsubjpass"):
            return "active" if child.dep_ == "dobj" else "passive"
    return None


def is_background(date: str | None, confidence: str, sent: SentenceInfo) -> bool:
    """An event the text dates well before its own date is history, not the report's news: by a date it states,
    or by its own sentence's words for one ("last year", "three years ago"), not a date carried over."""
    if not date or confidence == "unknown" or confidence == "inferred" and all(d.value != date for d in sent.dates):
        return False
    happened, published = to_date(date), to_date(sent.segment.published)
    if happened is None or published is None:
        return False
    return (published - happened).days >= settings()["background_days"]


def _same_sentence_invitation(events: list[Any], event: Any) -> Any | None:
    """The invitation (a planned meeting of no finer kind) told in the sentence of the accepted ``event``."""
    return next((e for e in events if e is not event and e.planned and e.type == "CONSULT" and e.mode is None
                 and e.evidence[0].start == event.evidence[0].start), None)


def invited_visits_dated(events: list[Any]) -> None:
    """ "Ruto invited Suluhu to visit Kenya next year. The invitation was accepted.": the visit accepted, which
    the sentence does not date, is the one the invitation before it dated (not the day of the report), so the
    two tell one planned visit."""
    accepted = {e.evidence[0].start for e in events if e.type == "AGREE" and e.cameo == "036"}
    for event in events:
        if not (event.planned and event.date_confidence != "stated" and event.mode == VISIT["mode"]
                and event.evidence[0].start in accepted):
            continue
        # an invitation the same sentence tells ("invited Boric to come at a convenient time, and he accepted")
        # dates it; only else one told before
        invitation = _same_sentence_invitation(events, event) or max((e for e in events if e.planned and e.type == "CONSULT" and e.evidence[0].start not in accepted
                          and e.evidence[0].start < event.evidence[0].start and set(e.parties) == set(event.parties)),
                         key=lambda e: (e.evidence[0].start, e.mode is not None), default=None)
        if invitation is not None:
            # "invited Suluhu to attend the summit in Arusha in 2026": the act invited to, whatever its kind
            event.date, event.date_end, event.date_confidence = (invitation.date, invitation.date_end,
                                                                 invitation.date_confidence)
            event.mode, event.cameo = invitation.mode or event.mode, invitation.cameo if invitation.mode else event.cameo


def scheduled_by_head(noun: Token) -> bool:
    """ "will witness the signing of …", "is set to attend the signing": a nominal act under a verb still to come."""
    head = noun.head
    return head.pos_ in ("VERB", "AUX") and head.i != noun.i and (future_modal(head) or scheduled_head(head))
