"""Relative deadlines of a pledge ("within five years", "by the end of the year", "in the first half of next
year"), resolved against the date the pledge was made, at the precision that date has.

Only forward-looking phrases live here: the shared date finder (language/dates.py) reads dates of events,
where "within five years" is no date at all.
"""

from __future__ import annotations

import re

from pactline.language.dates import iso, precision_of, to_date

_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
            "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20}
_N = r"(?P<n>\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)"
_REL = r"(?:(?P<rel>the|this|next|the\s+current|the\s+coming|the\s+next)\s+year)"

_SPANS = re.compile(
    rf"\b(?:within|in|over|during)\s+(?:the\s+)?(?:next\s+|coming\s+|following\s+)?{_N}\s+(?P<unit>years?|months?)\b", re.I)
_END = re.compile(rf"\b(?:by|before|until|till)\s+the\s+end\s+of\s+{_REL}", re.I)
_HALF = re.compile(rf"\b(?:in|during|by|within)\s+the\s+(?P<which>first|second)\s+half\s+of\s+{_REL}", re.I)
_WITHIN_YEAR = re.compile(r"\b(?:within|before\s+the\s+end\s+of|in\s+the\s+course\s+of)\s+(?:this|the\s+current)\s+year\b", re.I)


def _shift_year(rel: str | None) -> int:
    return 1 if rel and rel.lower().split()[-1] in ("next", "coming") else 0


def _add_months(year: int, month: int, months: int) -> tuple[int, int]:
    total = year * 12 + (month - 1) + months
    return total // 12, total % 12 + 1


def relative_deadline(text: str, made_on: str | None) -> str | None:
    """The deadline a clause states relative to ``made_on``, or None."""
    made = to_date(made_on)
    if made is None:
        return None
    precision = precision_of(made_on) or "year"
    m = _SPANS.search(text)
    if m:
        n = _NUMBERS.get((m.group("n") or "").lower()) or int(m.group("n"))
        unit = m.group("unit").lower()
        if unit.startswith("year"):
            return iso(made.year + n)
        if precision == "year":
            return iso(_add_months(made.year, 12, n)[0])
        year, month = _add_months(made.year, made.month, n)
        return iso(year, month)
    m = _END.search(text)
    if m:
        return iso(made.year + _shift_year(m.group("rel")))
    m = _HALF.search(text)
    if m:
        year = made.year + _shift_year(m.group("rel"))
        return iso(year, 6) if m.group("which").lower() == "first" else iso(year, 12)
    if _WITHIN_YEAR.search(text):
        return iso(made.year)
    return None
