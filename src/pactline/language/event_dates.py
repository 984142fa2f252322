"""Event dates: which of a sentence's dates dates its event, and the occasion's date for the rest.

- a date after the document's date never dates a reported (past) event: it is a term, a deadline or a
  future host month inside the verb's object ("agreed to draw on … by 2030");
- "since November last year" opens a period; it is background, not the event's day;
- a date carried over from an earlier sentence must be a day close before the document's date: background
  ("seized in 1945", "first met in 2019", "last month") dates only its own sentence;
- an event dated only by the document takes the date of the occasion it belongs to: the document's first
  meeting, call or visit that has a date of its own, when it falls in the week before the document's date.
"""

from __future__ import annotations

from datetime import timedelta

from pactline.core.records import Event
from pactline.language.dates import DateMention, to_date

_OCCASION_DAYS = 7
_CARRY_DAYS = 31


def own_dates(pool: list[DateMention], sentence_text: str, sentence_start: int, published: str | None) -> list[DateMention]:
    """The dates of ``pool`` that can date a reported event of the sentence."""
    anchor = to_date(published)
    out = []
    for mention in pool:
        before = sentence_text[max(0, mention.start - sentence_start - 7) : mention.start - sentence_start].lower()
        if before.rstrip().endswith("since"):
            continue
        day = to_date(mention.value)
        if anchor is not None and day is not None and day > anchor:
            continue
        out.append(mention)
    return out


def carried(prior: list[DateMention], published: str | None) -> DateMention | None:
    """The date an earlier sentence hands on ("X pledged on Monday … X made the remarks …"), if any."""
    anchor = to_date(published)
    for mention in reversed(prior):
        day = to_date(mention.value)
        if len(mention.value) < 10 or day is None:
            continue
        if anchor is None or timedelta(0) <= anchor - day <= timedelta(days=_CARRY_DAYS):
            return mention
    return None


def date_from_occasion(events: list[Event], doc_dated: set[str]) -> None:
    """Events dated only by their document (ids in ``doc_dated``) take the date of the document's occasion."""
    occasion = next(
        (e for e in events if e.type == "CONSULT" and e.date and len(e.date) == 10 and e.id not in doc_dated), None
    )
    if occasion is None:
        return
    day = to_date(occasion.date)
    for event in events:
        if event.id not in doc_dated:
            continue
        doc_day = to_date(event.date)
        if day and doc_day and timedelta(0) < doc_day - day <= timedelta(days=_OCCASION_DAYS):
            event.date, event.date_confidence = occasion.date, "inferred"
