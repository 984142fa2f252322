"""Dates: find date expressions in text and resolve them against an anchor, keeping the precision known.

Values are ISO 8601 strings at the precision actually known: "2023", "2023-03" or "2023-03-01".
A date read whole from the text is ``stated``; one that needed the anchor (a weekday, "last September",
"this year") is ``inferred``.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

from pactline.language import spans
from pactline.language.spans import NUMBER, NUMBER_WORDS, span_value, units_ago, week_span
from pactline.language.tense import future_clause

MONTHS = {
    name: i
    for i in range(1, 13)
    for name in (calendar.month_name[i].lower(), calendar.month_abbr[i].lower())
}
MONTHS["sept"] = 9
WEEKDAYS = {calendar.day_name[i].lower(): i for i in range(7)}

_MONTH = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[89]\d\d|20\d\d|21\d\d)"
_WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"


@dataclass(frozen=True)
class Anchor:
    """The date relative expressions are resolved against, and how well it is known."""

    day: date | None
    precision: str = "day"  # day | month | year
    confidence: str = "stated"

    @property
    def usable(self) -> bool:
        return self.day is not None


@dataclass
class DateMention:
    start: int
    end: int
    value: str
    end_value: str | None
    confidence: str
    text: str
    relative: bool = False
    kind: str = ""  # the rule that read it: "weekday" ("on Monday"), "weekday_rel" ("last Monday"), "rel_week" …


def iso(year: int, month: int | None = None, day: int | None = None) -> str:
    if month is None:
        return f"{year:04d}"
    if day is None:
        return f"{year:04d}-{month:02d}"
    return f"{year:04d}-{month:02d}-{day:02d}"


def truncate(value: str, precision: str) -> str:
    return value[: {"year": 4, "month": 7, "day": 10}[precision]]


def to_date(value: str | None) -> date | None:
    """The first day a (possibly partial) ISO value covers."""
    if not value:
        return None
    return _to_date(value)


@lru_cache(maxsize=65536)
def _to_date(value: str) -> date | None:
    try:
        parts = [int(p) for p in value[:10].split("-")]
        while len(parts) < 3:
            parts.append(1)
        return date(*parts)
    except (ValueError, TypeError):
        return None


def precision_of(value: str | None) -> str | None:
    if not value:
        return None
    return {4: "year", 7: "month"}.get(len(value[:10]), "day")


def _valid(year: int, month: int, day: int | None = None) -> bool:
    if not 1 <= month <= 12:
        return False
    if day is None:
        return True
    return 1 <= day <= calendar.monthrange(year, month)[1]


def _num(s: str) -> int:
    return int(re.sub(r"\D", "", s))


_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(rf"\b(?P<y>{_YEAR})-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])(?!\d)")),
    # "26.10.2018" and, with a space after each dot as Central European style sheets write it, "26. 10. 2018"
    ("dotted", re.compile(rf"\b(?P<d>0?[1-9]|[12]\d|3[01])\.(?P<sp>\s?)(?P<m>0?[1-9]|1[0-2])\.(?P=sp)(?P<y>{_YEAR})\b")),
    # from February 28 to March 2, 2023 / February 28 - March 2 / between February 28 and March 2
    ("range_md", re.compile(
        rf"\b(?:from\s+|(?P<between>between\s+))?(?P<m1>{_MONTH})\s+(?P<d1>{_DAY})(?:,?\s+(?P<y1>{_YEAR}))?\s*"
        rf"(?:to|until|through|-|–|—|(?(between)and))\s*"
        rf"(?P<m2>{_MONTH})\s+(?P<d2>{_DAY})(?:,?\s+(?P<y2>{_YEAR}))?\b", re.I)),
    # from 28 February to 2 March 2023 / between 28 February and 2 March 2023
    ("range_dm", re.compile(
        rf"\b(?:from\s+|(?P<between>between\s+))?(?P<d1>{_DAY})\s+(?P<m1>{_MONTH})(?:\s+(?P<y1>{_YEAR}))?\s*"
        rf"(?:to|until|through|-|–|—|(?(between)and))\s*"
        rf"(?P<d2>{_DAY})\s+(?P<m2>{_MONTH})(?:,?\s+(?P<y2>{_YEAR}))?\b", re.I)),
    # from 12 to 14 June 2024 / on 9 and 10 February (a two-day visit is told as a pair of days)
    ("range_days_dm", re.compile(
        rf"\b(?:from\s+)?(?P<d1>{_DAY})\s*(?:to|until|through|and|&|-|–|—)\s*(?P<d2>{_DAY})\s+(?P<m1>{_MONTH})(?:,?\s+(?P<y1>{_YEAR}))?\b", re.I)),
    # March 10-12, 2024 / February 9 and 10, 2023
    ("range_days", re.compile(
        rf"\b(?P<m1>{_MONTH})\s+(?P<d1>{_DAY})\s*(?:-|–|—|to|and|&)\s*(?P<d2>{_DAY})(?:,?\s+(?P<y1>{_YEAR}))?\b", re.I)),
    ("mdy", re.compile(rf"\b(?P<m>{_MONTH})\s+(?P<d>{_DAY})(?:,?\s+(?P<y>{_YEAR}))?\b", re.I)),
    ("dmy_words", re.compile(rf"\bthe\s+(?P<d>{spans.ORDINAL_DAY})\s+(?:day\s+)?of\s+(?P<m>{_MONTH})(?:,?\s+(?P<y>{_YEAR}))?\b", re.I)),
    ("dmy", re.compile(rf"\b(?P<d>{_DAY})\s+(?:of\s+)?(?P<m>{_MONTH})(?:,?\s+(?P<y>{_YEAR}))?\b", re.I)),
    # "14-Mar-2024", "03-JUN-2023": a date line's hyphenated day, month abbreviation and year
    ("dmy_dash", re.compile(rf"\b(?P<d>{_DAY})-(?P<m>{_MONTH})-(?P<y>{_YEAR})\b", re.I)),
    ("last_month_name", re.compile(rf"\b(?P<rel>last|next|(?:this\s+)?coming)\s+(?P<m>{_MONTH})(?!\s*\d)\b", re.I)),
    # "next spring", "last summer", "in the autumn", "in the fall of 2025" ("the fall of Kabul" is no season)
    ("season", re.compile(rf"\b(?:(?P<rel>this|last|next|coming)\s+|(?:in|during|by|until|over|before)\s+the\s+"
                          rf"(?:(?:early|late)\s+)?)(?P<s>spring|summer|autumn|fall|winter)\b(?:\s+of\s+(?P<y>{_YEAR})\b)?"
                          rf"(?!\s+of\s+(?!{_YEAR}))", re.I)),
    ("month_year_rel", re.compile(rf"\b(?:in\s+)?(?P<m>{_MONTH})\s+(?P<rel>last|this|next)\s+year\b", re.I)),
    ("my", re.compile(rf"\b(?P<m>{_MONTH}),?\s+(?P<y>{_YEAR})\b", re.I)),
    # "the first two quarters of 2025", "the third quarter of next year", "the first half of the year": months
    ("quarters", re.compile(rf"\b(?:the\s+)?(?:first\s+(?P<n>one|two|three|four|\d)\s+(?P<unit>quarters?|months?)|(?P<q>first"
                            rf"|second|third|fourth)\s+quarter)\s+of\s+(?:(?P<rel>this|last|next|the)\s+year|(?P<y>{_YEAR}))\b", re.I)),
    ("half", re.compile(
        rf"\b(?:the\s+)?(?P<which>first|second)\s+half\s+of\s+(?:(?P<rel>this|last|next|the)\s+year|(?P<y>{_YEAR}))\b", re.I)),
    ("end_of_year", re.compile(rf"\b(?:the\s+)?end\s+of\s+(?:(?P<rel>this|last|next)\s+year|(?P<y>{_YEAR}))\b", re.I)),
    ("units_ago", re.compile(rf"\b(?P<n>{NUMBER})\s+(?P<unit>days?|weeks?|fortnight)\s+ago\b", re.I)),
    ("years_ago", re.compile(r"\b(?P<n>\d{1,3})\s+years?\s+ago\b", re.I)),
    ("rel_year", re.compile(r"\b(?P<rel>this|last|next|the\s+current|the\s+same)\s+year\b", re.I)),
    ("rel_month", re.compile(r"\b(?:earlier\s+|later\s+)?(?P<rel>this|last|next)\s+month\b", re.I)),
    ("week_weekday", re.compile(rf"\b(?P<w>{_WEEKDAY})\s+(?:of\s+)?(?P<wk>last|this|next)\s+week\b", re.I)),
    ("rel_week", re.compile(r"\b(?:(?:earlier|later)\s+)?(?:(?:(?P<rel>last|this|next)|at\s+the|over\s+the)\s+(?P<unit>week(?:end)?)|"
                            r"(?:in|over)\s+the\s+(?:coming|next)(?:\s+few)?\s+(?P<soon>weeks|days))\b(?!['’]s)", re.I)),  # "last week's operation": a noun's
    ("rel_day", re.compile(r"\b(?P<rel>yesterday|today|tomorrow|tonight|last\s+night|this\s+(?:morning|afternoon|evening))\b", re.I)),
    # A weekday that names a full date's day ("Thursday, March 23, 2023") is that date, not a day of its own.
    ("weekday", re.compile(rf"\b(?:(?P<rel>last|next|this)\s+)?(?P<w>{_WEEKDAY})\b"
                           rf"(?!,?\s+(?:the\s+)?(?:{_MONTH}\s+{_DAY}|{_DAY}\s+(?:of\s+)?{_MONTH}))", re.I)),
    ("month_only", re.compile(rf"\b(?:(?:in|since|until|by|during|from|of|for|early|late|mid)\s+|mid-)(?P<m>{_MONTH})(?!\s*\d)\b", re.I)),
    ("year", re.compile(rf"(?<![\d$€£¥.,-])\b(?P<y>{_YEAR})\b(?![\d%]|\s*(?:percent|per cent|billion|million|tons?|km)\b)", re.I)),
]


def find_dates(text: str, anchor: Anchor | None = None, base: int = 0) -> list[DateMention]:
    """Every date expression in ``text`` (offsets shifted by ``base``), earliest first, no overlaps."""
    anchor = anchor or Anchor(None)
    taken: list[tuple[int, int]] = []
    found: list[DateMention] = []
    for kind, pattern in _PATTERNS:
        for m in pattern.finditer(text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            mention = _resolve(kind, m, anchor)
            if mention is None:
                continue
            taken.append((m.start(), m.end()))
            value, end_value, confidence, relative = mention
            found.append(DateMention(base + m.start(), base + m.end(), value, end_value, confidence, m.group(0), relative,
                                     kind + ("_rel" if m.groupdict().get("rel") else "")))
    found.sort(key=lambda d: d.start)
    return found


def _anchor_year(anchor: Anchor) -> int | None:
    return anchor.day.year if anchor.day else None


def _infer_year(month: int, day: int | None, anchor: Anchor) -> int | None:
    """The year of a month (and day) named without one: the latest not after the anchor (news reports the past)."""
    if not anchor.day:
        return None
    year = anchor.day.year
    if anchor.precision == "year":
        return year
    if (month, day or 1) > (anchor.day.month, anchor.day.day if anchor.precision == "day" else 31):
        # More than a few months ahead of the anchor is far likelier to be last year's.
        if month - anchor.day.month > 2:
            return year - 1
    return year


def _rel_year(rel: str | None, anchor: Anchor) -> int | None:
    year = _anchor_year(anchor)
    if year is None:
        return None
    rel = (rel or "this").lower()
    return year + {"last": -1, "next": 1}.get(rel, 0)


Resolved = tuple[str, str | None, str, bool]  # (date, end date, confidence, inferred)
INFERRED = "inferred"


def _iso(g: dict[str, Any], m: re.Match[str], anchor: Anchor) -> Resolved | None:
    y, mo, d = int(g["y"]), int(g["m"]), int(g["d"])
    return (iso(y, mo, d), None, "stated", False) if _valid(y, mo, d) else None


def _range_md(g: dict[str, Any], m: re.Match[str], anchor: Anchor) -> Resolved | None:
    m1, m2 = MONTHS[g["m1"].lower().rstrip(".")], MONTHS[g["m2"].lower().rstrip(".")]
    d1, d2 = _num(g["d1"]), _num(g["d2"])
    y2 = int(g["y2"]) if g.get("y2") else None
    y1 = int(g["y1"]) if g.get("y1") else None
    conf = "stated" if (y1 or y2) else INFERRED
    if y2 is None and y1 is None:
        y2 = _infer_year(m2, d2, anchor)
        if y2 is None:
            return None
    if y2 is None:
        y2 = y1
    if y1 is None:
        y1 = y2 - 1 if m1 > m2 else y2
    if not (_valid(y1, m1, d1) and _valid(y2, m2, d2)):
        return None
    return iso(y1, m1, d1), iso(y2, m2, d2), conf, conf != "stated"


def _range_days(g: dict[str, Any], m: re.Match[str], anchor: Anchor) -> Resolved | None:
    mo = MONTHS[g["m1"].lower().rstrip(".")]
    d1, d2 = _num(g["d1"]), _num(g["d2"])
    y = int(g["y1"]) if g.get("y1") else _infer_year(mo, d1, anchor)
    if y is None or not (_valid(y, mo, d1) and _valid(y, mo, d2)) or d2 <= d1:
        return None
    return iso(y, mo, d1), iso(y, mo, d2), "stated" if g.get("y1") else INFERRED, not g.get("y1")


def _mdy(g: dict[str, Any], m: re.Match[str], anchor: Anchor) -> Resolved | None:
    mo = MONTHS[g["m"].lower().rstrip(".")]
    d = spans.ORDINAL_DAYS.get(g["d"].lower()) or _num(g["d"])  # "the fifth of May"
    if g["m"].lower() == "may" and m.start("m") < m.start("d") and not g.get("y") and d < 1:
        return None
    if g.get("y"):
        y = int(g["y"])
        return (iso(y, mo, d), None, "stated", False) if _valid(y, mo, d) else None
    y = _infer_year(mo, d, anchor)
    if y is None or not _valid(y, mo, d):
        return None
    if anchor.precision == "year" and anchor.confidence != "text":
        # A banner's year may not be the event's: keep only the year. A year the text itself gives (an
        # undated text's own full dates) keeps the month and day.
        return iso(y), None, INFERRED, True
    return iso(y, mo, d), None, INFERRED, True


def _last_month_name(g: dict[str, Any], m: re.Match[str], anchor: Anchor) -> Resolved | None:
    mo = MONTHS[g["m"].lower().rstrip(".")]  # "last May" gone by, "next May" to come
    rel = "last" if g["rel"].lower() == "last" else "next"
    return (iso(spans.coming_month_year(anchor.day, mo, rel), mo), None, INFERRED, True) if anchor.day else None


def _season(g: dict[str, Any], m: re.Match[str], anchor: Anchor) -> Resolved | None:
    if g.get("y"):
        return iso(int(g["y"])), None, "stated", False
    return (iso(spans.season_year(anchor.day, g["s"].lower(), (g.get("rel") or "").lower())), None, INFERRED, True) if anchor.day else None


def _month_year_rel(g: dict[str, Any], m: re.Match[str], anchor: Anchor) -> Resolved | None:
    y = _rel_year(g["rel"], anchor)
    mo = MONTHS[g["m"].lower().rstrip(".")]
    return (iso(y, mo), None, INFERRED, True) if y else None


def _my(g: dict[str, Any], m: re.Match[str], anchor: Anchor) -> Resolved | None:
    return iso(int(g["y"]), MONTHS[g["m"].lower().rstrip(".")]), None, "stated", False


def _quarters(g: dict[str, Any], m: re.Match[str], anchor: Anchor) -> Resolved | None:
    y = int(g["y"]) if g.get("y") else _rel_year(g.get("rel"), anchor)
    if g.get("q"):  # the one quarter: its three months
        first = 3 * ("first", "second", "third", "fourth").index(g["q"].lower()) + 1
        return (iso(y, first), iso(y, first + 2), "stated" if g.get("y") else INFERRED, not g.get("y")) if y else None
    n = NUMBER_WORDS.get(g["n"].lower()) or int(g["n"])
    months = n * 3 if g["unit"].lower().startswith("quarter") else n
    if y is None or not 1 <= months <= 12:
        return None
    return iso(y, 1), iso(y, months), "stated" if g.get("y") else INFERRED, not g.get("y")  # at the months' precision


def _half(g: dict[str, Any], m: re.Match[str], anchor: Anchor) -> Resolved | None:
    y = int(g["y"]) if g.get("y") else _rel_year(g.get("rel"), anchor)
    conf, first = "stated" if g.get("y") else INFERRED, g["which"].lower() == "first"
    return (iso(y, 1 if first else 7), iso(y, 6 if first else 12), conf, conf != "stated") if y else None


def _end_of_year(g: dict[str, Any], m: re.Match[str], anchor: Anchor) -> Resolved | None:
    y = int(g["y"]) if g.get("y") else _rel_year(g.get("rel"), anchor)
    return (iso(y), None, "stated" if g.get("y") else INFERRED, not g.get("y")) if y else None


def _years_ago(g: dict[str, Any], m: re.Match[str], anchor: Anchor) -> Resolved | None:
    if not anchor.day:
        return None
    return iso(anchor.day.year - int(g["n"])), None, INFERRED, True


def _relative_year(g: dict[str, Any], m: re.Match[str], anchor: Anchor) -> Resolved | None:
    rel = g["rel"].lower()
    y = _rel_year("this" if rel.startswith("the") else rel, anchor)
    return (iso(y), None, INFERRED, True) if y else None


def _rel_month(g: dict[str, Any], m: re.Match[str], anchor: Anchor) -> Resolved | None:
    if not anchor.day or anchor.precision == "year":
        return None
    months = anchor.day.year * 12 + anchor.day.month - 1 + {"last": -1, "next": 1}.get(g["rel"].lower(), 0)
    return iso(months // 12, months % 12 + 1), None, INFERRED, True


def _rel_week(g: dict[str, Any], m: re.Match[str], anchor: Anchor) -> Resolved | None:
    if not anchor.day or anchor.precision == "year":
        return None
    rel, unit = ("coming" if g.get("soon") else (g.get("rel") or "").lower()), (g.get("unit") or g["soon"]).lower()
    value = span_value(*week_span(anchor.day, rel, unit), ahead=rel in ("last", "next", "coming") and unit != "weekend")
    return (value, None, INFERRED, True) if value else None


def _ago(g: dict[str, Any], m: re.Match[str], anchor: Anchor) -> Resolved | None:
    if not anchor.day or anchor.precision != "day":
        return None
    day, precision = units_ago(anchor.day, g["n"], g["unit"])
    return truncate(day.isoformat(), precision), None, INFERRED, True


def _rel_day(g: dict[str, Any], m: re.Match[str], anchor: Anchor) -> Resolved | None:
    if not anchor.day:
        return None
    shift = {"yesterday": -1, "tomorrow": 1, "last night": -1}.get(" ".join(g["rel"].lower().split()), 0)
    day = anchor.day + timedelta(days=shift)  # "today" under a stated day is that day, stated
    conf = "stated" if shift == 0 and anchor.confidence == "stated" and anchor.precision == "day" else INFERRED
    return truncate(day.isoformat(), anchor.precision), None, conf, True


def _weekday(g: dict[str, Any], m: re.Match[str], anchor: Anchor) -> Resolved | None:
    if not anchor.day:
        return None
    target = WEEKDAYS[g["w"].lower()]
    rel = (g.get("rel") or "").lower()
    if anchor.precision != "day":
        return iso(anchor.day.year) if anchor.precision == "year" else truncate(anchor.day.isoformat(), "month"), None, INFERRED, True
    if g.get("wk"):  # "on Wednesday of last week": that weekday of the calendar week named
        day = week_span(anchor.day, g["wk"].lower(), "week")[0] + timedelta(days=target)
    elif rel == "next":
        delta = (target - anchor.day.weekday()) % 7 or 7
        day = anchor.day + timedelta(days=delta)
    elif rel != "last" and future_clause(m.string[max(0, m.start() - 80) : m.start()]):
        day = anchor.day + timedelta(days=(target - anchor.day.weekday()) % 7)  # "would leave on Sunday": ahead
    else:
        delta = (anchor.day.weekday() - target) % 7
        if rel == "last" and delta == 0:
            delta = 7
        day = anchor.day - timedelta(days=delta)
    return day.isoformat(), None, INFERRED, True


def _month_only(g: dict[str, Any], m: re.Match[str], anchor: Anchor) -> Resolved | None:
    mo = MONTHS[g["m"].lower().rstrip(".")]
    if g["m"].lower() == "may" and not m.group(0).lower().startswith(("in", "since", "until", "by", "during", "mid-")):
        return None
    y = _infer_year(mo, None, anchor)
    if y and anchor.day and m.group(0).lower().startswith("by") and anchor.precision != "year":
        # "by June" sets a term: the coming June (the month itself counts), never a past one
        y = anchor.day.year if mo >= anchor.day.month else anchor.day.year + 1
    return (iso(y, mo), None, INFERRED, True) if y else None


def _year(g: dict[str, Any], m: re.Match[str], anchor: Anchor) -> Resolved | None:
    return iso(int(g["y"])), None, "stated", False

_RESOLVERS: dict[str, Callable[[dict[str, Any], re.Match[str], Anchor], Resolved | None]] = {
    "iso": _iso, "dotted": _iso, "range_md": _range_md, "range_dm": _range_md, "range_days": _range_days,
    "range_days_dm": _range_days, "mdy": _mdy, "dmy": _mdy, "dmy_words": _mdy, "dmy_dash": _mdy, "last_month_name": _last_month_name, "season": _season,
    "month_year_rel": _month_year_rel, "my": _my, "quarters": _quarters, "half": _half,
    "end_of_year": _end_of_year, "years_ago": _years_ago, "units_ago": _ago, "rel_year": _relative_year, "rel_month": _rel_month,
    "rel_week": _rel_week, "rel_day": _rel_day, "weekday": _weekday, "week_weekday": _weekday, "month_only": _month_only, "year": _year,
}


def _resolve(kind: str, m: re.Match[str], anchor: Anchor) -> Resolved | None:
    """The date a matched expression of ``kind`` names, resolved against the anchor (one resolver a kind)."""
    resolver = _RESOLVERS.get(kind)
    return resolver(m.groupdict(), m, anchor) if resolver else None
