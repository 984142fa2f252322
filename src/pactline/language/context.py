"""Document context, read once per document before extraction: when and where it was written, by whom,
under what title, and who is who in it.

It is stored with the document (the ``context`` column) and shown by ``pactline show DOC``. The place is the
dateline's place; without a dateline, the place the opening sentences name ("met in London", "on 25 October
2024 in New Delhi"), marked as read from the opening. Places resolve to countries through
``language.places`` (a city list plus seats of government), never through a hand list of a text's places.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date
from typing import Any

from pactline.core.records import Document
from pactline.language.actors import build_context
from pactline.language.dates import Anchor, find_dates
from pactline.language.places import display_place, place_country

_OPENING_PLACE = re.compile(r"\b(?:in|at)\s+(?:the\s+)?(?P<p>[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+){0,2})")
# A heading that is page furniture, not a title.
_NOT_TITLE = re.compile(r"^(all news|accessibility links|breaking news|media cent(?:er|re)|menu|home|news|"
                        r"latest|epaper|city|left menu|short url|illustrative image.*|\W*)$", re.I)


def _full_dates(text: str) -> bool:
    """Whether the text gives a date of month precision or finer ("on 5 June 2024", "in March 2023")."""
    return any(m.confidence == "stated" and len(m.value) >= 7 for m in find_dates(text))


def text_year(text: str) -> int | None:
    """The year a text's own full dates give most often (a dateline without a year takes it)."""
    stated = [m for m in find_dates(text) if m.confidence == "stated"]
    # Full dates first; bare years ("in 2024") only when the text gives no full date.
    years = Counter(int(m.value[:4]) for m in stated if len(m.value) >= 7) or Counter(int(m.value[:4]) for m in stated)
    return years.most_common(1)[0][0] if years else None


# "the 60th anniversary of the ties set up in 1964", "marking 30 years since relations were
# established in 1992": the year of the anniversary is the year the text is written in.
_ANNIVERSARY = re.compile(r"\b(?P<n>\d{1,3})(?:st|nd|rd|th)\s+anniversary\b(?P<a>[^.]{0,160}?)\b(?P<y>1[5-9]\d\d|20\d\d)\b"
                          r"|\b(?P<n2>\d{1,3})\s+years\s+(?:since|of|after)\b(?P<b>[^.]{0,160}?)\b(?P<y2>1[5-9]\d\d|20\d\d)\b", re.I)


def anniversary_year(text: str) -> int | None:
    """The year an anniversary the text marks falls in (its first one), or None."""
    m = _ANNIVERSARY.search(text)
    if not m:
        return None
    return int(m.group("y") or m.group("y2")) + int(m.group("n") or m.group("n2"))


_ON_WEEKDAY = re.compile(r"\b(?:on|this|last)\s+(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.I)
_WEEKDAY_NUMBERS = {name: i for i, name in enumerate(
    ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"))}


def dateline_year(text: str, month_day: tuple[int, int], today: date | None = None) -> int | None:
    """The year of a dateline that gives only month and day ("BEIJING, May 16. /TASS/."): the year the
    text's own dates give; but when the lead says its news happened "on Thursday" and that year's
    month-day (or the day before it) fell on another weekday, the text's year is background
    ("restored ties in January 2021") and the year is the latest one, not after today, in which the
    month-day fell on that weekday, as a reader of a fresh wire report assumes."""
    year = anniversary_year(text[:4000]) or text_year(text)
    # The weekday of the lead ("said on Monday"): later ones tell the days around it ("arrived on Sunday").
    lead = _ON_WEEKDAY.search(text[:4000])
    named = {_WEEKDAY_NUMBERS[lead.group(1).lower()]} if lead else set()
    # a year told only bare ("first signed in 2009") is history more often than the year of writing: it has to
    # fall on the lead's weekday itself, where a year of the text's full dates may fall on the day after it
    slack = 1 if anniversary_year(text[:4000]) or _full_dates(text) else 0
    if year and (not named or _falls_on(year, month_day, named, days_before=slack)):
        return year
    if not named:
        return None
    today = today or date.today()
    for candidate in range(today.year, today.year - 12, -1):
        if _falls_on(candidate, month_day, named) and date(candidate, *month_day) <= today:
            return candidate
    return year


def _falls_on(year: int, month_day: tuple[int, int], weekdays: set[int], days_before: int = 0) -> bool:
    """Whether the month-day of ``year`` (or one of the ``days_before`` days before it) is one of ``weekdays``."""
    try:
        day = date(year, *month_day)
    except ValueError:
        return False  # 29 February
    return any((day.weekday() - back) % 7 in weekdays for back in range(days_before + 1))


def names_weekday_of(text: str, value: str | None) -> bool:
    """Whether the report tells its news "on <weekday>" with the weekday of ``value`` (a full ISO date): a
    caption or page banner carrying that day is then the day of the news."""
    if not value or len(value) < 10:
        return False
    try:
        weekday = date.fromisoformat(value[:10]).weekday()
    except ValueError:
        return False
    return any(_WEEKDAY_NUMBERS[m.group(1).lower()] == weekday for m in _ON_WEEKDAY.finditer(text[:4000]))


def year_anchor(doc: Document) -> Anchor:
    """The anchor of a text that gives no date of its own: the year its own full dates give most often, at
    year precision (so "on September 15" takes that year and "on Monday" only the year), else none."""
    stated = [m for m in find_dates(main_text(doc)) if m.confidence == "stated" and len(m.value) >= 7]
    # Only full dates: a bare year ("the biggest package since 2023") is as often history as the text's own.
    year = Counter(int(m.value[:4]) for m in stated).most_common(1)[0][0] if stated else None
    return Anchor(date(year, 12, 31), "year", "text") if year else Anchor(None, "year", "unknown")


def opening_place(text: str) -> str | None:
    """Where a text without a dateline was written: the first city or seat of government named by "in"/"at"
    in its opening two sentences, else in its first eight (a joint statement tells its occasion's place after
    a preamble: "The leaders held talks in Hanoi"), else the capital of the country its opening says was
    visited ("paid an official visit to Thailand": the statement was issued there), or the town it says was."""
    sentences = re.split(r"(?<=[.!?])\s+", text.strip())
    for window in (2, 8):
        found = _place_named_in(" ".join(sentences[:window]))
        if found:
            return found
    visited = _VISIT_TO.search(" ".join(sentences[:2]))
    if visited is None:
        return None
    return _capital_of(visited.group("c")) or _visited_town(visited.group("c"))


def _visited_town(name: str) -> str | None:
    """ "during a visit to Suva today": the town visited, where the text was issued."""
    from pactline.language.places import is_town

    return next((n for n in (name, name.split()[0]) if is_town(n) and place_country(n)), None)


# "Staff Correspondent, Dhaka", "By Jane Doe, Nairobi", "Our Correspondent | Lagos", "By our correspondent in
# Accra": where the writer filed.
# Only a correspondent or reporter files "in" a town; the line ends with the place (or a date after a comma),
# so "By the end of the day in Nairobi, …" in a story's body names no writer's place.
_BYLINE_PLACE = re.compile(r"^(?:By\s+[^,|\n]{3,40}[ \t]*[,|][ \t]*|[^,|\n]{0,30}(?i:correspondent|reporter)"
                           r"(?:[ \t]*[,|][ \t]*|[ \t]+in[ \t]+))(?P<p>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)(?=[ \t]*(?:$|[,|]))",
                           re.M)


# "Nairobi / Kampala": a line of the towns a story was filed from, the first its dateline's
_FILED_FROM = re.compile(r"^[ \t]*(?P<p>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)(?:[ \t]*/[ \t]*[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)+[ \t]*$",
                         re.M)


def byline_place(head: str) -> str | None:
    """The place a byline names for its writer ("Staff Correspondent, Dhaka"), if it is a known city; else the
    first of a line of known towns the story was filed from ("Nairobi / Kampala")."""
    for m in _BYLINE_PLACE.finditer(head):
        if m.group("p") not in _country_names() and place_country(m.group("p")):
            return m.group("p")
    for m in _FILED_FROM.finditer(head):
        towns = [t.strip() for t in m.group(0).split("/")]
        if all(t not in _country_names() and place_country(t) for t in towns):
            return m.group("p")
    return None


def _place_named_in(opening: str) -> str | None:
    gaz_countries = _country_names()
    for m in _OPENING_PLACE.finditer(opening):
        words = m.group("p").split()
        for n in range(len(words), 0, -1):
            candidate = " ".join(words[:n])
            if candidate in gaz_countries:
                break  # "in India": a country is not where a text was written
            if place_country(candidate):
                return _town_after(candidate, opening[m.start("p") + len(candidate):])
    return None


def _town_after(place: str, rest: str) -> str:
    """ "at Hyderabad House, New Delhi": a seat of government named before its town is in that town."""
    from pactline.language.places import is_seat, is_town

    town = re.match(r",\s*(?P<t>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)", rest)
    return town.group("t") if town and is_seat(place) and is_town(town.group("t")) else place


_VISIT_TO = re.compile(r"\bvisit\s+to\s+(?:the\s+)?(?:Kingdom\s+of\s+|Republic\s+of\s+)?(?P<c>[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?)")


def _capital_of(name: str) -> str | None:
    from pactline.language.actors import gazetteer

    surfaces = gazetteer().surfaces
    code = next((surfaces[n][0] for n in (name, name.split()[0]) if n in surfaces and surfaces[n][1] == "name"), None)
    if code is None:
        return None
    return next((s for s, (c, kind) in surfaces.items() if c == code and kind == "capital"), None)


def _country_names() -> set[str]:
    from pactline.language.actors import gazetteer

    return {s for s, (_c, kind) in gazetteer().surfaces.items() if kind != "capital"}


def clean_title(title: str | None) -> str | None:
    """A heading as a title: never navigation ("All news") or a caption ("Illustrative image (Photo: …)")."""
    if not title:
        return None
    bare = title.strip(" |-–—")
    if _NOT_TITLE.match(bare) or len(bare.split()) < 2 or re.match(r"^(by\s|•)", bare, re.I):
        return None
    return bare


def main_text(doc: Document) -> str:
    return "\n".join(doc.text[s.start : s.end] for s in doc.segments if s.kind == "main")


def attach_context(doc: Document, dateline_place: str | None, title_given: bool = False) -> None:
    """Set ``doc.place`` and ``doc.context`` (and clear a heading taken for a title that is page furniture;
    a title the source's metadata gives is kept as given)."""
    body = main_text(doc)
    place, basis = (display_place(dateline_place), "dateline") if dateline_place else (None, None)
    if place is None and (filed := byline_place(doc.text[:1500])):
        place, basis = filed, "byline"
    if place is None:
        found = opening_place(body)
        place, basis = (found, "opening") if found else (None, None)
    doc.place = place
    if not title_given:
        doc.title = clean_title(doc.title)
    people = build_context(body).people
    register = {}
    for person in people.values():
        register.setdefault(person.name, {"name": person.name, "role": person.role, "country": person.country})
    register = one_entry_per_person(register)
    doc.context = {
        "published": doc.published, "published_confidence": doc.published_confidence,
        "place": place, "place_country": place_country(place) if place else None, "place_basis": basis,
        "outlet": doc.outlet, "title": doc.title, "parties": list(doc.parties),
        "register": sorted(register.values(), key=lambda p: p["name"]),
    }


def one_entry_per_person(register: dict[str, dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """Who is who lists a person once: a surname alone ("Ruto") with the one full name of that country that holds
    it, and one name spelt two ways ("Volodymyr" / "Volodimir Zelenskyy": same surname and country, first names
    alike) under the spelling met first."""
    from rapidfuzz import fuzz

    kept: dict[str, dict[str, Any]] = {}
    for name, entry in register.items():
        words = name.split()
        same_country = [k for k, e in kept.items() if e["country"] == entry["country"]]
        twin = next((k for k in same_country if len(k.split()) == len(words) > 1 and k.split()[-1] == words[-1]
                     and fuzz.ratio(k.split()[0], words[0]) >= 75 and kept[k]["role"] == entry["role"]), None)
        if twin is None:
            kept[name] = entry
    for name in [k for k in kept if len(k.split()) == 1]:
        fuller = [k for k, e in kept.items() if k != name and e["country"] == kept[name]["country"] and _same_holder(
            name, k, (kept[name]["role"], e["role"]), e["country"])]
        if len(fuller) == 1:
            del kept[name]
    return kept


def _same_holder(surname: str, full: str, roles: tuple[str | None, str | None], country: str | None) -> bool:
    """A surname alone stands for a full name ending in it ("Ruto" / "William Ruto"; where names are written
    family name first, data/name_order.json, one starting with it: "Hun" / "Hun Manet"), when their roles do not
    tell two people apart."""
    from pactline.core.vocab import load

    family_first = country in load("name_order.json")["family_name_first"]
    words = full.split()
    return surname == (words[0] if family_first else words[-1]) and (None in roles or roles[0] == roles[1])


def context_summary(context: dict[str, Any]) -> list[tuple[str, str]]:
    """(label, value) lines for ``pactline show``."""
    out = [
        ("published", f"{context.get('published') or '?'} ({context.get('published_confidence') or 'unknown'})"),
        ("place", f"{context.get('place') or '?'} {context.get('place_country') or ''} ({context.get('place_basis') or 'none'})"),
        ("outlet", context.get("outlet") or "?"),
        ("title", context.get("title") or "?"),
        ("parties", ", ".join(context.get("parties") or []) or "?"),
    ]
    for person in context.get("register") or []:
        out.append(("who", f"{person['name']}: {person.get('role') or '?'} of {person.get('country') or '?'}"))
    return out
