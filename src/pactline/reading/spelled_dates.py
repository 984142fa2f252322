"""Dates written out in words, as treaties, courts and parliaments close a text: "on the twenty-second day of
August of the year two thousand and twenty-five", "this fourth day of June, 2024". ``spelled_out`` writes each such
date in digits ("22 August 2025") so that the date readers of reading/datelines.py see it; the number words are in
data/number_words.json."""

from __future__ import annotations

import re
from functools import cache

from pactline.core import vocab
from pactline.language.dates import _MONTH


def _words(*keys: str) -> dict[str, int]:
    data = vocab.load("number_words.json")
    return {word: value for key in keys for word, value in data[key].items()}


def _alt(words: dict[str, int]) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


@cache
def _pattern() -> re.Pattern[str]:
    tens, units = _words("tens"), _words("units")
    day = (rf"(?:(?:twenty|thirty)[\s-]?(?:{_alt(_words('ordinal_units'))})|{_alt(_words('ordinal_teens', 'ordinal_tens'))}"
           rf"|{_alt(_words('ordinal_units'))}|\d{{1,2}}(?:st|nd|rd|th)?)")
    below_hundred = rf"(?:(?:{_alt(tens)})(?:[\s-]?(?:{_alt(units)}))?|{_alt(_words('teens'))}|{_alt(units)})"
    year = rf"(?:(?:two\s+thousand|nineteen\s+hundred)(?:\s+and)?(?:\s+{below_hundred})?|\d{{4}})"
    return re.compile(
        rf"\b(?P<day>{day})\s+day\s+of\s+(?:the\s+month\s+of\s+)?(?P<month>{_MONTH}),?\s+"
        rf"(?:(?:of|in)\s+the\s+year\s+(?:of\s+our\s+lord\s+)?)?(?P<year>{year})\b", re.I)


def _number(words: str) -> int | None:
    """ "twenty-second" → 22, "two thousand and twenty-five" → 2025, "2024" → 2024."""
    found = re.match(r"\d+", words)
    if found:
        return int(found.group())
    table = _words("units", "teens", "tens", "ordinal_units", "ordinal_teens", "ordinal_tens")
    total = 0
    for word in re.split(r"[\s-]+", words.lower()):
        if word == "thousand":
            total *= 1000
        elif word == "hundred":
            total *= 100
        elif word in table:
            total += table[word]
        elif word != "and":
            return None
    return total or None


def spelled_out(text: str) -> str:
    """``text`` with every date of the form "DAY day of MONTH [of the year] YEAR" written "DAY MONTH YEAR" in digits
    (offsets change: read places and dates from it, never spans)."""

    def digits(m: re.Match[str]) -> str:
        day, year = _number(m.group("day")), _number(m.group("year"))
        if day is None or year is None or not 1 <= day <= 31 or not 1800 <= year <= 2199:
            return m.group(0)
        return f"{day} {m.group('month')} {year}"

    return _pattern().sub(digits, text)
