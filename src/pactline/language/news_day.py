"""The day a report's news is of: its first act with a day of its own, when that day falls just before the
document's ("Eritrean forces shelled … on Tuesday" in a Wednesday report). Acts the report tells without a
time, and with none to carry from the sentences before, are that day's acts, not the day it was issued; the
other side's answer is told as of the text's day. A meeting still to come, told without a time, is of the
coming occasion the text dates.
"""

from __future__ import annotations

from datetime import timedelta

from pactline.core.records import Event
from pactline.language.dates import to_date

NEWS_DAYS = 2


def news_day(own: list[Event], events: list[Event], doc_dated: set[str]) -> Event | None:
    """The report's first act with a day of its own ("shelled the border town before dawn on Tuesday" in a
    Wednesday report), when it falls in the days just before the document's: the day its news is of, which
    its acts told without a time ("Eritrea's army said …", "The UN envoy urged …") share."""
    lead = min((e for e in own if e.evidence), key=lambda e: e.evidence[0].start, default=None)
    issued = {to_date(e.date) for e in events if e.id in doc_dated} - {None}
    day = to_date(lead.date) if lead is not None else None
    if day is None or len(issued) != 1 or not timedelta(0) < next(iter(issued)) - day <= timedelta(days=NEWS_DAYS):
        return None
    return lead


def kept_apart(lead: Event, event: Event) -> bool:
    """Whether an act keeps the text's own day though the news is of the lead's: the other side's answer
    ("Eritrea rejected the accusation"), as a day an earlier sentence gives is not handed on to it
    (``carried_dates``), and an act of the lead's own sentence, whose clauses date it."""
    if event.evidence and lead.evidence and event.evidence[0].start == lead.evidence[0].start:
        return True
    doer = event.source_actor.country if event.source_actor is not None else None
    lead_doer = lead.source_actor.country if lead.source_actor is not None else None
    return doer is not None and doer != lead_doer and doer in lead.parties


_PLAN_TYPES = ("CONSULT", "AGREE", "COOPERATE")
_AHEAD_DAYS = 92


def plans_on_occasion(events: list[Event], doc_dated: set[str]) -> None:
    """ "X will pay a state visit from 2 to 3 September … During the visit, the two presidents will hold talks
    and attend the signing of agreements": a meeting or signing still to come, told without a time of its own,
    is of the coming occasion the text dates (its first planned meeting with a day of its own, in the three
    months after the document's), not of the day the text was issued."""
    issued = {to_date(e.date) for e in events if e.id in doc_dated} - {None}
    if len(issued) != 1:
        return
    today = next(iter(issued))
    coming = next((e for e in sorted(events, key=lambda e: e.evidence[0].start if e.evidence else 0)
                   if e.planned and e.type == "CONSULT" and e.id not in doc_dated and e.date and len(e.date) == 10
                   and (day := to_date(e.date)) is not None and timedelta(0) < day - today <= timedelta(days=_AHEAD_DAYS)), None)
    if coming is None:
        return
    for event in events:
        if event.id in doc_dated and event.planned and event.type in _PLAN_TYPES and event.date is not None:
            # (one left undated since, its time told open, "at a mutually convenient time", stays so)
            event.date, event.date_end = coming.date, coming.date_end
            doc_dated.discard(event.id)


def day_within(occasion: Event, own: list[Event], event: Event) -> str | None:
    """The day of an act told without a time in a text about an occasion of several days: the day of the
    meeting told last before it within the occasion ("a visit from 10 to 12 June … On 11 June the ministers held
    talks … Both sides agreed …"), else the occasion's first."""
    from pactline.language.stance_dates import period_end

    first, last = to_date(occasion.date), period_end(occasion.date_end)
    if first is None or last is None or not event.evidence:
        return occasion.date
    told = [e for e in own if e.type == "CONSULT" and e.evidence and e.evidence[0].start < event.evidence[0].start
            and (day := to_date(e.date)) is not None and first <= day <= last]
    return max(told, key=lambda e: e.evidence[0].start).date if told else occasion.date
