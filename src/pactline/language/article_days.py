"""Acts of one article: a page may hold several items, each under its own headline and date line (an accord signed
on the 14th above a meeting of the 11th on a ministry's bulletin). An act told without a time takes
the day its own article gives the same act, never another item's day.
"""

from __future__ import annotations

from bisect import bisect_right

from pactline.core.records import Event
from pactline.language.analysis import SentenceInfo
from pactline.language.event_dates import same_act_dated


def by_article(events: list[Event], sentences: list[SentenceInfo]) -> list[list[Event]]:
    """The events grouped by the article (its title) of the sentence each is told in, in page order."""
    starts = [s.start for s in sentences]
    groups: dict[str | None, list[Event]] = {}
    for event in events:
        at = bisect_right(starts, event.evidence[0].start if event.evidence else 0) - 1
        key = sentences[at].segment.title if at >= 0 else None
        groups.setdefault(key, []).append(event)
    return list(groups.values())


def same_act_dated_by_article(events: list[Event], timeless: set[str], sentences: list[SentenceInfo]) -> set[str]:
    """``same_act_dated`` within each article of the page: the ids of the acts given another act's day."""
    return set().union(*(same_act_dated(group, timeless) for group in by_article(events, sentences)))
