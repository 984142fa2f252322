"""Event dates: which of a sentence's dates dates its event, and the occasion's date for the rest.

- a deadline ("by 2030") or a date months after the document's never dates a reported (past) event: it
  is a term or a future host month inside the verb's object ("agreed to draw on … in 2030");
- "since November last year" opens a period; it is background, not the event's day;
- a date carried over from an earlier sentence must be a day close before the document's date: background
  ("seized in 1945", "first met in 2019", "last month") dates only its own sentence;
- an event dated only by the document takes the date of the occasion it belongs to: the document's first
  meeting, call or visit that has a date of its own, when it falls in the week before the document's date.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import timedelta
from typing import Any

from pactline.core.records import Event
from pactline.language import carried_dates
from pactline.language.analysis import SentenceInfo
from pactline.language.carried_dates import (
    carried,
    carried_from,
    governor,
    noun_year,
    other_acts_object,
    quoted,
    to_come,
)
from pactline.language.conjunct_dates import (
    ahead_in_conjuncts,
    has_future_modal,
    others_told_apart,
    own_subject,
)
from pactline.language.dates import DateMention, to_date
from pactline.language.day_counts import (
    clause_chars,
    clause_dates,
    conjunct_dates,
    days_later,
    event_clause_chars,
    message_clause,
    offset_by_preposition,
    offset_from_head,
    span_before_mark,
    temporal_mark,
    temporal_spans,
)
from pactline.language.news_day import NEWS_DAYS, day_within, kept_apart, news_day, plans_on_occasion
from pactline.language.plan_spans import span_ends
from pactline.language.stance_dates import OCCASION_DAYS, period_end, stance_told_day, stated_now
from pactline.language.syntax import NESTED_CLAUSES

_AHEAD_DAYS = 92


def own_dates(pool: list[DateMention], sentence_text: str, sentence_start: int, published: str | None) -> list[DateMention]:
    """The dates of ``pool`` that can date a reported event of the sentence."""
    anchor = period_end(published)
    out = []
    for mention in pool:
        before = sentence_text[max(0, mention.start - sentence_start - 7) : mention.start - sentence_start].lower()
        last_word = before.split()[-1] if before.split() else ""
        if last_word == "since":
            continue
        day = to_date(mention.value)
        if anchor is not None and day is not None and day > anchor:
            told = sentence_text[mention.start - sentence_start : mention.end - sentence_start].lower()
            if re.match(r"(?:(?:in|over|within)\s+the\s+)?(?:next|coming)\b", told):
                continue  # "support for its hosting of the summit next year": what is to come, not when the act was
            # A deadline ("by 2030") or a date well after the document is a term, not when the act happened;
            # a date a little ahead may be the report's own slip and is kept.
            if last_word in ("by", "until", "till", "before") or (day - anchor).days > _AHEAD_DAYS:
                continue
        out.append(mention)
    return out


_OCCASION_WORDS = re.compile(
    r"\b(?:visit\w*|met|meet\w*|talks|summit\w*|dialogue|held|hosted|call|conversation|consultations?|"
    r"conference|session|forum)\b", re.I)


def occasion_sentence_date(sentences: list[SentenceInfo]) -> str | None:
    """The first full date the text states in a sentence about its occasion ("The Forum, held 3-4
    March 2022, addressed …"): what an undated statement or readout is dated by."""
    for sent in sentences:
        stated = [d for d in sent.dates if d.confidence == "stated" and len(d.value) == 10]
        if stated and _OCCASION_WORDS.search(sent.text):
            return stated[0].value
    return None


def _news_of_its_own_day(events: list[Event], doc_dated: set[str], occasion: Event, own: list[Event],
                         sentences: list[SentenceInfo]) -> bool:
    """Whether the text tells an act of its own day ("assured Modi on Monday", "early on Thursday carried out
    strikes") before its occasion ("arrived on Sunday"): news of that day, whose undated acts are that day's."""
    published = {e.date for e in events if e.id in doc_dated}
    start = occasion.evidence[0].start
    return any(d.relative and d.value in published and _told_act(sent, d)
               for sent in sentences if sent.start < start and sent.span is not None for d in sent.dates)


def _told_act(sent: SentenceInfo, mention: DateMention) -> bool:
    """Whether the date dates an act the sentence tells as done (not a dateline "Havana, May 9 (EFE)", which
    has no verb, nor an act still to come)."""
    verb = governor(sent, mention)
    return verb is not None and verb.pos_ in ("VERB", "AUX") and not to_come(verb)


def is_headline(sent: SentenceInfo) -> bool:
    """Whether the sentence is its article's headline."""
    title, text = sent.segment.title, sent.text.strip()
    return sent.headline_span is not None or bool(title) and text == title.strip() or text in sent.segment.headlines


def told_without_time(verb: Any, headline: bool = False) -> bool:
    """Whether the act is told in the present perfect ("Japan has lodged a protest"), or in the present in a
    headline or as a state ("Sisi visits Doha", "who is on an official visit"): news style that gives no day,
    which the text may give elsewhere. A stance in the present ("China supports …") is the text's own."""
    if headline:
        return True  # a headline sums up its story: the act's day is the one the story gives it
    if verb.tag_ in ("VBZ", "VBP") and verb.pos_ == "VERB":
        return False
    node = verb
    for _ in range(4):  # a noun's time is its governing verb's ("is on an official visit")
        if node.pos_ in ("VERB", "AUX") or node.head.i == node.i:
            break
        node = node.head
    if node.tag_ in ("VBZ", "VBP"):
        return True
    return node.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in ("has", "have") for c in node.children)


def _same_source(a: Event, b: Event) -> bool:
    """Whether two acts have one doer, as far as both are known ("India expels …" is not "Canada expelled …")."""
    ca = a.source_actor.country if a.source_actor is not None else None
    cb = b.source_actor.country if b.source_actor is not None else None
    return ca is None or cb is None or ca == cb


def same_act_dated(events: list[Event], timeless: set[str]) -> set[str]:
    """An act told without a time ("has lodged a protest"; ids in ``timeless``) takes the day the text gives the
    same act (same type and parties; an act told without its kind matches any: "shuts border" is the closure told
    later with an expulsion) elsewhere ("The protest was made on Friday"), in the week before; not when the text
    tells that act on the timeless one's own day too ("X and Y sign deals" over "signed the deals on Wednesday",
    the text's day, and a deal of the eve): the headline is the day's news."""
    dated = [e for e in events if e.id not in timeless and e.date and len(e.date) == 10 and not e.planned
             and not e.background and e.date_confidence != "unknown"]
    moved = set()
    for event in events:
        day = to_date(event.date) if event.id in timeless else None
        alike = [o for o in dated if o.type == event.type and event.mode in (o.mode, None)
                 and set(o.parties) == set(event.parties) and _same_source(o, event) and day]
        same = [o for o in alike if (back := to_date(o.date)) and timedelta(0) < day - back <= timedelta(days=OCCASION_DAYS)]
        if same and not any(to_date(o.date) == day for o in alike):
            told = min(same, key=lambda o: o.evidence[0].start)
            event.date, event.date_end = told.date, told.date_end  # a visit's span with its first day
            moved.add(event.id)
    return moved


def _after_the_occasion(events: list[Event], doc_dated: set[str], occasion: Event) -> bool:
    """Whether the text was issued after its occasion of several days was over ("paid a State Visit from 9 to 10
    November", posted on the 11th): its undated acts are of the occasion, not of the day it was issued."""
    end = period_end(occasion.date_end)
    issued = {to_date(e.date) for e in events if e.id in doc_dated} - {None}
    return end is not None and len(issued) == 1 and next(iter(issued)) > end


def date_from_occasion(events: list[Event], doc_dated: set[str], sentences: list[SentenceInfo] | None = None,
                       keep: set[str] | None = None) -> None:
    """Events dated only by their document (ids in ``doc_dated``, less those in ``keep``, already given the day of
    the same act) take the date of the document's occasion; events with no date at all (an undated statement
    or readout) take it too, or else the date the text states for its occasion."""
    keep = keep or set()
    plans_on_occasion(events, doc_dated)
    own = [e for e in events if e.date and len(e.date) == 10 and e.id not in doc_dated and not e.planned and not e.background]
    doc_dated = doc_dated - keep  # (a moved headline is neither the occasion nor the text's own day)
    # The occasion is the first the text tells of ("met on 1 and 2 March"), not a dinner or call of its eve
    # that the extractor happened to record first.
    occasion = min((e for e in own if e.type == "CONSULT"), key=lambda e: e.evidence[0].start, default=None)
    undated = [e for e in events if e.date is None and not e.planned]
    fallback = occasion.date if occasion else occasion_sentence_date(sentences or []) if undated else None
    for event in undated if fallback else []:
        # "They discussed …" in a statement that dates only its occasion ("The Dialogue, held 10-11 …").
        event.date, event.date_confidence = fallback, "inferred"
    window, lead = OCCASION_DAYS, None
    if occasion is None and (lead := news_day(own, events, doc_dated)) is not None:
        occasion, window = lead, NEWS_DAYS  # a report of what happened the day before it was issued
    if occasion is None or occasion.date_end and not _after_the_occasion(events, doc_dated, occasion):
        return  # a visit over several days: the document's own date may well fall within it
    if _news_of_its_own_day(events, doc_dated, occasion, own, sentences or []):
        return
    day = to_date(occasion.date)
    segments = {s.start: s.segment for s in sentences or []}
    # ("I condemn the attacks", "We call on X to …": what the writer does as they write it keeps the text's day)
    now = {s.start for s in sentences or [] if s.span is not None and carried_dates.said_now(s.span.root)
           and not quoted(s.span.root, s)}
    for event in events:
        if event.id not in doc_dated or lead is not None and kept_apart(lead, event) or _other_item(event, occasion, segments) \
                or event.evidence and event.evidence[0].start in now:
            continue
        doc_day = to_date(event.date)
        if day and doc_day and timedelta(0) < doc_day - day <= timedelta(days=window):
            event.date, event.date_confidence = day_within(occasion, own, event), "inferred"


def _other_item(event: Event, occasion: Event, segments: dict[int, Any]) -> bool:
    """Whether the event is told in another item of the page than the occasion, under a stamp of its own day."""
    mine, its = segments.get(event.evidence[0].start), segments.get(occasion.evidence[0].start)
    return mine is not None and its is not None and mine is not its and mine.published != its.published


def _as_told(verb: Any, best: DateMention, sent: SentenceInfo, planned: bool) -> str:
    """The value of the date that dates the act: a weekday or month without its year of an act still to come (a
    plan, a time its clause tells as ahead, a journey on the timetable) is the coming one."""
    ahead = planned or carried_dates.told_ahead(sent, best) or carried_dates.on_the_timetable(
        verb, best, is_headline(sent) or sent.segment.kind == "caption", sent.segment.published)
    return carried_dates.coming_value(best, sent.segment.published) if ahead else best.value


def _ancestor_dates(verb: Any, sent: SentenceInfo, nested: list[tuple[int, int]]) -> list[DateMention]:
    """Dates of a clause the verb is embedded in ("said on Friday that it saw no grounds for …, and called on
    Beijing to …"): what a coordinated verb without a time of its own, nor one from its conjunct, is dated by."""
    first = verb  # the first conjunct: its fellow conjuncts' dates are theirs ("reaffirmed … in 2023, … and called …")
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    ancestors = {t.i for t in first.ancestors}
    return [d for d in sent.dates if not any(a <= d.start < b for a, b in nested)
            and (gov := governor(sent, d)) is not None and (gov.i in ancestors or message_clause(gov)
                                                            and gov.head.head.head.i in ancestors)]


def _other_clauses(verb: Any, sent: SentenceInfo) -> list[tuple[int, int]]:
    """Character ranges of the sentence's clauses that do not hold ``verb`` (a noun's governing clause is its)."""
    out = []
    for tok in sent.span:
        if tok.dep_ in NESTED_CLAUSES and not (tok.left_edge.i <= verb.i <= tok.right_edge.i) and not message_clause(tok):
            out.append((sent.char(tok.left_edge.idx), sent.char(tok.right_edge.idx + len(tok.right_edge.text))))
    return out


def _after_clause_day(verb: Any, sent: SentenceInfo) -> list[DateMention]:
    """ "broke off relations after police stormed the embassy late on Friday": a reaction told without a time
    of its own follows the day its after-clause names (a full day only, in the days before the document)."""
    for child in verb.children:
        if temporal_mark(child) != "after":
            continue
        lo, hi, nested = clause_chars(child, sent)
        days = [d for d in sent.dates if lo <= d.start and d.end <= hi and len(d.value) == 10 and d.end_value is None
                and not any(a <= d.start < b for a, b in nested)]
        days = [d for d in own_dates(days, sent.text, sent.start, sent.segment.published)
                if carried([d], sent.segment.published) is not None]
        later = span_before_mark(child)  # "a day after the North launched … on Tuesday night": Wednesday
        if later and days and (day := to_date(days[0].value)) is not None:
            return [replace(days[0], value=(day + timedelta(days=later)).isoformat())]
        return days
    return []


def _other_plans(verb: Any, sent: SentenceInfo) -> list[tuple[int, int]]:
    """Character ranges of clauses coordinated with the verb's (or with the verb scheduling it) that have a
    subject of their own ("was due to review …, while both heads of state plan talks in November")."""
    heads, node = [verb], verb
    while node.dep_ == "xcomp" and node.head.i != node.i:
        node = node.head
        heads.append(node)
    return [(sent.char(c.left_edge.idx), sent.char(c.right_edge.idx + len(c.right_edge.text)))
            for head in heads for c in head.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and own_subject(c)]


def plan_dates(sent: SentenceInfo, verb: Any = None) -> list[DateMention]:
    """ "agreed that a forum will be held in Accra in the second half of this year", "The next session is expected
    to take place in 2020": a plan whose own clause gives no time is dated by the sentence's times still to come
    (not over by the document's day, nor told in a clause of another subject); a term ("by 2030") only when no
    other is."""
    published = to_date(sent.segment.published)
    if published is None:
        return []
    others = _other_plans(verb, sent) if verb is not None else []
    ahead = []
    for mention in (d for d in sent.dates if not any(a <= d.start < b for a, b in others)):
        words = sent.text[max(0, mention.start - sent.start - 7) : mention.start - sent.start].lower().split()
        last = words[-1] if words else ""
        end = period_end(mention.end_value or mention.value)
        if last != "since" and end is not None and end >= published:
            ahead.append((last in ("by", "until", "till", "before"), mention))
    return [d for term, d in ahead if not term] or [d for _term, d in ahead] or span_ends(sent, verb)


def _scheduled_dates(verb: Any, sent: SentenceInfo) -> list[DateMention]:
    """ "is scheduled to attend a forum on Monday", "plans to visit Lima in May": a scheduled act without a time
    of its own takes the time of the act it schedules (its infinitive complement's own clause)."""
    for child in verb.children:
        if child.dep_ == "xcomp" and child.pos_ in ("VERB", "AUX"):
            return clause_dates(child, sent)
    return []


def _counted_from_head(verb: Any, sent: SentenceInfo, previous: list[SentenceInfo], planned: bool) -> str | None:
    """The day of an act told "N days after/before" its head's ("a day after the Kingdom declared …, recalled
    … and froze …": the conjuncts share the offset), or None."""
    clause = verb
    while clause.dep_ == "conj" and clause.head.pos_ in ("VERB", "AUX") and clause.head.i != clause.i:
        clause = clause.head
    offset, head = offset_from_head(clause), clause.head
    if offset is None:
        offset, head = offset_by_preposition(verb, sent)
    if offset is None and (offset := days_later(verb, sent)) is not None:
        return _later_than_before(verb, sent, previous, planned, offset)
    if offset is None or head is None:
        return None
    value, _end, _confidence = event_date(head, sent, previous, planned)
    day = to_date(value) if value and len(value) == 10 else None
    return (day + timedelta(days=offset)).isoformat() if day is not None else None


def _later_than_before(verb: Any, sent: SentenceInfo, previous: list[SentenceInfo], planned: bool, offset: int) -> str | None:
    """ "suspended visas on Monday and closed the crossing the following day", "… The army sealed the border two
    days later": the days counted from the act told just before (its conjunct head's day, else the day the
    last two sentences give)."""
    value = None
    if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        value = event_date(verb.head, sent, previous, planned)[0]
    elif (best := carried_from(previous, sent)) is not None:
        value = best.value
    day = to_date(value) if value and len(value) == 10 else None
    return (day + timedelta(days=offset)).isoformat() if day is not None else None


def event_date(verb: Any, sent: SentenceInfo, previous: list[SentenceInfo], planned: bool = False,
               carry: bool = True, stance: bool = False) -> tuple[str | None, str | None, str]:
    """(date, end, confidence) of the event ``verb`` reports: the time its own clause governs, else one elsewhere in
    the sentence outside nested clauses, else one carried from the last two sentences, else the document's date
    (confidence "document", reported as inferred); told "N days after/before" its head's clause, from its day."""
    counted, told = _counted_from_head(verb, sent, previous, planned), verb
    if counted is not None or planned and carried_dates.open_time(verb, sent):  # ("at a mutually convenient time": none)
        return (counted, None, "inferred") if counted is not None else (None, None, "unknown")
    # A reported (past) act is never dated after the document; a planned one ("will be held in 2025") may be.
    past_limit = sent.segment.published if verb.tag_ in ("VBD", "VBN") and not planned else None
    lo, hi, nested = event_clause_chars(verb, sent)  # (not nested: "the visit, which began on Sunday")
    nested = nested + ([] if planned else ahead_in_conjuncts(verb, sent)) + temporal_spans(verb, sent)
    inside = [d for d in sent.dates if lo <= d.start and d.end <= hi and not any(a <= d.start < b for a, b in nested)]
    # Dates inside a nested clause belong to what that clause reports ("agreed that the partnership
    # announced on 9 September …"), not to this verb.
    pool = others_told_apart(verb, sent, own_dates(inside, sent.text, sent.start, past_limit))
    if not pool and verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX") and not (
            own_subject(verb) and has_future_modal(verb) != has_future_modal(verb.head)):
        pool = own_dates(conjunct_dates(verb, sent, (lo, hi)), sent.text, sent.start, past_limit)
        told = verb.head  # the head conjunct's date is told where that clause tells it
    if not pool and planned:
        pool = own_dates(_scheduled_dates(verb, sent), sent.text, sent.start, past_limit)
    if not pool and verb.dep_ == "conj":
        pool = own_dates(_ancestor_dates(verb, sent, nested + _other_clauses(verb, sent)), sent.text, sent.start, past_limit)
    if not pool and verb.dep_ != "conj":
        # A date elsewhere in the sentence belongs to this verb unless it sits in a clause of its own ("During
        # the call, they reviewed ties since the accord concluded in 2021"); a coordinated verb ("spoke of 31
        # years of ties and agreed that …") has its own time.
        nested = nested + _other_clauses(verb, sent)
        pool = carried_dates.outside_clauses(verb, sent, nested)
        pool = own_dates(pool, sent.text, sent.start, past_limit)
    pool = [d for d in pool if not (noun_year(d, verb, sent) and (not planned or other_acts_object(d, verb, sent)))]
    if not carry:
        pool = stated_now(pool, sent.segment.published, (sent.char(told.idx) + len(told.text), sent.text, sent.start))
    elif stance:
        pool = stance_told_day(pool, sent.char(told.idx) + len(told.text), sent.text, sent.start, sent.segment.published)
    if not pool and planned:
        pool = plan_dates(sent, verb)
    if not pool and verb.tag_ == "VBD" and not planned:
        pool = _after_clause_day(verb, sent)
    if not pool and carry and (verb.tag_ in ("VBD", "VBN") or verb.pos_ == "NOUN" or quoted(verb, sent)):
        # News carries a date over: "X pledged on Monday … X made the remarks during a meeting with Y."
        if (best := carried_from(previous, sent, verb)) is not None:
            return best.value, best.end_value, "inferred"
    if pool:
        verb_pos = sent.char(verb.idx)
        best = min(pool, key=lambda d: (len(d.value) < 10 and d.end_value is None, abs(d.start - verb_pos)))
        return _as_told(verb, best, sent, planned), best.end_value, best.confidence
    if verb.dep_ in ("ccomp", "xcomp") and verb.tag_ in ("VBG", "VBD", "VBN") and not planned and verb.head.pos_ in ("VERB", "AUX") \
            and not to_come(verb.head):
        # "came a day after Peru said it was recalling its envoy": the act reported is dated by its report
        value, end, confidence = event_date(verb.head, sent, previous, planned, carry)
        if confidence != "document":
            return value, end, confidence
    if sent.segment.published:
        return sent.segment.published, None, "document"  # the document's date; extract_events says "inferred"
    return None, None, "unknown"
