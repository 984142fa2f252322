"""Dates of page metadata: a date string from a page's metadata or a dateline, and a page banner's date line.

Owns nothing but these two readings; built on ``language.dates`` (imports it, never the reverse).
"""

from __future__ import annotations

import re

from pactline.language.dates import _WEEKDAY, MONTHS, Anchor, find_dates, precision_of

_BANNER = re.compile(rf"^(?:{_WEEKDAY}|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?,?\s+", re.I)
# "Tuesday, 4 March 2025 - 18:05 GMT": a clock time stamps when a story was posted; a banner shows only the day.
CLOCK_TIME = re.compile(r"\b\d{1,2}[:h.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?|(?-i:[A-Z]{2,4})|hrs?)?(?=\s|$)", re.I)
WEEKDAY_NAME = re.compile(rf"\b(?:{_WEEKDAY})\b", re.I)


def parse_date_string(value: str) -> tuple[str | None, str]:
    """Parse a date as it appears in metadata or a dateline. Returns (iso value or None, 'day'|'month'|'year')."""
    value = value.strip()
    mentions = find_dates(value, Anchor(None))
    full = [m for m in mentions if m.confidence == "stated"]
    if full:
        best = max(full, key=lambda m: len(m.value))
        return best.value, precision_of(best.value) or "year"
    try:
        import dateparser

        parsed = dateparser.parse(value, settings={"PREFER_DAY_OF_MONTH": "first", "REQUIRE_PARTS": ["year"]})
    except Exception:
        parsed = None
    if parsed:
        return parsed.date().isoformat(), "day"
    return None, "year"


def is_banner(line: str) -> bool:
    """A page banner such as "Wed. Oct 16th, 2024": the day a page was shown, not proof of publication."""
    line = line.strip()
    return bool(_BANNER.match(line)) and len(line) < 40 and not CLOCK_TIME.search(line)


_MONTH_DAY = re.compile(r"^\W*(?P<mon>[A-Za-z]{3,9})\.?\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?\W*$|"
                        r"^\W*(?P<day2>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon2>[A-Za-z]{3,9})\.?\W*$")


def banner_month_day(line: str) -> tuple[int, int] | None:
    """(month, day) of a banner that gives no year ("Thursday, March 9", "Thu 9th Mar"), or None."""
    rest = _BANNER.sub("", line.strip(), count=1)
    m = _MONTH_DAY.match(rest) if rest != line.strip() else None
    if not m:
        return None
    month = MONTHS.get((m.group("mon") or m.group("mon2")).lower())
    day = int(m.group("day") or m.group("day2"))
    return (month, day) if month and 1 <= day <= 31 else None


def is_diary(text: str) -> bool:
    """Whether a page is a diary of days (a minister's week: "Monday, 13 October" / … / "Tuesday, 14 October" / …):
    two lines or more that name a weekday and a day of a month and nothing else. Such a line heads a day's acts,
    not the story: it gives no day of publication."""
    heads = set()
    for line in text.split("\n"):
        if len(line) < 40 and (day := banner_month_day(line)) is not None:
            heads.add(day)
            if len(heads) >= 2:
                return True
    return False
