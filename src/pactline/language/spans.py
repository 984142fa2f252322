"""Spans of days that relative words name: "last week", "at the weekend", "two days ago", "a fortnight ago".

Plain date arithmetic on the day a text is anchored to; ``language.dates`` resolves its matches with it (this
module imports nothing of the package).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
                "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "twenty-four": 24, "thirty": 30,
                "thirty-six": 36, "forty": 40, "forty-five": 45, "fifty": 50, "sixty": 60, "ninety": 90}
# a count of days or weeks: digits or a number word up to ten
NUMBER = r"(?:\d{1,2}|" + "|".join(w for w, n in NUMBER_WORDS.items() if n <= 10) + ")"
_UNITS = ("first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth "
          "fifteenth sixteenth seventeenth eighteenth nineteenth").split()
# a day of the month written as a word ("the fifth of May", "the twenty-first of March")
ORDINAL_DAYS = {w: n for n, w in enumerate(_UNITS, 1)} | {"twentieth": 20, "thirtieth": 30} | {
    f"{tens}-{w}": base + n for tens, base in (("twenty", 20), ("thirty", 30)) for n, w in enumerate(_UNITS[:9], 1)
    if base + n <= 31}
ORDINAL_DAY = "(?:" + "|".join(sorted(ORDINAL_DAYS, key=len, reverse=True)) + ")"


def week_span(day: date, rel: str, unit: str) -> tuple[date, date]:
    """(first, last) day of "last/this/next week", "(at/over) the weekend" or "in the coming weeks/days" (from the
    next day, three weeks or one) seen from ``day``."""
    if unit in ("weeks", "days"):
        return day + timedelta(days=1), day + timedelta(days=21 if unit == "weeks" else 7)
    monday = day - timedelta(days=day.weekday()) + timedelta(weeks={"last": -1, "next": 1}.get(rel, 0))
    if unit != "weekend":
        return monday, monday + timedelta(days=6)
    saturday = monday + timedelta(days=5)
    if not rel and saturday > day:
        saturday -= timedelta(weeks=1)  # "at the weekend" in a report of Monday to Friday: the one just past
    return saturday, saturday + timedelta(days=1)


def span_value(first: date, last: date, ahead: bool = False) -> str | None:
    """The month when the whole span lies in one, else the year when it lies in one (a week names no day). A
    whole week (``ahead``: the coming or the last one) across two months ("next week" of Monday 29 June, "last
    week" of Tuesday 4 March) is of the month its working days centre on (its Wednesday's): where a visit,
    talks or a call told of it most likely fall."""
    if (first.year, first.month) == (last.year, last.month):
        return f"{first.year:04d}-{first.month:02d}"
    if ahead and (last - first).days >= 6:
        middle = first + timedelta(days=2)
        return f"{middle.year:04d}-{middle.month:02d}"
    return f"{first.year:04d}" if first.year == last.year else None


def units_ago(day: date, count: str, unit: str) -> tuple[date, str]:
    """The day "N days/weeks ago" names and the precision it is known to: days and one week to the day, more
    weeks or a fortnight only to the month (a rounded count)."""
    n = int(count) if count.isdigit() else NUMBER_WORDS.get(count.lower(), 1)
    unit = unit.lower()
    if unit.startswith("day"):
        return day - timedelta(days=n), "day"
    weeks = 2 if unit == "fortnight" else n
    return day - timedelta(weeks=weeks), "day" if weeks == 1 else "month"


# (first, last) month of each season as the northern hemisphere's press names them; winter runs over the new year
SEASON_MONTHS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11), "winter": (12, 2)}


def season_year(day: date, season: str, rel: str) -> int:
    """The year of "next spring", "last summer", "in the autumn", "this winter" seen from ``day``: the coming
    one for "next"/"coming", the one gone by for "last", else the year of the text."""
    first, last = SEASON_MONTHS[season]
    if rel in ("next", "coming"):
        return day.year if first > day.month else day.year + 1
    if rel == "last":
        return day.year if last < day.month and first <= last else day.year - 1
    return day.year


def coming_month_year(day: date, month: int, rel: str) -> int:
    """The year of "next May" (the coming one) or "last May" (the one gone by) seen from ``day``."""
    if rel == "last":
        return day.year - 1 if month >= day.month else day.year
    return day.year if month > day.month else day.year + 1


def coming_season(told: str, value: str, day: date) -> str:
    """The year of a season a scheduled act is told to fall in ("is expected to visit in the spring" in a December
    report: the coming spring), from ``value``, the year the text's own date gave it; a season told with "this",
    "last" or a year keeps its own."""
    season = re.fullmatch(r"(?i)(?:in|during)\s+the\s+(?:(?:early|late)\s+)?(spring|summer|autumn|fall)", told.strip())
    if season is None or value != str(day.year):
        return value
    return str(day.year + 1) if SEASON_MONTHS[season.group(1).lower()][1] < day.month else value
