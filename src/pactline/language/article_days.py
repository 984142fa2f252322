"""Acts of one article: a page may hold several items, each under its own headline and date line (an accord signed
on the 14th above a meeting of the 11th on a ministry's bulletin). An act told without a time takes
the day its own article gives the same act, never another item's day; a programme's item at a clock time takes
the day of the day heading above it.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from pactline.core.records import Document, Event
from pactline.language.analysis import SentenceInfo
from pactline.language.dates import MONTHS, Anchor, find_dates, to_date
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


# "09:30 Talks …", "9h30 Visit …", "09.30 Courtesy call …" (two-digit hour, a capital after): not a numbered
# paragraph ("2.10 The Parties agreed …") nor a figure ("10.45 per cent")
CLOCK_ITEM = re.compile(r"\s*(?:(?:[01]?\d|2[0-3])[:h][0-5]\d|(?:[01]\d|2[0-3])\.[0-5]\d(?=\s+(?!Per\b)[A-Z]))\s+\S")
_HEADING_WORDS = re.compile(
    r"(?i)\b(?:day\s+(?:\d{1,2}|one|two|three|four|five|six|seven)|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b")


def _day_heading(line: str, anchor: Anchor) -> str | None:
    """The day a programme's day heading names ("DAY 2 – THURSDAY, 4 APRIL 2024", "Tuesday 12 March"): a line that
    is one full date, with at most the day's number and weekday beside it. None for any other line."""
    if len(line) > 60:
        return None  # (before find_dates: most lines of a page are longer)
    found = find_dates(line, anchor)
    if len(found) != 1 or len(found[0].value) != 10 or found[0].end_value is not None:
        return None
    rest = line[: found[0].start] + line[found[0].end :]
    return found[0].value if not re.search(r"\w", _HEADING_WORDS.sub(" ", rest)) else None


def programme_days(events: list[Event], doc_dated: set[str], doc: Document) -> set[str]:
    """A programme's items each take the day of the heading above them: an act told on an item's line at a clock
    time ("09:30 Wreath-laying at the memorial") and dated only by the document is of the day its day heading
    names, not of the document's day. The ids of the acts so dated."""
    items = _items_under_days(doc)
    published = to_date(doc.published) if len(doc.published or "") == 10 else None
    moved = set()
    for event in (e for e in events if e.id in doc_dated and e.evidence):
        start = event.evidence[0].start
        if (item := next((i for i in items if i[0] <= start < i[1]), None)) is not None:
            event.date, event.date_end, event.date_confidence = item[2], None, item[3]
            # a day after the page's own ("Looking ahead" / "Tuesday, 21 October" / "The Minister receives …", or a
            # programme's "Wednesday 28 August" / "09:45 Bilateral meeting") is a plan, though told in the present
            event.planned = event.planned or (published is not None and to_date(item[2]) > published)
            moved.add(event.id)
    return moved


def _items_under_days(doc: Document) -> list[tuple[int, int, str, str]]:
    """(start, end, day) of each line a day heading dates: a clock-timed item under it; in a diary of two day
    headings or more (an envoy's activities, a minister's week), every line under it down to the next heading
    ("17 November 2023" / "Met the trade minister …" / "14 November 2023" / …; a heading that names no day,
    "Coming up", "Outcomes", closes the day). A diary's line states its day (its heading is all it says of time): it
    keeps that day apart from the other days' acts when events are clustered."""
    anchor = Anchor(to_date(doc.published), "day", "stated")
    lines, pos = [], 0
    for line in doc.text.split("\n"):
        lines.append((pos, line, _day_heading(line.strip(), anchor)))
        pos += len(line) + 1
    diary = len({day for _, _, day in lines if day is not None}) >= 2  # two days (a date line repeated below is one)
    items: list[tuple[int, int, str, str]] = []
    heading = None
    for start, line, day in lines:
        if day is not None:
            heading = day
        elif heading is not None and CLOCK_ITEM.match(line):
            items.append((start, start + len(line), heading, "inferred"))
        elif diary and _TITLE_LINE.match(line.strip()):
            heading = None
        elif heading is not None and diary and line.strip():
            items.append((start, start + len(line), heading, "stated"))
    return items


# a heading line: short, no sentence's end ("Coming up", "Looking ahead: week of 20 to 24 May")
_TITLE_LINE = re.compile(r"^(?=.{1,60}$)[^\n]*[^.!?;:\"”)\s]$")


def threats_told_now(events: list[Event], doc_dated: set[str], doc: Document) -> None:
    """A warning is made when it is told ("said it would close its airspace from 1 August unless …"): a threat dated after
    its document takes the document's day (or the occasion's, which ``date_from_occasion`` lends), not the day
    of what it threatens."""
    published = to_date(doc.published)
    for event in events:
        day = to_date(event.date)
        if event.type == "THREATEN" and not event.planned and published and day and day > published:
            event.date, event.date_end, event.date_confidence = doc.published, None, "inferred"
            doc_dated.add(event.id)


_FULL_MONTHS = "|".join(max((n for n in MONTHS if MONTHS[n] == m), key=len) for m in range(1, 13))  # not "Mar"
# "MARCH - The foreign minister arrived …", "June: Talks resumed …": a paragraph a month name opens, in a page
# told month by month (a year in review, a chronology)
_MONTH_LED = re.compile(rf"(?i)^\s*(?P<m>{_FULL_MONTHS})\s*[-–—:]\s+\S")


def month_sections(events: list[Event], doc_dated: set[str], doc: Document) -> set[str]:
    """In a page told month by month (two paragraphs or more opened by a month name), an act of such a paragraph
    dated only by the document is of that paragraph's month (in the document's year, or the year before for a
    month after the document's), not of the day the page was written. The ids of the acts so dated."""
    published = to_date(doc.published)
    if published is None:
        return set()
    sections: list[tuple[int, int, str]] = []
    pos = 0
    for line in doc.text.split("\n"):
        if m := _MONTH_LED.match(line):
            month = MONTHS[m.group("m").lower()]
            year = published.year - (1 if month > published.month else 0)
            sections.append((pos, pos + len(line), f"{year:04d}-{month:02d}"))
        pos += len(line) + 1
    if len(sections) < 2:
        return set()
    moved = set()
    for event in (e for e in events if e.id in doc_dated and e.evidence and not e.planned and not e.background):
        start = event.evidence[0].start
        if (month := next((d for a, b, d in sections if a <= start < b), None)) is not None:
            event.date, event.date_end, event.date_confidence = month, None, "inferred"
            moved.add(event.id)
    return moved
