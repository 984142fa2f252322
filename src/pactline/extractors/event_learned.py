"""Events the verb patterns miss, found by the learned typer (event_types.py) and argued from the parse.

Only parsed sentences where no verb pattern coded an event are embedded. A sentence the classifier types
with enough probability gets one event: its anchor is the clause whose subject is an actor (reported
speech is read through: "X said it had expelled …" anchors on "expelled"), or, for conflict told in nouns
("Drone strikes on Iraq killed …", "Israeli air strikes hit …"), the noun's own modifiers and phrases.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from pactline.core import vocab
from pactline.core.records import Actor, Event, Evidence, content_id
from pactline.extractors.cameo import goldstein, quad_class
from pactline.extractors.event_clauses import Candidate, clause_candidates, clause_heads, own_words
from pactline.extractors.event_nouns import DELAYED
from pactline.extractors.event_subjects import own_agent
from pactline.extractors.event_summary import summarise
from pactline.extractors.event_time import (
    dated_ahead,
    future_modal,
    is_background,
    is_planned,
    modal_act,
    settings,
)
from pactline.extractors.event_types import NONE, classify
from pactline.language.actors import DocumentContext, find_countries
from pactline.language.analysis import SentenceInfo
from pactline.language.syntax import PRONOUNS, actor_for, is_actor_head, subject_of

Token = Any
_GIVEN_AHEAD = {"AID", "COOPERATE"}  # acts the typer finds under a bare future modal that are the act to come
_SCHEDULED_KINDS = {"AGREE"}  # planned acts checked for a word of their kind (_names_its_kind)
_OPENNESS = {"open", "ready", "willing", "prepared", "available"}
_REPORTING = {"say", "tell", "announce", "report", "state", "add", "note", "confirm", "claim", "write", "declare"}


def _clause_text(cand: Candidate) -> str:
    if cand.clause is None:
        return cand.sent.text
    return "".join(t.text_with_ws for t in own_words(cand.clause, clause_heads(cand.sent.span))).strip()


def _verbs_in_order(span: Any, clause: Token | None = None) -> list[Token]:
    """Verbs to try as the anchor: a clause typed on its own first; what a reporting root reports, then the
    root, then the rest."""
    if clause is not None:
        return [clause]
    root = span.root
    first = [c for c in root.children if c.dep_ == "ccomp"] if root.lemma_.lower() in _REPORTING else []
    rest = [t for t in span if t.pos_ in ("VERB", "AUX") and t.dep_ != "aux" and t not in first and t is not root]
    return first + [root] + rest


def _modifier_actor(noun: Token, ctx: DocumentContext) -> tuple[Actor | None, list[str]]:
    """ "Israeli air strikes", "Sudan's strikes", "strikes by Turkey": the state a nominal act belongs to."""
    for child in noun.children:
        if child.dep_ in ("amod", "compound", "poss", "nmod") and is_actor_head(child):
            mentions = find_countries(child.text)
            if mentions:
                return Actor(child.text, mentions[0].code, "government"), [mentions[0].code]
        if child.dep_ == "prep" and child.lower_ == "by":
            for pobj in child.children:
                actor, codes = actor_for(pobj, ctx, None)
                if actor is not None and codes:
                    return actor, codes
    return None, []


def anchor(cand: Candidate, ctx: DocumentContext) -> tuple[Token, Token, Actor | None, list[str]]:
    """(anchor verb, head for targets, source actor, source codes); the sentence's root without a source
    when no actor is the subject of anything."""
    from pactline.extractors.event_subjects import agent_of as _agent
    from pactline.extractors.event_subjects import antecedent

    for verb in _verbs_in_order(cand.sent.span, cand.clause):
        if verb.pos_ not in ("VERB", "AUX", "NOUN", "PROPN"):
            continue
        subj = subject_of(verb) if verb.pos_ in ("VERB", "AUX") else None
        if subj is not None and subj.dep_ == "nsubjpass":
            subj = _agent(verb)
        if subj is None:
            continue
        if subj.tag_ in ("WP", "WDT") and verb.dep_ == "relcl":
            subj = antecedent(subj)  # "… with President X, who also opened …": X opened
        subj = _reporter_for(subj, verb)
        actor, codes = actor_for(subj, ctx, cand.last)
        if actor is not None and codes:
            return verb, verb, actor, codes
        actor, codes = _modifier_actor(subj, ctx)
        if actor is not None or subj.pos_ == "NOUN":
            return verb, subj, actor, codes
    # "The official talks were held in Hanoi", "Kenya–Ghana Joint Communiqué": no actor does it in the
    # parse; the parties come from the sentence's countries or the document's pair.
    fallback = cand.sent.span.root if cand.clause is None else cand.clause
    return fallback, fallback, None, []


def _reporter_for(subj: Token, verb: Token) -> Token:
    """ "Lima said it would not attend …": "it" in what a subject reports stands for that subject, not for
    the last actor of the sentences before."""
    if subj.lower_ not in ("it", "he", "she") or verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in _REPORTING:
        return subj
    reporter = subject_of(verb.head)
    return reporter if reporter is not None and reporter.lower_ not in PRONOUNS else subj


def _subject_codes(cand: Candidate, ctx: DocumentContext) -> list[str]:
    """The countries of the sentence's first subject ("Hassan is scheduled to leave …": Hassan's)."""
    subj = next((t for t in cand.sent.span if t.dep_ in ("nsubj", "nsubjpass")), None)
    return actor_for(subj, ctx, cand.last)[1] if subj is not None else []


def _act_of(verb: Token) -> Token:
    """The verb whose tense tells whether the act was done: "agreed to hold talks" and "is expected to be
    signed" are told by the complement; "said it would dispatch a mission", anchored on the reporter,
    by the clause reported; "instructed its police to close …", by the order given to the orderer's own
    agents (the act ordered is what was done by ordering it)."""
    if verb.lemma_.lower() in _REPORTING:
        verb = next((c for c in verb.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")), verb)
    if own_agent(verb):
        return verb
    return next((c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), verb)


@cache
def _transit_cue() -> re.Pattern[str]:
    """ "heading north for", "bound for" just before a country (transit_cues in data/occasions.json)."""
    return re.compile(r"\b(?:" + "|".join(vocab.load("occasions.json")["transit_cues"]) + r")\s+(?:the\s+)?$", re.I)


def _sentence_parties(sent: SentenceInfo, ctx: DocumentContext, label: str = "") -> list[str]:
    """The countries the sentence names (a place of the act counts only with another), else the document's
    main pair: "the call also focused on …" is about the pair the readout is about. Where troops that withdraw
    are heading ("rolled out of the garrison, heading north for X"; transit_cues in data/occasions.json) is no party."""
    mentions = find_countries(sent.text, joined=True)
    if label == "RETREAT":
        mentions = [m for m in mentions if not _transit_cue().search(sent.text[max(0, m.start - 40) : m.start])]
    codes = sorted({m.code for m in mentions})
    if len(codes) >= 2:
        return codes
    # One country named alone may be only the place ("talks in Cairo"): it stands with the document's pair.
    return sorted(set(codes) | set(ctx.main_parties)) if ctx.main_parties else []


def _pattern(label: str, span: Any) -> dict[str, Any]:
    """The type's finer code from a verb or noun pattern of the same type in the sentence, else its default."""
    from pactline.extractors.event_patterns import _patterns, match_verb

    _verbs, nouns, _scale = _patterns()
    for tok in span:
        entry = match_verb(tok) if tok.pos_ in ("VERB", "AUX") else nouns.get(tok.lemma_.lower())
        if entry is not None and entry["type"] == label:
            return {**entry}
    default = settings()["type_defaults"][label]
    return {"type": label, "mode": default["mode"], "cameo": default["cameo"]}


def _tells_an_act(span: Any) -> bool:
    """A verb, or a noun of an occasion ("talks", "visit", "strikes"): a line of names tells no act."""
    words = _act_words()
    return any(t.pos_ in ("VERB", "AUX") or t.lemma_.lower() in words or t.lower_ in words for t in span)


def _no_act(span: Any, label: str, told: frozenset[str] = frozenset()) -> bool:
    """A name ("Jordan Press Agency"), or talks put off ("have been postponed"): no act done. A visit or mission
    put off in a dispute stays the sanction it is. A sentence that only says what an occasion already told was
    ("The summary of the talks is below", "It was their third meeting") is no meeting of its own."""
    put_off = span.root.lemma_.lower() in DELAYED and label not in ("SANCTION", "REJECT")
    return put_off or not _tells_an_act(span) or _open_to(span.root) or label == "CONSULT" and "CONSULT" in told and _describes_occasion(span)


def _open_to(root: Token) -> bool:
    """ "X remains open to talks with Y", "is ready for negotiations": a stance of openness, no occasion held."""
    return root.lemma_.lower() in ("be", "remain", "stay") and any(
        c.dep_ == "acomp" and c.lower_ in _OPENNESS for c in root.children)


def _told(cand: Candidate, label: str, told: frozenset[str]) -> bool:
    """The type is told already, by the rules in the sentence, or no act is (``_no_act``)."""
    return label in cand.coded or label in cand.beside or _no_act(cand.sent.span, label, told)


def _describes_occasion(span: Any) -> bool:
    """A copula sentence ("A summary of the meeting is given below") with no verb of meeting or visiting in it
    ("was on a state visit to X" is one) and no name ("The visit was the president's first to X" tells who went
    where)."""
    from pactline.extractors.event_patterns import match_verb

    root = span.root
    return root.lemma_.lower() == "be" and not any(t.pos_ == "PROPN" for t in span) and not any(
        t.pos_ in ("VERB", "AUX") and (match_verb(t) or {}).get("type") == "CONSULT" for t in span)


@cache
def _act_words() -> frozenset[str]:
    """Occasion nouns of the verb patterns and the nominal event wording of the learned typer's triggers."""
    from pactline.extractors.event_patterns import _patterns

    return frozenset(_patterns()[1]) | frozenset(settings()["triggers"])


def _ahead(span: Any) -> bool:
    """ "the agenda for the president's upcoming visit", "looked forward to the summit": an occasion the
    sentence says is still to come."""
    from pactline.extractors.event_nouns import AHEAD
    from pactline.extractors.event_patterns import _patterns

    nouns = _patterns()[1]
    if any(t.dep_ == "amod" and t.lower_ in AHEAD and t.head.lemma_.lower() in nouns for t in span):
        return True
    # "looked forward to the summit in Lima": what one looks forward to is still to come
    return any(t.lemma_.lower() == "look" and any(c.lower_ == "forward" for c in t.children)
               and any(c.dep_ == "prep" and c.lower_ == "to" and any(g.dep_ == "pobj" for g in c.children)
                       for c in t.children) for t in span)


def _own_clause_ahead(label: str, span: Any) -> bool:
    """ "The leaders agreed that their ministers will meet annually": the verbs that tell an act of the type
    found (here "meet") are all still to come, whatever the tense of the sentence's main verb."""
    from pactline.extractors.event_patterns import match_verb
    from pactline.extractors.event_time import future_modal, scheduled_head

    own = [t for t in span if t.pos_ in ("VERB", "AUX") and (match_verb(t) or {}).get("type") == label]
    return bool(own) and all(future_modal(t) or scheduled_head(t) for t in own)


def _names_its_kind(label: str, span: Any) -> bool:
    """A planned agreement is named by a verb or noun of its kind ("will sign", "intend to conclude a treaty",
    "will set up a joint council"); "the two countries will raise the pipeline's capacity" or "will jointly
    build the port" names none: a pledge (the commitments hold it), no act scheduled. (Planned meetings are not
    checked: "will address the business forum" names a meeting in words no pattern lists.)"""
    if label not in _SCHEDULED_KINDS:
        return True
    from pactline.extractors.event_patterns import _patterns, match_verb

    nouns, words = _patterns()[1], set(settings()["planned_founding_words"])
    for tok in span:
        particle = next((c.lower_ for c in tok.children if c.dep_ == "prt"), "")
        if {tok.lemma_.lower(), tok.lower_, f"{tok.lemma_.lower()} {particle}"} & words:
            return True  # "will set up a joint council", "will finalise the accord"
        entry = match_verb(tok) if tok.pos_ in ("VERB", "AUX") else nouns.get(tok.lemma_.lower())
        if entry is not None and entry["type"] == label:
            return True
    return False


def _planned(act: Token, how: str | None, label: str, span: Any) -> bool:
    """Whether the act the typer found is still to come: scheduled, an occasion ahead, or ("we will begin the
    pilot", "X will extend a loan") aid or cooperation under a bare future modal, that act to come as for a
    verb pattern (``modal_act``), not a pledge recoded as AGREE."""
    if is_planned(act, how, label) or _ahead(span) or _own_clause_ahead(label, span):
        return True
    # (a withdrawal or concession the typer alone finds stays the intent to yield, an AGREE, as CAMEO codes it)
    return act.pos_ in ("VERB", "AUX") and (label == "COOPERATE" and future_modal(act) or label in _GIVEN_AHEAD and modal_act(
        act, {"type": label}, how))


def learned_events(doc: Any, ctx: DocumentContext, candidates: list[Candidate], doc_dated: set[str] | None = None,
                   told: frozenset[str] = frozenset()) -> list[Event]:
    """One event per candidate sentence the classifier types (not NONE) with enough probability; the ids of
    those dated only by their document are added to ``doc_dated`` (``told``: the types the verb patterns found)."""
    from pactline.extractors.event_location import homeward, location_of
    from pactline.extractors.event_modes import happening, recode
    from pactline.extractors.event_targets import addressed_bodies, occasion_bodies, target_of
    from pactline.language.event_dates import event_date
    from pactline.language.parties import complete_parties, fallback_target

    out: list[Event] = []
    candidates = candidates + [c for cand in candidates for c in clause_candidates(cand)]
    labels = classify([_clause_text(c) for c in candidates], [c.coded for c in candidates])
    floor, second, clause = (settings()[k] for k in ("min_probability", "second_event_probability", "clause_event_probability"))
    for cand, (label, prob) in zip(candidates, labels, strict=True):
        if label == NONE or prob < (second if cand.coded else clause if cand.clause is not None else floor) or _told(cand, label, told):
            continue
        verb, head, source, source_codes = anchor(cand, ctx)
        pattern = _pattern(label, cand.sent.span)
        act = _act_of(verb)
        how = happening(act, cand.sent, pattern) if act.pos_ in ("VERB", "AUX") else "past"
        planned = _planned(act, how, label, cand.sent.span)
        if how is None and not planned or planned and not _names_its_kind(label, cand.sent.span):
            continue
        if not planned:
            pattern = recode(pattern, how, act if act.pos_ in ("VERB", "AUX") else None)
        target, target_codes = target_of(head, ctx, source_codes, pattern.get("mode"), pattern["type"])
        if target is None and head is not verb:
            target, target_codes = target_of(verb, ctx, source_codes, pattern.get("mode"), pattern["type"])
        if source is not None:
            if target is None:
                target, target_codes = fallback_target(verb, ctx, source_codes, pattern["type"])
            (source, source_codes), (target, target_codes) = complete_parties(
                (source, source_codes), (target, target_codes), pattern["type"], ctx, verb)
        parties = sorted(set(source_codes) | set(target_codes) | set(occasion_bodies(verb, ctx) if pattern["type"] == "CONSULT" else ()) | set(addressed_bodies(verb, target) if source_codes else ()))
        if source is None or not parties:
            # No actor does it in the parse ("Ruto in Accra for First Kenya-Ghana Talks"): the sentence's
            # countries (or the document's pair) are its parties.
            parties = sorted(set(parties) | set(_sentence_parties(cand.sent, ctx, label)))
        if not parties or pattern["type"] == "CONSULT" and homeward(cand.sent.span, source_codes or _subject_codes(cand, ctx)):
            continue  # (or "is due to fly back to Abuja": going home, no meeting)
        sent = cand.sent
        act_said = act if verb.lemma_.lower() in _REPORTING and act is not verb else verb  # "X was launched on Tuesday, Y said"
        date, date_end, confidence = event_date(act_said, sent, cand.previous, planned)
        planned = planned or pattern["type"] != "THREATEN" and dated_ahead(act_said, date, sent)  # as events._event
        confidence = "inferred" if (by_document := confidence == "document") else confidence
        evidence = Evidence(doc.id, doc.source, sent.start, sent.end, doc.text[sent.start : sent.end])
        cameo = pattern["cameo"]
        out.append(Event(
            id=content_id("evm", doc.id, sent.start, verb.i - sent.span.start, pattern["type"]),
            doc_id=doc.id, date=date, date_end=date_end, date_confidence=confidence,
            type=pattern["type"], mode=pattern.get("mode"), cameo=cameo,
            source_actor=source, target_actor=target, parties=parties, location=location_of(verb, sent),
            summary=summarise(source, act_said, target, parties, planned, head if head is not verb else None), evidence=[evidence],
            goldstein=goldstein(cameo), quad_class=quad_class(cameo),
            planned=planned, background=not planned and is_background(date, confidence, sent),
        ))
        if by_document and doc_dated is not None:
            doc_dated.add(out[-1].id)
    return out
